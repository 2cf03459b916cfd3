// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Folders as they are on real disks: links that loop or lead nowhere, pipes, folders that cannot
// be read, names that are not UTF-8. Each is reported and skipped; the rest is imported; nothing
// blocks. And special files given by name are refused without being read.
#include "gazetteer/Gazetteer.h"
#include "import/ImportError.h"
#include "import/Importer.h"
#include "import/Manifest.h"
#include "io/RegularFile.h"
#include "storage/CorpusStore.h"
#include "tagging/Dictionary.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace vigie::core;
using Kind = ImportProblem::Kind;

namespace {

struct Folder
{
    fs::path dir = fs::temp_directory_path() / ("vigie-walk-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(dir); }
    ~Folder()
    {
        std::error_code ec;
        fs::permissions(dir / "docs" / "sous-dossier" / "fermé", fs::perms::owner_all, ec);
        fs::remove_all(dir, ec);
    }
    void write(const fs::path &relative, const std::string &text) const
    {
        fs::create_directories((dir / relative).parent_path());
        std::ofstream(dir / relative, std::ios::binary) << text;
    }
};

using vigie::test::gazetteer;

// A folder with three programmes and one of everything that is not one.
void makeAwkwardFolder(const Folder &f)
{
    const fs::path docs = f.dir / "docs";
    f.write("docs/a.txt", "La ville publiera ses données en open data.");
    f.write("docs/b.md", "# Programme\n\nTéléconsultation dans les maisons de santé.");
    f.write("docs/sous-dossier/c.txt", "Un guichet numérique pour les démarches.");
    f.write("docs/affiche.png", "\x89PNG\r\n");
    REQUIRE(::mkfifo((docs / "tube.txt").c_str(), 0644) == 0);
    fs::create_symlink("boucle.txt", docs / "boucle.txt");
    fs::create_symlink("absent.txt", docs / "casse.txt");
    fs::create_directory_symlink("sous-dossier", docs / "raccourci");
    std::ofstream(docs / "caf\xE9.txt") << "Un nom en Latin-1.";
}

// A subfolder its owner closed. root reads it all the same: see the test below.
void addClosedFolder(const Folder &f)
{
    f.write("docs/sous-dossier/fermé/d.txt", "jamais lu");
    fs::permissions(f.dir / "docs" / "sous-dossier" / "fermé", fs::perms::none);
}

std::string kinds(const PathEntries &found)
{
    std::string out;
    for (const auto &k : found.skipped)
        out += fs::path(k.item).filename().string() + ":" + std::to_string(static_cast<int>(k.problem.kind)) + " ";
    return out;
}

} // namespace

TEST_CASE("a folder walk reports and skips links, pipes, other formats and bad names", "[import][folders]")
{
    Folder f;
    makeAwkwardFolder(f);
    const PathEntries found = Importer::entriesForPaths({ (f.dir / "docs").string() });
    REQUIRE(found.entries.size() == 3);
    CHECK(fs::path(found.entries[0].file).filename() == "a.txt");
    CHECK(fs::path(found.entries[1].file).filename() == "b.md");
    CHECK(fs::path(found.entries[2].file).filename() == "c.txt");

    const auto skippedAs = [&](const std::string &name) -> const ImportProblem * {
        for (const auto &k : found.skipped)
            if (fs::path(k.item).filename() == name)
                return &k.problem;
        return nullptr;
    };
    INFO(kinds(found));
    REQUIRE(skippedAs("affiche.png"));
    CHECK(skippedAs("affiche.png")->kind == Kind::UnsupportedType);
    REQUIRE(skippedAs("tube.txt"));
    CHECK(skippedAs("tube.txt")->kind == Kind::NotRegularFile);
    CHECK(skippedAs("tube.txt")->message() == "is a named pipe (FIFO), not a file");
    REQUIRE(skippedAs("boucle.txt"));
    CHECK(skippedAs("boucle.txt")->kind == Kind::LinkLoop);
    REQUIRE(skippedAs("casse.txt"));
    CHECK(skippedAs("casse.txt")->kind == Kind::BrokenLink);
    CHECK(skippedAs("casse.txt")->value == "absent.txt");
    REQUIRE(skippedAs("raccourci"));
    CHECK(skippedAs("raccourci")->kind == Kind::FolderLink);
    REQUIRE(skippedAs("caf\xE9.txt"));
    CHECK(skippedAs("caf\xE9.txt")->kind == Kind::FileNameNotUtf8);
    CHECK(skippedAs("caf\xE9.txt")->message().find("caf\\xE9.txt") != std::string::npos);
    for (const auto &k : found.skipped)
        CHECK(k.problem.source == k.item); // each names the entry to fix
    // Skipped entries come in name order, as the documents do.
    for (std::size_t i = 1; i < found.skipped.size(); ++i)
        CHECK(found.skipped[i - 1].item < found.skipped[i].item);
}

TEST_CASE("an unreadable subfolder is reported and the rest of the folder is imported", "[import][folders]")
{
    Folder f;
    makeAwkwardFolder(f);
    addClosedFolder(f);
    // root reads every folder: the walk runs in a child that has dropped to an ordinary user.
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(2);
        const PathEntries found = Importer::entriesForPaths({ (f.dir / "docs").string() });
        std::string report = std::to_string(found.entries.size()) + "\n";
        for (const auto &k : found.skipped)
            if (k.problem.kind == Kind::UnreadableFolder)
                report += fs::path(k.item).filename().string() + ": " + k.problem.message() + "\n";
        const auto written = ::write(fds[1], report.data(), report.size());
        ::_exit(written == static_cast<ssize_t>(report.size()) ? 0 : 3);
    }
    ::close(fds[1]);
    std::string report;
    char buf[512];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        report.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    CHECK(report == "3\nfermé: folder not readable (Permission denied): skipped\n");
}

TEST_CASE("importing a folder with a pipe in it neither blocks nor fails the batch", "[import][folders]")
{
    Folder f;
    makeAwkwardFolder(f);
    auto store = CorpusStore::open((f.dir / "etude.vigie").string());
    Importer importer(store, gazetteer());
    std::atomic_bool cancel { false };
    const auto r
        = importer.importProgrammes(Importer::entriesForPaths({ (f.dir / "docs").string() }).entries, {}, cancel);
    CHECK(r.imported == 3);
    CHECK(r.failed == 0);
}

TEST_CASE("special files given by name are refused without being read", "[import][folders]")
{
    Folder f;
    REQUIRE(::mkfifo((f.dir / "tube.txt").c_str(), 0644) == 0);
    // A pipe nobody writes to: reading it would wait for ever.
    const auto fifo = readRegularFile((f.dir / "tube.txt").string(), 1024);
    CHECK(fifo.failure == RegularFile::Failure::NotRegular);
    CHECK(fifo.special == "fifo");
    // /dev/zero never ends: reading it would fill memory.
    const auto zero = readRegularFile("/dev/zero", 1024);
    CHECK(zero.failure == RegularFile::Failure::NotRegular);
    CHECK(zero.special == "character-device");
    CHECK_THROWS_WITH(extractDocument((f.dir / "tube.txt").string()), "is a named pipe (FIFO), not a file");

    // Given by name to the importer, as a plain path and through a manifest.
    auto store = CorpusStore::open((f.dir / "etude.vigie").string());
    Importer importer(store, gazetteer());
    std::atomic_bool cancel { false };
    const auto r
        = importer.importProgrammes(Importer::entriesForPaths({ (f.dir / "tube.txt").string() }).entries, {}, cancel);
    CHECK(r.failed == 1);
    REQUIRE(r.failures.size() == 1);
    CHECK(r.failures[0].problem.kind == Kind::NotRegularFile);

    // A list, a dictionary: the same.
    REQUIRE(::mkfifo((f.dir / "liste.csv").c_str(), 0644) == 0);
    CHECK_THROWS_WITH(readManifest((f.dir / "liste.csv").string()), Catch::Contains("is a named pipe (FIFO)"));
    CHECK_THROWS_WITH(readProjects((f.dir / "liste.csv").string()), Catch::Contains("is a named pipe (FIFO)"));
    CHECK_THROWS_WITH(Dictionary::fromFile("/dev/zero"), Catch::Contains("is a device, not a file"));
}

TEST_CASE("a file's size is not trusted: what is read is capped", "[import][folders]")
{
    // /proc files say they are empty and are not.
    const auto status = readRegularFile("/proc/self/status", 1 << 20);
    REQUIRE(status.ok());
    CHECK(status.bytes.find("Name:") != std::string::npos);
    CHECK(readRegularFile("/proc/self/status", 10).failure == RegularFile::Failure::TooLarge);
    CHECK(readRegularFile("/nonexistent/x.txt", 10).failure == RegularFile::Failure::NoSuchFile);
}
