// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs a fuzz target over saved inputs, without libFuzzer: `replay_<target> DIR|FILE...` feeds
// every regular file (README files excepted: they explain a folder) to LLVMFuzzerTestOneInput, in
// name order, and exits 0 when none crashed. A crash aborts, as under the fuzzer; the name of the
// input being run is printed first so that a failing CTest log names it.
//
// A directory that does not exist is an error: a misspelt path would otherwise pass by replaying
// nothing. So is a run that found no input at all.

#include "Fuzz.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

bool isInput(const fs::path &path)
{
    return fs::is_regular_file(path) && path.filename().string().rfind("README", 0) != 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        if (fs::is_directory(arg)) {
            for (const auto &entry : fs::directory_iterator(arg))
                if (isInput(entry.path()))
                    inputs.push_back(entry.path());
        } else if (isInput(arg)) {
            inputs.push_back(arg);
        } else {
            std::cerr << arg.string() << ": no such file or directory\n";
            return 2;
        }
    }
    if (inputs.empty()) {
        std::cerr << "no input to replay\n";
        return 2;
    }
    std::sort(inputs.begin(), inputs.end());
    for (const auto &path : inputs) {
        std::cout << "replaying " << path.string() << std::endl; // flushed: a crash comes next, if any
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in && !in.eof()) {
            std::cerr << path.string() << ": cannot read\n";
            return 2;
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    std::cout << inputs.size() << " inputs replayed\n";
    return 0;
}
