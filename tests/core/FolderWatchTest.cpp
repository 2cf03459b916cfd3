// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A watched folder, look by look: what is imported, waited for, reported.
#include "import/FolderWatch.h"
#include "TestSupport.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-watch-" + std::to_string(std::random_device {}()));
    fs::path watched = dir / "arrivees";
    Folder() { fs::create_directories(watched); }
    ~Folder() { fs::remove_all(dir); }
    std::string study() const { return (dir / "etude.vigie").string(); }
    std::string file(const std::string &name) const { return (watched / name).string(); }
    void write(const std::string &name, const std::string &text, bool append = false) const
    {
        std::ofstream(watched / name, append ? std::ios::app : std::ios::trunc) << text;
    }
};

const std::string kFibre
    = "Nous déploierons la fibre optique dans chaque quartier et ouvrirons les données publiques.\n";

std::int64_t programmesFrom(CorpusStore &store, const std::string &file)
{
    auto st = store.database().prepare("SELECT count(*) FROM programmes WHERE source = ?1");
    st.bind(1, file);
    st.step();
    return st.columnInt(0);
}

} // namespace

TEST_CASE("a watched folder imports what arrives once it stops changing", "[import][watch]")
{
    Folder f;
    f.write("a.txt", kFibre);
    auto store = CorpusStore::open(f.study());
    FolderWatch watch(store, vigie::test::gazetteer(), f.watched.string(), {});
    std::atomic_bool cancel { false };

    // First look: a.txt is new; it is imported at the next look if it has not changed meanwhile.
    FolderWatch::Round r = watch.poll(cancel);
    CHECK(r.imported.empty());
    CHECK(r.waiting == std::vector<std::string> { f.file("a.txt") });
    CHECK_FALSE(r.did());
    r = watch.poll(cancel);
    CHECK(r.imported == std::vector<std::string> { f.file("a.txt") });
    CHECK(r.report.imported == 1);
    CHECK(store.programmeCount() == 1);
    CHECK(watch.poll(cancel).imported.empty()); // nothing new

    // A file still being written is waited for until its size stays the same.
    f.write("b.md", "# Programme\n\n");
    CHECK(watch.poll(cancel).waiting == std::vector<std::string> { f.file("b.md") });
    f.write("b.md", "Un guichet numérique pour les démarches en ligne.\n", true);
    r = watch.poll(cancel);
    CHECK(r.imported.empty());
    CHECK(r.waiting == std::vector<std::string> { f.file("b.md") });
    r = watch.poll(cancel);
    CHECK(r.imported == std::vector<std::string> { f.file("b.md") });
    CHECK(store.programme(2).has_value());
    CHECK_THAT(store.programmeText(2), Catch::Contains("guichet numérique"));

    // A changed file is imported again; its earlier text is still in the study, and said so.
    f.write("a.txt", kFibre + "La ville publiera ses données en open data.\n");
    CHECK(watch.poll(cancel).imported.empty());
    r = watch.poll(cancel);
    CHECK(r.imported == std::vector<std::string> { f.file("a.txt") });
    CHECK(r.superseded == std::vector<std::string> { f.file("a.txt") });
    CHECK(programmesFrom(store, f.file("a.txt")) == 2);

    // A removed file is reported once, and stays in the study.
    fs::remove(f.watched / "b.md");
    r = watch.poll(cancel);
    CHECK(r.removed == std::vector<std::string> { f.file("b.md") });
    CHECK(r.did());
    CHECK(watch.poll(cancel).removed.empty());
    CHECK(programmesFrom(store, f.file("b.md")) == 1);
}

TEST_CASE("a bad file in a watched folder is reported once and the watch goes on", "[import][watch]")
{
    Folder f;
    auto store = CorpusStore::open(f.study());
    FolderWatch watch(store, vigie::test::gazetteer(), f.watched.string(), {});
    std::atomic_bool cancel { false };
    f.write("casse.txt", std::string("\x00\x01\x02\x03 binaire", 12));
    f.write("bon.txt", kFibre);
    watch.poll(cancel);
    FolderWatch::Round r = watch.poll(cancel);
    CHECK(r.imported == std::vector<std::string> { f.file("bon.txt") });
    REQUIRE(r.report.failures.size() == 1);
    CHECK(r.report.failures[0].item == f.file("casse.txt"));
    CHECK_THAT(r.report.failures[0].problem.message(), Catch::Contains("binary"));
    // Not tried again while it stays as it is.
    r = watch.poll(cancel);
    CHECK(r.report.failures.empty());
    CHECK_FALSE(r.did());
    // Mended, it is imported.
    f.write("casse.txt", "Un réseau wifi public dans les parcs.\n");
    watch.poll(cancel);
    r = watch.poll(cancel);
    CHECK(r.imported == std::vector<std::string> { f.file("casse.txt") });
    CHECK(store.programmeCount() == 2);
}

TEST_CASE("a watch started again does not import again what the study has", "[import][watch]")
{
    Folder f;
    f.write("a.txt", kFibre);
    auto store = CorpusStore::open(f.study());
    std::atomic_bool cancel { false };
    {
        FolderWatch watch(store, vigie::test::gazetteer(), f.watched.string(), {});
        watch.poll(cancel);
        REQUIRE(watch.poll(cancel).imported.size() == 1);
    }
    FolderWatch again(store, vigie::test::gazetteer(), f.watched.string(), {});
    CHECK(again.poll(cancel).waiting.empty());
    CHECK(again.poll(cancel).imported.empty());
    CHECK(store.programmeCount() == 1);
}

TEST_CASE("a watched folder's manifest gives its documents their metadata", "[import][watch]")
{
    Folder f;
    const std::string manifest = (f.dir / "manifeste.csv").string();
    std::ofstream(manifest) << "file,candidate,city,year\n" << f.file("lyon.txt") << ",Jeanne Martin,Lyon,2026\n";
    f.write("lyon.txt", kFibre);
    auto store = CorpusStore::open(f.study());
    FolderWatch::Options options;
    options.manifest = manifest;
    FolderWatch watch(store, vigie::test::gazetteer(), f.watched.string(), options);
    std::atomic_bool cancel { false };
    watch.poll(cancel);
    REQUIRE(watch.poll(cancel).imported.size() == 1);
    const auto p = store.programme(1);
    REQUIRE(p);
    CHECK(p->meta.candidate == "Jeanne Martin");
    CHECK(p->meta.commune == "69123");
    CHECK(p->meta.year == 2026);
}

TEST_CASE("run() looks until stopped and says what each look did", "[import][watch]")
{
    Folder f;
    auto store = CorpusStore::open(f.study());
    FolderWatch::Options options;
    options.interval = std::chrono::milliseconds(200);
    FolderWatch watch(store, vigie::test::gazetteer(), f.watched.string(), options);
    std::atomic_bool stop { false };
    std::vector<std::string> imported;
    std::thread watching([&] {
        watch.run(stop,
                  [&](const FolderWatch::Round &r) {
                      imported.insert(imported.end(), r.imported.begin(), r.imported.end());
                      if (!imported.empty())
                          stop = true;
                  },
                  {});
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    f.write("arrive.txt", kFibre);
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!stop && std::chrono::steady_clock::now() < giveUp)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    stop = true;
    watching.join();
    CHECK(imported == std::vector<std::string> { f.file("arrive.txt") });
}
