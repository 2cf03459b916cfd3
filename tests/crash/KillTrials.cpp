// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KillTrials.h"

#include "CrashCorpus.h"
#include "StudyCheck.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char **environ;

namespace vigie::test {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A vigie-cli child with its output in files of the work folder.
class Child
{
public:
    Child(const std::string &cli, const std::vector<std::string> &args, const fs::path &outPrefix)
        : m_out(outPrefix.string() + ".out")
        , m_err(outPrefix.string() + ".err")
    {
        std::vector<std::string> all { cli };
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char *> argv;
        for (auto &a : all)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, m_out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_addopen(&actions, 2, m_err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int rc = posix_spawn(&m_pid, cli.c_str(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0)
            throw std::runtime_error("cannot start " + cli + ": " + std::strerror(rc));
    }

    // Waits for the child; its wait status.
    int wait()
    {
        while (!m_done) {
            if (waitpid(m_pid, &m_status, 0) == m_pid)
                m_done = true;
            else if (errno != EINTR)
                throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
        }
        return m_status;
    }

    // Whether the child has ended (without waiting).
    bool finished()
    {
        if (!m_done && waitpid(m_pid, &m_status, WNOHANG) == m_pid)
            m_done = true;
        return m_done;
    }

    void kill() { ::kill(m_pid, SIGKILL); }
    std::string err() const { return readText(m_err); }

private:
    pid_t m_pid = 0;
    int m_status = 0;
    bool m_done = false;
    std::string m_out, m_err;
};

std::string describeStatus(int status)
{
    if (WIFEXITED(status))
        return "exit code " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return "signal " + std::to_string(WTERMSIG(status));
    return "status " + std::to_string(status);
}

std::uintmax_t walSize(const fs::path &study)
{
    std::error_code ec;
    const auto size = fs::file_size(study.string() + "-wal", ec);
    return ec ? 0 : size;
}

struct Reference
{
    double seconds = 0;
    std::uintmax_t peakWal = 0; // the largest the study's WAL grew, seen every half millisecond
};

// Runs vigie-cli to its end, watching the study's WAL; throws with its messages unless it succeeds.
Reference runToEnd(const std::string &cli, const std::vector<std::string> &args, const fs::path &study,
                   const fs::path &outPrefix)
{
    const auto start = Clock::now();
    Reference r;
    Child child(cli, args, outPrefix);
    while (!child.finished()) {
        r.peakWal = std::max(r.peakWal, walSize(study));
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    const int status = child.wait();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("vigie-cli " + args.front() + " failed (" + describeStatus(status)
                                 + "): " + child.err());
    r.seconds = secondsSince(start);
    return r;
}

std::string fixed(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", value);
    return buf;
}

} // namespace

std::uint64_t crashSeed()
{
    if (const char *env = std::getenv("VIGIE_CRASH_SEED"); env && *env) {
        char *end = nullptr;
        const unsigned long long seed = std::strtoull(env, &end, 10);
        if (end && *end == '\0')
            return seed;
        throw std::runtime_error(std::string("VIGIE_CRASH_SEED is not a whole number: \"") + env + "\"");
    }
    return static_cast<std::uint64_t>(Clock::now().time_since_epoch().count()) % 1000000007ull;
}

KillFigures runKillTrials(const KillOptions &o, std::ostream &log)
{
    const auto started = Clock::now();
    KillFigures figures;
    const fs::path work = o.workFolder;
    fs::create_directories(work);
    const fs::path baselineFolder = work / "baseline", batchFolder = work / "batch";
    const std::string dictionary = (work / "retag.json").string();
    // The corpus depends on the seed too, so that different seeds try different texts.
    writeCorpus(baselineFolder.string(), o.baselineFiles, o.averageBytes, o.seed, "avant");
    figures.corpusBytes = writeCorpus(batchFolder.string(), o.files, o.averageBytes, o.seed + 1);
    writeRetagDictionary(dictionary);

    // Three states: before the batch (S0), after its import (S1), after a retag of S1 (S2).
    const fs::path s0 = work / "s0.vigie", s1 = work / "s1.vigie", s2 = work / "s2.vigie";
    runToEnd(o.cli, { "init", "--db", s0.string() }, s0, work / "init");
    runToEnd(o.cli, { "import", "--db", s0.string(), baselineFolder.string() }, s0, work / "baseline");
    copyStudy(s0, s1);
    const Reference importRun
        = runToEnd(o.cli, { "import", "--db", s1.string(), batchFolder.string() }, s1, work / "ref");
    copyStudy(s1, s2);
    const Reference retagRun
        = runToEnd(o.cli, { "retag", "--db", s2.string(), "--dictionary", dictionary }, s2, work / "ref-retag");
    figures.importSeconds = importRun.seconds;
    figures.retagSeconds = retagRun.seconds;
    const StudyDigest d0 = digestStudy(s0.string()), d1 = digestStudy(s1.string()), d2 = digestStudy(s2.string());
    const auto p0 = programmeDigests(s0.string()), p1 = programmeDigests(s1.string());
    for (const auto &[name, study] :
         { std::pair { "before the batch", s0 }, { "after the import", s1 }, { "after the retag", s2 } })
        for (const auto &problem : checkStudy(study.string()))
            throw std::runtime_error(std::string("the reference study ") + name + " fails a check: " + problem);
    if (d0 == d1 || d1 == d2)
        throw std::runtime_error("the reference import or retag changed nothing: the trials would prove nothing");
    figures.setupSeconds = secondsSince(started);
    log << "seed " << o.seed << ": batch of " << o.files << " files, " << figures.corpusBytes / 1000
        << " kB; uninterrupted import " << fixed(figures.importSeconds) << " s (WAL up to " << importRun.peakWal / 1024
        << " kB), retag " << fixed(figures.retagSeconds) << " s (WAL up to " << retagRun.peakWal / 1024
        << " kB); setup " << fixed(figures.setupSeconds) << " s\n";

    Random random(o.seed);
    const fs::path trial = work / "trial.vigie";
    const int maxAttempts = 4 * o.kills + 10;
    for (int attempt = 0; figures.kills < o.kills && attempt < maxAttempts; ++attempt) {
        const bool isImport = figures.kills % 2 == 0;
        const std::vector<std::string> args = isImport
            ? std::vector<std::string> { "import", "--db", trial.string(), batchFolder.string() }
            : std::vector<std::string> { "retag", "--db", trial.string(), "--dictionary", dictionary };
        const StudyDigest &before = isImport ? d0 : d1;
        const StudyDigest &after = isImport ? d1 : d2;
        const Reference &reference = isImport ? importRun : retagRun;
        // Either a moment of the whole run, or once the WAL has reached a size it reaches while
        // the transaction commits or is checkpointed on closing (and up to 20 ms more).
        const bool byWal = random.below(2) == 1 && reference.peakWal > 0;
        const double delay = byWal ? 0.02 * random.unit() : reference.seconds * 1.05 * random.unit();
        const std::uintmax_t walTarget = byWal ? 1 + random.below(reference.peakWal) : 0;

        copyStudy(isImport ? s0 : s1, trial);
        const auto start = Clock::now();
        Child child(o.cli, args, work / "trial");
        if (byWal)
            while (!child.finished() && walSize(trial) < walTarget && secondsSince(start) < 10 * reference.seconds)
                std::this_thread::sleep_for(std::chrono::microseconds(200));
        std::this_thread::sleep_for(std::chrono::duration<double>(delay));
        child.kill();
        const int status = child.wait();
        const double killedAfter = secondsSince(start);
        // How far the command had gone: SQLite writes the WAL when its page cache spills and when
        // the transaction commits; closing checkpoints it into the study and removes it.
        std::error_code ec;
        const auto walBytes = fs::file_size(trial.string() + "-wal", ec);
        const std::string name = "trial " + std::to_string(attempt + 1) + " (" + args.front() + ", "
            + (WIFSIGNALED(status) ? "killed" : "not killed") + " after " + fixed(killedAfter) + " s"
            + (byWal ? ", aimed at WAL " + std::to_string(walTarget / 1024) + " kB" : std::string()) + ", WAL "
            + (ec ? std::string("none") : std::to_string(walBytes / 1024) + " kB") + ")";
        if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)) {
            // It finished first: it must have succeeded, and the study be the one it leaves.
            ++figures.missed;
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                figures.failures.push_back(name + ": " + describeStatus(status) + ": " + child.err());
            else if (const StudyDigest d = digestStudy(trial.string()); d != after)
                figures.failures.push_back(
                    name + ": completed, but the study differs from an uninterrupted run: " + d.differences(after));
            log << name << ": had finished, drawn again\n";
            continue;
        }
        ++figures.kills;
        if (!ec && walBytes > 0)
            ++figures.withWal;

        const auto checking = Clock::now();
        const auto problemsBefore = figures.failures.size();
        for (const auto &problem : checkStudy(trial.string()))
            figures.failures.push_back(name + ": " + problem);
        const StudyDigest killed = digestStudy(trial.string()); // throws if the study cannot be read
        std::string state;
        std::int64_t stored = 0; // by an import killed half-way, in the chunks it committed
        if (killed == before) {
            ++figures.beforeState;
            state = "as before";
        } else if (killed == after) {
            ++figures.afterState;
            state = "as after";
        } else if (isImport) {
            // An import commits in chunks: it must hold all it held before, and a part of the
            // batch, each programme as an uninterrupted run stores it, with a record of exactly
            // those.
            ++figures.partialState;
            const auto problem = partialImportProblem(trial.string(), killed, before, p0, p1, stored);
            state = "with " + std::to_string(stored) + " of the batch's files";
            if (!problem.empty())
                figures.failures.push_back(name + ": " + problem);
        } else {
            state = "neither";
            figures.failures.push_back(name + ": the study is neither as before the command nor as after it: "
                                       + "against before: " + killed.differences(before)
                                       + "; against after: " + killed.differences(after));
        }
        figures.checkSeconds += secondsSince(checking);

        // The same command again completes, and leaves what an uninterrupted run leaves.
        Child rerun(o.cli, args, work / "rerun");
        const int rerunStatus = rerun.wait();
        if (!WIFEXITED(rerunStatus) || WEXITSTATUS(rerunStatus) != 0) {
            figures.failures.push_back(name + ": the command run again failed (" + describeStatus(rerunStatus)
                                       + "): " + rerun.err());
        } else {
            const auto comparing = Clock::now();
            if (const StudyDigest d = digestStudy(trial.string()); d != after)
                figures.failures.push_back(
                    name + ": run again, the study differs from an uninterrupted run: " + d.differences(after));
            const std::string skipped
                = std::to_string(stored) + (stored == 1 ? " file was" : " files were") + " already stored by it and";
            if (stored > 0 && rerun.err().find(skipped) == std::string::npos)
                figures.failures.push_back(name + ": run again, it did not say it resumed and skipped the "
                                           + std::to_string(stored) + " files stored: " + rerun.err());
            figures.checkSeconds += secondsSince(comparing);
        }
        log << name << ": study " << state << ", "
            << (figures.failures.size() == problemsBefore ? "checks passed, run again: same study"
                                                          : "PROBLEMS (see below)")
            << "\n";
    }
    if (figures.kills < o.kills)
        figures.failures.push_back("only " + std::to_string(figures.kills) + " of " + std::to_string(o.kills)
                                   + " kills landed while the command ran, in " + std::to_string(maxAttempts)
                                   + " attempts");
    figures.totalSeconds = secondsSince(started);
    return figures;
}

} // namespace vigie::test
