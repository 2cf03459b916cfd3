// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportRuns.h"

#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "storage/Sha256.h"

#include <nlohmann/json.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

namespace vigie::core {

namespace {

using json = nlohmann::json;

json entryJson(const ManifestEntry &e)
{
    json j = json::object();
    j["file"] = e.file;
    const auto text = [&](const char *key, const std::string &value) {
        if (!value.empty())
            j[key] = value;
    };
    text("candidate", e.candidate);
    text("list", e.listName);
    text("nuance", e.nuance);
    text("city", e.city);
    text("department", e.department);
    text("insee", e.insee);
    if (e.year)
        j["year"] = *e.year;
    if (e.round)
        j["round"] = *e.round;
    if (e.elected)
        j["elected"] = *e.elected;
    if (e.panel)
        j["panel"] = *e.panel;
    if (e.kind)
        j["kind"] = std::string(documentKindId(*e.kind));
    if (e.line > 0)
        j["line"] = e.line;
    return j;
}

// The metadata columns an update replaces, in this order (restored by undo()).
constexpr const char *kMetadataColumns[]
    = { "candidate", "list_name", "nuance",     "commune", "year",          "round",     "elected",       "source",
        "format",    "encoding",  "updated_at", "panel",   "document_kind", "ocr_pages", "ocr_confidence" };

} // namespace

std::string hostName()
{
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0)
        return {};
    return buf;
}

namespace {

std::mutex activeMutex;
std::set<std::int64_t> &activeRuns()
{
    static std::set<std::int64_t> runs;
    return runs;
}

} // namespace

ActiveImportRun::ActiveImportRun(std::int64_t run)
    : m_run(run)
{
    std::lock_guard lock(activeMutex);
    activeRuns().insert(run);
}

ActiveImportRun::~ActiveImportRun()
{
    std::lock_guard lock(activeMutex);
    activeRuns().erase(m_run);
}

std::string processIdentity(std::int64_t pid)
{
    std::ifstream boot("/proc/sys/kernel/random/boot_id");
    std::string bootId;
    std::getline(boot, bootId);
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    // pid (comm) state ppid ... starttime is the 22nd field; comm may hold spaces and parentheses.
    const auto close = line.rfind(')');
    if (bootId.empty() || close == std::string::npos)
        return {};
    std::istringstream fields(line.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i)
        if (i == 22)
            return bootId + ":" + field;
    return {};
}

bool importRunActive(const ImportRunInfo &run)
{
    if (run.host != hostName() || run.pid <= 0)
        return false;
    if (run.pid == ::getpid()) {
        std::lock_guard lock(activeMutex);
        return activeRuns().count(run.id) > 0;
    }
    if (::kill(static_cast<pid_t>(run.pid), 0) != 0 && errno != EPERM)
        return false;
    return run.process.empty() || processIdentity(run.pid) == run.process;
}

ImportRuns::ImportRuns(CorpusStore &store)
    : m_db(store.database())
{ }

std::string ImportRuns::entryKey(const ManifestEntry &entry)
{
    struct stat st
    {
    };
    std::string id = entryJson(entry).dump();
    if (::stat(entry.file.c_str(), &st) == 0)
        id += "\x1f" + std::to_string(st.st_size) + "\x1f" + std::to_string(st.st_mtim.tv_sec) + "."
            + std::to_string(st.st_mtim.tv_nsec);
    return sha256Hex(id);
}

std::string ImportRuns::entriesJson(const std::vector<ManifestEntry> &entries)
{
    json all = json::array();
    for (const auto &e : entries)
        all.push_back(entryJson(e));
    return all.dump();
}

std::vector<ManifestEntry> ImportRuns::entriesFromJson(const std::string &text)
{
    const json all = json::parse(text);
    std::vector<ManifestEntry> out;
    for (const json &j : all) {
        ManifestEntry e;
        e.file = j.at("file").get<std::string>();
        e.candidate = j.value("candidate", "");
        e.listName = j.value("list", "");
        e.nuance = j.value("nuance", "");
        e.city = j.value("city", "");
        e.department = j.value("department", "");
        e.insee = j.value("insee", "");
        if (j.contains("year"))
            e.year = j["year"].get<long long>();
        if (j.contains("round"))
            e.round = j["round"].get<long long>();
        if (j.contains("elected"))
            e.elected = j["elected"].get<bool>();
        if (j.contains("panel"))
            e.panel = j["panel"].get<long long>();
        if (j.contains("kind"))
            e.kind = parseDocumentKind(j["kind"].get<std::string>());
        e.line = j.value("line", 0);
        out.push_back(std::move(e));
    }
    return out;
}

ImportRunInfo ImportRuns::readInfo(std::int64_t id)
{
    auto st = m_db.prepare(
        "SELECT r.id, r.sources, r.total, r.state, r.host, r.pid, r.started_at, r.updated_at, r.process, "
        "(SELECT count(*) FROM import_run_items i WHERE i.run = r.id AND i.state = 'done'), "
        "(SELECT count(*) FROM import_run_items i WHERE i.run = r.id AND i.state = 'done' AND i.created = 1), "
        "(SELECT count(*) FROM import_run_items i WHERE i.run = r.id AND i.state = 'failed') "
        "FROM import_runs r WHERE r.id = ?1");
    st.bind(1, id);
    ImportRunInfo info;
    if (!st.step())
        return info;
    info.id = st.columnInt(0);
    info.sources = st.columnText(1);
    info.total = st.columnInt(2);
    info.kept = st.columnText(3) == "kept";
    info.host = st.columnText(4);
    info.pid = st.columnInt(5);
    info.startedAt = st.columnText(6);
    info.updatedAt = st.columnText(7);
    info.process = st.columnText(8);
    info.done = st.columnInt(9);
    info.created = st.columnInt(10);
    info.failed = st.columnInt(11);
    return info;
}

std::optional<ImportRunInfo> ImportRuns::run(std::int64_t id)
{
    ImportRunInfo info = readInfo(id);
    if (info.id == 0)
        return std::nullopt;
    return info;
}

std::vector<ImportRunInfo> ImportRuns::unfinished()
{
    std::vector<ImportRunInfo> out;
    std::vector<std::int64_t> ids;
    {
        auto st = m_db.prepare("SELECT id FROM import_runs ORDER BY id");
        while (st.step())
            ids.push_back(st.columnInt(0));
    }
    for (const auto id : ids) {
        ImportRunInfo info = readInfo(id);
        if (info.kept || !importRunActive(info))
            out.push_back(std::move(info));
    }
    return out;
}

std::optional<ImportRunInfo> ImportRuns::unfinishedFor(const std::string &sources)
{
    std::optional<ImportRunInfo> found;
    for (auto &info : unfinished())
        if (info.sources == sources)
            found = std::move(info); // the newest
    return found;
}

std::vector<ManifestEntry> ImportRuns::entries(std::int64_t run)
{
    auto st = m_db.prepare("SELECT entries FROM import_runs WHERE id = ?1");
    st.bind(1, run);
    if (!st.step())
        return {};
    return entriesFromJson(st.columnText(0));
}

std::int64_t ImportRuns::begin(const std::string &sources, const std::vector<ManifestEntry> &entries)
{
    const std::string now = utcNow();
    auto st = m_db.prepare("INSERT INTO import_runs(sources, entries, total, state, host, pid, process, started_at, "
                           "updated_at) VALUES (?1, ?2, ?3, 'running', ?4, ?5, ?7, ?6, ?6)");
    st.bind(1, sources)
        .bind(2, entriesJson(entries))
        .bind(3, static_cast<std::int64_t>(entries.size()))
        .bind(4, hostName())
        .bind(5, static_cast<std::int64_t>(::getpid()))
        .bind(6, now)
        .bind(7, processIdentity(::getpid()))
        .run();
    return m_db.lastInsertId();
}

void ImportRuns::markRunning(std::int64_t run, const std::vector<ManifestEntry> &entries)
{
    auto st = m_db.prepare("UPDATE import_runs SET state = 'running', host = ?2, pid = ?3, updated_at = ?4, "
                           "entries = ?5, total = ?6, process = ?7 WHERE id = ?1");
    st.bind(1, run).bind(2, hostName()).bind(3, static_cast<std::int64_t>(::getpid())).bind(4, utcNow());
    st.bind(5, entriesJson(entries)).bind(6, static_cast<std::int64_t>(entries.size()));
    st.bind(7, processIdentity(::getpid())).run();
}

void ImportRuns::markKept(std::int64_t run)
{
    auto st = m_db.prepare("UPDATE import_runs SET state = 'kept', updated_at = ?2 WHERE id = ?1");
    st.bind(1, run).bind(2, utcNow()).run();
}

void ImportRuns::touch(std::int64_t run)
{
    auto &st = m_db.cached("UPDATE import_runs SET updated_at = ?2 WHERE id = ?1");
    st.bind(1, run).bind(2, utcNow()).run();
}

void ImportRuns::end(std::int64_t run)
{
    auto st = m_db.prepare("DELETE FROM import_runs WHERE id = ?1");
    st.bind(1, run).run();
}

std::unordered_set<std::string> ImportRuns::doneKeys(std::int64_t run)
{
    std::unordered_set<std::string> keys;
    auto st = m_db.prepare("SELECT key FROM import_run_items WHERE run = ?1 AND state = 'done'");
    st.bind(1, run);
    while (st.step())
        keys.insert(st.columnText(0));
    return keys;
}

std::string ImportRuns::currentMetadata(const std::string &contentHash)
{
    // Asked once per stored document: the statement's text is made once.
    static const std::string sql = [] {
        std::string columns;
        for (const char *column : kMetadataColumns)
            columns += (columns.empty() ? "" : ", ") + std::string(column);
        return "SELECT json_array(" + columns + ") FROM programmes WHERE content_hash = ?1";
    }();
    auto &st = m_db.cached(sql);
    st.bind(1, contentHash);
    std::string out = st.step() ? st.columnText(0) : std::string();
    st.reset();
    return out;
}

void ImportRuns::recordDone(std::int64_t run, const std::string &key, const std::string &file, std::int64_t programme,
                            bool created, const std::string &previous, const std::string &commune)
{
    // The same entry twice in a batch: the first time it was stored is the one undo() needs.
    auto &st
        = m_db.cached("INSERT INTO import_run_items(run, key, file, state, programme, created, previous, commune) "
                      "VALUES (?1, ?2, ?3, 'done', ?4, ?5, ?6, ?7) ON CONFLICT(run, key) DO UPDATE SET state = 'done', "
                      "problem = NULL, programme = coalesce(programme, excluded.programme), "
                      "created = max(created, excluded.created), previous = coalesce(previous, excluded.previous), "
                      "commune = coalesce(commune, excluded.commune)");
    st.bind(1, run).bind(2, key).bind(3, file).bind(4, programme).bind(5, created ? 1 : 0);
    if (previous.empty())
        st.bindNull(6);
    else
        st.bind(6, previous);
    if (commune.empty())
        st.bindNull(7);
    else
        st.bind(7, commune);
    st.run();
}

void ImportRuns::recordFailed(std::int64_t run, const std::string &key, const std::string &file,
                              const std::string &problem)
{
    auto &st = m_db.cached("INSERT INTO import_run_items(run, key, file, state, problem) VALUES (?1, ?2, ?3, "
                           "'failed', ?4) ON CONFLICT(run, key) DO UPDATE SET problem = excluded.problem "
                           "WHERE state = 'failed'");
    st.bind(1, run).bind(2, key).bind(3, file).bind(4, problem).run();
}

UndoneImport ImportRuns::undo(std::int64_t run)
{
    UndoneImport result;
    Transaction tx(m_db);
    // Updates first, the latest first: a programme updated twice gets back what it had before
    // the first update, and one the run added and then updated is removed below anyway.
    std::string restore = "UPDATE programmes SET ";
    // A run recorded by an older Vigie kept fewer columns (those of schema 6): the others stay.
    for (std::size_t i = 0; i < std::size(kMetadataColumns); ++i) {
        const std::string at = std::to_string(i);
        restore += std::string(i ? ", " : "") + kMetadataColumns[i] + " = CASE WHEN json_array_length(?1) > " + at
            + " THEN json_extract(?1, '$[" + at + "]') ELSE " + kMetadataColumns[i] + " END";
    }
    restore += " WHERE id = ?2";
    {
        auto st
            = m_db.prepare("SELECT programme, previous FROM import_run_items WHERE run = ?1 AND state = 'done' "
                           "AND created = 0 AND programme IS NOT NULL AND previous IS NOT NULL ORDER BY rowid DESC");
        st.bind(1, run);
        auto put = m_db.prepare(restore);
        while (st.step()) {
            put.bind(1, st.columnText(1)).bind(2, st.columnInt(0)).run();
            put.reset();
            ++result.restored;
        }
    }
    auto removeAdded = m_db.prepare("DELETE FROM programmes WHERE id IN (SELECT programme FROM import_run_items "
                                    "WHERE run = ?1 AND state = 'done' AND created = 1)");
    removeAdded.bind(1, run).run();
    result.removed = m_db.changes();
    // The communes the run brought in that nothing refers to any more.
    auto communes
        = m_db.prepare("DELETE FROM communes WHERE insee IN (SELECT commune FROM import_run_items WHERE run = ?1) "
                       "AND insee NOT IN (SELECT commune FROM programmes WHERE commune IS NOT NULL) "
                       "AND insee NOT IN (SELECT commune FROM projects WHERE commune IS NOT NULL)");
    communes.bind(1, run).run();
    end(run);
    tx.commit();
    return result;
}

void ImportRuns::forget(std::int64_t run)
{
    Transaction tx(m_db);
    end(run);
    tx.commit();
}

} // namespace vigie::core
