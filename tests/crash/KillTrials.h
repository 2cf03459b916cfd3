// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace vigie::test {

// Kill trials: vigie-cli import and retag run as child processes and are killed with SIGKILL
// after a seeded random delay; after each kill the study must pass checkStudy() and hold exactly
// what it held before the command or exactly what an uninterrupted run leaves (a retag is one
// transaction: nothing committed before is lost, nothing half-written is seen) or, for an import,
// which commits in chunks, what it held before and a part of the batch, each programme exactly as
// an uninterrupted run stores it, recorded as such in its import run. The same command run again
// must complete (an import saying that it resumed and skipped the files stored) and leave the
// study an uninterrupted run leaves.
//
// Half the delays are drawn over the whole of an uninterrupted run, half over its last quarter
// and a little beyond, where the transaction commits (most of its pages reach the disk there).
// A delay after which the command had already finished is not a kill: it is drawn again.
struct KillOptions
{
    std::string cli; // the vigie-cli to run
    std::string workFolder; // made and left for the caller to remove
    std::uint64_t seed = 1;
    int kills = 24; // kills that landed, import and retag alternately
    int baselineFiles = 40; // imported before the trials: what must never be lost
    int files = 640; // the batch each import trial runs: two chunks of an import (512 files each at most)
    std::uint64_t averageBytes = 8000; // per file
};

struct KillFigures
{
    int kills = 0; // landed while the command ran
    int missed = 0; // the command had finished: drawn again
    int beforeState = 0; // kills after which the study was as before the command
    int afterState = 0; // ... as after it (killed after its commit, while closing)
    int partialState = 0; // imports killed after some of their chunks: resumed by the next run
    int withWal = 0; // kills that found the WAL written to: during the commit or the checkpoint
    double importSeconds = 0; // one uninterrupted import of the batch
    double retagSeconds = 0; // one uninterrupted retag
    double setupSeconds = 0; // the corpus, the three reference studies and their checks
    double checkSeconds = 0; // all checks after kills, in total
    double totalSeconds = 0;
    std::uint64_t corpusBytes = 0; // of the batch
    std::vector<std::string> failures; // "trial 7 (import, killed after 1.234 s): ...", one per problem
};

// Runs the trials, logging one line per trial to `log`. Throws std::runtime_error when the setup
// fails (the study cannot be made, the reference runs fail); problems found are in `failures`.
KillFigures runKillTrials(const KillOptions &options, std::ostream &log);

// The seed from $VIGIE_CRASH_SEED if set (a number), else one from the clock.
std::uint64_t crashSeed();

} // namespace vigie::test
