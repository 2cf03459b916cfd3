// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CorpusStore.h"

#include "storage/Schema.h"
#include "storage/SearchTokenizer.h"
#include "storage/Sha256.h"
#include "tagging/Tagger.h"
#include "text/NormalizedText.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <deque>
#include <filesystem>
#include <new>

namespace vigie::core {

namespace {
constexpr const char *kSyntheticSetting = "synthetic";
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm {};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

CorpusStore CorpusStore::open(const std::string &path, Opening opening)
{
    if (opening == Opening::Existing) {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (!std::filesystem::exists(status))
            throw StudyMissing(path);
        if (!std::filesystem::is_regular_file(status))
            throw StorageError(path + ": not a Vigie study (not a regular file). It was not changed.");
        if (std::filesystem::file_size(path, ec) == 0 && !ec)
            throw StorageError(path + ": an empty file, not a Vigie study. It was not changed.");
    }
    std::error_code missingError;
    const bool creating
        = opening == Opening::CreateIfMissing && !std::filesystem::exists(path, missingError) && !missingError;
    try {
        Database db = Database::open(
            path, opening == Opening::Existing ? Database::Mode::ReadWriteExisting : Database::Mode::ReadWrite);
        registerSearchTokenizer(db.handle());
        const std::string backup = Schema::migrate(db);
        db.exec("PRAGMA journal_mode = WAL"); // only now: a refused file must stay as it was
        // A 64 MB page cache: with SQLite's default 2 MB, an import's single transaction spilled the
        // search index's pages to the WAL again and again (a sixth of the import's time in the kernel).
        db.exec("PRAGMA cache_size = -65536");
        db.setJournalLimit(kJournalLimitBytes);
        CorpusStore store(std::move(db));
        store.m_backup = backup;
        return store;
    } catch (const StorageError &e) {
        if (creating) {
            // SQLite makes the file before it writes anything: a full disk left a 0-byte "study".
            // The connection is closed by now (it was a local of the try block).
            discardNewStudy(path);
            throw StorageError(std::string(e.what()) + ". No study was created.", e.cause());
        }
        if (std::string(e.what()).find("file is not a database") != std::string::npos)
            throw StorageError(path + ": not a Vigie study (not an SQLite database). It was not changed.",
                               StorageError::Cause::Damaged);
        throw;
    }
}

void CorpusStore::discardNewStudy(const std::string &path)
{
    std::error_code ec; // a file that is not there is what is wanted
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        std::filesystem::remove(path + suffix, ec);
}

bool CorpusStore::versionNameTaken(const Dictionary &dictionary)
{
    auto same = m_db.prepare("SELECT count(*) FROM dictionary_versions WHERE version = ?1 AND fingerprint <> ?2");
    same.bind(1, dictionary.version()).bind(2, dictionary.fingerprint());
    return same.step() && same.columnInt(0) > 0;
}

std::int64_t CorpusStore::useDictionary(const Dictionary &dictionary)
{
    const std::string fingerprint = dictionary.fingerprint();
    auto find = m_db.prepare("SELECT id FROM dictionary_versions WHERE fingerprint = ?1");
    find.bind(1, fingerprint);
    std::int64_t id = 0;
    if (find.step()) {
        id = find.columnInt(0);
    } else {
        if (versionNameTaken(dictionary))
            throw DictionaryVersionTaken(path(), dictionary.version());
        auto insert = m_db.prepare("INSERT INTO dictionary_versions(fingerprint, name, version, json, created_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, fingerprint)
            .bind(2, dictionary.name())
            .bind(3, dictionary.version())
            .bind(4, dictionary.toJson())
            .bind(5, utcNow())
            .run();
        id = m_db.lastInsertId();
    }
    setSetting("dictionary_version", std::to_string(id));
    return id;
}

std::int64_t CorpusStore::currentDictionaryVersion()
{
    return settingNumber("dictionary_version").value_or(0);
}

Dictionary CorpusStore::dictionary(std::int64_t version)
{
    auto st = m_db.prepare("SELECT json, name, version FROM dictionary_versions WHERE id = ?1");
    st.bind(1, version);
    if (!st.step())
        throw StorageError(path() + ": no dictionary version " + std::to_string(version));
    return Dictionary::fromJson(st.columnText(0), path() + " (dictionary version " + std::to_string(version) + ")");
}

void CorpusStore::ensureCommune(const Commune &c)
{
    auto &st
        = m_db.cached("INSERT INTO communes(insee, name, department, region, population) VALUES (?1, ?2, ?3, ?4, ?5) "
                      "ON CONFLICT(insee) DO UPDATE SET name = excluded.name, department = excluded.department, "
                      "region = excluded.region, population = excluded.population");
    st.bind(1, c.insee).bind(2, c.name).bind(3, c.department).bind(4, c.region);
    if (c.population >= 0)
        st.bind(5, c.population);
    else
        st.bindNull(5);
    st.run();
}

CorpusStore::PutResult CorpusStore::putProgramme(const ProgrammeMeta &m, const std::string &text, const TagResult &tags,
                                                 const Dictionary &dictionary, std::int64_t dictionaryVersion,
                                                 const std::string &contentHash)
{
    const std::string hash = contentHash.empty() ? sha256Hex(text) : contentHash;
    const std::string now = utcNow();
    PutResult result;
    auto &find = m_db.cached("SELECT id, year, round, commune, panel, source FROM programmes WHERE content_hash = ?1");
    find.bind(1, hash);
    auto bindMeta = [&](Statement &st) {
        st.bind(1, m.candidate).bind(2, m.listName).bind(3, m.nuance);
        if (m.commune.empty())
            st.bindNull(4);
        else
            st.bind(4, m.commune);
        st.bind(5, m.year).bind(6, m.round);
        if (m.elected)
            st.bind(7, static_cast<std::int64_t>(*m.elected));
        else
            st.bindNull(7);
        st.bind(8, m.source).bind(9, m.format).bind(10, m.encoding).bind(11, now);
        st.bind(15, m.panel);
        if (m.kind)
            st.bind(16, std::string(documentKindId(*m.kind)));
        else
            st.bindNull(16);
        st.bind(17, m.ocrPages);
        if (m.ocrConfidence)
            st.bind(18, *m.ocrConfidence);
        else
            st.bindNull(18);
    };
    const bool known = find.step();
    if (known) {
        result.id = find.columnInt(0);
        // Its list, when it has one, stays: another list in the new metadata is not taken.
        if (!find.isNull(1) && !find.isNull(2) && !find.isNull(3) && !find.isNull(4)) {
            const PutResult::ListPlace stored { find.columnInt(1), find.columnInt(2), find.columnText(3),
                                                find.columnInt(4) };
            const bool other = (m.year && *m.year != stored.year) || (m.round && *m.round != stored.round)
                || (!m.commune.empty() && m.commune != stored.commune) || (m.panel && *m.panel != stored.panel);
            if (other)
                result.keptWith = stored;
        }
        const std::string storedSource = find.columnText(5);
        find.reset();
        // What this import gives replaces what the study had; what it leaves empty (a folder
        // imported again without its manifest, a city left unresolved) is kept.
        auto &update = m_db.cached(
            "UPDATE programmes SET candidate = coalesce(nullif(?1, ''), candidate), "
            "list_name = coalesce(nullif(?2, ''), list_name), nuance = coalesce(nullif(?3, ''), nuance), "
            "commune = coalesce(?4, commune), year = coalesce(?5, year), round = coalesce(?6, round), "
            "elected = coalesce(?7, elected), source = ?8, format = ?9, encoding = ?10, updated_at = ?11, "
            "panel = coalesce(?15, panel), document_kind = coalesce(?16, document_kind), ocr_pages = ?17, "
            "ocr_confidence = ?18 WHERE id = ?12");
        bindMeta(update);
        if (result.keptWith) // NULLs: coalesce() keeps what is stored; the file that named its list stays
            update.bindNull(4).bindNull(5).bindNull(6).bindNull(15).bindNull(16).bind(8, storedSource);
        update.bind(12, result.id).run();
    } else {
        auto &insert = m_db.cached(
            "INSERT INTO programmes(candidate, list_name, nuance, commune, year, round, elected, source, format, "
            "encoding, updated_at, content_hash, text, words, imported_at, panel, document_kind, ocr_pages, "
            "ocr_confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?11, ?15, "
            "coalesce(?16, 'programme'), ?17, ?18)");
        bindMeta(insert);
        insert.bind(12, hash).bind(13, text).bind(14, tags.words).run();
        result.id = m_db.lastInsertId();
        result.created = true;
    }
    // A new programme has no rows to clear.
    writeTags("programme", result.id, tags, dictionary, dictionaryVersion, !result.created);
    return result;
}

void CorpusStore::putProgrammeTags(std::int64_t programme, const TagResult &tags, const Dictionary &dictionary,
                                   std::int64_t version)
{
    writeTags("programme", programme, tags, dictionary, version, true);
}

void CorpusStore::writeTags(const std::string &kind, std::int64_t document, const TagResult &tags,
                            const Dictionary &dictionary, std::int64_t version, bool replace)
{
    // `kind` is "programme" or "project": the tables are <kind>_mentions and <kind>_theme_counts.
    // `replace`: clear the rows this version wrote before (a known document, or a retag).
    if (replace) {
        auto &clearMentions
            = m_db.cached("DELETE FROM " + kind + "_mentions WHERE dictionary_version = ?1 AND " + kind + " = ?2");
        clearMentions.bind(1, version).bind(2, document).run();
        auto &clearCounts
            = m_db.cached("DELETE FROM " + kind + "_theme_counts WHERE dictionary_version = ?1 AND " + kind + " = ?2");
        clearCounts.bind(1, version).bind(2, document).run();
    }
    const auto &themes = dictionary.themes();
    auto &mention
        = m_db.cached("INSERT INTO " + kind + "_mentions(" + kind
                      + ", dictionary_version, theme, term, rule, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const Mention &mm : tags.mentions) {
        mention.bind(1, document).bind(2, version).bind(3, themes[static_cast<std::size_t>(mm.theme)].id);
        mention.bind(4, static_cast<std::int64_t>(mm.term)).bind(5, static_cast<std::int64_t>(mm.rule));
        mention.bind(6, mm.start).bind(7, mm.end).run();
        mention.reset();
    }
    auto &count = m_db.cached("INSERT INTO " + kind + "_theme_counts(" + kind
                              + ", dictionary_version, theme, own, total) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t t = 0; t < themes.size(); ++t) {
        if (tags.counts[t] == 0)
            continue;
        count.bind(1, document)
            .bind(2, version)
            .bind(3, themes[t].id)
            .bind(4, tags.ownCounts[t])
            .bind(5, tags.counts[t])
            .run();
        count.reset();
    }
}

bool CorpusStore::retag(const Dictionary &dictionary, const ProgressSink &progress, const std::atomic_bool &cancel,
                        int jobs, const KnownTags &known)
{
    Transaction tx(m_db);
    const std::int64_t version = useDictionary(dictionary);
    // A version saved for the first time has no rows to replace: no lookups to delete them.
    bool fresh = true;
    for (const char *table :
         { "programme_mentions", "programme_theme_counts", "project_mentions", "project_theme_counts" })
        fresh = fresh
            && !m_db.scalarInt("SELECT EXISTS(SELECT 1 FROM " + std::string(table)
                               + " WHERE dictionary_version = " + std::to_string(version) + ")")
                    .value_or(0);
    const auto matcher = ThemeMatcher::compile(dictionary);
    Tagger tagger(matcher); // the projects'
    const auto ids = programmeIds();
    // Barometer projects too: their sectors and themes come from the same dictionary.
    std::vector<std::pair<std::int64_t, std::string>> projects;
    {
        auto st = m_db.prepare("SELECT id, title, description FROM projects ORDER BY id");
        while (st.step()) {
            ProjectMeta m;
            m.title = st.columnText(1);
            m.description = st.columnText(2);
            projects.emplace_back(st.columnInt(0), projectText(m));
        }
    }
    const auto total = static_cast<std::int64_t>(ids.size() + projects.size());
    // std::bad_alloc says only "std::bad_alloc": name the document that did not fit.
    const auto tooLarge = [&](const std::string &document) {
        return StorageError(path() + ": " + document + " is too large to process in memory",
                            StorageError::Cause::OutOfMemory);
    };
    std::int64_t done = 0;
    // Programmes are read and tagged on `jobs` workers, each with its own read connection (the
    // study is in WAL mode: they read the texts as committed, which the retag does not change),
    // and written here in id order: the rows are the same for any number of workers.
    struct Tagged
    {
        TagResult tags;
        bool tooLarge = false;
        std::string error; // reading the text failed
    };
    const int workers = std::max(1, std::min<int>(jobs, static_cast<int>(ids.size())));
    std::deque<Tagger> taggers;
    std::vector<std::optional<Database>> readers(static_cast<std::size_t>(workers));
    for (int w = 0; w < workers; ++w)
        taggers.emplace_back(matcher);
    const auto tagOne = [&](std::size_t i, int w) {
        Tagged t;
        if (cancel.load())
            return t; // not written: the caller stops at the token
        if (known && known(ids[i], t.tags))
            return t;
        try {
            auto &reader = readers[static_cast<std::size_t>(w)];
            if (!reader)
                reader.emplace(Database::open(path(), Database::Mode::ReadOnly));
            auto st = reader->prepare("SELECT text FROM programmes WHERE id = ?1");
            st.bind(1, ids[i]);
            const std::string text = st.step() ? st.columnText(0) : std::string();
            taggers[static_cast<std::size_t>(w)].tag(NormalizedText::fromUtf8(text), t.tags);
        } catch (const std::bad_alloc &) {
            t.tooLarge = true;
        } catch (const std::exception &e) {
            t.error = e.what();
        }
        return t;
    };
    // Readers beside the writer need WAL, which CorpusStore::open asks for; a file system that
    // refuses it leaves the rollback journal, whose writer locks readers out: the texts are then
    // read and tagged here, one at a time.
    bool wal = false;
    {
        auto mode = m_db.prepare("PRAGMA journal_mode");
        wal = mode.step() && mode.columnText(0) == "wal";
    }
    // At most 64 programmes ahead of the writer, and 256 MB of mentions.
    std::optional<OrderedWorkers<Tagged>> tagged;
    if (wal)
        tagged.emplace(ids.size(), workers, tagOne, 64, std::size_t(256) << 20,
                       [](const Tagged &t) { return t.tags.mentions.size() * sizeof(Mention); });
    for (const auto id : ids) {
        if (cancel.load())
            return false; // the transaction rolls back
        if (progress)
            progress(done, total, std::to_string(id));
        Tagged t;
        if (tagged) {
            t = tagged->next();
        } else if (!(known && known(id, t.tags))) {
            try {
                tagger.tag(NormalizedText::fromUtf8(programmeText(id)), t.tags);
            } catch (const std::bad_alloc &) {
                t.tooLarge = true;
            }
        }
        if (!t.error.empty())
            throw StorageError(path() + ": cannot read programme " + std::to_string(id) + ": " + t.error);
        try {
            if (t.tooLarge)
                throw std::bad_alloc();
            writeTags("programme", id, t.tags, dictionary, version, !fresh);
        } catch (const std::bad_alloc &) {
            const auto p = programme(id);
            throw tooLarge("programme " + std::to_string(id) + (p ? " (" + p->meta.source + ")" : std::string()));
        }
        ++done;
    }
    for (const auto &[id, text] : projects) {
        if (cancel.load())
            return false;
        if (progress)
            progress(done, total, "projet " + std::to_string(id));
        try {
            writeTags("project", id, tagger.tag(text), dictionary, version, !fresh);
        } catch (const std::bad_alloc &) {
            throw tooLarge("project " + std::to_string(id));
        }
        ++done;
    }
    if (cancel.load())
        return false;
    tx.commit();
    if (progress)
        progress(done, done, {});
    return true;
}

std::string CorpusStore::projectText(const ProjectMeta &m)
{
    return m.description.empty() ? m.title : m.title + ".\n\n" + m.description;
}

CorpusStore::PutResult CorpusStore::putProject(const ProjectMeta &m, const TagResult &tags,
                                               const Dictionary &dictionary, std::int64_t version)
{
    const std::string hash = sha256Hex(m.commune + "\x1f" + projectText(m));
    const std::string now = utcNow();
    PutResult result;
    auto find = m_db.prepare("SELECT id FROM projects WHERE content_hash = ?1");
    find.bind(1, hash);
    if (find.step()) {
        result.id = find.columnInt(0);
        auto update = m_db.prepare("UPDATE projects SET category = ?1, maturity = ?2, year = ?3, budget = ?4, "
                                   "partners = ?5, source = ?6, updated_at = ?7 WHERE id = ?8");
        update.bind(1, m.category).bind(2, m.maturity).bind(3, m.year).bind(4, m.budget).bind(5, m.partners);
        update.bind(6, m.source).bind(7, now).bind(8, result.id).run();
    } else {
        auto insert = m_db.prepare(
            "INSERT INTO projects(commune, title, description, category, maturity, year, budget, partners, source, "
            "content_hash, words, imported_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
            "?12)");
        if (m.commune.empty())
            insert.bindNull(1);
        else
            insert.bind(1, m.commune);
        insert.bind(2, m.title).bind(3, m.description).bind(4, m.category).bind(5, m.maturity).bind(6, m.year);
        insert.bind(7, m.budget)
            .bind(8, m.partners)
            .bind(9, m.source)
            .bind(10, hash)
            .bind(11, tags.words)
            .bind(12, now);
        insert.run();
        result.id = m_db.lastInsertId();
        result.created = true;
    }
    writeTags("project", result.id, tags, dictionary, version, !result.created);
    return result;
}

std::int64_t CorpusStore::projectCount()
{
    return m_db.scalarInt("SELECT count(*) FROM projects").value_or(0);
}

std::int64_t CorpusStore::programmeCount()
{
    return m_db.scalarInt("SELECT count(*) FROM programmes").value_or(0);
}

std::optional<StoredProgramme> CorpusStore::programme(std::int64_t id)
{
    auto st = m_db.prepare("SELECT candidate, list_name, nuance, coalesce(commune, ''), year, round, elected, source, "
                           "format, encoding, content_hash, words, panel, document_kind, ocr_pages, ocr_confidence "
                           "FROM programmes WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    StoredProgramme p;
    p.id = id;
    p.meta.candidate = st.columnText(0);
    p.meta.listName = st.columnText(1);
    p.meta.nuance = st.columnText(2);
    p.meta.commune = st.columnText(3);
    p.meta.year = st.columnOptionalInt(4);
    p.meta.round = st.columnOptionalInt(5);
    if (const auto e = st.columnOptionalInt(6))
        p.meta.elected = *e != 0;
    p.meta.source = st.columnText(7);
    p.meta.format = st.columnText(8);
    p.meta.encoding = st.columnText(9);
    p.contentHash = st.columnText(10);
    p.words = st.columnInt(11);
    p.meta.panel = st.columnOptionalInt(12);
    p.meta.kind = parseDocumentKind(st.columnText(13));
    p.meta.ocrPages = st.columnText(14);
    if (!st.isNull(15))
        p.meta.ocrConfidence = st.columnDouble(15);
    return p;
}

std::string CorpusStore::programmeText(std::int64_t id)
{
    // Counts read thousands of texts by id: the statement is prepared once.
    auto &st = m_db.cached("SELECT text FROM programmes WHERE id = ?1");
    st.bind(1, id);
    std::string text = st.step() ? st.columnText(0) : std::string();
    st.reset();
    return text;
}

std::vector<StoredMention> CorpusStore::programmeMentions(std::int64_t id, std::int64_t version)
{
    std::vector<StoredMention> out;
    auto st = m_db.prepare("SELECT theme, term, rule, start, end FROM programme_mentions "
                           "WHERE programme = ?1 AND dictionary_version = ?2 ORDER BY start, end");
    st.bind(1, id).bind(2, version);
    while (st.step())
        out.push_back({ st.columnText(0), st.columnInt(1), st.columnInt(2), st.columnInt(3), st.columnInt(4) });
    return out;
}

std::vector<std::pair<std::int64_t, std::uint64_t>> CorpusStore::programmeKeys()
{
    std::vector<std::pair<std::int64_t, std::uint64_t>> keys;
    auto st = m_db.prepare("SELECT id, substr(content_hash, 1, 16) FROM programmes ORDER BY id");
    while (st.step())
        keys.emplace_back(st.columnInt(0), std::stoull(st.columnText(1), nullptr, 16));
    return keys;
}

std::vector<std::int64_t> CorpusStore::programmeIds()
{
    std::vector<std::int64_t> ids;
    auto st = m_db.prepare("SELECT id FROM programmes ORDER BY id");
    while (st.step())
        ids.push_back(st.columnInt(0));
    return ids;
}

std::vector<std::int64_t> CorpusStore::search(const std::string &userText, int limit)
{
    std::vector<std::int64_t> ids;
    const std::string expression = searchExpression(userText);
    if (expression.empty())
        return ids;
    auto st = m_db.prepare("SELECT rowid FROM programme_search WHERE programme_search MATCH ?1 ORDER BY rank LIMIT ?2");
    st.bind(1, expression).bind(2, static_cast<std::int64_t>(limit));
    while (st.step())
        ids.push_back(st.columnInt(0));
    return ids;
}

bool CorpusStore::isSynthetic()
{
    return !setting(kSyntheticSetting).empty();
}

void CorpusStore::markSynthetic(const std::string &origin)
{
    setSetting(kSyntheticSetting, origin);
}

std::string CorpusStore::setting(const std::string &key, const std::string &fallback)
{
    auto st = m_db.prepare("SELECT value FROM study WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.columnText(0) : fallback;
}

std::optional<std::int64_t> CorpusStore::settingNumber(const std::string &key)
{
    const std::string v = setting(key);
    if (v.empty())
        return std::nullopt;
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size())
        throw StorageError(path() + ": the study's setting \"" + key + "\" is \"" + v
                               + "\", not a whole number: the study is damaged",
                           StorageError::Cause::Damaged);
    return n;
}

void CorpusStore::setSetting(const std::string &key, const std::string &value)
{
    auto st = m_db.prepare(
        "INSERT INTO study(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).run();
}

} // namespace vigie::core
