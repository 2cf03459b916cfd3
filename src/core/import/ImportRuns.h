// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Manifest.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace vigie::core {

class CorpusStore;
class Database;

// An import of programmes that has not ended: killed, stopped by a failure of the study (a full
// disk), or stopped by Cancel and kept. What it stored is in the study; the rest can be imported
// by resuming it, or all of it undone.
struct ImportRunInfo
{
    std::int64_t id = 0;
    std::string sources; // what the batch was made from (ImportOptions::sources)
    std::int64_t total = 0; // entries in the batch
    std::int64_t done = 0; // stored: new programmes and updated ones
    std::int64_t created = 0; // of which new
    std::int64_t failed = 0; // files that failed (they are tried again on resuming)
    bool kept = false; // stopped by Cancel, and kept; else interrupted
    std::string host;
    std::int64_t pid = 0;
    std::string process; // processIdentity() of the process, to tell it from a later one with its pid
    std::string startedAt; // UTC, ISO 8601
    std::string updatedAt; // its last chunk
};

struct UndoneImport
{
    std::int64_t removed = 0; // programmes the run had added, removed
    std::int64_t restored = 0; // programmes it had updated, given their metadata back
};

// The record of programme imports in a study (tables import_runs and import_run_items, schema
// version 5; docs/database.md, "Import runs"). An import records each chunk's files in the
// chunk's own transaction, so the record is exactly what the study holds, whenever the import
// stops. Writes happen inside the caller's transaction unless said otherwise.
class ImportRuns
{
public:
    explicit ImportRuns(CorpusStore &store);

    // Runs that can be resumed or undone, oldest first: kept after Cancel, or whose process is
    // no longer running (on this machine: a run started on another machine is taken as ended).
    std::vector<ImportRunInfo> unfinished();
    std::optional<ImportRunInfo> run(std::int64_t id);
    // The newest unfinished run made from `sources`, if any.
    std::optional<ImportRunInfo> unfinishedFor(const std::string &sources);
    // The entries of a run's batch, as it was started.
    std::vector<ManifestEntry> entries(std::int64_t run);

    // Removes what the run added, gives the programmes it updated their metadata back, and
    // forgets the run: the study is as before it began (one transaction of its own).
    UndoneImport undo(std::int64_t run);
    // Forgets the run and keeps what it imported (one transaction of its own).
    void forget(std::int64_t run);

    // For the importer.
    std::int64_t begin(const std::string &sources, const std::vector<ManifestEntry> &entries);
    // Resumed by this process, with the batch as it is now (a folder may have gained files).
    void markRunning(std::int64_t run, const std::vector<ManifestEntry> &entries);
    void markKept(std::int64_t run);
    void end(std::int64_t run); // finished: forgets it
    std::unordered_set<std::string> doneKeys(std::int64_t run);
    // The programme's metadata as stored now (JSON), empty if the text is not in the study.
    std::string currentMetadata(const std::string &contentHash);
    void recordDone(std::int64_t run, const std::string &key, const std::string &file, std::int64_t programme,
                    bool created, const std::string &previous, const std::string &commune);
    void recordFailed(std::int64_t run, const std::string &key, const std::string &file, const std::string &problem);
    void touch(std::int64_t run);

    // What identifies an entry in a run: its file, metadata, and the file's size and modification
    // time (a file changed since is imported again).
    static std::string entryKey(const ManifestEntry &entry);
    // The entries as the run keeps them (JSON), and back.
    static std::string entriesJson(const std::vector<ManifestEntry> &entries);
    static std::vector<ManifestEntry> entriesFromJson(const std::string &json);

private:
    ImportRunInfo readInfo(std::int64_t id);
    Database &m_db;
};

// Marks a run as being run by this process for as long as it lives (an import in this process
// that failed or was cancelled has ended, though the process goes on).
class ActiveImportRun
{
public:
    explicit ActiveImportRun(std::int64_t run);
    ~ActiveImportRun();
    ActiveImportRun(const ActiveImportRun &) = delete;
    ActiveImportRun &operator=(const ActiveImportRun &) = delete;

private:
    std::int64_t m_run;
};

// Whether run `run` is being run now: by this process (an ActiveImportRun), or by the process
// that recorded it, if it still runs on this machine (same pid, boot and start time: a pid given
// again to another process after it ended does not count).
bool importRunActive(const ImportRunInfo &run);
// "<boot id>:<start time in clock ticks>" of process `pid` (Linux's /proc), empty if unknown.
std::string processIdentity(std::int64_t pid);
std::string hostName();

} // namespace vigie::core
