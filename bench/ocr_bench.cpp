// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OCR accuracy and speed on the scanned fixtures (tests/data/ocr, written by make-scans.py): each
// PDF is a picture of a known text, NAME.txt.
//
//   vigie-bench-ocr [FIXTURES_DIR] [--repeat K] [--jobs N]
//
// Prints, per fixture: the pages, those read by OCR, Tesseract's mean confidence, the character
// error rate against the known text (analysis/OcrAccuracy.h: NFC, white space collapsed,
// apostrophes alike), the dictionary's mentions of the known text found again, and the time.
// Then the OCR throughput: every fixture read K times (default 4) on N threads (default 1), in
// pages per second.
#include "OrderedWorkers.h"
#include "analysis/OcrAccuracy.h"
#include "import/PdfText.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace vigie::core;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    fs::path dir = VIGIE_OCR_FIXTURES;
    int repeat = 4;
    int jobs = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::stoi(argv[++i]));
        else if (a == "--jobs" && i + 1 < argc)
            jobs = std::max(1, std::stoi(argv[++i]));
        else
            dir = a;
    }
    std::vector<fs::path> pdfs;
    for (const auto &entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".pdf")
            pdfs.push_back(entry.path());
    std::sort(pdfs.begin(), pdfs.end());
    if (pdfs.empty()) {
        std::fprintf(stderr, "vigie-bench-ocr: no PDF in %s\n", dir.c_str());
        return 1;
    }

    Tagger tagger(ThemeMatcher::compile(Dictionary::fromFile(VIGIE_DICTIONARY)));
    std::printf("%-18s %5s %4s %6s %8s %12s %8s\n", "fixture", "pages", "OCR", "conf.", "CER", "mentions", "time");
    std::int64_t allEdits = 0, allLength = 0, allPrinted = 0, allRecovered = 0;
    std::vector<std::string> files;
    for (const fs::path &pdf : pdfs) {
        std::string known = readAll(fs::path(pdf).replace_extension(".txt"));
        std::replace(known.begin(), known.end(), '\f', '\n');
        files.push_back(readAll(pdf));
        const auto start = std::chrono::steady_clock::now();
        PdfText read;
        try {
            read = pdfToText(files.back());
        } catch (const std::exception &e) {
            std::printf("%-18s %s (%.2f s)\n", pdf.stem().c_str(), e.what(), secondsSince(start));
            continue;
        }
        const double seconds = secondsSince(start);
        const CharacterErrors errors = characterErrors(known, read.utf8);
        const MentionRecovery mentions = mentionRecovery(tagger, known, read.utf8);
        allEdits += errors.edits;
        allLength += errors.length;
        allPrinted += mentions.printed;
        allRecovered += mentions.recovered;
        std::printf("%-18s %5d %4zu %6.1f %7.2f%% %5lld / %-4lld %7.2fs\n", pdf.stem().c_str(), read.pages,
                    read.ocrPages.size(), read.ocrConfidence, 100 * errors.rate(),
                    static_cast<long long>(mentions.recovered), static_cast<long long>(mentions.printed), seconds);
    }
    std::printf("%-18s %5s %4s %6s %7.2f%% %5lld / %-4lld\n", "all", "", "", "",
                allLength ? 100.0 * static_cast<double>(allEdits) / static_cast<double>(allLength) : 0.0,
                static_cast<long long>(allRecovered), static_cast<long long>(allPrinted));

    // Throughput: every fixture `repeat` times, on `jobs` threads.
    const std::size_t count = files.size() * static_cast<std::size_t>(repeat);
    const auto start = std::chrono::steady_clock::now();
    OrderedWorkers<int> workers(
        count, jobs,
        [&](std::size_t i, int) {
            try {
                return static_cast<int>(pdfToText(files[i % files.size()]).ocrPages.size());
            } catch (const std::exception &) {
                return 0;
            }
        },
        64);
    long long pages = 0;
    for (std::size_t i = 0; i < count; ++i)
        pages += workers.next();
    const double seconds = secondsSince(start);
    std::printf("throughput: %lld OCR pages in %.2f s on %d thread%s: %.2f pages/s\n", pages, seconds, jobs,
                jobs == 1 ? "" : "s", static_cast<double>(pages) / seconds);
    return 0;
}
