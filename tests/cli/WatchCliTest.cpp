// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-cli watch as a user runs it: a process watching a folder while files are dropped into it,
// written slowly, changed and removed, then stopped with Ctrl-C (SIGINT).
#include "cli/Cli.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <thread>

namespace fs = std::filesystem;

namespace {

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-watch-cli-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(dir / "arrivees"); }
    ~Folder() { fs::remove_all(dir); }
    std::string db() const { return (dir / "etude.vigie").string(); }
};

std::string readAll(const fs::path &path)
{
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Waits up to a minute for `done` (a loaded machine is slow, a watch looks every second).
bool eventually(const std::function<bool()> &done)
{
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < giveUp) {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return done();
}

std::int64_t programmes(const std::string &db)
{
    try {
        auto store = vigie::core::CorpusStore::open(db, vigie::core::CorpusStore::Opening::Existing);
        return store.programmeCount();
    } catch (const std::exception &) {
        return -1; // not made yet
    }
}

} // namespace

TEST_CASE("vigie-cli watch imports dropped files, waits for slow ones, reports bad and removed ones",
          "[cli][watch][process]")
{
    Folder f;
    const fs::path in = f.dir / "arrivees";
    const fs::path out = f.dir / "out.txt";
    const fs::path err = f.dir / "err.txt";
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The real program, its output in files.
        std::freopen(out.c_str(), "w", stdout);
        std::freopen(err.c_str(), "w", stderr);
        execl(VIGIE_CLI_PATH, VIGIE_CLI_PATH, "watch", "--db", f.db().c_str(), in.c_str(),
              static_cast<char *>(nullptr));
        _exit(127);
    }
    REQUIRE(eventually([&] { return readAll(out).find("watching") != std::string::npos; }));

    std::ofstream(in / "lyon.txt") << "Nous déploierons la fibre optique dans chaque quartier.\n";
    CHECK(eventually([&] { return programmes(f.db()) == 1; }));

    // Written in two goes a second and a half apart: imported whole, once.
    {
        std::ofstream slow(in / "lent.md");
        slow << "# Programme\n\n" << std::flush;
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        slow << "Un guichet numérique pour toutes les démarches.\n";
    }
    CHECK(eventually([&] { return programmes(f.db()) == 2; }));

    std::ofstream(in / "image.txt") << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    CHECK(eventually([&] { return readAll(err).find("image.txt") != std::string::npos; }));

    fs::remove(in / "lyon.txt");
    CHECK(eventually([&] { return readAll(err).find("lyon.txt was removed") != std::string::npos; }));

    kill(child, SIGINT);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    const std::string said = readAll(out);
    INFO(said << readAll(err));
    CHECK_THAT(said, Catch::Contains("imported 1: lyon.txt"));
    CHECK_THAT(said, Catch::Contains("imported 1: lent.md"));
    CHECK_THAT(said, Catch::Contains("stopped watching"));
    CHECK_THAT(readAll(err), Catch::Contains("image.txt: binary file"));
    CHECK(programmes(f.db()) == 2); // the removed file's programme stays
    auto store = vigie::core::CorpusStore::open(f.db(), vigie::core::CorpusStore::Opening::Existing);
    CHECK_THAT(store.programmeText(2), Catch::Contains("guichet numérique"));
}

TEST_CASE("vigie-cli watch says what is wrong with its arguments", "[cli][watch]")
{
    std::istringstream none;
    std::ostringstream out, err;
    CHECK(vigie::cli::run({ "watch" }, { none, out, err }) == 2);
    CHECK_THAT(err.str(), Catch::StartsWith("vigie-cli watch: no folder to watch"));
    std::ostringstream err2;
    CHECK(vigie::cli::run({ "watch", "/nonexistent/folder" }, { none, out, err2 }) == 1);
    CHECK(err2.str() == "vigie-cli watch: /nonexistent/folder: not a folder\n");
    std::ostringstream err3;
    CHECK(vigie::cli::run({ "watch", "--ocr", "parfois", "." }, { none, out, err3 }) == 2);
    CHECK(err3.str() == "vigie-cli watch: --ocr \"parfois\" is not auto, never or always\n");
}
