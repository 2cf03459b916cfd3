// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Commands over a study database: init, demo, import, search, cities.
#include "cli/Cli.h"
#include "cli/commands/Options.h"
#include "cli/commands/Printable.h"
#include "cli/commands/Studies.h"

#include "DataPaths.h"
#include "analysis/Export.h"
#include "analysis/Lists.h"
#include "demo/DemoStudy.h"
#include "gazetteer/Gazetteer.h"
#include "gazetteer/SizeClasses.h"
#include "import/DocumentFormats.h"
#include "import/ImportError.h"
#include "import/ImportRuns.h"
#include "import/Importer.h"
#include "import/ListImport.h"
#include "import/NamePattern.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"

#include <atomic>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <mutex>
#include <ostream>

namespace vigie::cli {

namespace {

constexpr std::int64_t kMaxInt = std::numeric_limits<int>::max();

// Options every study command shares, and what is left.
struct Common
{
    std::string db;
    std::vector<std::string> rest;
    bool help = false;
};

// Parses --db FILE and -h; other options are left in `rest` for the command.
Common parseCommon(const std::vector<std::string> &args)
{
    Common c;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--db" && i + 1 < args.size())
            c.db = args[++i];
        else if (args[i].rfind("--db=", 0) == 0)
            c.db = args[i].substr(5);
        else if (args[i] == "-h" || args[i] == "--help")
            c.help = true;
        else
            c.rest.push_back(args[i]);
    }
    if (c.db.empty())
        c.db = core::defaultStudyPath();
    return c;
}

// What the folders held and was not imported: each entry with its reason, files of other formats
// counted by extension (a folder of campaign material holds many pictures).
void printSkipped(const std::vector<core::ImportReport::Issue> &skipped, Streams s)
{
    std::map<std::string, int> otherFormats;
    int others = 0;
    for (const auto &k : skipped) {
        if (k.problem.kind == core::ImportProblem::Kind::UnsupportedType) {
            ++otherFormats[k.problem.value.empty() ? std::string("(no extension)") : k.problem.value];
            ++others;
        } else {
            s.err << "vigie-cli import: " << printable(k.item) << ": " << printable(k.problem.message()) << "\n";
        }
    }
    if (others == 0)
        return;
    s.err << "vigie-cli import: skipped " << others << (others == 1 ? " file" : " files") << " of other formats (";
    const char *sep = "";
    for (const auto &[ext, n] : otherFormats) {
        s.err << sep << printable(ext) << " " << n;
        sep = ", ";
    }
    s.err << ")\n";
}

// After a storage error that stopped a batch: what became of the study. A programme import
// keeps the chunks it committed (ImportInterrupted); a projects list is one transaction.
std::string batchUndone(bool started, const std::exception &e)
{
    if (!started || !dynamic_cast<const core::StorageError *>(&e))
        return {};
    if (const auto *stopped = dynamic_cast<const core::ImportInterrupted *>(&e); stopped && stopped->kept() > 0)
        return ". The " + std::to_string(stopped->kept())
            + (stopped->kept() == 1 ? " file stored before it stopped is" : " files stored before it stopped are")
            + " kept: run the same command again to import the rest, or vigie-cli import-runs --undo "
            + std::to_string(stopped->run()) + " to remove them.";
    return ". Nothing was imported: the study is as it was before.";
}

// What a command line's batch is made from, to find an interrupted run of it: the manifest and
// the paths, absolute.
std::string importSources(const std::string &manifest, const std::vector<std::string> &paths)
{
    std::string out = "vigie-cli import";
    const auto add = [&](const std::string &label, const std::string &path) {
        out += "\n" + label + " " + std::filesystem::absolute(path).lexically_normal().string();
    };
    if (!manifest.empty())
        add("--manifest", manifest);
    for (const auto &p : paths)
        add("path", p);
    return out;
}

// The documents that name a list the study does not have: counted as lists of their own, which
// the analyst should know (a panel mistyped in a name, a pattern without {year}).
void printUnjoined(core::CorpusStore &store, Streams s)
{
    const auto unjoined = core::unjoinedDocuments(store);
    constexpr std::size_t kShown = 20;
    for (std::size_t i = 0; i < unjoined.size() && i < kShown; ++i) {
        const auto &d = unjoined[i];
        s.err << "vigie-cli import: " << printable(d.source) << ": names panel " << d.panel << " of "
              << printable(d.communeName) << " (" << d.insee << "), round " << d.round << ", "
              << (d.why == core::UnjoinedDocument::Why::NoYear
                      ? "without a year: joined to no list (give --year, or {year} in the pattern)"
                      : "but the study's lists of " + std::to_string(*d.year) + " have no such list")
              << "; counted as a list of its own\n";
    }
    if (unjoined.size() > kShown)
        s.err << "vigie-cli import: " << unjoined.size() - kShown << " more documents joined to no list\n";
}

// Stores the lists of each candidate file (after the documents, so that "with a document" counts
// them) and says what each gave. False when one could not be read (said on err); the others are
// stored.
bool importLists(core::CorpusStore &store, const std::vector<std::string> &files, std::optional<int> round, Streams s)
{
    bool ok = true;
    std::atomic_bool cancel { false };
    for (const std::string &file : files) {
        core::ProgressSink progress;
        if (s.errIsTerminal)
            progress = [&](std::int64_t done, std::int64_t total, const std::string &) {
                s.err << "\r\033[K" << std::filesystem::path(file).filename().string() << "  "
                      << (total > 0 ? 100 * done / total : 0) << " %" << std::flush;
            };
        try {
            const core::ListImportReport r
                = core::importCandidateFile(store, core::Gazetteer::bundled(), file, round, progress, cancel);
            if (s.errIsTerminal)
                s.err << "\r\033[K";
            s.out << "Lists from " << printable(file) << " (" << r.year << ", round " << r.round << "): " << r.rows
                  << " candidates, " << r.lists << " lists (" << r.added << " new, " << r.updated << " updated), "
                  << r.withDocuments << " with a document in the study\n";
            if (r.yearsFromLists > 0)
                s.out << r.yearsFromLists << (r.yearsFromLists == 1 ? " document" : " documents")
                      << " named without a year took the year of these lists\n";
            constexpr std::size_t kShown = 20;
            for (std::size_t i = 0; i < r.problems.size() && i < kShown; ++i)
                s.err << "vigie-cli import: " << printable(r.problems[i].text()) << " (row left out)\n";
            if (r.problems.size() > kShown)
                s.err << "vigie-cli import: " << printable(file) << ": " << r.problems.size() - kShown
                      << " more rows left out\n";
            for (std::size_t i = 0; i < r.unresolved.size() && i < kShown; ++i)
                s.err << "vigie-cli import: " << printable(file) << ":" << r.unresolved[i].line << ": \""
                      << printable(r.unresolved[i].insee) << "\" (" << printable(r.unresolved[i].communeName)
                      << ") is no commune of the gazetteer: list " << r.unresolved[i].panel
                      << " stored without a commune\n";
            if (r.unresolved.size() > kShown)
                s.err << "vigie-cli import: " << printable(file) << ": " << r.unresolved.size() - kShown
                      << " more lists without a commune\n";
        } catch (const std::exception &e) {
            s.err << "vigie-cli import: " << printable(e.what()) << " (no list of it was stored)\n";
            ok = false;
        }
    }
    return ok;
}

// Stores the seats and elected list of each results file (after the lists they complete).
bool importResults(core::CorpusStore &store, const std::vector<std::string> &files, std::optional<int> year,
                   std::optional<int> round, Streams s)
{
    bool ok = true;
    for (const std::string &file : files) {
        try {
            const core::ResultsImportReport r = core::importResultsFile(store, file, year, round);
            s.out << "Results from " << printable(file) << " (" << r.year << ", round " << r.round << "): " << r.rows
                  << " communes, " << r.results << " lists, " << r.matched << " of them in the study, " << r.elected
                  << " elected\n";
            constexpr std::size_t kShown = 20;
            for (std::size_t i = 0; i < r.problems.size() && i < kShown; ++i)
                s.err << "vigie-cli import: " << printable(r.problems[i].text()) << " (list left out)\n";
            if (!r.unmatched.empty())
                s.err << "vigie-cli import: " << printable(file) << ": " << r.unmatched.size()
                      << (r.unmatched.size() == 1 ? " list is" : " lists are")
                      << " not in the study (import the round's candidate file first), the first at line "
                      << r.unmatched.front().line << ": " << printable(r.unmatched.front().code) << " panel "
                      << r.unmatched.front().panel << "\n";
        } catch (const std::exception &e) {
            s.err << "vigie-cli import: " << printable(e.what()) << " (no result of it was stored)\n";
            ok = false;
        }
    }
    return ok;
}

} // namespace

int runInit(const std::vector<std::string> &args, Streams s)
{
    const Common c = parseCommon(args);
    if (c.help || !c.rest.empty()) {
        (c.help ? s.out : s.err)
            << "Usage: vigie-cli init [--db FILE]\n\nCreates a study (or upgrades an older one) and "
               "stores the bundled dictionary as its current one.\n";
        return c.help ? kOk : kUsage;
    }
    std::error_code ec;
    const bool existed = std::filesystem::exists(c.db, ec) || ec;
    bool created = false;
    try {
        auto store = openStudy(c.db, true, &s.err, "init");
        created = !existed;
        if (!store.backupPath().empty())
            s.err << "vigie-cli: upgraded " << c.db << "; the previous version is kept as " << store.backupPath()
                  << "\n";
        if (store.currentDictionaryVersion() == 0)
            store.useDictionary(core::Dictionary::fromFile(core::defaultDictionaryPath()));
        s.out << "Study " << c.db << ": " << store.programmeCount() << " programmes, dictionary version "
              << store.currentDictionaryVersion() << "\n";
        return kOk;
    } catch (const std::exception &e) {
        // A study this init made but could not finish (the dictionary could not be written) is
        // removed: init makes a study with its dictionary or none. Opening removes its own.
        if (created)
            core::CorpusStore::discardNewStudy(c.db);
        s.err << "vigie-cli init: " << printable(e.what()) << (created ? ". No study was created." : "") << "\n";
        return kFailed;
    }
}

int runImport(const std::vector<std::string> &args, Streams s)
{
    Common c = parseCommon(args);
    std::string manifest;
    std::vector<std::string> paths;
    std::vector<std::string> patternTexts;
    std::optional<long long> patternYear;
    std::optional<core::DocumentKind> patternKind;
    std::optional<int> round;
    core::OcrMode ocr = core::OcrMode::Auto;
    int jobs = core::defaultJobs();
    for (std::size_t i = 0; i < c.rest.size(); ++i) {
        const std::string &a = c.rest[i];
        const bool hasValue = i + 1 < c.rest.size();
        if (a == "--manifest" && hasValue) {
            manifest = c.rest[++i];
        } else if (a == "--ocr" && hasValue) {
            const auto mode = core::parseOcrMode(c.rest[++i]);
            if (!mode) {
                s.err << "vigie-cli import: --ocr \"" << printable(c.rest[i]) << "\" is not auto, never or always\n";
                return kUsage;
            }
            ocr = *mode;
        } else if ((a == "-j" || a == "--jobs") && hasValue) {
            const auto n = wholeNumberOption("import", a, c.rest[++i], 1, 256, s.err);
            if (!n)
                return kUsage;
            jobs = static_cast<int>(*n);
        } else if (a == "--pattern" && hasValue) {
            patternTexts.push_back(c.rest[++i]);
        } else if (a == "--year" && hasValue) {
            const auto n = wholeNumberOption("import", a, c.rest[++i], 1900, 2100, s.err);
            if (!n)
                return kUsage;
            patternYear = *n;
        } else if (a == "--round" && hasValue) {
            const auto n = wholeNumberOption("import", a, c.rest[++i], 1, 2, s.err);
            if (!n)
                return kUsage;
            round = static_cast<int>(*n);
        } else if (a == "--kind" && hasValue) {
            patternKind = core::parseDocumentKind(c.rest[++i]);
            if (!patternKind) {
                s.err << "vigie-cli import: --kind \"" << printable(c.rest[i])
                      << "\" is not a kind of document (programme, profession_foi, accessible, falc, tract)\n";
                return kUsage;
            }
        } else if (c.rest[i].size() > 1 && c.rest[i][0] == '-') {
            s.err << "vigie-cli import: unknown option " << c.rest[i] << "\n";
            return kUsage;
        } else {
            paths.push_back(c.rest[i]);
        }
    }
    if (c.help || (manifest.empty() && paths.empty())) {
        (c.help ? s.out : s.err)
            << "Usage: vigie-cli import [--db FILE] [--manifest FILE] [--pattern PATTERN [--year Y] [--kind KIND]]\n"
               "                        [--round N] [--ocr auto|never|always] [-j N] [PATH...]\n\n"
               "Imports programmes: files and folders ("
            << core::supportedExtensions()
            << "), and/or the files a\n"
               "manifest lists with their metadata (CSV or JSON; see docs/manifest.md). Each file is tagged\n"
               "with the study's dictionary. A text already in the study gets its metadata updated.\n"
               "A file that fails is reported and skipped; the others are imported.\n"
               "The import commits as it goes: if it is killed or stops on a full disk, the same command run\n"
               "again skips the files already stored (see vigie-cli import-runs).\n\n"
               "Scanned pages: a PDF page without a usable text layer (a picture of the text) is read by OCR\n"
               "(Tesseract, French) with --ocr auto, the default; --ocr always reads every page so, --ocr never\n"
               "none (a PDF without text is then refused). The study records which pages OCR read.\n"
               "-j N reads and tags N documents at once (default: one per core, here "
            << core::defaultJobs()
            << "); the study is the same\n"
               "whatever N is.\n\n"
               "File names: the 2026 professions de foi's names are read as they are\n"
               "(MN26-{department}-{insee}-{candidate}-{panel}-tour{round}-profession_foi.pdf, _falc for the\n"
               "easy-read version): each document is joined to its list by commune, panel and round.\n"
               "--pattern declares another naming (repeatable, tried first), with the placeholders {insee},\n"
               "{department}, {panel}, {round}, {year}, {candidate}, {kind} and {*}; --year and --kind say\n"
               "what its files are when their names do not (see docs/formats.md, \"File names\").\n\n"
               "Candidate files: a candidate file of the Ministry of the Interior (2026 or 2020 shape), given\n"
               "or met in a folder, is read for its lists (commune, panel, name, head, nuance) and stored\n"
               "with them, after the documents. --round says its round (default: what its name says,\n"
               "\"tour2\", \"T2\"..., else 1).\n\n"
               "Results files: a results file by commune of the Ministry (one group of columns per list: panel,\n"
               "seats), given or met in a folder, gives each list of the study its seats and marks the\n"
               "elected one (the most seats in its commune); it is read after the candidate files. Its\n"
               "year is --year, else what its name says, else the study's lists'; its round as above\n"
               "(docs/formats.md, \"Results files\").\n";
        return c.help ? kOk : kUsage;
    }
    bool importing = false; // the batch has started: an error now rolls it back
    try {
        const std::optional<int> resultsYear
            = patternYear ? std::optional<int>(static_cast<int>(*patternYear)) : std::nullopt;
        std::vector<core::NamePattern> patterns;
        for (const std::string &text : patternTexts)
            patterns.push_back(core::NamePattern::parse(text, patternYear, patternKind));
        std::vector<core::ManifestEntry> entries;
        if (!manifest.empty()) {
            entries = core::readManifest(manifest);
            std::vector<core::NamePattern> all = patterns;
            all.push_back(core::NamePattern::professionsDeFoi2026());
            core::applyNamePatterns(entries, all);
        }
        const core::PathEntries plain = core::Importer::entriesForPaths(paths, patterns);
        for (const core::NamePattern &pattern : patterns) // a pattern that reads no name is a mistake, said
            if (!core::readsAnyName(pattern, plain.entries))
                s.err << "vigie-cli import: --pattern \"" << printable(pattern.text()) << "\" matches none of the "
                      << plain.entries.size() << " file names: their documents are joined to no list by it\n";
        entries.insert(entries.end(), plain.entries.begin(), plain.entries.end());
        auto store = openStudy(c.db, true, &s.err, "import");
        std::atomic_bool cancel { false };
        if (entries.empty() && (!plain.candidateFiles.empty() || !plain.resultsFiles.empty())) {
            printSkipped(plain.skipped, s);
            const bool listsOk = importLists(store, plain.candidateFiles, round, s);
            const bool resultsOk = importResults(store, plain.resultsFiles, resultsYear, round, s);
            printUnjoined(store, s);
            return listsOk && resultsOk ? kOk : kFailed;
        }
        core::Importer importer(store, core::Gazetteer::bundled());
        importer.setJobs(jobs);
        importer.setOcr(ocr);
        importing = true;
        core::ProgressSink progress;
        // The live line, from the writer (a file stored) and the readers (a page being read by OCR).
        std::mutex line;
        std::int64_t shownDone = 0;
        std::int64_t shownTotal = 0;
        if (s.errIsTerminal) {
            progress = [&](std::int64_t done, std::int64_t total, const std::string &current) {
                const std::lock_guard lock(line);
                shownDone = done;
                shownTotal = total;
                s.err << "\r\033[K" << done << "/" << total << "  "
                      << std::filesystem::path(current).filename().string() << std::flush;
            };
            importer.setOcrPageSink([&](const std::string &file, int page, int pages) {
                const std::lock_guard lock(line);
                s.err << "\r\033[K" << shownDone << "/" << shownTotal << "  "
                      << std::filesystem::path(file).filename().string() << "  OCR page " << page << "/" << pages
                      << std::flush;
            });
        }
        const core::ImportReport r
            = importer.importProgrammes(entries, progress, cancel, { .sources = importSources(manifest, paths) });
        importing = false; // committed
        if (s.errIsTerminal)
            s.err << "\r\033[K";
        if (!r.resumedFrom.empty())
            s.err << "vigie-cli import: resumed the import of the same sources interrupted after starting at "
                  << r.resumedFrom << ": " << r.alreadyDone << (r.alreadyDone == 1 ? " file was" : " files were")
                  << " already stored by it and " << (r.alreadyDone == 1 ? "was" : "were") << " skipped\n";
        s.out << "Imported " << r.imported << ", updated " << r.updated << ", failed " << r.failed
              << ", unresolved cities " << r.unresolved << " (study " << c.db << ", " << store.programmeCount()
              << (store.programmeCount() == 1 ? " programme)\n" : " programmes)\n");
        for (const auto &f : r.failures)
            s.err << "vigie-cli import: " << printable(f.item) << ": " << printable(f.problem.message()) << "\n";
        for (const auto &u : r.unresolvedCities)
            s.err << "vigie-cli import: " << printable(u.item)
                  << ": city not resolved: " << printable(u.problem.message()) << "\n";
        for (const auto &o : r.readByOcr)
            s.out << printable(o.item) << ": " << ocrLine(o.pages, o.confidence) << "\n";
        for (const auto &q : r.lowQuality)
            s.err << "vigie-cli import: " << printable(q.item) << ": " << printable(q.problem.message()) << "\n";
        printSkipped(plain.skipped, s);
        if (plain.named > 0)
            s.out << plain.named << (plain.named == 1 ? " file name was" : " file names were")
                  << " read for commune, panel and round\n";
        for (const auto &k : r.keptWithList)
            s.err << "vigie-cli import: " << printable(k.item) << ": " << printable(k.problem.message()) << "\n";
        if (r.yearsFromLists > 0)
            s.out << r.yearsFromLists << (r.yearsFromLists == 1 ? " document" : " documents")
                  << " named without a year took the year of the study's lists\n";
        const bool listsOk = importLists(store, plain.candidateFiles, round, s);
        const bool resultsOk = importResults(store, plain.resultsFiles, resultsYear, round, s);
        printUnjoined(store, s);
        return r.failed > 0 || !listsOk || !resultsOk ? kFailed : kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli import: " << printable(e.what()) << batchUndone(importing, e) << "\n";
        return kFailed;
    }
}

int runImportRuns(const std::vector<std::string> &args, Streams s)
{
    const Common c = parseCommon(args);
    std::string action;
    std::int64_t run = 0;
    bool usage = c.help;
    for (std::size_t i = 0; i < c.rest.size(); ++i) {
        if ((c.rest[i] == "--undo" || c.rest[i] == "--forget") && i + 1 < c.rest.size() && action.empty()) {
            action = c.rest[i];
            const auto n = wholeNumberOption("import-runs", action, c.rest[++i], 1,
                                             std::numeric_limits<std::int64_t>::max(), s.err);
            if (!n)
                return kUsage;
            run = *n;
        } else {
            usage = true;
        }
    }
    if (usage) {
        (c.help ? s.out : s.err)
            << "Usage: vigie-cli import-runs [--db FILE] [--undo RUN | --forget RUN]\n\n"
               "Lists the programme imports of the study that did not end: killed, stopped by a full disk,\n"
               "or cancelled in the window and kept. Each kept what it had stored. Running the same import\n"
               "again (same paths and manifest) imports the rest. --undo RUN removes the programmes the run\n"
               "added and gives those it updated their metadata back; --forget RUN keeps them and drops the\n"
               "record.\n";
        return c.help ? kOk : kUsage;
    }
    try {
        auto store = openStudy(c.db, false, &s.err, "import-runs");
        core::ImportRuns runs(store);
        if (action.empty()) {
            const auto unfinished = runs.unfinished();
            if (unfinished.empty())
                s.out << "No unfinished import in " << c.db << ".\n";
            for (const auto &r : unfinished)
                s.out << "Run " << r.id << (r.kept ? " (cancelled, kept)" : " (interrupted)") << ", started "
                      << r.startedAt << ", last stored " << r.updatedAt << ": " << r.done << " of " << r.total
                      << " files stored (" << r.created << " new), " << r.failed << " failed\n";
            return kOk;
        }
        const auto found = runs.run(run);
        if (!found) {
            s.err << "vigie-cli import-runs: " << c.db << " has no import run " << run << "\n";
            return kFailed;
        }
        if (!found->kept && core::importRunActive(*found)) {
            s.err << "vigie-cli import-runs: run " << run << " is still running (process " << found->pid
                  << "); nothing was changed\n";
            return kFailed;
        }
        if (action == "--undo") {
            const core::UndoneImport u = runs.undo(run);
            s.out << "Undid run " << run << ": " << u.removed << " programmes removed, " << u.restored
                  << " given their previous metadata back (study " << c.db << ", " << store.programmeCount()
                  << " programmes)\n";
        } else {
            runs.forget(run);
            s.out << "Forgot run " << run << "; its " << found->done << " files stay in the study\n";
        }
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli import-runs: " << printable(e.what()) << "\n";
        return kFailed;
    }
}

int runDemo(const std::vector<std::string> &args, Streams s)
{
    const Common c = parseCommon(args);
    if (c.help || !c.rest.empty()) {
        (c.help ? s.out : s.err)
            << "Usage: vigie-cli demo [--db FILE]\n\n"
               "Writes the bundled demo study into a new study: about 250 real communes, 527 invented\n"
               "candidates, 268 invented programmes and a barometer of 1,128 invented projects in 24 cities,\n"
               "written from data/demo/bank.json with a fixed seed (the same study every time). The study is\n"
               "marked as synthetic, and so is everything made from it. See docs/demo.md.\n";
        return c.help ? kOk : kUsage;
    }
    try {
        namespace fs = std::filesystem;
        if (fs::exists(c.db))
            throw core::DemoError(c.db + ": already exists; the demo study is written into a new file");
        const core::DemoBank bank = core::DemoBank::bundled();
        const core::Gazetteer &gazetteer = core::Gazetteer::bundled();
        const core::DemoStudy demo = core::generateDemo(bank, gazetteer);
        std::atomic_bool cancel { false };
        core::ProgressSink progress;
        if (s.errIsTerminal)
            progress = [&](std::int64_t done, std::int64_t total, const std::string &) {
                s.err << "\r\033[K" << done << "/" << total << std::flush;
            };
        {
            auto store = openStudy(c.db, true);
            core::storeDemo(store, gazetteer, demo, progress, cancel);
        }
        if (s.errIsTerminal)
            s.err << "\r\033[K";
        int digital = 0;
        for (const auto &p : demo.programmes)
            digital += p.planted.empty() ? 0 : 1;
        s.out << "Demo study " << c.db << ": " << demo.cities.size() << " communes, " << demo.candidates.size()
              << " candidates, " << demo.programmes.size() << " programmes (" << digital << " with a digital section), "
              << demo.projects.size() << " barometer projects.\n"
              << core::syntheticNotice(false) << "\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli demo: " << printable(e.what()) << "\n";
        return kFailed;
    }
}

int runImportProjects(const std::vector<std::string> &args, Streams s)
{
    const Common c = parseCommon(args);
    if (c.help || c.rest.size() != 1 || c.rest[0].rfind("-", 0) == 0) {
        (c.help ? s.out : s.err) << "Usage: vigie-cli import-projects [--db FILE] PROJECTS.csv|PROJECTS.json\n\n"
                                    "Imports barometer projects (title, description, city, category, maturity, year,\n"
                                    "budget, partners; see docs/manifest.md), tagged with the study's dictionary.\n";
        return c.help ? kOk : kUsage;
    }
    bool importing = false;
    try {
        const auto entries = core::readProjects(c.rest[0]);
        auto store = openStudy(c.db, true, &s.err, "import-projects");
        core::Importer importer(store, core::Gazetteer::bundled());
        importing = true;
        std::atomic_bool cancel { false };
        const auto r = importer.importProjects(entries, c.rest[0], {}, cancel);
        importing = false;
        s.out << "Imported " << r.imported << ", updated " << r.updated << ", failed " << r.failed
              << ", unresolved cities " << r.unresolved << " (study " << c.db << ", " << store.projectCount()
              << " projects)\n";
        for (const auto &f : r.failures)
            s.err << "vigie-cli import-projects: " << printable(f.item) << ": " << printable(f.problem.message())
                  << "\n";
        for (const auto &u : r.unresolvedCities)
            s.err << "vigie-cli import-projects: " << printable(u.item)
                  << ": city not resolved: " << printable(u.problem.message()) << "\n";
        return r.failed > 0 ? kFailed : kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli import-projects: " << printable(e.what()) << batchUndone(importing, e) << "\n";
        return kFailed;
    }
}

int runSearch(const std::vector<std::string> &args, Streams s)
{
    Common c = parseCommon(args);
    int limit = 50;
    std::string query;
    for (std::size_t i = 0; i < c.rest.size(); ++i) {
        if (c.rest[i] == "--limit" && i + 1 < c.rest.size()) {
            const auto n = wholeNumberOption("search", "--limit", c.rest[++i], 1, kMaxInt, s.err);
            if (!n)
                return kUsage;
            limit = static_cast<int>(*n);
        } else
            query += (query.empty() ? "" : " ") + c.rest[i];
    }
    if (c.help || query.empty()) {
        (c.help ? s.out : s.err) << "Usage: vigie-cli search [--db FILE] [--limit N] WORDS...\n\n"
                                    "Programmes containing every word (case, accents and plurals folded);\n"
                                    "\"words in double quotes\" must appear together in that order.\n";
        return c.help ? kOk : kUsage;
    }
    try {
        auto store = openStudy(c.db, false);
        const auto ids = store.search(query, limit);
        for (const auto id : ids) {
            const auto p = store.programme(id);
            s.out << id << "\t" << printable(p->meta.candidate) << "\t" << printable(p->meta.listName) << "\t"
                  << printable(p->meta.commune) << "\t" << printable(p->meta.source) << "\n";
        }
        s.err << ids.size() << " programme" << (ids.size() == 1 ? "" : "s") << "\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli search: " << printable(e.what()) << "\n";
        return kFailed;
    }
}

int runCities(const std::vector<std::string> &args, Streams s)
{
    std::string department;
    std::vector<std::string> names;
    bool help = args.empty() || args[0] != "resolve";
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--department" && i + 1 < args.size())
            department = args[++i];
        else if (args[i] == "-h" || args[i] == "--help")
            help = true;
        else
            names.push_back(args[i]);
    }
    if (help || names.empty()) {
        s.err << "Usage: vigie-cli cities resolve [--department D] NAME...\n\n"
                 "Resolves city names (or INSEE codes) against the INSEE commune list and prints\n"
                 "code, name, department, population and size class; ambiguous names list the candidates.\n";
        return kUsage;
    }
    try {
        const auto &g = core::Gazetteer::bundled();
        const auto sizes = core::SizeClasses::standard();
        int code = kOk;
        for (const auto &name : names) {
            const auto r = g.resolve(name, department);
            if (!r.resolved()) {
                s.err << "vigie-cli cities: " << r.message << "\n";
                code = kFailed;
                continue;
            }
            const auto &cm = g.commune(r.commune);
            const int cls = sizes.classOf(cm.population);
            s.out << name << "\t" << cm.insee << "\t" << cm.name << "\t" << cm.department << "\t"
                  << (cm.population >= 0 ? std::to_string(cm.population) : std::string("?")) << "\t"
                  << (cls >= 0 ? sizes.classes()[static_cast<std::size_t>(cls)].label : std::string("?"))
                  << (r.note.empty() ? "" : "\t(" + r.note + ")") << "\n";
        }
        return code;
    } catch (const std::exception &e) {
        s.err << "vigie-cli cities: " << printable(e.what()) << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
