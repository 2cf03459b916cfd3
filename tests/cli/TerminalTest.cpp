// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The built vigie-cli binary, run as a person runs it: on a pseudo-terminal, where the live progress
// line must show, and with stderr in a pipe, where it must not. The in-process tests cannot see
// this: it is main.cpp that tells a terminal from a pipe.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <random>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run
{
    int status = -1; // the exit code, or -1 if the program did not exit normally in time
    std::string terminal; // everything written to the terminal
    std::string errPipe; // stderr, when it was a pipe
};

// Reads `fd` until end of file or error (EIO: the terminal's other side was closed), or until the
// deadline; appends to `out`. True at end of file.
bool drain(int fd, std::string &out, std::chrono::steady_clock::time_point deadline)
{
    char buf[4096];
    for (;;) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd p { fd, POLLIN, 0 };
        if (poll(&p, 1, static_cast<int>(left.count())) < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        const ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0)
            out.append(buf, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            return true;
    }
}

// Runs vigie-cli with `args` on a new pseudo-terminal (its stdin, stdout and stderr), or with
// stderr sent to a pipe instead when `stderrToPipe`.
Run runOnTerminal(const std::vector<std::string> &args, bool stderrToPipe)
{
    int errPipe[2] = { -1, -1 };
    if (stderrToPipe)
        REQUIRE(pipe2(errPipe, O_CLOEXEC) == 0);
    std::vector<char *> argv;
    std::string program = VIGIE_CLI_PATH;
    argv.push_back(program.data());
    std::vector<std::string> copies = args;
    for (std::string &a : copies)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int master = -1;
    winsize size {};
    size.ws_col = 100;
    size.ws_row = 30;
    const pid_t child = forkpty(&master, nullptr, nullptr, &size);
    REQUIRE(child >= 0);
    if (child == 0) {
        if (stderrToPipe)
            dup2(errPipe[1], STDERR_FILENO); // dup2 clears close-on-exec on the copy
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    if (stderrToPipe)
        close(errPipe[1]);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    const bool ended
        = drain(master, run.terminal, deadline) && (!stderrToPipe || drain(errPipe[0], run.errPipe, deadline));
    if (!ended)
        kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(master);
    if (stderrToPipe)
        close(errPipe[0]);
    if (ended && WIFEXITED(status))
        run.status = WEXITSTATUS(status);
    return run;
}

struct TempDir
{
    fs::path dir = fs::temp_directory_path() / ("vigie-cli-tty-" + std::to_string(std::random_device {}()));
    TempDir() { fs::create_directories(dir); }
    ~TempDir() { fs::remove_all(dir); }
};

// The progress line: "\r\033[K" (back to the start of the line, clear it), then "done/total".
const std::regex kProgress("\r\x1B\\[K[0-9]+/[0-9]+");

} // namespace

TEST_CASE("vigie-cli shows its live progress line on a terminal, and only there", "[cli][terminal]")
{
    TempDir tmp;
    const Run onTerminal = runOnTerminal({ "demo", "--db", (tmp.dir / "terminal.vigie").string() }, false);
    INFO(onTerminal.terminal);
    REQUIRE(onTerminal.status == 0);
    CHECK_THAT(onTerminal.terminal, Catch::Contains("Demo study"));
    CHECK(std::regex_search(onTerminal.terminal, kProgress));

    // Same command, same terminal for stdin and stdout, stderr in a pipe (a log): no progress
    // line in either, and the report as usual.
    const Run piped = runOnTerminal({ "demo", "--db", (tmp.dir / "piped.vigie").string() }, true);
    INFO(piped.terminal);
    REQUIRE(piped.status == 0);
    CHECK_THAT(piped.terminal, Catch::Contains("Demo study"));
    CHECK_FALSE(std::regex_search(piped.terminal, kProgress));
    CHECK(piped.errPipe.find('\r') == std::string::npos);
    CHECK(piped.errPipe.find("\x1B[") == std::string::npos);
}
