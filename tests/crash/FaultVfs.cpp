// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <stdexcept>

namespace vigie::test {

namespace {

struct State
{
    std::atomic<std::int64_t> failWrite { 0 }, failSync { 0 }, diskBytes { -1 }, maxFileSize { -1 };
    std::atomic<std::int64_t> writes { 0 }, syncs { 0 }, bytes { 0 }, largestFile { 0 }, faults { 0 };
};

State g_state;
sqlite3_vfs *g_real = nullptr; // the default VFS this one wraps
sqlite3_vfs g_vfs {};
sqlite3_io_methods g_methods {};

// Our file: SQLite allocates szOsFile bytes; the wrapped VFS's file follows ours in that block.
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

void fault()
{
    g_state.faults++;
}

int xClose(sqlite3_file *f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}

int xRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), data, amount, offset);
}

int xWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    const std::int64_t n = ++g_state.writes;
    if (n == g_state.failWrite.load()) {
        fault();
        return SQLITE_IOERR_WRITE;
    }
    // What still fits: the disk's room, and the room below the largest file size.
    std::int64_t fits = amount;
    if (const std::int64_t room = g_state.diskBytes.load(); room >= 0)
        fits = std::min(fits, room - g_state.bytes.load());
    if (const std::int64_t limit = g_state.maxFileSize.load(); limit >= 0)
        fits = std::min<std::int64_t>(fits, limit - offset);
    fits = std::max<std::int64_t>(fits, 0);
    if (fits < amount) {
        // A full disk takes the part that fits, then refuses the rest (as write(2) does with ENOSPC).
        if (fits > 0 && realOf(f)->pMethods->xWrite(realOf(f), data, static_cast<int>(fits), offset) == SQLITE_OK)
            g_state.bytes += fits;
        fault();
        return SQLITE_FULL;
    }
    const int rc = realOf(f)->pMethods->xWrite(realOf(f), data, amount, offset);
    if (rc == SQLITE_OK) {
        g_state.bytes += amount;
        std::int64_t end = offset + amount, largest = g_state.largestFile.load();
        while (end > largest && !g_state.largestFile.compare_exchange_weak(largest, end)) { }
    }
    return rc;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}

int xSync(sqlite3_file *f, int flags)
{
    if (++g_state.syncs == g_state.failSync.load()) {
        fault();
        return SQLITE_IOERR_FSYNC;
    }
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}

int xLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}

int xUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}

int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}

int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}

// The WAL index (-shm) is shared memory, not written through xWrite: passed through untouched.
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}

int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}

void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}

int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}

int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}

int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<File *>(file);
    ours->base.pMethods = nullptr; // SQLite calls no method of a file that did not open
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    const int rc = g_real->xOpen(g_real, name, ours->real, flags, outFlags);
    if (rc != SQLITE_OK || !ours->real->pMethods)
        return rc;
    if (ours->real->pMethods->iVersion < 3) { // every method above must exist
        ours->real->pMethods->xClose(ours->real);
        return SQLITE_CANTOPEN;
    }
    ours->base.pMethods = &g_methods;
    return rc;
}

// The rest of the VFS goes to the wrapped one, given its own pointer.
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}

void xDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}

void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void xDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}

int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}

int xSleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int xCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}

int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError(g_real, size, out);
}

int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

void FaultVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real || g_real->iVersion < 2)
            throw std::logic_error("no default SQLite VFS of version 2 or later to wrap");
        g_methods = sqlite3_io_methods {
            3,
            xClose,
            xRead,
            xWrite,
            xTruncate,
            xSync,
            xFileSize,
            xLock,
            xUnlock,
            xCheckReservedLock,
            xFileControl,
            xSectorSize,
            xDeviceCharacteristics,
            xShmMap,
            xShmLock,
            xShmBarrier,
            xShmUnmap,
            xFetch,
            xUnfetch,
        };
        g_vfs.iVersion = 2; // xCurrentTimeInt64; the system-call overrides (version 3) are not offered
        g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "vigie-fault";
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK)
            throw std::logic_error("cannot register the fault-injecting SQLite VFS");
    });
}

void FaultVfs::arm(const Plan &plan)
{
    g_state.writes = 0;
    g_state.syncs = 0;
    g_state.bytes = 0;
    g_state.largestFile = 0;
    g_state.faults = 0;
    g_state.failWrite = plan.failWrite;
    g_state.failSync = plan.failSync;
    g_state.diskBytes = plan.diskBytes;
    g_state.maxFileSize = plan.maxFileSize;
}

FaultVfs::Counts FaultVfs::counts()
{
    return { g_state.writes.load(), g_state.syncs.load(), g_state.bytes.load(), g_state.largestFile.load(),
             g_state.faults.load() };
}

} // namespace vigie::test
