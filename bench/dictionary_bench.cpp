// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the dictionary editor costs on a study: the first count of every term's hits (which also
// learns the study's spellings), the recount after each of 20 typical edits (only the programmes
// an edit can change are read again), the concordance of the term with the most hits, saving
// (retag of every programme and project), and cancelling a save half-way (the rollback).
//
//   vigie-bench-dictionary STUDY
//
// STUDY is copied first (the retag writes); build one with `vigie-bench-import CORPUS --db FILE
// --keep` or `vigie-cli demo --db FILE`. Prints median times of 3 runs for the full count, each
// edit's time once, and 1 run of the retags.
#include "BenchSupport.h"
#include "OrderedWorkers.h"
#include "TypicalEdits.h"
#include "analysis/Concordance.h"
#include "analysis/StudyWords.h"
#include "analysis/TermHits.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
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

    std::atomic_bool no { false };
    std::vector<double> times;
    std::optional<TermCount> base;
    for (int run = 0; run < 3; ++run) {
        const auto a = Clock::now();
        base = countTerms(store, ThemeMatcher::compile(dictionary), {}, no);
        times.push_back(seconds(a, Clock::now()));
    }
    std::sort(times.begin(), times.end());
    std::printf("full count of every term's hits, spellings learnt (%u cores): %.2f s median (%.2f-%.2f), %.1f MB/s; "
                "%zu spellings, %zu postings\n",
                std::thread::hardware_concurrency(), times[1], times[0], times[2],
                static_cast<double>(bytes) / 1e6 / times[1], base->words->spellingCount(), base->words->postingCount());

    // The typical edits (TypicalEdits.h), each made to a copy of the study's dictionary: what the
    // view recounts after the edit (compiling the edited dictionary included).
    const auto apply = [](const TypicalEdit &e, Dictionary &d) {
        Theme &theme = d.themes()[static_cast<std::size_t>(e.theme)];
        switch (e.kind) {
        case TypicalEdit::Kind::AddTerm: {
            Term t;
            t.text = e.text;
            theme.terms.push_back(t);
            break;
        }
        case TypicalEdit::Kind::AddExclusion: {
            Exclusion x;
            x.phrase = e.text;
            x.window = e.number;
            theme.exclusions.push_back(x);
            break;
        }
        case TypicalEdit::Kind::RuleWindow:
            theme.rules[static_cast<std::size_t>(e.item)].window = e.number;
            break;
        case TypicalEdit::Kind::DeleteTerm:
            theme.terms.erase(theme.terms.begin() + e.item);
            break;
        }
    };
    std::vector<double> editTimes;
    for (const TypicalEdit &e : typicalEdits()) {
        const std::string &what = e.what;
        Dictionary edited = dictionary;
        apply(e, edited);
        const auto a = Clock::now();
        RecountReport report;
        const auto after = recountTerms(store, *base, ThemeMatcher::compile(edited), {}, no, 0, &report);
        const double ms = 1000 * seconds(a, Clock::now());
        editTimes.push_back(ms);
        std::printf("  %-48s %7.1f ms  %s, %lld of %lld programmes read (%.1f MB)\n", what.c_str(), ms,
                    report.incremental ? "incremental" : ("full: " + report.why).c_str(),
                    static_cast<long long>(report.programmesRead), static_cast<long long>(report.programmes),
                    static_cast<double>(report.bytesRead) / 1e6);
    }
    std::vector<double> sorted = editTimes;
    std::sort(sorted.begin(), sorted.end());
    const double median = (sorted[9] + sorted[10]) / 2;
    std::printf("recount after an edit: %.1f ms median of %zu edits (%.1f-%.1f); full count %.0f ms: ratio %.3f\n",
                median, sorted.size(), sorted.front(), sorted.back(), 1000 * times[1], median / (1000 * times[1]));

    // The hits of an edited dictionary: a term added to a theme, saved below.
    dictionary.themes()[1].terms.push_back(Term { "plateforme de données", false, false, true, {}, {}, 0 });
    // Another content is another version: the save would be refused under the same name.
    dictionary.setVersion(dictionary.version() + "+bench");
    const auto edited = recountTerms(store, *base, ThemeMatcher::compile(dictionary), {}, no);
    const TermHits &hits = *edited->hits;

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

    // A save tagging every programme again, on every core (a new dictionary file; the command line).
    Dictionary full = dictionary;
    full.setVersion(dictionary.version() + "-full");
    const auto d = Clock::now();
    store.retag(full, {}, no);
    const double retagged = seconds(d, Clock::now());
    std::printf("save, every programme tagged again (%d workers, one transaction): %.2f s\n", defaultJobs(), retagged);

    // The dictionary view's save: the counts it shows are written as they are.
    const auto e = Clock::now();
    const CountedTags tags(*edited);
    store.retag(dictionary, {}, no, defaultJobs(),
                [&tags](std::int64_t id, TagResult &out) { return tags.tagsOf(id, out); });
    const double written = seconds(e, Clock::now());
    std::printf("save from the view's count (one-term edit, nothing tagged again): %.2f s; ratio %.3f\n", written,
                written / retagged);
    std::printf("peak RSS: %.0f MB\n", peakRssMb());
    fs::remove(copy);
    fs::remove(copy.string() + "-wal");
    fs::remove(copy.string() + "-shm");
    return 0;
}
