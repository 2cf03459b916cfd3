// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the in-process command-line tests share: a command run with its exit code and output.
#pragma once

#include "cli/Cli.h"

#include <sstream>
#include <string>
#include <vector>

namespace vigie::test {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

// Runs one vigie-cli command line in-process, `stdinText` as its standard input.
inline Run cli(const std::vector<std::string> &args, const std::string &stdinText = {})
{
    std::istringstream in(stdinText);
    std::ostringstream out, err;
    const int code = vigie::cli::run(args, { in, out, err });
    return { code, out.str(), err.str() };
}

} // namespace vigie::test
