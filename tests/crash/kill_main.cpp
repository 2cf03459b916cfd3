// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test (CTest "crash.kill"): vigie-cli import and retag killed with SIGKILL at seeded
// random moments, the study checked after each kill (KillTrials.h, docs/crash-tests.md).
//
//   crash_kill_test [KILLS]         seed from $VIGIE_CRASH_SEED, else from the clock (printed)
//   crash_kill_test --check STUDY   the checks alone, on one study (exit code 1 if it fails one)
#include "KillTrials.h"
#include "StudyCheck.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    std::string work;
    try {
        if (argc == 3 && std::string(argv[1]) == "--check") {
            const auto problems = vigie::test::checkStudy(argv[2]);
            for (const auto &problem : problems)
                std::cout << argv[2] << ": " << problem << "\n";
            std::cout << argv[2] << ": " << (problems.empty() ? "passes every check" : "FAILS") << std::endl;
            return problems.empty() ? 0 : 1;
        }
        vigie::test::KillOptions options;
        options.cli = VIGIE_CLI_PATH;
        options.seed = vigie::test::crashSeed();
        if (argc > 1) {
            options.kills = std::atoi(argv[1]);
            if (options.kills <= 0) {
                std::cout << "usage: crash_kill_test [KILLS] | --check STUDY" << std::endl;
                return 2;
            }
        }
        options.workFolder = (fs::temp_directory_path()
                              / ("vigie-crash-" + std::to_string(options.seed) + "-" + std::to_string(getpid())))
                                 .string();
        work = options.workFolder;
        std::cout << "crash.kill: seed " << options.seed << " (run again with VIGIE_CRASH_SEED=" << options.seed << ")"
                  << std::endl;
        const auto figures = vigie::test::runKillTrials(options, std::cout);
        std::printf("%d kills (%d as before the command, %d as after it, %d imports with part of the batch; %d "
                    "with the WAL written to), %d drawn again; checks %.1f s, total %.1f s\n",
                    figures.kills, figures.beforeState, figures.afterState, figures.partialState, figures.withWal,
                    figures.missed, figures.checkSeconds, figures.totalSeconds);
        for (const auto &failure : figures.failures)
            std::cout << "FAILED: " << failure << "\n";
        if (figures.failures.empty())
            fs::remove_all(options.workFolder);
        else
            std::cout << "the studies are kept in " << options.workFolder << "; seed " << options.seed << "\n";
        return figures.failures.empty() ? 0 : 1;
    } catch (const std::exception &e) {
        std::cout << "crash.kill: " << e.what() << std::endl;
        if (!work.empty())
            std::cout << "the studies are kept in " << work << std::endl;
        return 1;
    }
}
