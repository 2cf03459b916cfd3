// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie::core {

// A storage problem, with the database file it concerns when known.
//
// The cause says whether the study itself failed (its disk, its permissions, its file) or only
// the statement: after a study failure nothing more can be written (SQLite may already have
// rolled the whole transaction back), so a batch stops with one message instead of going on to
// fail item after item. What() words a study failure for a person ("the disk is full"), with
// SQLite's own words after it in brackets.
class StorageError : public std::runtime_error
{
public:
    enum class Cause {
        Statement, // this statement failed (a constraint, a bug...): the transaction goes on
        DiskFull,
        DiskError, // an input/output error from the disk
        ReadOnly, // the file or its folder cannot be written
        CannotOpen, // the file, its folder, its WAL or its shared memory file cannot be opened
        Damaged, // the file is damaged, or is not a database
        OutOfMemory,
        Busy, // another connection holds the lock
    };
    explicit StorageError(const std::string &message, Cause cause = Cause::Statement)
        : std::runtime_error(message)
        , m_cause(cause)
    { }
    Cause cause() const { return m_cause; }
    bool isStudyFailure() const { return m_cause != Cause::Statement; }

private:
    Cause m_cause;
};

// Another connection holds the study's write lock (an import, a retag, the window saving a
// dictionary): this write did not start, and nothing was changed. Said in those words, not as
// SQLite's "database is locked".
class StudyBusy : public StorageError
{
public:
    explicit StudyBusy(const std::string &path);
};

// Called while a transaction waits for another writer to finish, with the seconds waited so far
// (about every second); returns false to stop waiting (StudyBusy).
using WriterWait = std::function<bool(double seconds)>;

class Statement;

// One SQLite connection (RAII). Thin on purpose: SQL stays visible at the call site.
//
// Opening turns on foreign keys and a busy timeout; it writes nothing to the file, so a file that
// turns out not to be ours (or a study from a newer Vigie) is left as it was. CorpusStore turns on
// WAL journaling once it has checked the study's version, so that the window can read while an
// import writes. One connection per thread (SQLite's serialized mode is not relied on).
// Every failure throws StorageError with the file name and its cause (see StorageError).
class Database
{
public:
    // ReadWrite creates a missing file; ReadWriteExisting refuses it (SQLite's "unable to open").
    enum class Mode { ReadWrite, ReadWriteExisting, ReadOnly };

    static Database open(const std::string &path, Mode mode = Mode::ReadWrite);
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // A prepared statement kept for the connection's life, reset and unbound, for statements run
    // once per document (compiling SQL each time cost more than running it). Do not hold two
    // references to the same SQL at once.
    Statement &cached(const std::string &sql);
    // False outside BEGIN...COMMIT, also when SQLite rolled a transaction back by itself after
    // an error (a full disk, an I/O error).
    bool inTransaction() const;
    std::int64_t lastInsertId() const;
    int changes() const;
    // For one-value queries ("PRAGMA user_version"); nullopt when no row.
    std::optional<std::int64_t> scalarInt(std::string_view sql);

    [[noreturn]] void fail(const std::string &what) const;

    // What a Transaction does when another connection is writing: without a wait (the default) it
    // gives up after the busy timeout (5 s) with StudyBusy; with one, it waits as long as the wait
    // says (the CLI waits, saying so; the window shows it and offers Cancel).
    void setWriterWait(WriterWait wait) { m_writerWait = std::move(wait); }
    const WriterWait &writerWait() const { return m_writerWait; }
    void setBusyTimeout(int milliseconds);

    // The WAL beside a study keeps its largest size until SQLite resets it: a 200 MB import left a
    // 207 MB WAL beside the study for as long as the window was open. With a limit, a commit that
    // leaves the WAL larger checkpoints it and truncates it to zero (when no reader is in it), and
    // SQLite truncates it to the limit whenever it resets it. CorpusStore sets 16 MB; -1: none.
    void setJournalLimit(std::int64_t bytes);
    void trimJournal() noexcept; // what commit() does
    int busyTimeout() const { return m_busyTimeoutMs; }

private:
    Database() = default;
    sqlite3 *m_db = nullptr;
    std::string m_path;
    std::unique_ptr<std::unordered_map<std::string, Statement>> m_cache;
    WriterWait m_writerWait;
    int m_busyTimeoutMs = 5000;
    std::int64_t m_journalLimit = -1;
    friend class BulkWrites;
};

// A prepared statement: bind (1-based), step, read columns (0-based), reset for the next row.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value); // copied by SQLite
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::string &value) { return bind(index, std::string_view(value)); }
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // True while there is a row to read; false when done. Throws on error.
    bool step();
    // step() that must finish (INSERT, UPDATE...).
    void run();
    void reset(); // also clears bindings

    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::optional<std::int64_t> columnOptionalInt(int column) const;

private:
    friend class Database;
    // The handle and path, not the Database: a Database may move, its connection does not.
    Statement(sqlite3 *db, std::string path, sqlite3_stmt *stmt)
        : m_db(db)
        , m_path(std::move(path))
        , m_stmt(stmt)
    { }
    [[noreturn]] void fail(const std::string &what) const;
    sqlite3 *m_db;
    std::string m_path;
    sqlite3_stmt *m_stmt;
};

// For a long series of commits on one connection (an import's chunks), while it lives: commits
// do not sync the WAL (synchronous NORMAL: a power cut may lose the last commits, never the
// study's consistency; a killed process loses nothing committed), and the WAL is checkpointed
// every 64 MB rather than every 4 MB and trimmed past 64 MB rather than 16 MB. A commit per chunk
// otherwise cost the 100 MB import 17 % in fsyncs and checkpoints. The connection's settings come
// back when it ends, so that the commit after it syncs everything before it.
class BulkWrites
{
public:
    explicit BulkWrites(Database &db);
    ~BulkWrites();
    BulkWrites(const BulkWrites &) = delete;
    BulkWrites &operator=(const BulkWrites &) = delete;

private:
    Database &m_db;
    std::int64_t m_synchronous;
    std::int64_t m_autocheckpoint;
    std::int64_t m_journalLimit;
};

// Rolls back unless commit() was called: an exception anywhere leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace vigie::core
