// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// I/O faults under import and retag (through FaultVfs), read-only studies, a full disk at init:
// each must end in one message a person understands, naming the study, and leave the study sound
// with everything it held before.
#include "CrashCorpus.h"
#include "FaultVfs.h"
#include "MemoryLimit.h"
#include "StudyCheck.h"
#include "cli/Cli.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <utility>

namespace fs = std::filesystem;
using vigie::test::FaultVfs;

namespace {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run cli(const std::vector<std::string> &args)
{
    std::istringstream in;
    std::ostringstream out, err;
    const int code = vigie::cli::run(args, { in, out, err });
    return { code, out.str(), err.str() };
}

struct Folder
{
    fs::path path = fs::temp_directory_path() / ("vigie-fault-" + std::to_string(std::random_device {}()));
    Folder() { fs::create_directories(path); }
    ~Folder()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

using vigie::test::copyStudy;
using vigie::test::removeStudy;

// A small study before a batch (s0), after its import (s1) and after a retag (s2), made once.
struct Studies
{
    Folder folder;
    fs::path baseline = folder.path / "avant", batch = folder.path / "lot";
    std::string dictionary = (folder.path / "retag.json").string();
    fs::path s0 = folder.path / "s0.vigie", s1 = folder.path / "s1.vigie", s2 = folder.path / "s2.vigie";
    vigie::test::StudyDigest d0, d1, d2;
    std::map<std::int64_t, std::string> p0, p1;

    Studies()
    {
        FaultVfs::install();
        vigie::test::writeCorpus(baseline.string(), 6, 6000, 11, "avant");
        vigie::test::writeCorpus(batch.string(), 10, 6000, 12);
        vigie::test::writeRetagDictionary(dictionary);
        REQUIRE(cli({ "init", "--db", s0.string() }).code == 0);
        REQUIRE(cli({ "import", "--db", s0.string(), baseline.string() }).code == 0);
        copyStudy(s0, s1);
        REQUIRE(cli({ "import", "--db", s1.string(), batch.string() }).code == 0);
        copyStudy(s1, s2);
        REQUIRE(cli({ "retag", "--db", s2.string(), "--dictionary", dictionary }).code == 0);
        d0 = vigie::test::digestStudy(s0.string());
        d1 = vigie::test::digestStudy(s1.string());
        d2 = vigie::test::digestStudy(s2.string());
        p0 = vigie::test::programmeDigests(s0.string());
        p1 = vigie::test::programmeDigests(s1.string());
    }
};

const Studies &studies()
{
    static const Studies s;
    return s;
}

// What a command is tried on: the study it starts from, what it leaves, its arguments.
struct Command
{
    std::string name;
    fs::path start;
    const vigie::test::StudyDigest *before;
    const vigie::test::StudyDigest *after;
    std::vector<std::string> args(const fs::path &study) const
    {
        const Studies &s = studies();
        if (name == "import")
            return { "import", "--db", study.string(), s.batch.string() };
        return { "retag", "--db", study.string(), "--dictionary", s.dictionary };
    }
};

std::vector<Command> commands()
{
    const Studies &s = studies();
    return { { "import", s.s0, &s.d0, &s.d1 }, { "retag", s.s1, &s.d1, &s.d2 } };
}

// Up to `wanted` points spread over 1..n, both ends included.
std::vector<std::int64_t> spread(std::int64_t n, std::int64_t wanted)
{
    std::vector<std::int64_t> points;
    for (std::int64_t i = 0; i < wanted && n > 0; ++i) {
        const std::int64_t p = 1 + (n - 1) * i / std::max<std::int64_t>(wanted - 1, 1);
        if (points.empty() || points.back() != p)
            points.push_back(p);
    }
    return points;
}

// The words of a message that says what happened to the disk or the file, in plain terms.
bool saysWhy(const std::string &message)
{
    for (const char *why :
         { "the disk is full", "(input/output error)", "the study is read-only", "cannot open the study's files" })
        if (message.find(why) != std::string::npos)
            return true;
    return false;
}

std::size_t lines(const std::string &text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

struct Tally
{
    int completed = 0; // the fault hit nothing that mattered (a checkpoint on closing): done anyway
    int refused = 0; // the command failed with its message
};

// Runs `command` on a copy of its start study with `plan` armed, then checks the outcome.
void tryFault(const Command &command, const FaultVfs::Plan &plan, const std::string &label, Tally &tally)
{
    const Studies &s = studies();
    const fs::path study = s.folder.path / "trial.vigie";
    copyStudy(command.start, study);
    FaultVfs::arm(plan);
    const Run r = cli(command.args(study));
    const FaultVfs::Counts counts = FaultVfs::counts();
    FaultVfs::disarm();

    INFO(command.name << " with " << label << " (" << counts.faults << " faults returned)\nstdout: " << r.out
                      << "\nstderr: " << r.err);
    const auto problems = vigie::test::checkStudy(study.string());
    INFO("checks: " << (problems.empty() ? std::string("passed") : problems.front()));
    CHECK(problems.empty());
    const vigie::test::StudyDigest d = vigie::test::digestStudy(study.string());
    if (r.code == 0) {
        ++tally.completed;
        INFO("completed; against an uninterrupted run: " << d.differences(*command.after));
        CHECK(d == *command.after);
        return;
    }
    ++tally.refused;
    CHECK(r.code == 1);
    // One message, naming the study, saying why in plain words; the study as it was.
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find(study.string()) != std::string::npos);
    CHECK(saysWhy(r.err));
    CHECK(r.err.find("savepoint") == std::string::npos);
    // An import commits in chunks: a fault after the first one keeps them, and says so.
    if (command.name == "import" && r.err.find(" kept: run the same command again") != std::string::npos) {
        std::int64_t stored = 0;
        CHECK(vigie::test::partialImportProblem(study.string(), d, *command.before, s.p0, s.p1, stored).empty());
        CHECK(stored > 0);
        return;
    }
    CHECK(r.err.find(command.name == "import" ? "Nothing was imported" : "Nothing was retagged") != std::string::npos);
    INFO("against the study before: " << d.differences(*command.before));
    CHECK(d == *command.before);
}

// What an uninterrupted run writes.
FaultVfs::Counts dryRun(const Command &command)
{
    const fs::path study = studies().folder.path / "trial.vigie";
    copyStudy(command.start, study);
    FaultVfs::arm({});
    REQUIRE(cli(command.args(study)).code == 0);
    return FaultVfs::counts();
}

} // namespace

namespace {

using Plans = std::vector<std::pair<FaultVfs::Plan, std::string>>; // each plan with its label

// For import and retag: tries each plan that `plansFor` makes from what an uninterrupted run
// writes; at least one must make the command fail, or the points missed what they aim at.
template <typename PlansFor> void tryEachCommand(PlansFor plansFor)
{
    for (const Command &command : commands()) {
        Tally tally;
        for (const auto &[plan, label] : plansFor(dryRun(command)))
            tryFault(command, plan, label, tally);
        INFO(command.name << ": " << tally.refused << " refused, " << tally.completed << " completed");
        CHECK(tally.refused > 0);
    }
}

} // namespace

TEST_CASE("a failed write during import or retag gives one clear error and loses nothing", "[fault]")
{
    tryEachCommand([](const FaultVfs::Counts &total) {
        Plans plans;
        for (const std::int64_t n : spread(total.writes, 40))
            plans.push_back({ { .failWrite = n },
                              "write " + std::to_string(n) + " of " + std::to_string(total.writes) + " failing" });
        return plans;
    });
}

TEST_CASE("a failed sync during import or retag gives one clear error and loses nothing", "[fault]")
{
    tryEachCommand([](const FaultVfs::Counts &total) {
        Plans plans;
        for (const std::int64_t n : spread(total.syncs, 20))
            plans.push_back(
                { { .failSync = n }, "sync " + std::to_string(n) + " of " + std::to_string(total.syncs) + " failing" });
        return plans;
    });
}

TEST_CASE("a disk that fills up during import or retag gives one clear error and loses nothing", "[fault]")
{
    tryEachCommand([](const FaultVfs::Counts &total) {
        Plans plans;
        for (const std::int64_t n : spread(total.bytes, 30))
            plans.push_back(
                { { .diskBytes = n - 1 },
                  "a full disk after " + std::to_string(n - 1) + " of " + std::to_string(total.bytes) + " bytes" });
        for (const std::int64_t n : spread(total.largestFile, 15))
            plans.push_back({ { .maxFileSize = n - 1 },
                              "no file larger than " + std::to_string(n - 1) + " bytes ("
                                  + std::to_string(total.largestFile) + " written)" });
        return plans;
    });
}

namespace {

constexpr uid_t kNobody = 65534;

std::string readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs the built vigie-cli in a child process, as a user permissions apply to: root (as in a CI
// container) may write any file, so as root the child becomes nobody first.
Run cliWithPermissions(const std::vector<std::string> &args, const fs::path &outputs)
{
    const std::string out = (outputs / "child.out").string(), err = (outputs / "child.err").string();
    std::vector<std::string> all { VIGIE_CLI_PATH };
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (auto &a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) { // only async-signal-safe calls until exec
        const int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (o < 0 || e < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0)
            _exit(127);
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0))
            _exit(126);
        execv(argv[0], argv.data());
        _exit(125);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) { }
    REQUIRE(WIFEXITED(status));
    return { WEXITSTATUS(status), readText(out), readText(err) };
}

// A copy of the study before the batch, in a folder of its own that the child may enter.
struct ReadOnlyCase
{
    Folder folder;
    fs::path study = folder.path / "etude.vigie";
    ReadOnlyCase()
    {
        fs::permissions(folder.path,
                        fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read
                            | fs::perms::others_exec);
        copyStudy(studies().s0, study);
    }
    // The child's user owns the study (root's child runs as nobody).
    void giveStudyToChild()
    {
        if (geteuid() == 0)
            REQUIRE(chown(study.c_str(), kNobody, kNobody) == 0);
    }
    ~ReadOnlyCase() { fs::permissions(folder.path, fs::perms::owner_all); }
};

} // namespace

TEST_CASE("a read-only study gives one clear error for an import, not one per document", "[fault][readonly]")
{
    ReadOnlyCase c;
    // The folder may be written (the WAL and its index are made there), the study may not.
    fs::permissions(c.folder.path, fs::perms::all);
    fs::permissions(c.study, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const Run r = cliWithPermissions({ "import", "--db", c.study.string(), studies().batch.string() }, c.folder.path);
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.code == 1);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find(c.study.string() + ": the study is read-only") != std::string::npos);
    CHECK(r.err.find("programme-") == std::string::npos); // no document named as if it had failed

    const Run retag = cliWithPermissions({ "retag", "--db", c.study.string(), "--dictionary", studies().dictionary },
                                         c.folder.path);
    INFO("retag stderr: " << retag.err);
    CHECK(retag.code == 1);
    CHECK(lines(retag.err) == 1);
    CHECK(retag.err.find(c.study.string() + ": the study is read-only") != std::string::npos);

    fs::permissions(c.study, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(vigie::test::checkStudy(c.study.string()).empty());
    CHECK(vigie::test::digestStudy(c.study.string()) == studies().d0);
}

TEST_CASE("a study in a read-only folder gives one clear error for an import", "[fault][readonly]")
{
    ReadOnlyCase c;
    c.giveStudyToChild(); // the study may be written, its folder (where the WAL goes) may not
    fs::permissions(c.folder.path,
                    fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read | fs::perms::group_exec
                        | fs::perms::others_read | fs::perms::others_exec);
    const Run r = cliWithPermissions({ "import", "--db", c.study.string(), studies().batch.string() }, c.folder.path);
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.code == 1);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find(c.study.string()) != std::string::npos);
    CHECK(saysWhy(r.err));
    CHECK(r.err.find("programme-") == std::string::npos);

    fs::permissions(c.folder.path, fs::perms::owner_all);
    CHECK(vigie::test::checkStudy(c.study.string()).empty());
    CHECK(vigie::test::digestStudy(c.study.string()) == studies().d0);
}

TEST_CASE("init on a full disk says so and leaves no study behind", "[fault][init]")
{
    Folder folder;
    const fs::path study = folder.path / "nouvelle.vigie";
    FaultVfs::install();
    FaultVfs::arm({});
    REQUIRE(cli({ "init", "--db", study.string() }).code == 0);
    const auto total = FaultVfs::counts();
    removeStudy(study);
    int refused = 0;
    for (const std::int64_t n : spread(total.bytes + 1, 25)) {
        FaultVfs::arm({ .diskBytes = n - 1 });
        const Run r = cli({ "init", "--db", study.string() });
        FaultVfs::disarm();
        INFO("a disk full after " << n - 1 << " of " << total.bytes << " bytes; stdout: " << r.out
                                  << "\nstderr: " << r.err);
        if (r.code == 0) { // the disk filled up only while closing: the study is whole
            CHECK(vigie::test::checkStudy(study.string()).empty());
        } else {
            ++refused;
            CHECK(r.code == 1);
            CHECK(lines(r.err) == 1);
            CHECK(r.err.find(study.string() + ": the disk is full") != std::string::npos);
            for (const char *suffix : { "", "-wal", "-shm", "-journal" })
                CHECK_FALSE(fs::exists(study.string() + suffix));
        }
        removeStudy(study);
    }
    CHECK(refused > 0);
}

namespace {

// A programme of about `bytes` bytes: sentences of the demo's bank, written by writeCorpus.
fs::path writeLargeDocument(const fs::path &folder, std::uint64_t bytes)
{
    const fs::path scratch = folder / "scratch";
    vigie::test::writeCorpus(scratch.string(), 1, bytes * 2 / 3, 31, "gros");
    const fs::path written = *fs::directory_iterator(scratch);
    const fs::path document = folder / "gros-programme.txt";
    fs::rename(written, document);
    fs::remove(scratch);
    return document;
}

constexpr std::size_t kLimit = 4u << 20; // larger than any allocation for a 6 kB programme

} // namespace

TEST_CASE("a document too large to process in memory is reported by name", "[fault][memory]")
{
    Folder folder;
    const fs::path docs = folder.path / "docs";
    vigie::test::writeCorpus(docs.string(), 3, 6000, 21);
    const fs::path large = writeLargeDocument(docs, 6u << 20);
    const fs::path study = folder.path / "etude.vigie";
    REQUIRE(cli({ "init", "--db", study.string() }).code == 0);
    REQUIRE(cli({ "import", "--db", study.string(), (docs / "programme-00000.txt").string() }).code == 0);

    Run r;
    {
        const vigie::test::MemoryLimit limit(kLimit);
        r = cli({ "import", "--db", study.string(), docs.string() });
    }
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.code == 1);
    CHECK(r.err == "vigie-cli import: " + large.string() + ": the document is too large to process in memory\n");
    CHECK(r.out.rfind("Imported 2, updated 1, failed 1,", 0) == 0);

    {
        const vigie::test::MemoryLimit limit(kLimit);
        r = cli({ "tag", large.string() });
    }
    INFO("tag stderr: " << r.err);
    CHECK(r.code == 1);
    CHECK(r.err == "vigie-cli tag: " + large.string() + ": the document is too large to process in memory\n");
}

TEST_CASE("a programme too large to retag in memory is named, and the study left as it was", "[fault][memory]")
{
    Folder folder;
    const fs::path large = writeLargeDocument(folder.path, 6u << 20);
    const fs::path study = folder.path / "etude.vigie";
    copyStudy(studies().s0, study);
    REQUIRE(cli({ "import", "--db", study.string(), large.string() }).code == 0);
    const auto before = vigie::test::digestStudy(study.string());

    Run r;
    {
        const vigie::test::MemoryLimit limit(kLimit);
        r = cli({ "retag", "--db", study.string(), "--dictionary", studies().dictionary });
    }
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.code == 1);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.find(study.string() + ": programme ") != std::string::npos);
    CHECK(r.err.find("(" + large.string() + ") is too large to process in memory") != std::string::npos);
    CHECK(r.err.find("Nothing was retagged") != std::string::npos);
    CHECK(vigie::test::digestStudy(study.string()) == before);
}
