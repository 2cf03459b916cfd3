// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/SearchTokenizer.h"

#include <filesystem>
#include <map>

namespace vigie::core {

namespace {

// Version 1: communes, dictionaries, programmes, their mentions and per-theme counts.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE study (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE communes (
    insee      TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    department TEXT NOT NULL,
    region     TEXT NOT NULL,
    population INTEGER
);
CREATE TABLE dictionary_versions (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    version     TEXT NOT NULL,
    json        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE programmes (
    id           INTEGER PRIMARY KEY,
    candidate    TEXT NOT NULL DEFAULT '',
    list_name    TEXT NOT NULL DEFAULT '',
    nuance       TEXT NOT NULL DEFAULT '',
    commune      TEXT REFERENCES communes(insee),
    year         INTEGER,
    round        INTEGER,
    elected      INTEGER CHECK (elected IN (0, 1)),
    source       TEXT NOT NULL DEFAULT '',
    format       TEXT NOT NULL DEFAULT '',
    encoding     TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    words        INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX programmes_commune ON programmes(commune);
-- Offsets are code points of programmes.text (stored NFC). term = index in the theme's terms.
CREATE TABLE programme_mentions (
    programme          INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    dictionary_version INTEGER NOT NULL REFERENCES dictionary_versions(id) ON DELETE CASCADE,
    theme              TEXT NOT NULL,
    term               INTEGER NOT NULL,
    start              INTEGER NOT NULL,
    end                INTEGER NOT NULL
);
CREATE INDEX programme_mentions_doc ON programme_mentions(dictionary_version, programme);
CREATE INDEX programme_mentions_theme ON programme_mentions(dictionary_version, theme);
-- own: mentions of the theme's own terms; total: rolled up over its descendants.
CREATE TABLE programme_theme_counts (
    programme          INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    dictionary_version INTEGER NOT NULL REFERENCES dictionary_versions(id) ON DELETE CASCADE,
    theme              TEXT NOT NULL,
    own                INTEGER NOT NULL,
    total              INTEGER NOT NULL,
    PRIMARY KEY (dictionary_version, theme, programme)
) WITHOUT ROWID;
)sql";

// Version 2: barometer projects, and the full-text index over programmes (built from the
// programmes already there).
constexpr const char *kVersion2 = R"sql(
CREATE TABLE projects (
    id           INTEGER PRIMARY KEY,
    commune      TEXT REFERENCES communes(insee),
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL DEFAULT '',
    maturity     TEXT NOT NULL DEFAULT '',
    year         INTEGER,
    budget       REAL,
    partners     TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    words        INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX projects_commune ON projects(commune);
CREATE TABLE project_mentions (
    project            INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    dictionary_version INTEGER NOT NULL REFERENCES dictionary_versions(id) ON DELETE CASCADE,
    theme              TEXT NOT NULL,
    term               INTEGER NOT NULL,
    start              INTEGER NOT NULL,
    end                INTEGER NOT NULL
);
CREATE INDEX project_mentions_doc ON project_mentions(dictionary_version, project);
CREATE TABLE project_theme_counts (
    project            INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    dictionary_version INTEGER NOT NULL REFERENCES dictionary_versions(id) ON DELETE CASCADE,
    theme              TEXT NOT NULL,
    own                INTEGER NOT NULL,
    total              INTEGER NOT NULL,
    PRIMARY KEY (dictionary_version, theme, project)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE programme_search USING fts5(
    text, content = 'programmes', content_rowid = 'id', tokenize = 'vigie'
);
CREATE TRIGGER programmes_search_insert AFTER INSERT ON programmes BEGIN
    INSERT INTO programme_search(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER programmes_search_delete AFTER DELETE ON programmes BEGIN
    INSERT INTO programme_search(programme_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER programmes_search_update AFTER UPDATE OF text ON programmes BEGIN
    INSERT INTO programme_search(programme_search, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO programme_search(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO programme_search(programme_search) VALUES ('rebuild');
)sql";

// Version 3: indexes that lead with the document. Clearing a document's counts before writing
// them again searched the counts by (dictionary_version) alone, a scan of every programme's rows:
// an import slowed down as the study grew (100 MB of programmes: 15 s, half of it in that scan).
// The same indexes serve the ON DELETE CASCADE from programmes and projects.
constexpr const char *kVersion3 = R"sql(
DROP INDEX programme_mentions_doc;
CREATE INDEX programme_mentions_doc ON programme_mentions(programme, dictionary_version);
CREATE INDEX programme_theme_counts_doc ON programme_theme_counts(programme, dictionary_version);
DROP INDEX project_mentions_doc;
CREATE INDEX project_mentions_doc ON project_mentions(project, dictionary_version);
CREATE INDEX project_theme_counts_doc ON project_theme_counts(project, dictionary_version);
)sql";

// Version 4: context rules (dictionary format 2). A mention counted by a rule has term -1 and the
// rule's index in its theme; a term's mention has rule -1, as every mention stored before.
constexpr const char *kVersion4 = R"sql(
ALTER TABLE programme_mentions ADD COLUMN rule INTEGER NOT NULL DEFAULT -1;
ALTER TABLE project_mentions ADD COLUMN rule INTEGER NOT NULL DEFAULT -1;
)sql";

// Version 5: import runs. A programme import commits in chunks and records here what it has
// stored, so that an import killed half-way goes on from there and a cancelled one can be undone
// (docs/database.md, "Import runs"). A run's rows go when it ends.
constexpr const char *kVersion5 = R"sql(
CREATE TABLE import_runs (
    id         INTEGER PRIMARY KEY,
    sources    TEXT NOT NULL,
    entries    TEXT NOT NULL,
    total      INTEGER NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('running', 'kept')),
    host       TEXT NOT NULL,
    pid        INTEGER NOT NULL,
    process    TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX import_runs_sources ON import_runs(sources);
CREATE TABLE import_run_items (
    run       INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    file      TEXT NOT NULL,
    state     TEXT NOT NULL CHECK (state IN ('done', 'failed')),
    problem   TEXT,
    programme INTEGER REFERENCES programmes(id) ON DELETE SET NULL,
    created   INTEGER NOT NULL DEFAULT 0 CHECK (created IN (0, 1)),
    previous  TEXT,
    commune   TEXT,
    UNIQUE (run, key)
);
CREATE INDEX import_run_items_programme ON import_run_items(programme);
)sql";

// Version 6: validation (docs/statistics.md, "Validation"). A sample of passages drawn from the
// study with its design, the passages themselves (their text is kept: the evidence a coder saw
// stays what it was if the programme is re-imported or removed), and each coder's codes.
constexpr const char *kVersion6 = R"sql(
CREATE TABLE validation_samples (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    design             TEXT NOT NULL,
    dictionary_version INTEGER REFERENCES dictionary_versions(id) ON DELETE SET NULL,
    dictionary_label   TEXT NOT NULL,
    themes             TEXT NOT NULL,
    synthetic          INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    created_at         TEXT NOT NULL
);
CREATE TABLE validation_units (
    sample        INTEGER NOT NULL REFERENCES validation_samples(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    programme     INTEGER REFERENCES programmes(id) ON DELETE SET NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    stratum       TEXT NOT NULL,
    stratum_label TEXT NOT NULL,
    population    INTEGER NOT NULL,
    drawn         INTEGER NOT NULL,
    PRIMARY KEY (sample, position)
) WITHOUT ROWID;
CREATE INDEX validation_units_programme ON validation_units(programme);
CREATE TABLE validation_codes (
    sample   INTEGER NOT NULL,
    position INTEGER NOT NULL,
    coder    TEXT NOT NULL,
    themes   TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    coded_at TEXT NOT NULL,
    PRIMARY KEY (sample, coder, position),
    FOREIGN KEY (sample, position) REFERENCES validation_units(sample, position) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

// Version 7: the lists of an election, as the Ministry of the Interior's candidate files give them
// (issue 13; docs/database.md, "Lists"): every list of a commune and round, with or without a
// document, so that "share of lists with a programme online" has its true denominator. A
// programme belongs to the list with its year, round, commune and panel number (a join, not a
// stored link: documents and candidate files may come in either order), and says what kind of
// document it is, so that one primary document per list and round is counted.
constexpr const char *kVersion7 = R"sql(
CREATE TABLE lists (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL,
    round        INTEGER NOT NULL,
    constituency TEXT NOT NULL,
    commune      TEXT,
    commune_name TEXT NOT NULL,
    panel        INTEGER NOT NULL,
    name         TEXT NOT NULL,
    short_name   TEXT NOT NULL DEFAULT '',
    nuance_code  TEXT NOT NULL DEFAULT '',
    nuance_label TEXT NOT NULL DEFAULT '',
    head         TEXT NOT NULL DEFAULT '',
    candidates   INTEGER NOT NULL DEFAULT 0,
    seats        INTEGER,
    elected      INTEGER CHECK (elected IN (0, 1)),
    source       TEXT NOT NULL DEFAULT '',
    results      TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    UNIQUE (year, round, constituency, panel)
);
CREATE INDEX lists_commune ON lists(commune, panel);
ALTER TABLE programmes ADD COLUMN panel INTEGER;
ALTER TABLE programmes ADD COLUMN document_kind TEXT NOT NULL DEFAULT 'programme';
CREATE INDEX programmes_list ON programmes(commune, panel);
)sql";

// Version 8: which pages of a programme OCR read (issue 14; docs/database.md): "1,3-4" (empty
// when none: a text layer, or not a PDF) and Tesseract's mean confidence over them (0 to 100).
constexpr const char *kVersion8 = R"sql(
ALTER TABLE programmes ADD COLUMN ocr_pages TEXT NOT NULL DEFAULT '';
ALTER TABLE programmes ADD COLUMN ocr_confidence REAL;
)sql";

constexpr const char *kMigrations[]
    = { kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6, kVersion7, kVersion8 };
static_assert(sizeof kMigrations / sizeof kMigrations[0] == Schema::kLatest);

std::string backupPath(const std::string &path, int version)
{
    std::string candidate = path + ".v" + std::to_string(version) + ".bak";
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = path + ".v" + std::to_string(version) + "." + std::to_string(n) + ".bak";
    return candidate;
}

// The triggers and views a study of the latest version holds, by name, with their SQL as
// sqlite_schema keeps it: made once, in memory, by the migrations themselves.
const std::map<std::string, std::string> &vigieTriggersAndViews()
{
    static const std::map<std::string, std::string> objects = [] {
        Database db = Database::open(":memory:");
        registerSearchTokenizer(db.handle());
        Schema::migrate(db);
        std::map<std::string, std::string> out;
        auto st = db.prepare("SELECT type || ' ' || name, sql FROM sqlite_schema WHERE type IN ('trigger', 'view')");
        while (st.step())
            out.emplace(st.columnText(0), st.columnText(1));
        return out;
    }();
    return objects;
}

// A study is a file people send each other; a trigger or a view in it runs SQL of its author's
// when Vigie writes or reads. Only Vigie's own, as Vigie wrote them, are accepted.
void refuseForeignTriggersAndViews(Database &db)
{
    const auto &expected = vigieTriggersAndViews();
    auto st = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('trigger', 'view') ORDER BY name");
    while (st.step()) {
        const std::string type = st.columnText(0);
        const std::string name = st.columnText(1);
        const auto known = expected.find(type + " " + name);
        if (known != expected.end() && known->second == st.columnText(2))
            continue;
        const std::string what = (known == expected.end() ? "a " : "a changed ") + type + " \"" + name + "\"";
        const std::string why = db.path() + ": this study holds " + what + " that Vigie did not write. A " + type
            + " runs its own SQL when the study is read or changed, so the study was not opened and has not "
              "been changed. Ask whoever sent it for a clean copy";
        if (known != expected.end())
            throw StorageError(why + ".");
        throw StorageError(why + ", or remove it yourself: sqlite3 " + db.path() + " 'DROP "
                           + (type == "view" ? "VIEW" : "TRIGGER") + " \"" + name + "\"'");
    }
}

} // namespace

int Schema::version(Database &db)
{
    return static_cast<int>(db.scalarInt("PRAGMA user_version").value_or(0));
}

std::string Schema::migrate(Database &db, int target)
{
    const int current = version(db);
    if (current > kLatest)
        throw StorageError(db.path() + ": this study was written by a newer version of Vigie (database version "
                           + std::to_string(current) + "; this Vigie reads up to " + std::to_string(kLatest)
                           + "). It was not opened and has not been changed.");
    if (current > 0)
        refuseForeignTriggersAndViews(db);
    if (current >= target)
        return {};
    if (current == 0 && db.scalarInt("SELECT count(*) FROM sqlite_schema").value_or(0) > 0)
        throw StorageError(db.path()
                           + ": this SQLite file is not a Vigie study (it has tables but no Vigie version). "
                             "It was not changed.");
    std::string backup;
    if (current > 0) {
        backup = backupPath(db.path(), current);
        auto st = db.prepare("VACUUM INTO ?1");
        st.bind(1, backup).run();
    }
    for (int v = current + 1; v <= target; ++v) {
        Transaction tx(db);
        db.exec(kMigrations[v - 1]);
        db.exec("PRAGMA user_version = " + std::to_string(v));
        tx.commit();
    }
    return backup;
}

} // namespace vigie::core
