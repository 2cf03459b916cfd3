// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "import/DictionaryExport.h"
#include "import/DictionaryImport.h"
#include "tagging/Dictionary.h"
#include "tagging/ThemeMatcher.h"

#include <fstream>
#include <optional>
#include <ostream>

namespace vigie::cli {

namespace {

constexpr const char *kDictUsage = R"(Usage: vigie-cli dict check FILE
       vigie-cli dict import [--format F] [--out OUT.json] FILE
       vigie-cli dict export --format liwc|yaml|qdc [--out OUT] DICTIONARY.json

check   Validates a theme dictionary (format: docs/dictionary.md): JSON syntax, every key and
        value, theme tree, and that each term and exclusion yields words and belongs to one theme
        only. Problems are reported as FILE:LINE: message. Prints the themes with their term
        counts when the file is valid.

import  Reads a dictionary made with another tool and reports what was read, mapped and
        skipped, line by line (docs/dictionary.md, "Dictionaries from other tools"). F is liwc
        (.dic, LIWC 2007/2015), dicx (LIWC-22), wordstat (.CAT), lexicoder (.lc3), yaml
        (quanteda) or qdc (a REFI-QDA codebook: its codes become themes without terms); by
        default the file's extension or first line says. With --out, writes the
        Vigie dictionary (then: vigie-cli retag --dictionary OUT.json). Exit 1 when nothing could
        be imported.

export  Writes a Vigie dictionary as LIWC .dic, quanteda YAML or a REFI-QDA codebook (.qdc, the
        theme tree for QDA tools) to OUT or standard output, and lists on standard error what the
        format cannot say: rules, exclusions, exact, stem and plural matching (a codebook holds
        no words at all: they are listed in each code's description). A sub-theme's terms are
        also listed under its parents in LIWC, which does not roll up, so the counts stay the
        same.
)";

int exportCommand(const std::vector<std::string> &args, Streams s)
{
    std::optional<core::DictionaryFormat> format;
    std::string out;
    std::string path;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size())
            format = core::dictionaryFormatNamed(args[++i]);
        else if (args[i] == "--out" && i + 1 < args.size())
            out = args[++i];
        else if (path.empty() && !args[i].empty() && args[i][0] != '-')
            path = args[i];
        else
            return s.err << kDictUsage, kUsage;
    }
    if (path.empty() || !format
        || (*format != core::DictionaryFormat::LiwcDic && *format != core::DictionaryFormat::QuantedaYaml
            && *format != core::DictionaryFormat::RefiCodebook)) {
        s.err << kDictUsage;
        return kUsage;
    }
    try {
        const core::Dictionary dict = core::Dictionary::fromFile(path);
        std::vector<std::string> lost;
        const std::string text = core::exportDictionary(dict, *format, lost);
        for (const std::string &line : lost)
            s.err << path << ": not in " << core::dictionaryFormatName(*format) << ": " << line << "\n";
        if (out.empty()) {
            s.out << text;
            return kOk;
        }
        std::ofstream file(out, std::ios::binary | std::ios::trunc);
        file << text;
        file.flush();
        if (!file) {
            s.err << "vigie-cli dict export: " << out << ": cannot write the file\n";
            return kFailed;
        }
        s.err << "Written: " << out << " (" << lost.size() << " things the format cannot say, listed above)\n";
        return kOk;
    } catch (const core::DictionaryError &e) {
        s.err << e.what() << "\n";
        return kFailed;
    }
}

int importCommand(const std::vector<std::string> &args, Streams s)
{
    std::optional<core::DictionaryFormat> format;
    std::string out;
    std::string path;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) {
            format = core::dictionaryFormatNamed(args[++i]);
            if (!format) {
                s.err << "vigie-cli dict import: unknown format \"" << args[i]
                      << "\" (liwc, dicx, wordstat, lexicoder, yaml, qdc)\n";
                return kUsage;
            }
        } else if (args[i] == "--out" && i + 1 < args.size()) {
            out = args[++i];
        } else if (path.empty() && !args[i].empty() && args[i][0] != '-') {
            path = args[i];
        } else {
            s.err << kDictUsage;
            return kUsage;
        }
    }
    if (path.empty()) {
        s.err << kDictUsage;
        return kUsage;
    }
    try {
        const core::DictionaryImport d = core::importDictionary(path, format);
        for (const auto &note : d.notes)
            s.out << path << (note.line > 0 ? ":" + std::to_string(note.line) : std::string()) << ": "
                  << (note.kind == core::DictionaryImportNote::Kind::Skipped ? "skipped: " : "changed: ")
                  << note.message << "\n";
        s.out << path << ": " << core::dictionaryFormatName(d.format) << " (" << d.encoding << "): " << d.categories
              << " categories, " << d.entries << " entries read, " << d.terms << " terms made, " << d.skipped
              << " entries not imported\n";
        if (!out.empty()) {
            std::ofstream file(out, std::ios::binary | std::ios::trunc);
            file << d.dictionary.toJson();
            file.flush();
            if (!file) {
                s.err << "vigie-cli dict import: " << out << ": cannot write the file\n";
                return kFailed;
            }
            s.out << "Written: " << out << "\n";
        }
        return kOk;
    } catch (const core::DictionaryError &e) {
        s.err << e.what() << "\n";
        return kFailed;
    }
}

} // namespace

int runDict(const std::vector<std::string> &args, Streams s)
{
    if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
        s.out << kDictUsage;
        return kOk;
    }
    if (!args.empty() && args[0] == "import")
        return importCommand(args, s);
    if (!args.empty() && args[0] == "export")
        return exportCommand(args, s);
    if (args.size() != 2 || args[0] != "check") {
        s.err << kDictUsage;
        return kUsage;
    }
    const std::string &path = args[1];
    try {
        const core::Dictionary dict = core::Dictionary::fromFile(path);
        const auto matcher = core::ThemeMatcher::compile(dict);
        for (const auto &w : matcher->warnings())
            s.err << "warning: " << w << "\n";
        s.out << path << ": valid dictionary \"" << dict.name() << "\" version " << dict.version() << " ("
              << dict.themes().size() << " themes, " << dict.termCount() << " terms, " << dict.exclusionCount()
              << " exclusions, fingerprint " << dict.fingerprint() << ")\n";
        for (std::size_t i = 0; i < dict.themes().size(); ++i) {
            const auto &t = dict.themes()[i];
            const std::size_t depth = dict.ancestors(static_cast<int>(i)).size();
            s.out << std::string(2 + 2 * depth, ' ') << t.id << "  " << t.labelFr << "  (" << t.terms.size()
                  << " terms)\n";
        }
        return kOk;
    } catch (const core::DictionaryError &e) {
        s.err << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
