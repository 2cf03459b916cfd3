// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace vigie::test {

// What a study holds, table by table: the number of rows and a digest of them in a fixed order.
// Timestamps (imported_at, updated_at, created_at) are left out: two runs of the same import
// differ there and nowhere else. Ids are kept: SQLite gives a rolled-back row's id again, so an
// import that is killed and run again numbers its programmes as an uninterrupted one does.
struct StudyDigest
{
    std::map<std::string, std::string> tables; // table -> "<rows> rows <sha256>"

    bool operator==(const StudyDigest &other) const = default;
    // The tables whose content differs, "programmes (400 rows <sha> / 380 rows <sha>)", joined.
    std::string differences(const StudyDigest &other) const;
};

// Opens the study read-write (a kill may have left a WAL to recover) and digests it.
// Throws core::StorageError when the file cannot be read.
StudyDigest digestStudy(const std::string &path);

// Each programme of a study by id: a digest of its row (timestamps left out), its mentions and
// its counts. For an import stopped half-way, which commits in chunks: the study must hold every
// programme it held before, and some of those an uninterrupted run adds, each exactly as that
// run stores it.
std::map<std::int64_t, std::string> programmeDigests(const std::string &path);

// What the study's import runs record (docs/database.md, "Import runs").
struct RunRecord
{
    std::int64_t runs = 0;
    std::int64_t done = 0; // files recorded as stored
    std::int64_t created = 0; // of which new programmes
};
RunRecord runRecord(const std::string &path);

// For a study an import stopped in after some of its chunks (killed, a full disk): what is wrong,
// or empty. It must hold what it held before (`before`, `p0`: digestStudy, programmeDigests), and
// programmes of the batch each as an uninterrupted run stores it (`p1`), all recorded as stored
// by one import run; `stored` gets their number.
std::string partialImportProblem(const std::string &study, const StudyDigest &killed, const StudyDigest &before,
                                 const std::map<std::int64_t, std::string> &p0,
                                 const std::map<std::int64_t, std::string> &p1, std::int64_t &stored);

// The checks a study must pass after any crash or fault, each one a sentence when it fails:
// SQLite's integrity_check, FTS5's integrity-check of the search index against the programmes,
// foreign_key_check, and that every stored count is what the stored mentions add up to (own count:
// the theme's mentions; total: those of the theme and its descendants in the dictionary version
// that wrote them; a row for every theme with a total above 0, and none else). Empty: sound.
std::vector<std::string> checkStudy(const std::string &path);

// Removes a study and its WAL, shared-memory and journal files, if there.
void removeStudy(const std::filesystem::path &study);
// Copies a closed study (no WAL beside it: closing checkpointed and removed it) over `to`.
void copyStudy(const std::filesystem::path &from, const std::filesystem::path &to);

} // namespace vigie::test
