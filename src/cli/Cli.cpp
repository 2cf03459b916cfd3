// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include <exception>
#include <ostream>

namespace vigie::cli {

namespace {

constexpr const char *kUsageText = R"(Usage: vigie-cli COMMAND [OPTIONS]

Vigie finds what French municipal programmes say about digital policy.

Commands:
  tag [--dictionary FILE] [--json] [--spans] PATH... | -
                      Tag UTF-8 text files (a folder: its .txt and .md files; -: standard input)
                      and print each one's word count and mentions per theme.
  dict check FILE     Validate a theme dictionary and print what it holds.

Options:
  -h, --help          Show this help (or a command's: vigie-cli tag --help).
  --version           Show the version.

Exit codes: 0 success, 1 an input failed (see the message), 2 wrong usage.
)";

} // namespace

int run(const std::vector<std::string> &args, Streams streams)
{
    try {
        if (args.empty()) {
            streams.err << kUsageText;
            return kUsage;
        }
        const std::string &command = args[0];
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (command == "-h" || command == "--help" || command == "help") {
            streams.out << kUsageText;
            return kOk;
        }
        if (command == "--version") {
            streams.out << "vigie-cli " << VIGIE_VERSION << "\n";
            return kOk;
        }
        if (command == "tag")
            return runTag(rest, streams);
        if (command == "dict")
            return runDict(rest, streams);
        streams.err << "vigie-cli: unknown command \"" << command << "\"\n\n" << kUsageText;
        return kUsage;
    } catch (const std::exception &e) {
        streams.err << "vigie-cli: " << e.what() << "\n";
        return kFailed;
    }
}

} // namespace vigie::cli
