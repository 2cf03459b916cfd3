// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PdfLines.h"

#include "text/Folding.h"
#include "text/Hyphenation.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace vigie::core::pdf {

namespace {

constexpr std::size_t kZoneLines = 3; // lines at the top and at the bottom of a page that may be running heads
constexpr int kMinRepeatPages = 3;

} // namespace

bool isSingleLetter(const std::string &text, bool upperOnly)
{
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c > 0 && i == static_cast<int32_t>(text.size()) && u_isalpha(c) && (!upperOnly || u_isupper(c));
}

bool startsWithLetter(const std::string &text)
{
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c > 0 && u_isalpha(c);
}

namespace {

// Trimmed, spaces collapsed, every run of ASCII digits as '#', ASCII lower-cased: "Page 3 sur 12"
// and "Page 4 sur 12" become the same "page # sur #".
std::string normalizedZoneLine(std::string_view line)
{
    std::string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == ' ' || c == '\t') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        if (c >= '0' && c <= '9') {
            out += '#';
            while (i + 1 < line.size() && line[i + 1] >= '0' && line[i + 1] <= '9')
                ++i;
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    return out;
}

// A normalised line that is only a page number: "#", "- # -", "— # —", "page #", "page # sur #", "#/#".
bool isPageNumber(std::string_view normalized)
{
    // Dashes around the number ("- 3 -"); poppler may also glue them to it ("-3-").
    constexpr std::array<std::string_view, 4> kDecorations = { " ", "-", "\u2013", "\u2014" };
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const std::string_view d : kDecorations) {
            if (normalized.starts_with(d)) {
                normalized.remove_prefix(d.size());
                stripped = true;
            }
            if (normalized.ends_with(d)) {
                normalized.remove_suffix(d.size());
                stripped = true;
            }
        }
    }
    constexpr std::array<std::string_view, 9> kForms
        = { "#", "#/#", "# / #", "# sur #", "page #", "page #/#", "page # / #", "page # sur #", "p. #" };
    return std::find(kForms.begin(), kForms.end(), normalized) != kForms.end();
}

bool inZone(std::size_t index, std::size_t lineCount)
{
    return index < kZoneLines || index + kZoneLines >= lineCount;
}

} // namespace

// Removes running heads and page numbers from the zones of every page; returns how many lines went.
int removeRunningHeads(std::vector<std::vector<Line>> &pages, int pageCount)
{
    std::map<std::string, int> pagesWithLine; // normalised zone line -> pages having it in a zone
    for (const auto &lines : pages) {
        std::set<std::string> onThisPage;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (inZone(i, lines.size()))
                onThisPage.insert(normalizedZoneLine(lines[i].text));
        for (const auto &key : onThisPage)
            ++pagesWithLine[key];
    }
    const auto isRunningHead = [&](const std::string &key) {
        const auto it = pagesWithLine.find(key);
        const int count = it == pagesWithLine.end() ? 0 : it->second;
        return count >= kMinRepeatPages && count * 5 >= pageCount * 3; // 60 %, in integers
    };

    int removed = 0;
    for (auto &lines : pages) {
        std::vector<Line> kept;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (inZone(i, lines.size())) {
                const std::string key = normalizedZoneLine(lines[i].text);
                if (isRunningHead(key) || isPageNumber(key)) {
                    ++removed;
                    continue;
                }
            }
            kept.push_back(std::move(lines[i]));
        }
        lines = std::move(kept);
    }
    return removed;
}

namespace {

// Letters, and the combining marks of a decomposed accent.
bool isWordChar(UChar32 c)
{
    return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

std::u16string lastWord(std::u16string_view text)
{
    auto start = static_cast<int32_t>(text.size());
    while (start > 0) {
        int32_t i = start;
        UChar32 c;
        U16_PREV(text.data(), 0, i, c);
        if (!isWordChar(c))
            break;
        start = i;
    }
    return std::u16string(text.substr(static_cast<std::size_t>(start)));
}

std::u16string firstWord(std::u16string_view text)
{
    const auto length = static_cast<int32_t>(text.size());
    int32_t end = 0;
    while (end < length) {
        int32_t i = end;
        UChar32 c;
        U16_NEXT(text.data(), i, length, c);
        if (!isWordChar(c))
            break;
        end = i;
    }
    return std::u16string(text.substr(0, static_cast<std::size_t>(end)));
}

struct LineEndHyphen
{
    std::size_t bytes; // UTF-8 length of the hyphen
    bool soft;
};

std::optional<LineEndHyphen> lineEndHyphen(std::string_view line)
{
    if (line.ends_with('-'))
        return LineEndHyphen { 1, false };
    if (line.ends_with("\u2010"))
        return LineEndHyphen { 3, false };
    if (line.ends_with("\u00AD"))
        return LineEndHyphen { 2, true };
    return std::nullopt;
}

// "numé-" + "rique des services" gives "numérique des services", unless the shared rule keeps the
// hyphen or there is no word on one side of it.
std::optional<std::string> joinHyphenated(std::string_view line, std::string_view next)
{
    const auto hyphen = lineEndHyphen(line);
    if (!hyphen)
        return std::nullopt;
    const std::string_view before = line.substr(0, line.size() - hyphen->bytes);
    const std::u16string left = lastWord(fromUtf8(before));
    const std::u16string right = firstWord(fromUtf8(next));
    if (left.empty() || right.empty() || lineBreakHyphenation(left, right, hyphen->soft) == HyphenBreak::Keep)
        return std::nullopt;
    std::string joined(before);
    joined += next;
    return joined;
}

} // namespace

// Joins each line of the document that ends with a hyphenated word to the next one, across
// paragraph gaps and page breaks too (a page ending with "numé-" goes on with "rique"); returns how
// many breaks were joined. The joined line starts a paragraph if its first half did: the blank line
// of a page break that a join crosses goes with it, since the word shows that the text runs on and
// a blank line would end its sentence.
int repairHyphenation(std::vector<Line> &lines)
{
    int repaired = 0;
    std::vector<Line> kept;
    kept.reserve(lines.size());
    for (Line &line : lines) {
        // The joined line may end with another break: it stays last in `kept` to be tried again.
        if (!kept.empty()) {
            if (auto joined = joinHyphenated(kept.back().text, line.text)) {
                kept.back().text = std::move(*joined);
                ++repaired;
                continue;
            }
        }
        kept.push_back(std::move(line));
    }
    lines = std::move(kept);
    return repaired;
}

namespace {

// Lowercase, for comparing a decorative word with a heading.
std::u16string lowered(std::string_view utf8)
{
    std::u16string s = fromUtf8(utf8);
    for (char16_t &c : s)
        c = static_cast<char16_t>(u_tolower(c));
    return s;
}

} // namespace

// Titles printed one letter per line ("V", "I", "V", "R", "E") are joined into their word, or
// dropped when one of the three lines before or after already says it (a decorative repeat of a
// heading); a drop capital on a line of its own (one capital, at least 1.8 times as thick as the
// next line, which starts with a letter) is joined to the word it begins.
void rejoinDecorativeLetters(std::vector<Line> &lines, PdfText &stats)
{
    std::vector<Line> kept;
    kept.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t end = i;
        while (end < lines.size() && isSingleLetter(lines[end].text) && lines[end].rotation == lines[i].rotation)
            ++end;
        if (end - i >= 3) {
            std::string word;
            for (std::size_t k = i; k < end; ++k)
                word += lines[k].text;
            const std::u16string needle = lowered(word);
            bool repeated = false;
            for (std::size_t k = i >= 3 ? i - 3 : 0; k < std::min(lines.size(), end + 3) && !repeated; ++k)
                if (k < i || k >= end) {
                    const std::u16string hay = lowered(lines[k].text);
                    for (std::size_t at = hay.find(needle); at != std::u16string::npos && !repeated;
                         at = hay.find(needle, at + 1)) {
                        const bool startOk = at == 0 || !u_isalpha(hay[at - 1]);
                        const bool endOk = at + needle.size() == hay.size() || !u_isalpha(hay[at + needle.size()]);
                        repeated = startOk && endOk;
                    }
                }
            const bool paragraph = lines[i].startsParagraph;
            if (repeated) {
                ++stats.droppedDecorativeLetters;
                if (end < lines.size())
                    lines[end].startsParagraph = lines[end].startsParagraph || paragraph;
            } else {
                ++stats.rejoinedLetterSpacing;
                Line joined = lines[i];
                joined.text = word;
                joined.startsParagraph = true;
                kept.push_back(std::move(joined));
                if (end < lines.size())
                    lines[end].startsParagraph = true;
            }
            i = end;
            continue;
        }
        if (i + 1 < lines.size() && isSingleLetter(lines[i].text, true)
            && lines[i].thickness >= 1.8 * lines[i + 1].thickness && startsWithLetter(lines[i + 1].text)) {
            lines[i + 1].text = lines[i].text + lines[i + 1].text;
            lines[i + 1].startsParagraph = lines[i + 1].startsParagraph || lines[i].startsParagraph;
            ++stats.joinedDropCapitals;
            ++i;
            continue;
        }
        kept.push_back(std::move(lines[i]));
        ++i;
    }
    lines = std::move(kept);
}

// "au 1er tour.Depuis 2020": a sentence end glued to the next sentence, where a line break was
// lost. A space goes after '.', '!' or '?' that follows two letters or digits (the last a
// lowercase letter or a digit) and comes before a capital and a lowercase letter: "M.Dupont",
// "S.N.C.F." and "ville.fr" are left alone.
int separateGluedSentences(std::string &text)
{
    std::u32string cps;
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
        UChar32 c = 0;
        U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
        cps.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
    }
    int separated = 0;
    std::u32string out;
    out.reserve(cps.size() + 4);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        out += cps[i];
        const char32_t c = cps[i];
        if ((c == '.' || c == '!' || c == '?') && i >= 2 && i + 2 < cps.size()) {
            const auto before = static_cast<UChar32>(cps[i - 1]), earlier = static_cast<UChar32>(cps[i - 2]);
            const auto after = static_cast<UChar32>(cps[i + 1]), next = static_cast<UChar32>(cps[i + 2]);
            if ((u_islower(before) || u_isdigit(before)) && (u_isalpha(earlier) || u_isdigit(earlier))
                && u_isupper(after) && u_islower(next)) {
                out += U' ';
                ++separated;
            }
        }
    }
    if (separated > 0) {
        text.clear();
        for (const char32_t c : out) {
            char bytes[U8_MAX_LENGTH];
            std::int32_t length = 0;
            U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(c));
            text.append(bytes, static_cast<std::size_t>(length));
        }
    }
    return separated;
}

// The lines Tesseract read, a blank line starting a paragraph (its lines have no geometry:
// markParagraphs() leaves them alone).
std::vector<Line> ocrLines(const std::string &text)
{
    std::vector<Line> lines;
    bool paragraph = true;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        const auto first = line.find_first_not_of(" \t\f\r");
        if (first == std::string::npos) {
            paragraph = true;
        } else {
            line.erase(0, first);
            line.erase(line.find_last_not_of(" \t\f\r") + 1);
            lines.push_back({ .text = std::move(line), .startsParagraph = paragraph });
            paragraph = false;
        }
        start = end + 1;
    }
    return lines;
}

} // namespace vigie::core::pdf
