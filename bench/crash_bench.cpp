// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// More kill trials than CI runs (tests/crash/KillTrials.h; docs/crash-tests.md), with figures.
//
//   vigie-bench-crash [--kills N] [--seed S] [--files N] [--kb N] [--verbose]
//
// Defaults: 200 kills of vigie-cli import (640 files of 8 kB) and retag, alternately; the seed
// from $VIGIE_CRASH_SEED, else from the clock. Prints how the kills fell (the study as before
// or as after the command, with the WAL written to or not), the time per kill, and every
// failure; exit code 1 if there was one.
#include "KillTrials.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    vigie::test::KillOptions options;
    options.cli = VIGIE_CLI_PATH;
    options.kills = 200;
    bool verbose = false;
    try {
        options.seed = vigie::test::crashSeed();
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            const bool value = i + 1 < argc;
            if (a == "--kills" && value)
                options.kills = std::atoi(argv[++i]);
            else if (a == "--seed" && value)
                options.seed = std::strtoull(argv[++i], nullptr, 10);
            else if (a == "--files" && value)
                options.files = std::atoi(argv[++i]);
            else if (a == "--kb" && value)
                options.averageBytes = 1000ull * std::strtoull(argv[++i], nullptr, 10);
            else if (a == "--verbose")
                verbose = true;
            else {
                std::fprintf(stderr,
                             "usage: vigie-bench-crash [--kills N] [--seed S] [--files N] [--kb N] [--verbose]\n");
                return 2;
            }
        }
        if (options.kills <= 0 || options.files <= 0 || options.averageBytes == 0) {
            std::fprintf(stderr, "vigie-bench-crash: --kills, --files and --kb take numbers above 0\n");
            return 2;
        }
        options.workFolder = (fs::temp_directory_path() / ("vigie-bench-crash-" + std::to_string(getpid()))).string();
        std::ostringstream quiet;
        std::ostream &log = verbose ? std::cout : quiet;
        const auto f = vigie::test::runKillTrials(options, log);
        if (!verbose) // the first line: the batch and the reference runs
            std::cout << quiet.str().substr(0, quiet.str().find('\n') + 1);
        std::printf("kills\t%d (import and retag alternately)\n", f.kills);
        std::printf("study_as_before\t%d\n", f.beforeState);
        std::printf("study_as_after\t%d\n", f.afterState);
        std::printf("import_with_part_of_batch\t%d\n", f.partialState);
        std::printf("kills_with_wal_written\t%d\n", f.withWal);
        std::printf("drawn_again\t%d (the command had finished)\n", f.missed);
        std::printf("corpus_kB\t%llu\n", static_cast<unsigned long long>(f.corpusBytes / 1000));
        std::printf("import_s\t%.2f\n", f.importSeconds);
        std::printf("retag_s\t%.2f\n", f.retagSeconds);
        std::printf("checks_s\t%.1f\n", f.checkSeconds);
        std::printf("total_s\t%.1f\n", f.totalSeconds);
        std::printf("s_per_kill\t%.2f\n", f.kills ? (f.totalSeconds - f.setupSeconds) / f.kills : 0.0);
        std::printf("failures\t%zu\n", f.failures.size());
        for (const auto &failure : f.failures)
            std::printf("FAILED: %s\n", failure.c_str());
        std::printf("seed\t%llu\n", static_cast<unsigned long long>(options.seed));
        if (f.failures.empty())
            fs::remove_all(options.workFolder);
        else
            std::printf("the studies are kept in %s\n", options.workFolder.c_str());
        return f.failures.empty() ? 0 : 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "vigie-bench-crash: %s (seed %llu, studies in %s)\n", e.what(),
                     static_cast<unsigned long long>(options.seed), options.workFolder.c_str());
        return 1;
    }
}
