// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two connections to one study file, as two programmes would have: the second writer waits or
// gets StudyBusy, in words, before it has written anything. On real SQLite files.
#include "storage/CorpusStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-writers-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(dir); }
    ~Folder() { fs::remove_all(dir); }
    std::string study() const { return (dir / "etude.vigie").string(); }
};

// Rows of the study's key-value table that these tests write.
std::int64_t settingCount(Database &db)
{
    auto st = db.prepare("SELECT count(*) FROM study WHERE key LIKE 'writers-test-%'");
    st.step();
    return st.columnInt(0);
}

void writeSetting(Database &db, const std::string &key)
{
    auto st = db.prepare("INSERT INTO study(key, value) VALUES (?1, 'x')");
    st.bind(1, key);
    st.step();
}

} // namespace

TEST_CASE("a second writer without a wait gets StudyBusy, in words, and changes nothing", "[storage][writers]")
{
    Folder f;
    auto first = CorpusStore::open(f.study());
    auto second = CorpusStore::open(f.study(), CorpusStore::Opening::Existing);
    second.database().setBusyTimeout(50);

    Transaction holding(first.database());
    writeSetting(first.database(), "writers-test-first");
    try {
        Transaction t(second.database());
        FAIL("the second transaction started while the first held the study");
    } catch (const StudyBusy &e) {
        CHECK(e.cause() == StorageError::Cause::Busy);
        CHECK(e.isStudyFailure());
        CHECK(std::string(e.what())
              == f.study()
                  + ": another program is writing to this study (an import, a retag, or a window saving a "
                    "dictionary). Nothing was changed; try again when it has finished.");
    }
    // The failed start left the second connection usable and the timeout as it was.
    CHECK(second.database().busyTimeout() == 50);
    holding.commit();
    Transaction t(second.database());
    writeSetting(second.database(), "writers-test-second");
    t.commit();
    CHECK(settingCount(first.database()) == 2);
}

TEST_CASE("a wait that says stop gives StudyBusy; it is asked about every second", "[storage][writers]")
{
    Folder f;
    auto first = CorpusStore::open(f.study());
    auto second = CorpusStore::open(f.study(), CorpusStore::Opening::Existing);
    std::vector<double> asked;
    second.database().setWriterWait([&](double seconds) {
        asked.push_back(seconds);
        return asked.size() < 2; // wait once, then stop
    });
    Transaction holding(first.database());
    const auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(Transaction(second.database()), StudyBusy);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    REQUIRE(asked.size() == 2);
    // SQLite's busy handler sleeps in steps, so "a second" is a second or a little more.
    CHECK(asked[0] >= 0.9);
    CHECK(asked[1] >= asked[0] + 0.9);
    CHECK(took.count() >= 1.8);
    CHECK(second.database().busyTimeout() == 5000); // the default, restored
}

TEST_CASE("a waiting writer starts once the other one commits, and both writes are kept", "[storage][writers]")
{
    Folder f;
    auto first = CorpusStore::open(f.study());
    {
        // Made before the other thread starts, so that it only opens an existing study.
        auto second = CorpusStore::open(f.study(), CorpusStore::Opening::Existing);
        (void)second;
    }
    std::atomic_bool holding { false };
    std::atomic_int waits { 0 };
    auto t = std::make_unique<Transaction>(first.database());
    writeSetting(first.database(), "writers-test-first");
    holding = true;
    std::thread other([&] {
        auto second = CorpusStore::open(f.study(), CorpusStore::Opening::Existing);
        second.database().setWriterWait([&](double) {
            ++waits;
            return true;
        });
        Transaction mine(second.database());
        // It sees the first writer's row: it started after the commit.
        CHECK(settingCount(second.database()) == 1);
        writeSetting(second.database(), "writers-test-second");
        mine.commit();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    t->commit();
    t.reset();
    other.join();
    CHECK(waits >= 1);
    CHECK(settingCount(first.database()) == 2);
}

TEST_CASE("a commit that leaves the WAL over the limit trims it, and a reader in the WAL only delays that",
          "[storage][writers]")
{
    Folder f;
    auto window = CorpusStore::open(f.study()); // stays open, as the window does
    auto writer = CorpusStore::open(f.study(), CorpusStore::Opening::Existing);
    CHECK(writer.database().scalarInt("PRAGMA journal_size_limit") == CorpusStore::kJournalLimitBytes);
    const std::string wal = f.study() + "-wal";
    const auto writeTwoMegabytes = [&](const std::string &key) {
        Transaction t(writer.database());
        auto st = writer.database().prepare("INSERT INTO study(key, value) VALUES (?1, ?2)");
        st.bind(1, key);
        st.bind(2, std::string(std::size_t(2) << 20, 'x'));
        st.step();
        t.commit();
    };

    SECTION("no limit: the WAL keeps its size (what the limit is for)")
    {
        writer.database().setJournalLimit(-1);
        writeTwoMegabytes("writers-test-a");
        CHECK(fs::file_size(wal) > (std::uintmax_t(2) << 20));
    }
    SECTION("over a 1 MB limit: truncated to nothing after the commit")
    {
        writer.database().setJournalLimit(std::int64_t(1) << 20);
        writeTwoMegabytes("writers-test-a");
        CHECK(fs::file_size(wal) == 0);
        CHECK(settingCount(window.database()) == 1); // the data are in the study itself
    }
    SECTION("a reader in the WAL: the commit succeeds, the trim comes with a later commit")
    {
        writer.database().setJournalLimit(std::int64_t(1) << 20);
        writeTwoMegabytes("writers-test-a");
        window.database().exec("BEGIN");
        CHECK(settingCount(window.database()) == 1); // a read transaction, now holding a snapshot
        writeTwoMegabytes("writers-test-b");
        CHECK(fs::file_size(wal) > (std::uintmax_t(2) << 20));
        window.database().exec("COMMIT");
        writeTwoMegabytes("writers-test-c");
        CHECK(fs::file_size(wal) == 0);
        CHECK(settingCount(window.database()) == 3);
    }
}
