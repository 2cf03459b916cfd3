// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the dictionary editor costs on a study: recounting every term's hits after an edit, the
// concordance of the term with the most hits, saving (retag of every programme and project), and
// cancelling a save half-way (the rollback).
//
//   vigie-bench-dictionary STUDY
//
// STUDY is copied first (the retag writes); build one with `vigie-bench-import CORPUS --db FILE
// --keep` or `vigie-cli demo --db FILE`. Prints median times of 3 runs (1 for the retags).
#include "BenchSupport.h"
#include "analysis/Concordance.h"
#include "analysis/TermHits.h"
#include "storage/CorpusStore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace vigie::core;
namespace fs = std::filesystem;
using namespace vigie::bench;

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: vigie-bench-dictionary STUDY\n");
        return 2;
    }
    const fs::path copy = fs::temp_directory_path() / "vigie-bench-dictionary.vigie";
    fs::remove(copy);
    fs::copy_file(argv[1], copy);
    auto store = CorpusStore::open(copy.string());
    Dictionary dictionary = store.dictionary(store.currentDictionaryVersion());
    const auto bytes = store.database().scalarInt("SELECT sum(length(CAST(text AS BLOB))) FROM programmes").value_or(0);
    std::printf("study: %lld programmes, %lld projects, %.1f MB of text; dictionary %s, %d terms\n",
                static_cast<long long>(store.programmeCount()), static_cast<long long>(store.projectCount()),
                static_cast<double>(bytes) / 1e6, dictionary.version().c_str(), dictionary.termCount());

    // An edit as an analyst makes one: a term added to a theme.
    dictionary.themes()[1].terms.push_back(Term { "plateforme de données", false, false, true, {}, {}, 0 });
    // Another content is another version: the save would be refused under the same name.
    dictionary.setVersion(dictionary.version() + "+bench");
    std::atomic_bool no { false };
    std::vector<double> times;
    TermHits hits;
    for (int run = 0; run < 3; ++run) {
        const auto a = Clock::now();
        hits = *countTermHits(store, dictionary, {}, no);
        times.push_back(seconds(a, Clock::now()));
    }
    std::sort(times.begin(), times.end());
    std::printf("recount every term's hits (%u cores): %.2f s median (%.2f-%.2f), %.1f MB/s\n",
                std::thread::hardware_concurrency(), times[1], times[0], times[2],
                static_cast<double>(bytes) / 1e6 / times[1]);

    std::size_t bestTheme = 0, bestTerm = 0, most = 0;
    for (std::size_t t = 0; t < hits.hits.size(); ++t)
        for (std::size_t k = 0; k < hits.hits[t].size(); ++k)
            if (hits.hits[t][k].size() > most) {
                most = hits.hits[t][k].size();
                bestTheme = t;
                bestTerm = k;
            }
    const auto a = Clock::now();
    const auto lines = concordanceAt(store, hits.hits[bestTheme][bestTerm], 60);
    std::printf("concordance of the most frequent term (\"%s\", %zu lines): %.2f s\n",
                dictionary.themes()[bestTheme].terms[bestTerm].text.c_str(), lines.size(), seconds(a, Clock::now()));

    // Cancelled half-way: the time until retag() returns, rollback included.
    std::atomic_bool cancel { false };
    const auto b = Clock::now();
    Clock::time_point cancelledAt;
    store.retag(
        dictionary,
        [&](std::int64_t done, std::int64_t total, const std::string &) {
            if (!cancel && done >= total / 2) {
                cancel = true;
                cancelledAt = Clock::now();
            }
        },
        cancel);
    const auto c = Clock::now();
    std::printf("save cancelled half-way: returned %.3f s after Cancel (%.2f s in all)\n", seconds(cancelledAt, c),
                seconds(b, c));

    const auto d = Clock::now();
    store.retag(dictionary, {}, no);
    std::printf("save (retag every programme and project, one transaction): %.2f s\n", seconds(d, Clock::now()));
    std::printf("peak RSS: %.0f MB\n", peakRssMb());
    fs::remove(copy);
    fs::remove(copy.string() + "-wal");
    fs::remove(copy.string() + "-shm");
    return 0;
}
