// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StudyCheck.h"

#include "storage/Database.h"
#include "storage/SearchTokenizer.h"
#include "storage/Sha256.h"
#include "tagging/Dictionary.h"

#include <sqlite3.h>

#include <optional>
#include <utility>

namespace vigie::test {

namespace {

using core::Database;

// Columns of each table in the order digested, timestamps left out, with the order of the rows.
struct TableSpec
{
    const char *name;
    const char *columns;
    const char *order;
};

constexpr TableSpec kTables[] = {
    { "study", "key, value", "key" },
    { "communes", "insee, name, department, region, population", "insee" },
    { "dictionary_versions", "id, fingerprint, name, version, json", "id" },
    { "programmes",
      "id, candidate, list_name, nuance, commune, year, round, elected, source, format, encoding, content_hash, text, "
      "words",
      "id" },
    { "programme_mentions", "programme, dictionary_version, theme, term, rule, start, end",
      "programme, dictionary_version, start, end, theme, term, rule" },
    { "programme_theme_counts", "programme, dictionary_version, theme, own, total",
      "programme, dictionary_version, theme" },
    { "projects",
      "id, commune, title, description, category, maturity, year, budget, partners, source, content_hash, words",
      "id" },
    { "project_mentions", "project, dictionary_version, theme, term, rule, start, end",
      "project, dictionary_version, start, end, theme, term, rule" },
    { "project_theme_counts", "project, dictionary_version, theme, own, total", "project, dictionary_version, theme" },
};

Database openStudy(const std::string &path)
{
    Database db = Database::open(path, Database::Mode::ReadWriteExisting);
    core::registerSearchTokenizer(db.handle());
    return db;
}

// Each value with its type, so that NULL, 0 and "" differ and a value cannot run into the next.
void appendValue(sqlite3_stmt *st, int column, std::string &out)
{
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL:
        out += "N;";
        return;
    case SQLITE_INTEGER:
        out += "I" + std::to_string(sqlite3_column_int64(st, column)) + ";";
        return;
    case SQLITE_FLOAT:
        out += "F" + std::to_string(sqlite3_column_double(st, column)) + ";";
        return;
    default: {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, column));
        const int n = sqlite3_column_bytes(st, column);
        out += "T" + std::to_string(n) + ":";
        out.append(p ? p : "", static_cast<std::size_t>(n));
        out += ";";
    }
    }
}

// Stored counts against what the mentions of each dictionary version add up to.
void checkCounts(Database &db, const std::string &kind, std::vector<std::string> &problems)
{
    auto versions = db.prepare("SELECT id, json FROM dictionary_versions ORDER BY id");
    while (versions.step()) {
        const std::int64_t version = versions.columnInt(0);
        const core::Dictionary dictionary
            = core::Dictionary::fromJson(versions.columnText(1), "dictionary version " + std::to_string(version));
        std::map<std::string, std::string> parent;
        for (const auto &theme : dictionary.themes())
            parent[theme.id] = theme.parent;

        // (document, theme) -> (own, total), as the mentions say and as the counts table says.
        using Key = std::pair<std::int64_t, std::string>;
        std::map<Key, std::pair<std::int64_t, std::int64_t>> expected, stored;
        auto mentions = db.prepare("SELECT " + kind + ", theme, count(*) FROM " + kind
                                   + "_mentions WHERE dictionary_version = ?1 GROUP BY 1, 2");
        mentions.bind(1, version);
        while (mentions.step()) {
            const std::int64_t document = mentions.columnInt(0);
            const std::string theme = mentions.columnText(1);
            const std::int64_t n = mentions.columnInt(2);
            if (!parent.contains(theme)) {
                problems.push_back(kind + " " + std::to_string(document) + ": mentions of theme \"" + theme
                                   + "\", which dictionary version " + std::to_string(version) + " does not have");
                continue;
            }
            expected[{ document, theme }].first += n;
            // The theme and its ancestors; a cycle cannot happen (the dictionary refuses it),
            // but a bound keeps a damaged one from looping.
            std::string t = theme;
            for (std::size_t depth = 0; !t.empty() && depth <= parent.size(); ++depth) {
                expected[{ document, t }].second += n;
                t = parent[t];
            }
        }
        auto counts = db.prepare("SELECT " + kind + ", theme, own, total FROM " + kind
                                 + "_theme_counts WHERE dictionary_version = ?1");
        counts.bind(1, version);
        while (counts.step())
            stored[{ counts.columnInt(0), counts.columnText(1) }] = { counts.columnInt(2), counts.columnInt(3) };

        for (const auto &[key, value] : expected) {
            const auto it = stored.find(key);
            if (it == stored.end() || it->second != value)
                problems.push_back(kind + " " + std::to_string(key.first) + ", theme " + key.second
                                   + ", dictionary version " + std::to_string(version) + ": the mentions make own "
                                   + std::to_string(value.first) + ", total " + std::to_string(value.second)
                                   + "; the counts table says "
                                   + (it == stored.end() ? std::string("nothing")
                                                         : "own " + std::to_string(it->second.first) + ", total "
                                              + std::to_string(it->second.second)));
        }
        for (const auto &[key, value] : stored)
            if (!expected.contains(key))
                problems.push_back(kind + " " + std::to_string(key.first) + ", theme " + key.second
                                   + ", dictionary version " + std::to_string(version) + ": counts own "
                                   + std::to_string(value.first) + ", total " + std::to_string(value.second)
                                   + " without any mention");
    }
}

} // namespace

void removeStudy(const std::filesystem::path &study)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        std::filesystem::remove(study.string() + suffix);
}

void copyStudy(const std::filesystem::path &from, const std::filesystem::path &to)
{
    removeStudy(to);
    std::filesystem::copy_file(from, to);
}

std::string StudyDigest::differences(const StudyDigest &other) const
{
    std::string out;
    for (const auto &[table, digest] : tables) {
        const auto it = other.tables.find(table);
        const std::string theirs = it == other.tables.end() ? std::string("missing") : it->second;
        if (theirs != digest)
            out += (out.empty() ? "" : "; ") + table + " (" + digest + " / " + theirs + ")";
    }
    return out;
}

StudyDigest digestStudy(const std::string &path)
{
    Database db = openStudy(path);
    StudyDigest digest;
    for (const TableSpec &table : kTables) {
        const std::string sql
            = std::string("SELECT ") + table.columns + " FROM " + table.name + " ORDER BY " + table.order;
        // Statement reads values as text or integers; the digest needs each value's type, so it
        // reads through SQLite itself.
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            db.fail(std::string("cannot read table ") + table.name);
        const int columns = sqlite3_column_count(st);
        std::string rows; // a few times the corpus's text at most: small in a test
        std::int64_t count = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                appendValue(st, c, rows);
            rows += "\n";
            ++count;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            db.fail(std::string("cannot read table ") + table.name);
        digest.tables[table.name] = std::to_string(count) + " rows " + core::sha256Hex(rows).substr(0, 16);
    }
    return digest;
}

std::map<std::int64_t, std::string> programmeDigests(const std::string &path)
{
    Database db = openStudy(path);
    std::map<std::int64_t, std::string> out;
    const auto add = [&](const std::string &sql) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            db.fail("cannot read the programmes");
        const int columns = sqlite3_column_count(st);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            std::string &row = out[sqlite3_column_int64(st, 0)];
            for (int c = 1; c < columns; ++c)
                appendValue(st, c, row);
            row += "\n";
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            db.fail("cannot read the programmes");
    };
    for (const TableSpec &table : kTables) {
        const std::string name = table.name;
        if (name == "programmes")
            add(std::string("SELECT id, ") + table.columns + " FROM programmes ORDER BY id");
        else if (name == "programme_mentions" || name == "programme_theme_counts")
            add(std::string("SELECT programme, ") + table.columns + " FROM " + name + " ORDER BY " + table.order);
    }
    for (auto &[id, rows] : out)
        rows = core::sha256Hex(rows).substr(0, 16);
    return out;
}

RunRecord runRecord(const std::string &path)
{
    Database db = openStudy(path);
    RunRecord r;
    r.runs = db.scalarInt("SELECT count(*) FROM import_runs").value_or(0);
    r.done = db.scalarInt("SELECT count(*) FROM import_run_items WHERE state = 'done'").value_or(0);
    r.created = db.scalarInt("SELECT count(*) FROM import_run_items WHERE state = 'done' AND created = 1").value_or(0);
    return r;
}

std::string partialImportProblem(const std::string &study, const StudyDigest &killed, const StudyDigest &before,
                                 const std::map<std::int64_t, std::string> &p0,
                                 const std::map<std::int64_t, std::string> &p1, std::int64_t &stored)
{
    for (const auto &[table, digest] : before.tables)
        if (table != "programmes" && table != "programme_mentions" && table != "programme_theme_counts"
            && table != "communes" && killed.tables.at(table) != digest)
            return "table " + table + " changed: " + killed.tables.at(table) + " / " + digest;
    const auto now = programmeDigests(study);
    for (const auto &[id, digest] : p0) {
        const auto it = now.find(id);
        if (it == now.end() || it->second != digest)
            return "programme " + std::to_string(id) + " of the study before was lost or changed";
    }
    for (const auto &[id, digest] : now) {
        const auto it = p1.find(id);
        if (it == p1.end() || it->second != digest)
            return "programme " + std::to_string(id) + " is not as an uninterrupted import stores it";
    }
    stored = static_cast<std::int64_t>(now.size() - p0.size());
    const RunRecord record = runRecord(study);
    if (record.runs != 1 || record.done != stored || record.created != stored)
        return "the import run records " + std::to_string(record.runs) + " runs, " + std::to_string(record.done)
            + " files stored (" + std::to_string(record.created) + " new); the study holds " + std::to_string(stored)
            + " of the batch";
    return {};
}

std::vector<std::string> checkStudy(const std::string &path)
{
    std::vector<std::string> problems;
    // Each check on its own: a study too damaged for one may still be read by the next.
    const auto check = [&](const std::string &name, const auto &run) {
        try {
            run();
        } catch (const std::exception &e) {
            problems.push_back(name + ": " + e.what());
        }
    };
    std::optional<Database> db;
    check("opening", [&] { db.emplace(openStudy(path)); });
    if (!db)
        return problems;
    check("integrity_check", [&] {
        auto st = db->prepare("PRAGMA integrity_check");
        while (st.step())
            if (st.columnText(0) != "ok")
                problems.push_back("integrity_check: " + st.columnText(0));
    });
    // With rank 1, FTS5 also checks the index against its external content, the programmes'
    // text: without it (SQLite 3.40), an index that missed an update of a programme passes.
    check("search index integrity-check",
          [&] { db->exec("INSERT INTO programme_search(programme_search, rank) VALUES ('integrity-check', 1)"); });
    check("foreign_key_check", [&] {
        auto st = db->prepare("PRAGMA foreign_key_check");
        while (st.step())
            problems.push_back("foreign_key_check: row " + st.columnText(1) + " of " + st.columnText(0)
                               + " refers to a missing row of " + st.columnText(2));
    });
    check("programme counts", [&] { checkCounts(*db, "programme", problems); });
    check("project counts", [&] { checkCounts(*db, "project", problems); });
    return problems;
}

} // namespace vigie::test
