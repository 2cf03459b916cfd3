// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"

#include "DataPaths.h"
#include "OrderedWorkers.h"
#include "gazetteer/Gazetteer.h"
#include "import/CandidateFile.h"
#include "import/DocumentFormats.h"
#include "import/ImportError.h"
#include "import/ImportRuns.h"
#include "import/ListImport.h"
#include "import/ResultsFile.h"
#include "import/TextDecoder.h"
#include "import/TextQuality.h"
#include "io/RegularFile.h"
#include "storage/CorpusStore.h"
#include "storage/SearchTokenizer.h"
#include "storage/Sha256.h"
#include "tagging/Tagger.h"
#include "text/Folding.h"
#include "text/NormalizedText.h"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <unordered_set>

namespace vigie::core {

namespace {

using Kind = ImportProblem::Kind;

constexpr std::uintmax_t kMaxFileBytes = 256u * 1024 * 1024;

std::string extensionOf(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    for (char &c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::string readFile(const std::string &path)
{
    RegularFile file = readRegularFile(path, kMaxFileBytes);
    using enum RegularFile::Failure;
    switch (file.failure) {
    case None:
        return std::move(file.bytes);
    case NoSuchFile:
        throw ImportError(Kind::NoSuchFile);
    case IsFolder:
        throw ImportError(Kind::IsFolder);
    case NotRegular:
        throw ImportError({ .kind = Kind::NotRegularFile, .value = file.special });
    case TooLarge:
        throw ImportError({ .kind = Kind::FileTooLarge, .limitMb = kMaxFileBytes >> 20 });
    case CannotOpen:
        throw ImportError(Kind::CannotOpen);
    case ReadError:
        throw ImportError(Kind::ReadError);
    }
    throw ImportError(Kind::ReadError);
}

// A name with the bytes that are not UTF-8 shown as \xNN.
std::string escapedName(std::string_view name)
{
    std::string shown;
    while (!name.empty()) {
        const auto bad = findUtf8Problem(name);
        const std::size_t good = bad ? bad->byteOffset : name.size();
        shown.append(name.substr(0, good));
        if (!bad)
            break;
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(name[good])));
        shown += buf;
        name.remove_prefix(good + 1);
    }
    return shown;
}

// Walks one folder, depth first, without following links to folders (a link loop cannot make it
// walk for ever, and a folder is not imported twice through two names). Every entry left out is
// reported with its reason; files in formats Vigie does not read too (UnsupportedType).
void walkFolder(const std::filesystem::path &root, PathEntries &out)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> pending { root };
    const auto skip = [&](const fs::path &p, ImportProblem problem) {
        problem.source = p.string();
        out.skipped.push_back({ p.string(), std::move(problem) });
    };
    while (!pending.empty()) {
        const fs::path folder = std::move(pending.back());
        pending.pop_back();
        std::error_code ec;
        fs::directory_iterator it(folder, ec);
        if (ec) {
            skip(folder, { .kind = Kind::UnreadableFolder, .detail = ec.message() });
            continue;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            const fs::path p = fs::absolute(it->path()).lexically_normal();
            const std::string name = p.string();
            std::error_code linkEc;
            const fs::file_status own = fs::symlink_status(p, linkEc);
            std::error_code targetEc;
            const fs::file_status target = fs::status(p, targetEc);
            if (findUtf8Problem(name)) {
                skip(p, { .kind = Kind::FileNameNotUtf8, .value = escapedName(name) });
            } else if (fs::is_symlink(own) && targetEc) {
                std::error_code readEc;
                const std::string to = fs::read_symlink(p, readEc).string();
                if (targetEc == std::errc::too_many_symbolic_link_levels)
                    skip(p, { .kind = Kind::LinkLoop });
                else
                    skip(p, { .kind = Kind::BrokenLink, .value = escapedName(to) });
            } else if (fs::is_directory(target)) {
                if (fs::is_symlink(own))
                    skip(p, { .kind = Kind::FolderLink, .value = escapedName(fs::read_symlink(p, linkEc).string()) });
                else
                    pending.push_back(p);
            } else if (isCandidateFile(name)) {
                out.candidateFiles.push_back(name);
            } else if (hasOfficialTableExtension(name) && isResultsFile(name)) {
                out.resultsFiles.push_back(name);
            } else if (!isSupportedDocument(name)) {
                skip(p,
                     { .kind = Kind::UnsupportedType, .value = extensionOf(name), .expected = supportedExtensions() });
            } else if (!fs::is_regular_file(target)) {
                skip(p, { .kind = Kind::NotRegularFile, .value = specialFileKind(name) });
            } else {
                ManifestEntry e;
                e.file = name;
                out.entries.push_back(std::move(e));
            }
        }
        if (ec)
            skip(folder, { .kind = Kind::UnreadableFolder, .detail = ec.message() });
    }
}

} // namespace

bool isSupportedDocument(const std::string &path)
{
    return formatOfPath(path) != nullptr;
}

ExtractedText extractDocument(const std::string &path, const ExtractionBudget &budget, const ReadOptions &options)
{
    const DocumentFormat *format = formatOfPath(path);
    if (!format)
        throw ImportError(
            { .kind = Kind::UnsupportedType, .value = extensionOf(path), .expected = supportedExtensions() });
    const std::string bytes = readFile(path);
    ExtractedText out;
    out.format = std::string(format->id);
    ReadText read;
    if (format->binary) {
        read = format->extract(bytes, budget, options);
        out.encoding = "binary";
    } else {
        DecodedText decoded = decodeText(bytes);
        out.encoding = decoded.encoding;
        read = format->extract(decoded.utf8, budget, options);
    }
    out.text = toNfc(read.utf8);
    out.ocrPages = std::move(read.ocrPages);
    out.ocrConfidence = read.ocrConfidence;
    budget.checkTextSize(out.text.size()); // NFC may lengthen a text (rarely, and little)
    if (out.text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ImportError(Kind::NoText);
    return out;
}

PathEntries Importer::entriesForPaths(const std::vector<std::string> &paths, const std::vector<NamePattern> &patterns)
{
    namespace fs = std::filesystem;
    PathEntries out;
    for (const auto &given : paths) {
        const fs::path p = fs::absolute(given).lexically_normal();
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            PathEntries inside;
            walkFolder(p, inside);
            const auto byFile = [](const auto &a, const auto &b) {
                return a.file < b.file;
            };
            std::sort(inside.entries.begin(), inside.entries.end(), byFile);
            std::sort(inside.skipped.begin(), inside.skipped.end(),
                      [](const auto &a, const auto &b) { return a.item < b.item; });
            std::move(inside.entries.begin(), inside.entries.end(), std::back_inserter(out.entries));
            std::move(inside.skipped.begin(), inside.skipped.end(), std::back_inserter(out.skipped));
            std::move(inside.candidateFiles.begin(), inside.candidateFiles.end(),
                      std::back_inserter(out.candidateFiles));
            std::move(inside.resultsFiles.begin(), inside.resultsFiles.end(), std::back_inserter(out.resultsFiles));
        } else if (findUtf8Problem(p.string())) {
            out.skipped.push_back(
                { p.string(),
                  { .kind = Kind::FileNameNotUtf8, .source = p.string(), .value = escapedName(p.string()) } });
        } else if (isCandidateFile(p.string())) {
            out.candidateFiles.push_back(p.string());
        } else if (hasOfficialTableExtension(p.string()) && isResultsFile(p.string())) {
            out.resultsFiles.push_back(p.string());
        } else {
            // A file given by name is the user's choice: what is wrong with it is the import's to say.
            ManifestEntry e;
            e.file = p.string();
            out.entries.push_back(std::move(e));
        }
    }
    std::sort(out.candidateFiles.begin(), out.candidateFiles.end());
    std::sort(out.resultsFiles.begin(), out.resultsFiles.end());
    std::vector<NamePattern> all = patterns;
    all.push_back(NamePattern::professionsDeFoi2026());
    out.named = applyNamePatterns(out.entries, all);
    return out;
}

Importer::Importer(CorpusStore &store, const Gazetteer &gazetteer)
    : m_store(store)
    , m_gazetteer(gazetteer)
{ }

struct Importer::Tagging
{
    std::int64_t version;
    Dictionary dictionary;
    std::shared_ptr<const ThemeMatcher> matcher;
    Tagger tagger;
};

Importer::Tagging Importer::prepareTagging()
{
    std::int64_t version = m_store.currentDictionaryVersion();
    if (version == 0)
        version = m_store.useDictionary(Dictionary::fromFile(defaultDictionaryPath()));
    Dictionary dictionary = m_store.dictionary(version);
    auto matcher = ThemeMatcher::compile(dictionary);
    return Tagging { version, std::move(dictionary), matcher, Tagger(matcher) };
}

const Commune *Importer::resolveCommune(const std::string &insee, const std::string &city,
                                        const std::string &department, std::optional<ImportProblem> &why) const
{
    if (insee.empty() && city.empty())
        return nullptr;
    const std::string &given = insee.empty() ? city : insee;
    const CityResolution r = m_gazetteer.resolveEntry(insee, city, department);
    if (r.resolved())
        return &m_gazetteer.commune(r.commune);
    using Problem = CityResolution::Problem;
    ImportProblem p { .kind = Kind::UnknownCommune, .value = given, .department = department, .detail = r.message };
    switch (r.problem) {
    case Problem::NoName:
        p.kind = Kind::NoCityName;
        break;
    case Problem::UnknownDepartment:
        p.kind = Kind::UnknownDepartment;
        break;
    case Problem::None: // not expected when unresolved: say the commune is unknown
    case Problem::UnknownCommune:
        break;
    case Problem::NotInDepartment:
        p.kind = Kind::CommuneNotInDepartment;
        break;
    case Problem::Ambiguous:
        p.kind = Kind::AmbiguousCommune;
        for (int i : r.candidates)
            p.candidates.push_back(m_gazetteer.commune(i).insee);
        break;
    }
    why = std::move(p);
    return nullptr;
}

namespace {

// Reads, converts, tags and hashes documents on `jobs` worker threads, handed to the writer in
// entry order (OrderedWorkers), which keeps the database connection to itself: extraction and
// tagging run on every core while SQLite writes. Errors are carried to the writer, which reports
// them as usual.
class Prefetcher
{
public:
    struct Prepared
    {
        ExtractedText doc;
        TagResult tags;
        std::string hash;
        PreparedSearchTokens search;
        TextQuality quality;
        std::optional<ImportProblem> error; // the document failed
    };

    Prefetcher(const std::vector<ManifestEntry> &entries, std::shared_ptr<const ThemeMatcher> matcher,
               const std::atomic_bool &cancel, std::chrono::milliseconds extractionTimeLimit, int jobs, OcrMode ocr,
               const Importer::OcrPageSink &ocrPage)
        : m_entries(entries)
        , m_cancel(cancel)
        , m_extractionTimeLimit(extractionTimeLimit)
        , m_ocr(ocr)
        , m_ocrPage(ocrPage)
        , m_lexicon(Lexicon::french())
    {
        const int n = std::max(1, jobs);
        for (int w = 0; w < n; ++w)
            m_taggers.emplace_back(matcher);
        m_workers.emplace(
            entries.size(), n,
            [this](std::size_t i, int worker) {
                return prepare(m_entries[i], m_taggers[static_cast<std::size_t>(worker)]);
            },
            kAhead, kAheadBytes, [](const Prepared &p) { return p.doc.text.size(); });
    }

    // The next document, in entry order (blocks until a worker has it).
    Prepared next() { return m_workers->next(); }

    // Whether next() would return at once, waiting for that until `deadline`.
    bool readyBy(std::chrono::steady_clock::time_point deadline) { return m_workers->readyBy(deadline); }

private:
    // How far ahead the workers may go: the writer's pace is uneven (FTS5 merges its index
    // segments now and then), and a deep queue keeps the workers busy meanwhile. 8 documents:
    // 6.6 s for 100 MB; 64: 6.2 s; 256: 5.7 s (one worker). The byte bound keeps large PDFs in check.
    static constexpr std::size_t kAhead = 256;
    static constexpr std::size_t kAheadBytes = 32u << 20;

    Prepared prepare(const ManifestEntry &e, Tagger &tagger) const
    {
        Prepared p;
        if (m_cancel.load()) {
            // Never reported: the writer sees the token too and drops the whole batch.
            p.error = ImportProblem { .kind = Kind::Cancelled };
            return p;
        }
        try {
            ReadOptions read { .ocr = m_ocr, .ocrProgress = {} };
            if (m_ocrPage)
                read.ocrProgress = [&](int page, int pages) {
                    m_ocrPage(e.file, page, pages);
                };
            p.doc = extractDocument(e.file, ExtractionBudget(m_extractionTimeLimit, &m_cancel), read);
            const NormalizedText norm = NormalizedText::fromUtf8(p.doc.text); // NFC already: same units
            tagger.tag(norm, p.tags);
            p.quality = measureTextQuality(norm.text(), tagger.lastTokens(), *m_lexicon);
            p.hash = sha256Hex(p.doc.text);
            prepareSearchTokens(p.doc.text, norm.text(), tagger.lastTokens(), p.search);
        } catch (const std::exception &ex) {
            p.error = importProblemOf(ex);
        }
        return p;
    }

    const std::vector<ManifestEntry> &m_entries;
    const std::atomic_bool &m_cancel;
    std::chrono::milliseconds m_extractionTimeLimit;
    OcrMode m_ocr;
    const Importer::OcrPageSink &m_ocrPage;
    std::shared_ptr<const Lexicon> m_lexicon;
    std::deque<Tagger> m_taggers; // one per worker
    std::optional<OrderedWorkers<Prepared>> m_workers; // last: its threads use the members above
};

// How a batch's chunks reach the study. `open()` starts a chunk (a transaction of its own for
// programmes; nothing for projects, whose batch is one transaction); `close(chunk)` ends it with
// the items stored in it (each with `item`, `data` and `created`); `failed(item, problem)` hears
// of an item that failed; `ready(deadline)` says whether the next item is ready to store, waiting
// until `deadline` for it: a chunk open for kChunkTime is closed rather than held open while the
// next document is still being read (an OCR'd PDF may take a minute).
template <typename Open, typename Close, typename Failed, typename Ready> struct ChunkHooks
{
    Open open;
    Close close;
    Failed failed;
    Ready ready;
};
// Spelled out for compilers without class template argument deduction for aggregates (clang
// before 17 builds the fuzz targets).
template <typename Open, typename Close, typename Failed, typename Ready>
ChunkHooks(Open, Close, Failed, Ready) -> ChunkHooks<Open, Close, Failed, Ready>;

// Runs a batch in chunks. `prepare(item)` makes what the item stores and may throw: the item
// then fails before it touches the database. `store(item, data)` writes it and returns true for
// a new document, false for an update. A failure is reported under `name(item)`, with the
// problem placed by `locate(item, problem)` (the file to fix, and its line). Progress counts
// from `doneBefore` (items a previous run stored) to `total`. Stops early when `cancel` is set;
// the caller decides what becomes of what was stored.
//
// Items are stored in chunks, each under a savepoint, rather than one savepoint per item: SQLite's
// FTS5 (3.40) writes its pending index to disk at every savepoint, so a savepoint per document
// made one tiny index segment per document, merged again and again. When an item fails while
// storing, the chunk rolls back to its savepoint, the items stored before it in the chunk are
// stored again, and the failing item alone is reported: the result is the same as with a savepoint
// per item.
template <typename Item, typename Hooks, typename Name, typename Locate, typename Prepare, typename Weight,
          typename Store>
void runBatch(Database &db, const std::vector<Item> &items, const ProgressSink &progress, std::int64_t doneBefore,
              std::int64_t total, const std::atomic_bool &cancel, ImportReport &report, Hooks &hooks, Name name,
              Locate locate, Prepare prepare, Weight weight, Store store)
{
    using Data = std::invoke_result_t<Prepare, const Item &>;
    struct Stored
    {
        const Item *item;
        Data data;
        bool created;
    };
    // 512: 128 made the 100 MB import 17 % slower than one transaction (a commit per 0.9 MB);
    // 4,096 as fast as it, but 100 MB more memory for the replay (docs/PERFORMANCE.md).
    constexpr std::size_t kChunkItems = 512;
    constexpr std::size_t kChunkBytes = 16u << 20; // of text kept for a possible replay
    constexpr auto kChunkTime = std::chrono::seconds(2);
    std::chrono::steady_clock::time_point chunkStart;
    std::vector<Stored> chunk;
    std::size_t chunkBytes = 0;
    bool open = false;
    auto fail = [&](const Item &item, const std::exception &why) {
        report.failed++;
        ImportProblem problem = importProblemOf(why);
        locate(item, problem);
        hooks.failed(item, problem);
        report.failures.push_back({ name(item), std::move(problem) });
    };
    auto closeChunk = [&] {
        if (open) {
            db.exec("RELEASE chunk");
            hooks.close(chunk);
        }
        open = false;
        chunk.clear();
        chunkBytes = 0;
    };
    // A failure of the study itself (a full disk, an I/O error, a read-only file) is not the
    // item's: every item after it would fail the same way, and SQLite may already have rolled the
    // whole transaction back. The batch stops there with that one error (and rolls back).
    auto stopOnStudyFailure = [&](const std::exception &ex) {
        if (const auto *storage = dynamic_cast<const StorageError *>(&ex); storage && storage->isStudyFailure())
            throw;
        if (!db.inTransaction()) // not expected for any other error; never go on outside the batch
            throw StorageError(db.path() + ": the import stopped and was rolled back after an error: " + ex.what());
    };
    // Back to the chunk's savepoint, then store `pending` again; an item that fails now (it did
    // not before, in the same state: not expected) is reported and the replay starts over.
    auto replay = [&](std::vector<Stored> pending) {
        for (;;) {
            db.exec("ROLLBACK TO chunk");
            std::size_t i = 0;
            try {
                for (; i < pending.size(); ++i)
                    store(*pending[i].item, pending[i].data);
                chunk = std::move(pending);
                return;
            } catch (const std::exception &ex) {
                stopOnStudyFailure(ex);
                (pending[i].created ? report.imported : report.updated)--;
                fail(*pending[i].item, ex);
                pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(i));
            }
        }
    };

    std::int64_t done = doneBefore;
    for (const Item &item : items) {
        if (cancel.load())
            break;
        if (open && !hooks.ready(chunkStart + kChunkTime))
            closeChunk();
        if (progress)
            progress(done++, total, name(item));
        std::optional<Data> data;
        try {
            data.emplace(prepare(item));
        } catch (const std::exception &ex) {
            fail(item, ex);
            continue;
        }
        if (!open) {
            try {
                hooks.open();
            } catch (const StudyBusy &) {
                if (cancel.load())
                    break; // Cancel while waiting for another writer: this item was not stored
                throw;
            }
            db.exec("SAVEPOINT chunk");
            open = true;
            chunkStart = std::chrono::steady_clock::now();
        }
        try {
            const bool created = store(item, *data);
            (created ? report.imported : report.updated)++;
            chunkBytes += weight(*data);
            chunk.push_back(Stored { &item, std::move(*data), created });
        } catch (const std::exception &ex) {
            stopOnStudyFailure(ex);
            fail(item, ex);
            replay(std::move(chunk));
        }
        if (chunk.size() >= kChunkItems || chunkBytes >= kChunkBytes)
            closeChunk();
    }
    closeChunk();
    if (progress && !cancel.load())
        progress(done, total, {});
}

} // namespace

ImportReport Importer::importProgrammes(const std::vector<ManifestEntry> &entries, const ProgressSink &progress,
                                        const std::atomic_bool &cancel, const ImportOptions &options)
{
    ImportReport report;
    ImportRuns runs(m_store);
    const std::string sources = options.sources.empty() ? sha256Hex(ImportRuns::entriesJson(entries)) : options.sources;
    std::vector<std::string> keys;
    keys.reserve(entries.size());
    for (const auto &e : entries)
        keys.push_back(ImportRuns::entryKey(e));

    // The run: resumed (what it stored is skipped), or new. The dictionary comes first, in the
    // same transaction, so that a study without one gets the bundled one once.
    std::unordered_set<std::string> done;
    std::optional<Transaction> starting(std::in_place, m_store.database());
    Tagging t = prepareTagging();
    const std::optional<ImportRunInfo> previous
        = options.resumeRun ? runs.run(options.resumeRun) : runs.unfinishedFor(sources);
    std::optional<ActiveImportRun> active; // from before the commit: no other import takes it up
    if (previous) {
        report.run = previous->id;
        report.resumedFrom = previous->startedAt;
        done = runs.doneKeys(previous->id);
        runs.markRunning(previous->id, entries);
        active.emplace(report.run);
    }
    starting->commit();
    starting.reset();
    std::vector<ManifestEntry> todo;
    std::vector<const std::string *> todoKeys;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (done.count(keys[i])) {
            ++report.alreadyDone;
        } else {
            todo.push_back(entries[i]);
            todoKeys.push_back(&keys[i]);
        }
    }
    const auto keyOf = [&](const ManifestEntry &e) -> const std::string & {
        return *todoKeys[static_cast<std::size_t>(&e - todo.data())];
    };

    Prefetcher prefetcher(todo, t.matcher, cancel, m_extractionTimeLimit, m_jobs, m_ocr, m_ocrPage);
    std::optional<BulkWrites> bulk(std::in_place, m_store.database()); // until the run's last transaction
    struct Data
    {
        Prefetcher::Prepared p;
        ProgrammeMeta meta;
        const Commune *commune;
        std::string previous; // the metadata before this import updated them (for undo)
        std::int64_t id = 0;
    };
    // The programme's file is what to fix: the extractors, which read bytes, do not name it.
    const auto locate = [](const ManifestEntry &e, ImportProblem &problem) {
        if (problem.source.empty())
            problem.source = e.file;
    };
    // Each chunk is a transaction that stores its programmes and records them in the run: the
    // record is what the study holds whenever the import stops.
    Database &db = m_store.database();
    std::optional<Transaction> chunkTx;
    std::vector<std::pair<const ManifestEntry *, std::string>> failedSince; // not yet recorded
    std::int64_t committed = 0; // programmes stored by this call, in committed chunks
    ChunkHooks hooks {
        [&] {
            chunkTx.emplace(db);
            if (report.run
                == 0) { // a new run is recorded with its first chunk: a batch that stores nothing leaves no trace
                report.run = runs.begin(sources, entries);
                active.emplace(report.run);
            }
        },
        [&](const auto &chunk) {
            for (const auto &[e, problem] : failedSince)
                runs.recordFailed(report.run, keyOf(*e), e->file, problem);
            for (const auto &s : chunk)
                runs.recordDone(report.run, keyOf(*s.item), s.item->file, s.data.id, s.created, s.data.previous,
                                s.data.meta.commune);
            runs.touch(report.run);
            chunkTx->commit();
            chunkTx.reset();
            failedSince.clear();
            committed += static_cast<std::int64_t>(chunk.size());
        },
        [&](const ManifestEntry &e, const ImportProblem &problem) { failedSince.emplace_back(&e, problem.message()); },
        [&](std::chrono::steady_clock::time_point deadline) { return prefetcher.readyBy(deadline); },
    };
    try {
        runBatch(
            db, todo, progress, report.alreadyDone, static_cast<std::int64_t>(entries.size()), cancel, report, hooks,
            [](const ManifestEntry &e) { return e.file; }, locate,
            [&](const ManifestEntry &e) {
                Data d { prefetcher.next(), {}, nullptr, {}, 0 };
                if (d.p.error)
                    throw ImportError(*d.p.error);
                ProgrammeMeta &meta = d.meta;
                meta.candidate = e.candidate;
                meta.listName = e.listName;
                meta.nuance = e.nuance;
                meta.year = e.year;
                meta.round = e.round;
                meta.elected = e.elected;
                meta.panel = e.panel;
                meta.kind = e.kind;
                meta.source = e.file;
                meta.format = d.p.doc.format;
                meta.encoding = d.p.doc.encoding;
                meta.ocrPages = pageRanges(d.p.doc.ocrPages);
                if (!d.p.doc.ocrPages.empty()) {
                    meta.ocrConfidence = d.p.doc.ocrConfidence;
                    report.readByOcr.push_back({ e.file, meta.ocrPages, d.p.doc.ocrConfidence });
                }
                std::optional<ImportProblem> why;
                d.commune = resolveCommune(e.insee, e.city, e.department, why);
                if (why) {
                    report.unresolved++;
                    locate(e, *why);
                    report.unresolvedCities.push_back({ e.file, std::move(*why) });
                }
                if (d.commune)
                    meta.commune = d.commune->insee;
                if (d.p.quality.low())
                    report.lowQuality.push_back({ e.file,
                                                  { .kind = Kind::LowTextQuality,
                                                    .source = e.file,
                                                    .knownShare = d.p.quality.knownShare,
                                                    .oneLetterShare = d.p.quality.oneLetterShare,
                                                    .garbledShare = d.p.quality.garbledShare } });
                return d;
            },
            [](const Data &d) { return d.p.doc.text.size(); },
            [&](const ManifestEntry &e, Data &d) {
                if (d.commune)
                    m_store.ensureCommune(*d.commune);
                d.previous = runs.currentMetadata(d.p.hash);
                d.p.search.text = d.p.doc.text; // the string moved with its object: point at where it is now
                const ReplaySearchTokens replay(d.p.search);
                const auto put
                    = m_store.putProgramme(d.meta, d.p.doc.text, d.p.tags, t.dictionary, t.version, d.p.hash);
                d.id = put.id;
                if (put.keptWith)
                    report.keptWithList.push_back({ e.file,
                                                    { .kind = Kind::SameTextOtherList,
                                                      .source = e.file,
                                                      .value = put.keptWith->commune,
                                                      .listYear = put.keptWith->year,
                                                      .listRound = put.keptWith->round,
                                                      .listPanel = put.keptWith->panel } });
                return put.created;
            });
    } catch (const StorageError &e) {
        // The chunk being stored is rolled back; those before it are in the study, and recorded.
        chunkTx.reset();
        throw ImportInterrupted(e, report.alreadyDone + committed, report.run);
    }
    report.cancelled = cancel.load();
    bulk.reset(); // the transaction that ends the run syncs the chunks before it
    if (!report.cancelled) { // documents named without a year, joined by the lists already there
        Transaction tx(db);
        report.yearsFromLists = giveYearsFromLists(m_store);
        tx.commit();
    }
    if (report.run != 0) {
        try {
            Transaction tx(db);
            if (report.cancelled)
                runs.markKept(report.run);
            else
                runs.end(report.run);
            tx.commit();
        } catch (const StorageError &e) {
            // Everything is stored, but the run is still recorded as unfinished: the same import
            // again finds nothing to do and ends it.
            throw ImportInterrupted(e, report.alreadyDone + committed, report.run);
        }
        if (!report.cancelled)
            report.run = 0;
    }
    return report;
}

ImportReport Importer::importProjects(const std::vector<ProjectEntry> &entries, const std::string &source,
                                      const ProgressSink &progress, const std::atomic_bool &cancel)
{
    ImportReport report;
    Transaction batch(m_store.database());
    Tagging t = prepareTagging();
    struct Data
    {
        ProjectMeta meta;
        TagResult tags;
        const Commune *commune;
    };
    auto where = [&](const ProjectEntry &e) {
        return source + ":" + std::to_string(e.line);
    };
    // The projects list is what to fix, at the project's line.
    const auto locate = [&](const ProjectEntry &e, ImportProblem &problem) {
        problem.source = source;
        problem.line = e.line;
    };
    // One transaction for the whole list (a file read in well under a second): chunks are
    // savepoints inside it.
    ChunkHooks hooks {
        [] {},
        [](const auto &) {},
        [](const ProjectEntry &, const ImportProblem &) {},
        [](std::chrono::steady_clock::time_point) { return true; },
    };
    runBatch(
        m_store.database(), entries, progress, 0, static_cast<std::int64_t>(entries.size()), cancel, report, hooks,
        [&](const ProjectEntry &e) { return where(e) + " (" + e.title + ")"; }, locate,
        [&](const ProjectEntry &e) {
            Data d;
            ProjectMeta &meta = d.meta;
            meta.title = toNfc(e.title);
            meta.description = toNfc(e.description);
            meta.category = e.category;
            meta.maturity = e.maturity;
            meta.year = e.year;
            meta.budget = e.budget;
            meta.partners = e.partners;
            meta.source = e.source.empty() ? source : e.source;
            std::optional<ImportProblem> why;
            d.commune = resolveCommune(e.insee, e.city, e.department, why);
            if (why) {
                report.unresolved++;
                locate(e, *why);
                report.unresolvedCities.push_back({ where(e), std::move(*why) });
            }
            if (d.commune)
                meta.commune = d.commune->insee;
            d.tags = t.tagger.tag(CorpusStore::projectText(meta));
            return d;
        },
        [](const Data &d) { return d.meta.title.size() + d.meta.description.size(); },
        [&](const ProjectEntry &, Data &d) {
            if (d.commune)
                m_store.ensureCommune(*d.commune);
            return m_store.putProject(d.meta, d.tags, t.dictionary, t.version).created;
        });
    if (cancel.load()) {
        report = ImportReport {};
        report.cancelled = true; // the batch transaction rolls back when it goes out of scope
        return report;
    }
    batch.commit();
    return report;
}

} // namespace vigie::core
