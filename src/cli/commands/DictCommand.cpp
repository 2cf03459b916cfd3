// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "tagging/Dictionary.h"
#include "tagging/ThemeMatcher.h"

#include <ostream>

namespace vigie::cli {

namespace {

constexpr const char *kDictUsage = R"(Usage: vigie-cli dict check FILE

Validates a theme dictionary (format: docs/dictionary.md): JSON syntax, every key and value, theme
tree, and that each term and exclusion yields words and belongs to one theme only. Problems are
reported as FILE:LINE: message. Prints the themes with their term counts when the file is valid.
)";

} // namespace

int runDict(const std::vector<std::string> &args, Streams s)
{
    if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
        s.out << kDictUsage;
        return kOk;
    }
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
