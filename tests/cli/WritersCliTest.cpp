// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two writers on one study: a command that writes waits for the other, saying so, and both land.
#include "cli/Cli.h"
#include "storage/CorpusStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace {

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-writers-cli-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(dir); }
    ~Folder() { fs::remove_all(dir); }
    std::string db() const { return (dir / "etude.vigie").string(); }
};

std::int64_t programmes(const std::string &db)
{
    auto store = vigie::core::CorpusStore::open(db, vigie::core::CorpusStore::Opening::Existing);
    return store.programmeCount();
}

// About `kilobytes` of French text with the theme words the tagger counts, different per `seed`.
std::string programmeText(int seed, int kilobytes)
{
    std::string text;
    while (text.size() < static_cast<std::size_t>(kilobytes) * 1024)
        text += "Programme " + std::to_string(seed)
            + " : nous déploierons la fibre optique dans chaque quartier, ouvrirons les données publiques "
              "et créerons un guichet numérique pour les démarches. La ville proposera des ateliers "
              "d'inclusion numérique à la médiathèque.\n";
    return text;
}

// A string buffer one thread writes while another reads what has been written so far.
class SharedText : public std::stringbuf
{
public:
    std::string text() const
    {
        std::lock_guard lock(mutex_);
        return str();
    }

protected:
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        std::lock_guard lock(mutex_);
        return std::stringbuf::xsputn(s, n);
    }
    int_type overflow(int_type c) override
    {
        std::lock_guard lock(mutex_);
        return std::stringbuf::overflow(c);
    }

private:
    mutable std::recursive_mutex mutex_; // xsputn calls overflow
};

} // namespace

TEST_CASE("an import waits for another writer, says so once, and lands after it", "[cli][writers]")
{
    Folder f;
    std::istringstream in;
    std::ostringstream out0, err0;
    REQUIRE(vigie::cli::run({ "init", "--db", f.db() }, { in, out0, err0 }) == 0);
    const std::string doc = (f.dir / "programme.txt").string();
    std::ofstream(doc) << programmeText(1, 4);

    auto holder = vigie::core::CorpusStore::open(f.db(), vigie::core::CorpusStore::Opening::Existing);
    auto holding = std::make_unique<vigie::core::Transaction>(holder.database());
    std::ostringstream out;
    SharedText said_so_far;
    std::ostream err(&said_so_far);
    int code = -1;
    std::thread import([&] {
        std::istringstream none;
        code = vigie::cli::run({ "import", "--db", f.db(), doc }, { none, out, err });
    });
    // Hold the study until the import says it waits (a loaded machine may take seconds to get there),
    // then longer than one wait step (a second), so that it waits more than once.
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (said_so_far.text().empty() && std::chrono::steady_clock::now() < giveUp)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    holding->commit();
    holding.reset();
    import.join();
    CHECK(code == 0);
    CHECK_THAT(out.str(), Catch::Contains("Imported 1, updated 0, failed 0"));
    const std::string said
        = "vigie-cli import: another program is writing to " + f.db() + "; waiting for it to finish (Ctrl-C to stop)\n";
    CHECK(said_so_far.text() == said); // once, though it waited more than one step
    CHECK(programmes(f.db()) == 1);
}

TEST_CASE("six imports started at once into one study all land", "[cli][writers][process]")
{
    Folder f;
    std::istringstream in;
    std::ostringstream out0, err0;
    REQUIRE(vigie::cli::run({ "init", "--db", f.db() }, { in, out0, err0 }) == 0);
    // Each import is a real process with 1.5 MB to tag, so that their writes overlap.
    std::string script = "cd '" + f.dir.string() + "' || exit 1; ";
    for (int i = 0; i < 6; ++i) {
        const std::string name = "programme-" + std::to_string(i) + ".txt";
        std::ofstream(f.dir / name) << programmeText(i, 1536);
        script += "{ '" VIGIE_CLI_PATH "' import --db etude.vigie " + name + " > out-" + std::to_string(i)
            + ".txt 2>&1; echo $? > rc-" + std::to_string(i) + ".txt; } & ";
    }
    script += "wait";
    REQUIRE(std::system(script.c_str()) == 0);
    for (int i = 0; i < 6; ++i) {
        INFO("import " << i);
        std::ifstream rc(f.dir / ("rc-" + std::to_string(i) + ".txt"));
        int code = -1;
        rc >> code;
        std::ifstream log(f.dir / ("out-" + std::to_string(i) + ".txt"));
        const std::string said((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
        INFO(said);
        CHECK(code == 0);
        CHECK_THAT(said, !Catch::Contains("locked"));
    }
    CHECK(programmes(f.db()) == 6);
}
