// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Resumable imports: an import commits in chunks and records them; stopped half-way (Cancel here;
// kills in tests/crash), the same import goes on from there, or the whole run is undone. On real
// SQLite files with the bundled gazetteer.
#include "import/ImportRuns.h"
#include "gazetteer/Gazetteer.h"
#include "import/Importer.h"
#include "storage/CorpusStore.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

using vigie::test::gazetteer;

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-runs-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(dir / "lot"); }
    ~Folder() { fs::remove_all(dir); }
    std::string study(const std::string &name = "etude") const { return (dir / (name + ".vigie")).string(); }
};

constexpr const char *kCommunes[] = { "69123", "29019", "35238", "33063", "59350", "13055" };

// `n` programmes with their metadata; the texts differ, some speak of digital matters.
std::vector<ManifestEntry> writeBatch(const fs::path &folder, int n, const std::string &candidatePrefix, int first = 0)
{
    std::vector<ManifestEntry> entries;
    for (int i = first; i < first + n; ++i) {
        const fs::path file = folder / ("programme-" + std::to_string(i) + ".txt");
        std::ofstream(file) << "Programme numéro " << i << ".\n"
                            << (i % 2 ? "Nous ouvrirons les données publiques de la ville en open data.\n"
                                      : "Nous rénoverons les écoles et le marché couvert.\n")
                            << "La ville connectée et la santé numérique pour tous.\n";
        ManifestEntry e;
        e.file = file.string();
        e.candidate = candidatePrefix + " " + std::to_string(i);
        e.insee = kCommunes[i % std::size(kCommunes)];
        e.year = 2026;
        entries.push_back(std::move(e));
    }
    return entries;
}

// Everything a programme is in the study, one line per programme in id order (timestamps too
// when asked: an undo gives them back).
std::vector<std::string> programmeRows(CorpusStore &store, bool withTimes = false)
{
    auto st = store.database().prepare(
        std::string("SELECT id || '|' || content_hash || '|' || candidate || '|' || coalesce(commune, '-') || '|' || "
                    "coalesce(year, '-') || '|' || source || '|' || words || '|' || "
                    "(SELECT count(*) FROM programme_mentions m WHERE m.programme = p.id) || '|' || "
                    "(SELECT coalesce(sum(total), 0) FROM programme_theme_counts c WHERE c.programme = p.id)")
        + (withTimes ? " || '|' || imported_at || '|' || updated_at" : "") + " FROM programmes p ORDER BY id");
    std::vector<std::string> rows;
    while (st.step())
        rows.push_back(st.columnText(0));
    return rows;
}

std::vector<std::string> communeRows(CorpusStore &store)
{
    auto st = store.database().prepare("SELECT insee FROM communes ORDER BY insee");
    std::vector<std::string> rows;
    while (st.step())
        rows.push_back(st.columnText(0));
    return rows;
}

// Imports `entries`, cancelling once `stopAfter` files have started (0: never).
ImportReport import(CorpusStore &store, const std::vector<ManifestEntry> &entries, int stopAfter = 0,
                    const ImportOptions &options = {})
{
    Importer importer(store, gazetteer());
    std::atomic_bool cancel { false };
    int started = 0;
    const ProgressSink progress = [&](std::int64_t, std::int64_t, const std::string &current) {
        if (!current.empty() && ++started == stopAfter)
            cancel = true;
    };
    return importer.importProgrammes(entries, progress, cancel, options);
}

} // namespace

TEST_CASE("an import stopped half-way keeps what it stored, and the same import again does only the rest",
          "[import][runs]")
{
    Folder f;
    const auto entries = writeBatch(f.dir / "lot", 12, "Candidate");
    auto reference = CorpusStore::open(f.study("reference"));
    const ImportReport whole = import(reference, entries);
    REQUIRE(whole.imported == 12);
    CHECK(whole.run == 0); // finished: nothing left to resume
    CHECK(ImportRuns(reference).unfinished().empty());

    auto store = CorpusStore::open(f.study());
    const ImportReport first = import(store, entries, 5);
    CHECK(first.cancelled);
    REQUIRE(first.run != 0);
    CHECK(first.imported == 5); // the file being read when Cancel came is stored too
    CHECK(store.programmeCount() == 5);
    auto unfinished = ImportRuns(store).unfinished();
    REQUIRE(unfinished.size() == 1);
    CHECK(unfinished[0].id == first.run);
    CHECK(unfinished[0].kept);
    CHECK(unfinished[0].done == 5);
    CHECK(unfinished[0].created == 5);
    CHECK(unfinished[0].total == 12);
    CHECK(ImportRuns(store).entries(first.run).size() == 12);

    const ImportReport rest = import(store, entries);
    CHECK_FALSE(rest.cancelled);
    CHECK(rest.alreadyDone == 5);
    CHECK(rest.resumedFrom == unfinished[0].startedAt);
    CHECK(rest.imported == 7);
    CHECK(rest.updated == 0);
    CHECK(rest.run == 0);
    CHECK(ImportRuns(store).unfinished().empty());
    CHECK(programmeRows(store) == programmeRows(reference)); // same ids, texts, metadata and counts
    CHECK(communeRows(store) == communeRows(reference));
}

TEST_CASE("undoing a run removes what it added and gives the programmes it updated their metadata back",
          "[import][runs]")
{
    Folder f;
    auto store = CorpusStore::open(f.study());
    const auto earlier = writeBatch(f.dir / "lot", 2, "Ancien");
    REQUIRE(import(store, earlier).imported == 2);
    const auto rowsBefore = programmeRows(store, true);
    const auto communesBefore = communeRows(store);
    const auto mentionsBefore = store.database().scalarInt("SELECT count(*) FROM programme_mentions");

    // The same two texts with other metadata (updates, one of them twice), then new ones.
    auto batch = writeBatch(f.dir / "lot", 2, "Nouveau");
    batch[1].insee = "75056";
    batch.push_back(batch[0]);
    batch.back().candidate = "Nouveau encore";
    for (auto &e : writeBatch(f.dir / "lot", 6, "Autre", 2))
        batch.push_back(std::move(e));
    const ImportReport r = import(store, batch, 6);
    REQUIRE(r.cancelled);
    CHECK(r.updated == 3);
    CHECK(r.imported == 3);
    CHECK(store.programmeCount() == 5);

    const UndoneImport undone = ImportRuns(store).undo(r.run);
    CHECK(undone.removed == 3);
    CHECK(undone.restored == 3);
    CHECK(programmeRows(store, true) == rowsBefore);
    CHECK(communeRows(store) == communesBefore); // Paris and the new programmes' communes are gone
    CHECK(store.database().scalarInt("SELECT count(*) FROM programme_mentions") == mentionsBefore);
    CHECK(store.database().scalarInt("SELECT count(*) FROM import_runs") == 0);
    CHECK(store.database().scalarInt("SELECT count(*) FROM import_run_items") == 0);
    CHECK(store.search("marché").size() == 1); // the search index lost the removed texts
}

TEST_CASE("resuming imports again a file changed since the run stored it, and one with new metadata", "[import][runs]")
{
    Folder f;
    auto store = CorpusStore::open(f.study());
    auto entries = writeBatch(f.dir / "lot", 8, "Candidate");
    // The same sources (the command line's paths): the entries found there changed.
    const ImportOptions options { .sources = "lot", .resumeRun = 0 };
    const ImportReport first = import(store, entries, 4, options);
    REQUIRE(first.imported == 4);
    std::ofstream(entries[0].file, std::ios::app) << "Une ligne ajoutée depuis.\n";
    entries[1].candidate = "Corrigé";
    const ImportReport rest = import(store, entries, 0, options);
    CHECK(rest.alreadyDone == 2);
    CHECK(rest.imported == 5); // four not done, and the changed text (a new text: its old one stays)
    CHECK(rest.updated == 1);
    CHECK(store.programmeCount() == 9);
}

TEST_CASE("the window resumes a run by its id, with the entries it recorded", "[import][runs]")
{
    Folder f;
    auto store = CorpusStore::open(f.study());
    const auto entries = writeBatch(f.dir / "lot", 6, "Candidate");
    const ImportReport first = import(store, entries, 2, { .sources = "the window's selection", .resumeRun = 0 });
    REQUIRE(first.run != 0);
    ImportRuns runs(store);
    const auto recorded = runs.entries(first.run);
    REQUIRE(recorded.size() == entries.size());
    CHECK(recorded[3].file == entries[3].file);
    CHECK(recorded[3].candidate == entries[3].candidate);
    CHECK(recorded[3].insee == entries[3].insee);
    CHECK(recorded[3].year == entries[3].year);
    CHECK_FALSE(recorded[3].elected.has_value());

    const ImportReport rest = import(store, recorded, 0, { .sources = {}, .resumeRun = first.run });
    CHECK(rest.alreadyDone == 2);
    CHECK(rest.imported == 4);
    CHECK(runs.unfinished().empty());
}

TEST_CASE("a run another live process is running is not offered; one whose process ended is", "[import][runs]")
{
    Folder f;
    auto store = CorpusStore::open(f.study());
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    REQUIRE(child > 0);
    waitpid(child, nullptr, 0);
    auto add = [&](const std::string &host, std::int64_t pid, const std::string &process) {
        auto st = store.database().prepare(
            "INSERT INTO import_runs(sources, entries, total, state, host, pid, process, started_at, updated_at) "
            "VALUES ('s', '[]', 0, 'running', ?1, ?2, ?3, 'then', 'then')");
        st.bind(1, host).bind(2, pid).bind(3, process).run();
        return store.database().lastInsertId();
    };
    const std::string init = processIdentity(1);
    REQUIRE_FALSE(init.empty());
    add(hostName(), 1, init); // init: alive
    const auto ended = add(hostName(), child, init);
    const auto elsewhere = add(hostName() + "-other", 1, init);
    const auto ours = add(hostName(), getpid(), processIdentity(getpid())); // this process, not running it
    // The pid of a process that ended, given again to another one: not the same process.
    const auto reused = add(hostName(), 1, init + "0");
    const auto runs = ImportRuns(store).unfinished();
    std::vector<std::int64_t> ids;
    for (const auto &r : runs)
        ids.push_back(r.id);
    CHECK(ids == std::vector<std::int64_t> { ended, elsewhere, ours, reused });
    {
        const ActiveImportRun running(ours);
        CHECK(ImportRuns(store).unfinished().size() == 3);
    }
    CHECK(ImportRuns(store).unfinished().size() == 4);
}
