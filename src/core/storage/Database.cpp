// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace vigie::core {

namespace {

using Cause = StorageError::Cause;

Cause causeOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Cause::DiskFull;
    case SQLITE_IOERR:
        return rc == SQLITE_IOERR_NOMEM ? Cause::OutOfMemory : Cause::DiskError;
    case SQLITE_READONLY:
        return Cause::ReadOnly;
    case SQLITE_CANTOPEN:
        return Cause::CannotOpen;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Cause::Damaged;
    case SQLITE_NOMEM:
        return Cause::OutOfMemory;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Cause::Busy;
    default:
        return Cause::Statement;
    }
}

// What a person can act on. SQLite's words ("disk I/O error", "attempt to write a readonly
// database") say neither what failed nor what to do; they follow in brackets, for a bug report.
std::string explanation(int rc)
{
    switch (causeOf(rc)) {
    case Cause::DiskFull:
        return "the disk is full";
    case Cause::DiskError:
        if (rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ)
            return "could not read from the disk (input/output error)";
        if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_DIR_FSYNC
            || rc == SQLITE_IOERR_TRUNCATE)
            return "could not write to the disk (input/output error)";
        return "the disk could not be read or written (input/output error)";
    case Cause::ReadOnly:
        return "the study is read-only: check the permissions of the file and of its folder";
    case Cause::CannotOpen:
        return "cannot open the study's files: check that its folder exists and that you may read and write "
               "the file and its folder";
    case Cause::Damaged:
        return "the file is damaged";
    case Cause::OutOfMemory:
        return "out of memory";
    case Cause::Busy: // SQLite's words are plain enough here
    case Cause::Statement:
        break;
    }
    return {};
}

// `what` says what was being done ("statement failed"); it is left out of a study failure, where
// it would only add jargon to a sentence about the disk or the file.
[[noreturn]] void throwError(const std::string &path, int rc, const std::string &what, const std::string &words)
{
    const Cause cause = causeOf(rc);
    if (cause == Cause::Busy)
        throw StudyBusy(path);
    const std::string plain = explanation(rc);
    if (plain.empty())
        throw StorageError(path + ": " + (what.empty() ? std::string() : what + ": ") + words, cause);
    throw StorageError(path + ": " + plain + " [SQLite: " + words + "]", cause);
}

} // namespace

Database Database::open(const std::string &path, Mode mode)
{
    Database db;
    db.m_path = path;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
        : mode == Mode::ReadWriteExisting    ? SQLITE_OPEN_READWRITE
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.c_str(), &db.m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        throwError(path, rc, "cannot open the database", db.m_db ? sqlite3_errmsg(db.m_db) : sqlite3_errstr(rc));
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, db.m_busyTimeoutMs);
    // A file that is not a database fails here, on its first read.
    db.exec("PRAGMA foreign_keys = ON");
    return db;
}

StudyBusy::StudyBusy(const std::string &path)
    : StorageError(path
                       + ": another program is writing to this study (an import, a retag, or a window saving a "
                         "dictionary). Nothing was changed; try again when it has finished.",
                   Cause::Busy)
{ }

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_writerWait(std::move(other.m_writerWait))
    , m_busyTimeoutMs(other.m_busyTimeoutMs)
    , m_journalLimit(other.m_journalLimit)
{
    other.m_db = nullptr;
}

void Database::setJournalLimit(std::int64_t bytes)
{
    m_journalLimit = bytes;
    exec("PRAGMA journal_size_limit = " + std::to_string(bytes));
}

void Database::trimJournal() noexcept
{
    if (!m_db || m_journalLimit < 0)
        return;
    std::error_code ec;
    const auto size = std::filesystem::file_size(m_path + "-wal", ec);
    if (ec || size <= static_cast<std::uintmax_t>(m_journalLimit))
        return;
    // Best effort, after a commit that has already succeeded: a reader still in the WAL (the
    // window) makes SQLite stop at once (no busy wait), and any failure here is not the commit's.
    sqlite3_busy_timeout(m_db, 0);
    sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
    sqlite3_busy_timeout(m_db, milliseconds);
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        m_cache.reset();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_writerWait = std::move(other.m_writerWait);
        m_busyTimeoutMs = other.m_busyTimeoutMs;
        m_journalLimit = other.m_journalLimit;
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    m_cache.reset(); // statements are finalized before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::fail(const std::string &what) const
{
    throwError(m_path, sqlite3_extended_errcode(m_db), what, sqlite3_errmsg(m_db));
}

void Database::exec(std::string_view sql)
{
    char *error = nullptr;
    const std::string s(sql);
    if (const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &error); rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throwError(m_path, rc, {}, message);
    }
}

Statement Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        fail("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
    return Statement(m_db, m_path, stmt);
}

Statement &Database::cached(const std::string &sql)
{
    if (!m_cache)
        m_cache = std::make_unique<std::unordered_map<std::string, Statement>>();
    auto it = m_cache->find(sql);
    if (it == m_cache->end())
        it = m_cache->emplace(sql, prepare(sql)).first;
    it->second.reset();
    return it->second;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::optional<std::int64_t> Database::scalarInt(std::string_view sql)
{
    Statement st = prepare(sql);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return st.columnInt(0);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

void Statement::fail(const std::string &what) const
{
    throwError(m_path, sqlite3_extended_errcode(m_db), what, sqlite3_errmsg(m_db));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail("cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail("cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    if (sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        fail("cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail("cannot bind parameter " + std::to_string(index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail("statement failed");
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::optional<std::int64_t> Statement::columnOptionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt(column);
}

BulkWrites::BulkWrites(Database &db)
    : m_db(db)
    , m_synchronous(db.scalarInt("PRAGMA synchronous").value_or(2))
    , m_autocheckpoint(db.scalarInt("PRAGMA wal_autocheckpoint").value_or(1000))
    , m_journalLimit(db.m_journalLimit)
{
    constexpr std::int64_t kBulkJournal = std::int64_t(64) << 20;
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(kBulkJournal / 4096));
    if (m_journalLimit >= 0)
        db.m_journalLimit = std::max(m_journalLimit, kBulkJournal);
}

BulkWrites::~BulkWrites()
{
    try {
        m_db.exec("PRAGMA synchronous = " + std::to_string(m_synchronous));
        m_db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(m_autocheckpoint));
    } catch (...) { // a connection that fails here fails its next statement too, with its message
    }
    m_db.m_journalLimit = m_journalLimit;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now: a second writer waits or gives up here, before it has
    // written anything, never half-way through its work.
    const auto start = std::chrono::steady_clock::now();
    const int timeout = m_db.busyTimeout();
    if (m_db.writerWait())
        m_db.setBusyTimeout(1000); // the wait hears from us about every second
    for (;;) {
        const int rc = sqlite3_exec(m_db.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            break;
        const std::chrono::duration<double> waited = std::chrono::steady_clock::now() - start;
        if ((rc & 0xFF) != SQLITE_BUSY || !m_db.writerWait() || !m_db.writerWait()(waited.count())) {
            m_db.setBusyTimeout(timeout);
            m_db.fail("cannot start writing");
        }
    }
    m_db.setBusyTimeout(timeout);
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) { // nothing more can be done in a destructor; SQLite rolls back on close anyway
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
    m_db.trimJournal();
}

} // namespace vigie::core
