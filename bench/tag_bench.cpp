// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tagging throughput on a folder of .txt files, one file in memory at a time (streaming).
//
//   vigie-bench-tag [--dictionary FILE | --peer-tsv FILE] [--peer-semantics] [--mode=full|tokenize|compare]
//                   [--icu-segmentation] [--no-camel-case] [--no-underscores] [--no-punctuation-breaks]
//                   CORPUS_DIR
//
// Prints "theme<TAB>count" for every theme (own mentions, not rolled up) and TOTAL, in the format
// of the peer scripts in ../shared/bench, so counts can be compared line by line; then a summary
// line on stderr: docs, bytes, words, mentions, internal seconds (after start-up and dictionary
// compilation), MB/s (10^6 bytes per second) and peak RSS.
//
// --peer-tsv loads ../shared/bench/themes.tsv (first theme wins on duplicates, plural folding
// off). --peer-semantics also turns off CamelCase and underscore splitting and punctuation breaks, to reproduce
// the peers' plain "sequence of words" rule and check agreement exactly; the --no-* switches turn
// off one of those rules at a time, to attribute the differences to each.
//
// --icu-segmentation sends every line through ICU's word BreakIterator (what the tokenizer did
// before SimpleWordBreak). --mode=compare tokenizes every file both ways and checks that the
// tokens are the same (start, end and flags); it prints how many lines each way took and exits 1
// at the first file where they differ.
#include "DataPaths.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"
#include "text/Tokenizer.h"
#include "text/Utf8.h"
#include "text/WordBreak.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace vigie::core;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

std::vector<std::string> corpusFiles(const std::string &corpus)
{
    std::vector<std::string> files;
    for (const auto &entry : fs::directory_iterator(corpus))
        if (entry.is_regular_file() && entry.path().extension() == ".txt")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// Every file tokenized with and without SimpleWordBreak: the tokens must be the same.
int compareSegmentations(const std::string &corpus, TokenizerOptions options)
{
    options.fastSegmentation = true;
    Tokenizer fast(options);
    options.fastSegmentation = false;
    Tokenizer icu(options);
    std::vector<Token> a;
    std::vector<Token> b;
    long long files = 0, tokens = 0, lines = 0, icuLines = 0;
    for (const auto &path : corpusFiles(corpus)) {
        const std::string text = slurp(path);
        if (findUtf8Problem(text))
            continue;
        const NormalizedText norm = NormalizedText::fromUtf8(text);
        const std::u16string &u = norm.text();
        fast.tokenize(u, a);
        icu.tokenize(u, b);
        ++files;
        tokens += static_cast<long long>(a.size());
        const auto size = static_cast<std::int32_t>(u.size());
        for (std::int32_t at = 0; at < size;) {
            bool simple = true;
            const std::int32_t end = SimpleWordBreak::lineEnd(u.data(), at, size, simple);
            ++lines;
            icuLines += simple ? 0 : 1;
            at = end < size ? SimpleWordBreak::lineBreak(u.data(), end, size) : end;
        }
        const auto differs = [](const Token &x, const Token &y) {
            return x.start != y.start || x.end != y.end || x.flags != y.flags;
        };
        const auto mismatch = std::mismatch(a.begin(), a.end(), b.begin(), b.end(),
                                            [&](const Token &x, const Token &y) { return !differs(x, y); });
        if (mismatch.first != a.end() || mismatch.second != b.end()) {
            const auto at = mismatch.first != a.end() ? mismatch.first->start : mismatch.second->start;
            std::printf("DIFFERENT\t%s\ttoken %td at UTF-16 offset %d (%zu tokens without ICU, %zu with)\n",
                        path.c_str(), mismatch.first - a.begin(), at, a.size(), b.size());
            return 1;
        }
    }
    std::printf("SAME\tfiles %lld\ttokens %lld\tlines %lld\tlines left to ICU %lld\n", files, tokens, lines, icuLines);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string dictPath;
    std::string tsvPath;
    bool peerSemantics = false;
    bool noCamel = false, noUnderscores = false, noBreaks = false;
    bool tokenizeOnly = false;
    bool compare = false;
    bool icuSegmentation = false;
    bool unknownOption = false;
    std::string corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--dictionary" && i + 1 < argc)
            dictPath = argv[++i];
        else if (a == "--peer-tsv" && i + 1 < argc)
            tsvPath = argv[++i];
        else if (a == "--peer-semantics")
            peerSemantics = true;
        else if (a == "--no-camel-case")
            noCamel = true;
        else if (a == "--no-underscores")
            noUnderscores = true;
        else if (a == "--no-punctuation-breaks")
            noBreaks = true;
        else if (a == "--mode=tokenize")
            tokenizeOnly = true;
        else if (a == "--mode=full")
            tokenizeOnly = false;
        else if (a == "--mode=compare")
            compare = true;
        else if (a == "--icu-segmentation")
            icuSegmentation = true;
        else if (a.starts_with("-"))
            unknownOption = true;
        else
            corpus = a;
    }
    if (unknownOption || corpus.empty() || !std::filesystem::is_directory(corpus)) {
        std::cerr << "usage: vigie-bench-tag [--dictionary FILE | --peer-tsv FILE] [--peer-semantics] "
                     "[--mode=full|tokenize|compare] [--icu-segmentation] CORPUS_DIR\n";
        return 2;
    }

    ThemeMatcher::Options options;
    options.tokenizer.splitCamelCase = !(peerSemantics || noCamel);
    options.tokenizer.splitUnderscores = !(peerSemantics || noUnderscores);
    options.tokenizer.punctuationBreaks = !(peerSemantics || noBreaks);
    options.tokenizer.fastSegmentation = !icuSegmentation;
    Dictionary dict;
    try {
        if (!tsvPath.empty()) {
            dict = Dictionary::fromPeerTsv(slurp(tsvPath), tsvPath);
            options.duplicates = ThemeMatcher::Duplicates::FirstThemeWins;
        } else {
            dict = Dictionary::fromFile(dictPath.empty() ? defaultDictionaryPath() : dictPath);
        }
    } catch (const DictionaryError &e) {
        std::cerr << e.what() << "\n";
        return 1;
    }

    if (compare)
        return compareSegmentations(corpus, options.tokenizer);

    const std::vector<std::string> files = corpusFiles(corpus);

    const auto t0 = std::chrono::steady_clock::now();
    const auto matcher = ThemeMatcher::compile(dict, options);
    const auto t1 = std::chrono::steady_clock::now();
    Tagger tagger(matcher);
    Tokenizer tokenizer(options.tokenizer);
    std::vector<Token> tokens;

    std::vector<long long> own(dict.themes().size(), 0);
    long long bytes = 0, words = 0, mentions = 0, tokenCount = 0;
    std::size_t skipped = 0;
    TagResult result;
    for (const auto &path : files) {
        const std::string text = slurp(path);
        if (findUtf8Problem(text)) {
            ++skipped;
            continue;
        }
        bytes += static_cast<long long>(text.size());
        const NormalizedText norm = NormalizedText::fromUtf8(text);
        if (tokenizeOnly) {
            tokenizer.tokenize(norm.text(), tokens);
            tokenCount += static_cast<long long>(tokens.size());
            continue;
        }
        tagger.tag(norm, result);
        words += result.words;
        mentions += static_cast<long long>(result.mentions.size());
        for (std::size_t t = 0; t < own.size(); ++t)
            own[t] += result.ownCounts[t];
    }
    const auto t2 = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(t2 - t1).count();

    if (tokenizeOnly) {
        std::printf("TOKENS\t%lld\n", tokenCount);
    } else {
        std::vector<std::pair<std::string, long long>> rows;
        for (std::size_t t = 0; t < own.size(); ++t)
            if (!dict.themes()[t].terms.empty())
                rows.emplace_back(dict.themes()[t].id, own[t]);
        std::sort(rows.begin(), rows.end());
        for (const auto &[id, n] : rows)
            std::printf("%s\t%lld\n", id.c_str(), n);
        std::printf("TOTAL\t%lld\n", mentions);
    }
    std::fprintf(stderr,
                 "docs=%zu skipped=%zu bytes=%lld words=%lld tokens=%lld mentions=%lld compile_s=%.3f internal_s=%.3f "
                 "mb_per_s=%.1f peak_rss_mb=%.1f\n",
                 files.size() - skipped, skipped, bytes, words, tokenCount, mentions,
                 std::chrono::duration<double>(t1 - t0).count(), seconds, static_cast<double>(bytes) / 1e6 / seconds,
                 static_cast<double>(peakRssKb()) / 1024.0);
    return 0;
}
