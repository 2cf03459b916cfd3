// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include <iostream>

#include <unistd.h>

int main(int argc, char **argv)
{
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    // The live progress line of import, retag and demo is for a person watching a terminal, not
    // for a log or a pipe.
    return vigie::cli::run(args, { std::cin, std::cout, std::cerr, isatty(STDERR_FILENO) == 1 });
}
