// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Ministry's results files by commune: looksLikeResultsHeader() on the first line, then
// readResultsFile() on the bytes saved as a file (one temporary file per process, removed after
// each input). Errors: ImportError naming the file only.
//
// Checked: every list read has a commune code, a panel number and seats that are not negative
// numbers it parsed, a line after the header; problems name the file and come on lines in order.

#include "Fuzz.h"

#include "import/ResultsFile.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace vigie::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace fs = std::filesystem;
    const std::string_view bytes = vigie::fuzz::bytesOf(data, size);
    (void)looksLikeResultsHeader(bytes.substr(0, bytes.find('\n')));
    static const std::string path
        = (fs::temp_directory_path() / ("vigie-fuzz-results-" + std::to_string(getpid()) + ".csv")).string();
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        VIGIE_FUZZ_CHECK(out.good());
    }
    try {
        const ResultsFile file = readResultsFile(path);
        int previousLine = 0;
        for (const ListResult &r : file.results) {
            VIGIE_FUZZ_CHECK(r.line >= 2);
            VIGIE_FUZZ_CHECK(!r.code.empty());
            VIGIE_FUZZ_CHECK(r.panel > 0);
            VIGIE_FUZZ_CHECK(r.seats >= 0);
            VIGIE_FUZZ_CHECK(r.line >= previousLine);
            previousLine = r.line;
        }
        int previous = 0;
        for (const ImportProblem &p : file.problems) {
            VIGIE_FUZZ_CHECK(p.source == path);
            VIGIE_FUZZ_CHECK(p.line >= previous);
            previous = p.line;
        }
        VIGIE_FUZZ_CHECK(file.rows >= 0);
    } catch (const ImportError &e) {
        VIGIE_FUZZ_CHECK(e.source() == path);
    }
    fs::remove(path);
    return 0;
}
