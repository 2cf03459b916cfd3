// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace vigie::core {

class Database;

// The study database's schema, as an ordered list of migrations (PRAGMA user_version counts the
// ones applied). docs/database.md describes the tables.
//
// migrate() reads the version first and touches nothing when the file was written by a newer
// Vigie (StorageError saying so). Before upgrading a database that already has data, it copies
// the file next to itself ("study.vigie.v1.bak") with VACUUM INTO and returns that path. Each step
// runs in its own transaction, so a failure leaves the database at the last complete version.
class Schema
{
public:
    static constexpr int kLatest = 8;

    // Applies the missing migrations up to `target` (tests stop early to build old databases).
    // Returns the backup path, or an empty string when no backup was needed.
    static std::string migrate(Database &db, int target = kLatest);
    static int version(Database &db);
};

} // namespace vigie::core
