// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace vigie::test {

// A test-only SQLite VFS wrapped around the default one, which fails writes on demand: the Nth
// write, the Nth sync, or every write once a disk of a given size is full. install() makes it
// SQLite's default VFS in this process, so that the core opens its studies through it unchanged.
//
// Writes and syncs are counted over every file SQLite opens (the study, its WAL, a rollback
// journal, temporary files) from the moment a plan is armed. A failed write or sync happens once
// (a transient error); a full disk stays full, and a write that crosses its limit writes what fits
// before it fails, as a real disk does. Process-wide; the counters are atomic, but a plan should
// be armed and disarmed while no other thread uses SQLite.
class FaultVfs
{
public:
    struct Plan
    {
        std::int64_t failWrite = 0; // the Nth write (from 1) fails with SQLITE_IOERR_WRITE; 0: none
        std::int64_t failSync = 0; // the Nth sync fails with SQLITE_IOERR_FSYNC; 0: none
        std::int64_t diskBytes = -1; // bytes the disk still takes, then SQLITE_FULL; -1: no limit
        std::int64_t maxFileSize = -1; // no file may grow past this size (SQLITE_FULL); -1: no limit
    };
    struct Counts
    {
        std::int64_t writes = 0;
        std::int64_t syncs = 0;
        std::int64_t bytes = 0; // written
        std::int64_t largestFile = 0; // the largest end of a write, in bytes
        std::int64_t faults = 0; // errors returned
    };

    // Registers the VFS as the default (once; later calls do nothing).
    static void install();
    // Resets the counters and applies `plan`.
    static void arm(const Plan &plan);
    // No more faults; the counters keep counting.
    static void disarm() { arm({}); }
    static Counts counts();
};

} // namespace vigie::test
