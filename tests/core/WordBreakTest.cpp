// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The word segmentation done without ICU for ordinary Latin text must be ICU's, segment for
// segment and kind for kind: on every pair and triple of representative characters, on seeded
// random strings, on French prose; and the tokenizer's tokens with and without it, on the golden
// texts and the evaluation passages.
#include "text/WordBreak.h"
#include "text/NormalizedText.h"
#include "text/Tokenizer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace vigie::core;

namespace {

// One of each class the fast segmenter knows, and the characters French text holds most.
const std::u16string kAlphabet = u"aZé\u0153\u0100\u024F\u00AA\u00B5"
                                 u"07"
                                 u":\u00B7\u2027"
                                 u".'\u2019\u2018\u2024"
                                 u",;"
                                 u"_\u202F"
                                 u" \u2009\u2003"
                                 u"\r\n\u000B\u000C\u0085\u2028\u2029"
                                 u"\t!\"#-/@()?\u00A0\u2007\u00AB\u00BB\u2013\u2014\u2026\u201C\u201D\u20AC"
                                 u"\u00D7\u00F7\u00B0\u2022\u25CF\u2122";

std::vector<WordSegment> icuSegments(icu::BreakIterator &words, const std::u16string &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUChars(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    words.setText(ut, status);
    utext_close(ut);
    REQUIRE(U_SUCCESS(status));
    std::vector<WordSegment> out;
    std::int32_t start = words.first();
    for (std::int32_t end = words.next(); end != icu::BreakIterator::DONE; start = end, end = words.next()) {
        const std::int32_t rule = words.getRuleStatus();
        const auto kind = rule < UBRK_WORD_NONE_LIMIT ? WordSegment::None
            : rule < UBRK_WORD_NUMBER_LIMIT           ? WordSegment::Number
                                                      : WordSegment::Letter;
        out.push_back({ start, end, kind });
    }
    return out;
}

// The fast segmentation of a whole text, or false when a line holds a character it leaves to ICU.
bool fastSegments(const std::u16string &text, std::vector<WordSegment> &out)
{
    out.clear();
    const auto size = static_cast<std::int32_t>(text.size());
    std::int32_t at = 0;
    while (at < size) {
        bool simple = true;
        const std::int32_t end = SimpleWordBreak::lineEnd(text.data(), at, size, simple);
        if (!simple)
            return false;
        SimpleWordBreak::segmentLine(text.data(), at, end, out);
        if (end < size) {
            const std::int32_t next = SimpleWordBreak::lineBreak(text.data(), end, size);
            out.push_back({ end, next, WordSegment::None });
            at = next;
        } else {
            at = end;
        }
    }
    return true;
}

std::string show(const std::u16string &text, const std::vector<WordSegment> &segments)
{
    std::ostringstream s;
    for (const WordSegment &seg : segments) {
        s << '[';
        for (std::int32_t k = seg.start; k < seg.end; ++k)
            s << "U+" << std::hex << static_cast<unsigned>(text[static_cast<std::size_t>(k)]) << std::dec
              << (k + 1 < seg.end ? " " : "");
        s << "]:" << static_cast<int>(seg.kind) << ' ';
    }
    return s.str();
}

bool same(const std::vector<WordSegment> &a, const std::vector<WordSegment> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (a[k].start != b[k].start || a[k].end != b[k].end || a[k].kind != b[k].kind)
            return false;
    return true;
}

std::unique_ptr<icu::BreakIterator> frenchWords()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("fr", "FR"), status));
    REQUIRE(U_SUCCESS(status));
    return words;
}

// Checks one text; returns whether it agreed (and reports the first disagreement in full).
struct Disagreements
{
    int count = 0;
    std::string firstFew;
};

void agrees(icu::BreakIterator &words, const std::u16string &text, Disagreements &seen)
{
    std::vector<WordSegment> fast;
    REQUIRE(fastSegments(text, fast));
    const auto icu = icuSegments(words, text);
    if (same(fast, icu))
        return;
    if (++seen.count <= 5)
        seen.firstFew += "ICU:  " + show(text, icu) + "\nfast: " + show(text, fast) + "\n";
}

} // namespace

TEST_CASE("Word segmentation without ICU equals ICU's on every pair and triple of characters", "[wordbreak]")
{
    auto words = frenchWords();
    Disagreements failures;
    std::u16string text(3, u' ');
    for (char16_t a : kAlphabet)
        for (char16_t b : kAlphabet) {
            agrees(*words, std::u16string { a, b }, failures);
            for (char16_t c : kAlphabet) {
                text[0] = a;
                text[1] = b;
                text[2] = c;
                agrees(*words, text, failures);
            }
        }
    INFO(failures.firstFew);
    CHECK(failures.count == 0);
}

TEST_CASE("Every character handled without ICU is classed as ICU classes it", "[wordbreak]")
{
    // Each character between letters, between digits, doubled and alone: what it joins and how.
    auto words = frenchWords();
    Disagreements failures;
    int handled = 0;
    for (char32_t c = 0; c < 0x10000; ++c) {
        const std::u16string one(1, static_cast<char16_t>(c));
        bool simple = true;
        SimpleWordBreak::lineEnd(one.data(), 0, 1, simple);
        if (!simple)
            continue;
        ++handled;
        const char16_t x = one[0];
        for (const std::u16string &text :
             { one, std::u16string { x, x }, std::u16string { u'a', x }, std::u16string { x, u'a' },
               std::u16string { u'1', x }, std::u16string { x, u'1' }, std::u16string { u'a', x, u'a' },
               std::u16string { u'1', x, u'1' }, std::u16string { u'_', x, u'_' } })
            agrees(*words, text, failures);
    }
    INFO(failures.firstFew);
    CHECK(failures.count == 0);
    CAPTURE(handled);
    CHECK(handled > 500);
}

TEST_CASE("Word segmentation without ICU equals ICU's on seeded random strings", "[wordbreak]")
{
    auto words = frenchWords();
    std::mt19937 random(2026);
    // Letters and digits weigh more, so that long runs with joiners inside them happen.
    std::u16string weighted = kAlphabet + u"aaaaeeeeéé0000bbbb....''''::::,,,,____\u202F\u202F  ";
    std::uniform_int_distribution<std::size_t> pick(0, weighted.size() - 1);
    std::uniform_int_distribution<int> length(1, 24);
    Disagreements failures;
    for (int n = 0; n < 200000; ++n) {
        std::u16string text(static_cast<std::size_t>(length(random)), u' ');
        for (char16_t &c : text)
            c = weighted[pick(random)];
        agrees(*words, text, failures);
    }
    INFO(failures.firstFew);
    CHECK(failures.count == 0);
}

TEST_CASE("Word segmentation without ICU equals ICU's on French prose", "[wordbreak]")
{
    auto words = frenchWords();
    Disagreements failures;
    const std::u16string prose = u"L\u2019open data, c\u2019est 3,5 M\u202F\u20AC : «\u202Fla ville "
                                 u"connectée\u202F» au 1er tour.Depuis 2020, 12.500 habitants ; "
                                 u"aujourd'hui l'e-santé (télé-consultation) à 18h30… M.Dupont:Nous\r\n"
                                 u"\u2013 www.ville.fr\u2028jusqu\u2019au 31/12/2026 _a_b 1_000 a\u00B7b";
    agrees(*words, prose, failures);
    INFO(failures.firstFew);
    CHECK(failures.count == 0);
}

TEST_CASE("Lines holding characters left to ICU are reported, not segmented", "[wordbreak]")
{
    const std::u16string text = u"une ligne\nnumé\u00ADrique\ncafe\u0301\nfin";
    const auto size = static_cast<std::int32_t>(text.size());
    std::vector<bool> simple;
    for (std::int32_t at = 0; at < size;) {
        bool ok = true;
        const std::int32_t end = SimpleWordBreak::lineEnd(text.data(), at, size, ok);
        simple.push_back(ok);
        at = end < size ? SimpleWordBreak::lineBreak(text.data(), end, size) : end;
    }
    CHECK(simple == std::vector<bool> { true, false, false, true });
}

TEST_CASE("The tokenizer gives the same tokens with and without ICU on the golden texts and the "
          "evaluation passages",
          "[wordbreak][tokenizer]")
{
    TokenizerOptions options;
    Tokenizer fast(options);
    options.fastSegmentation = false;
    Tokenizer icu(options);
    std::vector<std::string> texts;
    for (const auto &entry : std::filesystem::directory_iterator(VIGIE_GOLDEN_DIR))
        if (std::filesystem::exists(entry.path() / "input.txt")) {
            std::ifstream in(entry.path() / "input.txt", std::ios::binary);
            texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    const auto goldens = texts.size();
    for (const auto &entry : std::filesystem::directory_iterator(VIGIE_SOURCE_DATA_DIR "/evaluation")) {
        if (entry.path().extension() != ".jsonl")
            continue;
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);)
            if (const auto passage = nlohmann::json::parse(line); passage.contains("text"))
                texts.push_back(passage["text"].get<std::string>());
    }
    CHECK(goldens >= 5);
    CHECK(texts.size() > 2000);
    std::vector<Token> a;
    std::vector<Token> b;
    for (const std::string &text : texts) {
        const NormalizedText norm = NormalizedText::fromUtf8(text);
        fast.tokenize(norm.text(), a);
        icu.tokenize(norm.text(), b);
        INFO(text);
        REQUIRE(a.size() == b.size());
        for (std::size_t k = 0; k < a.size(); ++k) {
            CHECK(a[k].start == b[k].start);
            CHECK(a[k].end == b[k].end);
            CHECK(a[k].flags == b[k].flags);
        }
    }
}
