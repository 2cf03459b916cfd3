// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace vigie::cli {

// Exit codes shared by every command.
enum ExitCode : int {
    kOk = 0,
    kFailed = 1, // an input could not be processed; the message on stderr names it
    kUsage = 2, // the command line is wrong
};

// The streams a command reads and writes: std::cin/cout/cerr in vigie-cli, string streams in tests.
struct Streams
{
    std::istream &in;
    std::ostream &out;
    std::ostream &err;
    bool errIsTerminal = false; // show a live progress line on err
};

// Runs one vigie-cli command line (arguments without the program name) and returns its exit code.
// Never throws: every error becomes a message on `streams.err` and a non-zero code.
int run(const std::vector<std::string> &args, Streams streams);

// Individual commands, `args` starting after the command name.
int runTag(const std::vector<std::string> &args, Streams streams);
int runDict(const std::vector<std::string> &args, Streams streams);
int runInit(const std::vector<std::string> &args, Streams streams);
int runDemo(const std::vector<std::string> &args, Streams streams);
int runReport(const std::vector<std::string> &args, Streams streams);
int runImport(const std::vector<std::string> &args, Streams streams);
int runSearch(const std::vector<std::string> &args, Streams streams);
int runCities(const std::vector<std::string> &args, Streams streams);
int runStats(const std::vector<std::string> &args, Streams streams);
int runSample(const std::vector<std::string> &args, Streams streams);
int runCodes(const std::vector<std::string> &args, Streams streams);
int runValidate(const std::vector<std::string> &args, Streams streams);
int runKwic(const std::vector<std::string> &args, Streams streams);
int runRetag(const std::vector<std::string> &args, Streams streams);
int runImportRuns(const std::vector<std::string> &args, Streams streams);
int runImportProjects(const std::vector<std::string> &args, Streams streams);
int runBarometer(const std::vector<std::string> &args, Streams streams);
int runExport(const std::vector<std::string> &args, Streams streams);
int runLists(const std::vector<std::string> &args, Streams streams);
int runWatch(const std::vector<std::string> &args, Streams streams);

} // namespace vigie::cli
