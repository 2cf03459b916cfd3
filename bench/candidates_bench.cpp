// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a candidate file (bench/make-candidate-file.py writes one of a million rows) and prints
// rows, lists, problems, time and throughput (docs/PERFORMANCE.md).
//   vigie-bench-candidates FILE [ROUND]
#include "import/CandidateFile.h"

#include <chrono>
#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: vigie-bench-candidates FILE [ROUND]\n");
        return 2;
    }
    const int round = argc > 2 ? std::stoi(argv[2]) : 1;
    const auto start = std::chrono::steady_clock::now();
    std::int64_t bytes = 0;
    const auto file
        = vigie::core::readCandidateFile(argv[1], round, [&](std::int64_t, std::int64_t total) { bytes = total; });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: %lld rows, %zu lists, %zu problems, %.2f s, %.0f rows/s, %.1f MB/s\n", argv[1],
                static_cast<long long>(file.rows), file.lists.size(), file.problems.size(), seconds,
                static_cast<double>(file.rows) / seconds, static_cast<double>(bytes) / seconds / 1e6);
    return 0;
}
