// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that read or rework a whole study: kwic, retag.
#include "cli/Cli.h"
#include "cli/commands/Options.h"
#include "cli/commands/Printable.h"
#include "cli/commands/Studies.h"

#include "DataPaths.h"
#include "analysis/Barometer.h"
#include "analysis/Concordance.h"
#include "analysis/Export.h"
#include "exchange/RefiQda.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <ostream>

namespace vigie::cli {

namespace {

core::CorpusStore openExisting(const std::string &path)
{
    return openStudy(path, false);
}

constexpr const char *kKwicUsage = R"(Usage: vigie-cli kwic [--db FILE] (--theme ID | WORDS...) [--context N]
                      [--sort document|left|right] [--limit N]

Keyword in context: every mention of a theme (and of its sub-themes), or every occurrence of a
word or phrase matched like a dictionary term (case, accents, plurals; "connect*" for a prefix).
Prints programme id, start and end offsets (code points), left context, match, right context,
separated by tabs.
)";

} // namespace

int runKwic(const std::vector<std::string> &args, Streams s)
{
    std::string db = core::defaultStudyPath();
    core::ConcordanceQuery q;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool value = i + 1 < args.size();
        if (a == "-h" || a == "--help") {
            s.out << kKwicUsage;
            return kOk;
        } else if (a == "--db" && value) {
            db = args[++i];
        } else if (a == "--theme" && value) {
            q.theme = args[++i];
        } else if (a == "--context" && value) {
            const auto n = wholeNumberOption("kwic", "--context", args[++i], 0, std::numeric_limits<int>::max(), s.err);
            if (!n)
                return kUsage;
            q.context = static_cast<int>(*n);
        } else if (a == "--limit" && value) {
            // 0: no limit, as ConcordanceQuery has it.
            const auto n
                = wholeNumberOption("kwic", "--limit", args[++i], 0, std::numeric_limits<std::int64_t>::max(), s.err);
            if (!n)
                return kUsage;
            q.limit = *n;
        } else if (a == "--sort" && value) {
            const std::string v = args[++i];
            if (v == "left")
                q.sort = core::ConcordanceQuery::Sort::Left;
            else if (v == "right")
                q.sort = core::ConcordanceQuery::Sort::Right;
            else if (v != "document") {
                s.err << kKwicUsage;
                return kUsage;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            s.err << "vigie-cli kwic: unknown option " << a << "\n\n" << kKwicUsage;
            return kUsage;
        } else {
            q.phrase += (q.phrase.empty() ? "" : " ") + a;
        }
    }
    if (q.theme.empty() == q.phrase.empty()) {
        s.err << kKwicUsage;
        return kUsage;
    }
    try {
        auto store = openExisting(db);
        const auto lines = core::concordance(store, q);
        for (const auto &l : lines)
            s.out << l.programme << "\t" << l.start << "\t" << l.end << "\t" << printable(l.left) << "\t"
                  << printable(l.match) << "\t" << printable(l.right) << (l.theme.empty() ? "" : "\t" + l.theme)
                  << "\n";
        s.err << lines.size() << " line" << (lines.size() == 1 ? "" : "s") << "\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli kwic: " << printable(e.what()) << "\n";
        return kFailed;
    }
}

int runRetag(const std::vector<std::string> &args, Streams s)
{
    std::string db = core::defaultStudyPath();
    std::string dictionary;
    int jobs = core::defaultJobs();
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--db" && i + 1 < args.size()) {
            db = args[++i];
        } else if (args[i] == "--dictionary" && i + 1 < args.size()) {
            dictionary = args[++i];
        } else if ((args[i] == "-j" || args[i] == "--jobs") && i + 1 < args.size()) {
            const auto n = wholeNumberOption("retag", args[i], args[i + 1], 1, 256, s.err);
            if (!n)
                return kUsage;
            jobs = static_cast<int>(*n);
            ++i;
        } else {
            (args[i] == "-h" || args[i] == "--help" ? s.out : s.err)
                << "Usage: vigie-cli retag [--db FILE] [--dictionary FILE] [-j N]\n\n"
                   "Tags every programme again, with FILE (which becomes the study's dictionary) or with the\n"
                   "study's current dictionary. All or nothing: an error leaves the study as it was.\n"
                   "-j N tags N programmes at once (default: one per core); the study is the same whatever N is.\n";
            return args[i] == "-h" || args[i] == "--help" ? kOk : kUsage;
        }
    }
    bool retagging = false; // an error from now on rolls the retag back
    try {
        auto store = openStudy(db, false, &s.err, "retag");
        const core::Dictionary dict = dictionary.empty() ? store.dictionary(store.currentDictionaryVersion())
                                                         : core::Dictionary::fromFile(dictionary);
        std::atomic_bool cancel { false };
        core::ProgressSink progress;
        if (s.errIsTerminal)
            progress = [&](std::int64_t done, std::int64_t total, const std::string &) {
                s.err << "\r\033[K" << done << "/" << total << std::flush;
            };
        retagging = true;
        store.retag(dict, progress, cancel, jobs);
        if (s.errIsTerminal)
            s.err << "\r\033[K";
        s.out << "Retagged " << store.programmeCount() << " programmes with dictionary version "
              << store.currentDictionaryVersion() << " (" << dict.name() << " " << dict.version() << ")\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli retag: " << printable(e.what())
              << (retagging ? ". Nothing was retagged: the study is as it was before." : "") << "\n";
        return kFailed;
    }
}

namespace {

std::string percent(const core::stats::Proportion &p)
{
    if (std::isnan(p.share))
        return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f %% [%.1f-%.1f]", 100 * p.share, 100 * p.low, 100 * p.high);
    return buf;
}

} // namespace

int runBarometer(const std::vector<std::string> &args, Streams s)
{
    std::string db = core::defaultStudyPath();
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--db" && i + 1 < args.size()) {
            db = args[++i];
        } else {
            const bool help = args[i] == "-h" || args[i] == "--help";
            (help ? s.out : s.err) << "Usage: vigie-cli barometer [--db FILE]\n\n"
                                      "Barometer of the study's projects: by declared category, by sector detected by\n"
                                      "the dictionary, by size class and city, and maturity by category.\n";
            return help ? kOk : kUsage;
        }
    }
    try {
        auto store = openExisting(db);
        const auto r = core::barometer(store, {});
        s.out << r.projects << " projects in " << r.cities << " cities";
        if (r.withoutCity)
            s.out << " (" << r.withoutCity << " without a resolved city)";
        s.out << "\n\nDeclared category\tprojects\tshare\n";
        for (const auto &c : r.declared)
            s.out << "  " << c.label << "\t" << c.projects << "\t" << percent(c.share) << "\n";
        s.out << "\nDetected sector (dictionary)\tprojects\tshare\n";
        for (const auto &c : r.detected)
            s.out << "  " << c.label << "\t" << c.projects << "\t" << percent(c.share) << "\n";
        s.out << "\nCity size\tprojects\tshare\n";
        for (const auto &c : r.bySize)
            s.out << "  " << c.label << "\t" << c.projects << "\t" << percent(c.share) << "\n";
        s.out << "\nMaturity by declared category\t";
        for (const auto &stage : r.stages)
            s.out << (stage.empty() ? "(none)" : stage) << "\t";
        s.out << "\n";
        for (std::size_t c = 0; c < r.declared.size(); ++c) {
            s.out << "  " << r.declared[c].label << "\t";
            for (const auto n : r.stagesByCategory[c])
                s.out << n << "\t";
            s.out << "\n";
        }
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli barometer: " << e.what() << "\n";
        return kFailed;
    }
}

namespace {

int exportQdpx(const std::string &db, const std::string &out, Streams s)
{
    if (out.empty()) {
        s.err << "vigie-cli export qdpx: give the file to write with --out FILE.qdpx (a ZIP archive)\n";
        return kUsage;
    }
    try {
        auto store = openExisting(db);
        const core::RefiProjectSummary r = core::writeRefiProject(store, out);
        s.out << "Written: " << out << " (REFI-QDA project: " << r.sources << " text sources, " << r.codes << " codes, "
              << r.selections << " coded selections, " << r.cases << " cases; " << r.bytes << " bytes)\n";
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli export qdpx: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace

int runExport(const std::vector<std::string> &args, Streams s)
{
    std::string db = core::defaultStudyPath();
    std::string what;
    std::string out;
    std::vector<std::string> statsArgs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool value = i + 1 < args.size();
        if (args[i] == "--db" && value) {
            db = args[++i];
        } else if (args[i] == "--out" && value) {
            out = args[++i];
        } else if ((args[i] == "--by" || args[i] == "--themes" || args[i] == "--sizes") && value) {
            statsArgs.push_back(args[i]);
            statsArgs.push_back(args[++i]);
        } else if (what.empty()
                   && (args[i] == "programmes" || args[i] == "mentions" || args[i] == "stats" || args[i] == "qdpx")) {
            what = args[i];
        } else {
            const bool help = args[i] == "-h" || args[i] == "--help";
            (help ? s.out : s.err)
                << "Usage: vigie-cli export [--db FILE] programmes|mentions|stats [--out FILE]\n"
                   "                        [--by GROUPING] [--themes ID,...] [--sizes ...]   (stats)\n"
                   "       vigie-cli export [--db FILE] qdpx --out FILE.qdpx\n\n"
                   "CSV (UTF-8, comma-separated) of the programmes with their per-theme counts, of every\n"
                   "mention, or of a crosstab (the options of vigie-cli stats). To standard output or FILE.\n"
                   "qdpx: the study as a REFI-QDA project for QDA tools (MAXQDA, ATLAS.ti, NVivo,\n"
                   "QualCoder): programmes as text sources with their metadata as variables, themes as\n"
                   "codes, mentions as coded selections, communes as cases (docs/formats.md, \"REFI-QDA\").\n";
            return help ? kOk : kUsage;
        }
    }
    if (what.empty()) {
        s.err << "vigie-cli export: say what to export: programmes, mentions, stats or qdpx\n";
        return kUsage;
    }
    if (what == "qdpx")
        return exportQdpx(db, out, s);
    std::ofstream file;
    if (!out.empty()) {
        file.open(out, std::ios::binary | std::ios::trunc);
        if (!file) {
            s.err << "vigie-cli export: " << out << ": cannot write the file\n";
            return kFailed;
        }
    }
    std::ostream &sink = out.empty() ? s.out : file;
    if (what == "stats") {
        statsArgs.insert(statsArgs.begin(), { "--db", db, "--format", "csv" });
        return runStats(statsArgs, { s.in, sink, s.err, false });
    }
    try {
        auto store = openExisting(db);
        if (what == "programmes")
            core::writeProgrammesCsv(store, core::SizeClasses::standard(), sink);
        else
            core::writeMentionsCsv(store, sink);
        sink.flush();
        if (!sink) {
            s.err << "vigie-cli export: write error\n";
            return kFailed;
        }
        return kOk;
    } catch (const std::exception &e) {
        s.err << "vigie-cli export: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
