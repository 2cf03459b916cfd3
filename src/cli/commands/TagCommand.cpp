// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "DataPaths.h"
#include "OrderedWorkers.h"
#include "cli/commands/Options.h"
#include "cli/commands/Printable.h"
#include "import/ImportError.h"
#include "import/Importer.h"
#include "io/RegularFile.h"
#include "tagging/Dictionary.h"
#include "tagging/TagResultJson.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <istream>
#include <iterator>
#include <new>
#include <ostream>
#include <sstream>

namespace vigie::cli {

namespace {

constexpr const char *kTagUsage = R"(Usage: vigie-cli tag [--dictionary FILE] [--json] [--spans] [-j N] PATH... | -

Tags UTF-8 text and prints, for each input, its word count and the number of mentions of each theme
(rolled up: a mention of open_data also counts for its parent numerique). A folder stands for the
.txt and .md files inside it, recursively, in name order; - reads standard input.

Options:
  --dictionary FILE   Theme dictionary (default: the bundled French dictionary).
  --json              One JSON object per line:
                      {"path": ..., "words": N, "themes": {"numerique": 3, "open_data": 1}}
  --spans             Also list each mention: theme, term, start and end offsets in Unicode code
                      points of the input, and the matched text.
  -j N                Tag N inputs at once (default: one per core); the results are printed in
                      input order whatever N is.

Inputs that cannot be read (missing, not UTF-8, binary) are reported on stderr and skipped; the
exit code is then 1.
)";

struct TagOptions
{
    std::string dictionary;
    bool json = false;
    bool spans = false;
    int jobs = core::defaultJobs();
    std::vector<std::string> paths;
};

bool isTextFile(const std::filesystem::path &p)
{
    const std::string ext = p.extension().string();
    return ext == ".txt" || ext == ".md" || ext == ".TXT" || ext == ".MD";
}

// Expands folders; keeps order of the command line, then name order inside each folder. What a
// folder holds and is not read (links to folders, pipes, unreadable folders) is said on `err`.
std::vector<std::string> expandPaths(const std::vector<std::string> &paths, std::ostream &err)
{
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    for (const auto &p : paths) {
        std::error_code ec;
        if (p != "-" && fs::is_directory(p, ec)) {
            const core::PathEntries inside = core::Importer::entriesForPaths({ p });
            for (const auto &e : inside.entries)
                if (isTextFile(e.file))
                    out.push_back(e.file);
            for (const auto &k : inside.skipped)
                if (k.problem.kind != core::ImportProblem::Kind::UnsupportedType)
                    err << "vigie-cli tag: " << printable(k.item) << ": " << printable(k.problem.message()) << "\n";
        } else {
            out.push_back(p);
        }
    }
    return out;
}

// Reads a whole input; returns false with a message if it cannot be read.
bool readInput(const std::string &path, std::istream &stdinStream, std::string &text, std::string &problem)
{
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(stdinStream), std::istreambuf_iterator<char>());
        return true;
    }
    core::RegularFile file = core::readRegularFile(path, 256u * 1024 * 1024);
    using enum core::RegularFile::Failure;
    switch (file.failure) {
    case None:
        text = std::move(file.bytes);
        return true;
    case NoSuchFile:
        problem = "no such file";
        break;
    case IsFolder:
        problem = "is a folder, not a file";
        break;
    case NotRegular:
        problem = "is " + core::describeSpecialFile(file.special) + ", not a file (use - for standard input)";
        break;
    case TooLarge:
        problem = "file larger than 256 MB";
        break;
    case CannotOpen:
        problem = "cannot open the file";
        break;
    case ReadError:
        problem = "read error";
        break;
    }
    return false;
}

void printResult(const TagOptions &o, const std::string &path, const core::NormalizedText &text,
                 const core::TagResult &r, const core::Dictionary &dict, std::ostream &out)
{
    const auto &themes = dict.themes();
    if (o.json) {
        nlohmann::ordered_json j;
        j["path"] = path;
        j.update(core::tagResultToJson(r, text, dict, o.spans));
        out << j.dump() << "\n";
        return;
    }
    out << path << "\t" << r.words << " words";
    bool any = false;
    for (std::size_t t = 0; t < themes.size(); ++t) {
        if (r.counts[t] == 0)
            continue;
        out << (any ? ", " : "\t") << themes[t].id << " " << r.counts[t];
        any = true;
    }
    if (!any)
        out << "\tno theme";
    out << "\n";
    if (o.spans) {
        for (const auto &m : r.mentions) {
            const auto &theme = themes[static_cast<std::size_t>(m.theme)];
            out << "  " << m.start << "-" << m.end << "\t" << theme.id << "\t\"" << m.matchedText(text) << "\"\t("
                << (m.rule >= 0 ? "rule \"" + theme.rules[static_cast<std::size_t>(m.rule)].name
                                : "term \"" + theme.terms[static_cast<std::size_t>(m.term)].text)
                << "\")\n";
        }
    }
}

} // namespace

int runTag(const std::vector<std::string> &args, Streams s)
{
    TagOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "-h" || a == "--help") {
            s.out << kTagUsage;
            return kOk;
        } else if (a == "--json") {
            o.json = true;
        } else if (a == "-j" || a == "--jobs") {
            if (i + 1 >= args.size()) {
                s.err << "vigie-cli tag: " << a << " needs a number\n";
                return kUsage;
            }
            const auto n = wholeNumberOption("tag", a, args[++i], 1, 256, s.err);
            if (!n)
                return kUsage;
            o.jobs = static_cast<int>(*n);
        } else if (a == "--spans") {
            o.spans = true;
        } else if (a == "--dictionary" || a == "-d") {
            if (i + 1 >= args.size()) {
                s.err << "vigie-cli tag: " << a << " needs a file\n";
                return kUsage;
            }
            o.dictionary = args[++i];
        } else if (a.rfind("--dictionary=", 0) == 0) {
            o.dictionary = a.substr(13);
        } else if (a.size() > 1 && a[0] == '-') {
            s.err << "vigie-cli tag: unknown option " << a << "\n\n" << kTagUsage;
            return kUsage;
        } else {
            o.paths.push_back(a);
        }
    }
    if (o.paths.empty()) {
        s.err << "vigie-cli tag: no input (give files, folders, or - for standard input)\n\n" << kTagUsage;
        return kUsage;
    }
    if (o.dictionary.empty()) {
        o.dictionary = core::defaultDictionaryPath();
        if (o.dictionary.empty()) {
            s.err
                << "vigie-cli tag: the bundled dictionary was not found; set VIGIE_DATA_DIR or use --dictionary FILE\n";
            return kFailed;
        }
    }

    std::shared_ptr<const core::ThemeMatcher> matcher;
    try {
        matcher = core::ThemeMatcher::compile(core::Dictionary::fromFile(o.dictionary));
    } catch (const core::DictionaryError &e) {
        s.err << "vigie-cli tag: dictionary error: " << e.what() << "\n";
        return kFailed;
    }
    // Inputs are read and tagged on `jobs` threads, printed in input order.
    const std::vector<std::string> inputs = expandPaths(o.paths, s.err);
    std::deque<core::Tagger> taggers;
    for (int w = 0; w < o.jobs; ++w)
        taggers.emplace_back(matcher);
    struct Tagged
    {
        std::string printed; // for standard output
        std::string problem; // for standard error: the input failed
    };
    const auto tagOne = [&](std::size_t i, int worker) {
        const std::string &path = inputs[i];
        const std::string shown = path == "-" ? "<stdin>" : path;
        Tagged t;
        try {
            std::string bytes;
            std::string problem;
            if (!readInput(path, s.in, bytes, problem)) {
                t.problem = shown + ": " + problem;
                return t;
            }
            if (const auto bad = core::findUtf8Problem(bytes)) {
                t.problem = shown + ": not UTF-8 text: " + bad->describe();
                return t;
            }
            const core::NormalizedText text = core::NormalizedText::fromUtf8(bytes);
            core::TagResult result;
            taggers[static_cast<std::size_t>(worker)].tag(text, result);
            std::ostringstream printed;
            printResult(o, shown, text, result, matcher->dictionary(), printed);
            t.printed = std::move(printed).str();
        } catch (const std::bad_alloc &e) { // worded as the importer words it; the next file may fit
            t.printed.clear();
            t.problem = shown + ": " + core::importProblemOf(e).message();
        }
        return t;
    };
    int code = kOk;
    // At most 64 inputs ahead of the printing, and 256 MB of printed results (spans of a large file).
    core::OrderedWorkers<Tagged> workers(inputs.size(), o.jobs, tagOne, 64, std::size_t(256) << 20,
                                         [](const Tagged &t) { return t.printed.size(); });
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Tagged t = workers.next();
        if (!t.problem.empty()) {
            s.err << "vigie-cli tag: " << t.problem << "\n";
            code = kFailed;
        } else {
            s.out << t.printed;
        }
    }
    return code;
}

} // namespace vigie::cli
