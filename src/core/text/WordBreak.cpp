// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/WordBreak.h"

#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vigie::core {

namespace {

// UAX #29 Word_Break values of the characters handled here (Unicode 15, ICU 72), and Unsupported
// for the rest.
enum Class : std::uint8_t {
    Other,
    ALetter,
    Numeric,
    MidLetter, // U+00B7 U+2027 (not ':', which ICU's rules take out of UAX #29's MidLetter)
    MidNumLet, // '.' U+2018 U+2019 U+2024, and the single quote (MidNumLetQ in UAX #29)
    MidNum, // ',' ';' U+2044
    ExtendNumLet, // '_' U+202F
    WSegSpace,
    LineBreak, // CR LF VT FF NEL U+2028 U+2029: a break before and after (WB3a, WB3b)
    Unsupported,
};

constexpr std::size_t kTableSize = 0x250; // through Latin Extended-B

constexpr std::array<Class, kTableSize> makeTable()
{
    std::array<Class, kTableSize> t {};
    for (std::size_t c = 0; c < kTableSize; ++c) {
        Class k = Other;
        if (c < 0x20)
            k = (c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C) ? LineBreak : (c == 0x09 ? Other : Unsupported);
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') // ICU adds '@' to ALetter
            k = ALetter;
        else if (c >= '0' && c <= '9')
            k = Numeric;
        else if (c == ' ')
            k = WSegSpace;
        else if (c == '.' || c == '\'')
            k = MidNumLet;
        else if (c == ',' || c == ';')
            k = MidNum;
        else if (c == '_')
            k = ExtendNumLet;
        else if (c == 0x7F || (c >= 0x80 && c < 0xA0))
            k = c == 0x85 ? LineBreak : Unsupported;
        else if (c == 0xAD) // soft hyphen: Format, which UAX #29 makes transparent (WB4)
            k = Unsupported;
        else if (c == 0xAA || c == 0xB5 || c == 0xBA)
            k = ALetter;
        else if (c == 0xB7)
            k = MidLetter;
        else if (c >= 0xC0 && c != 0xD7 && c != 0xF7)
            k = ALetter;
        t[c] = k;
    }
    return t;
}

constexpr std::array<Class, kTableSize> kTable = makeTable();

inline Class classOf(char16_t c)
{
    if (c < kTableSize)
        return kTable[c];
    if (c >= 0x2000 && c <= 0x203E) { // General Punctuation: spaces, dashes, quotes, bullets, ellipsis
        if (c <= 0x200A)
            return c == 0x2007 ? Other : WSegSpace;
        if (c <= 0x200F) // zero-width space and joiners, direction marks
            return Unsupported;
        if (c == 0x2018 || c == 0x2019 || c == 0x2024)
            return MidNumLet;
        if (c == 0x2027)
            return MidLetter;
        if (c == 0x2028 || c == 0x2029)
            return LineBreak;
        if (c >= 0x202A && c <= 0x202E) // embedding controls
            return Unsupported;
        if (c == 0x202F)
            return ExtendNumLet;
        return Other;
    }
    switch (c) {
    case 0x20AC: // €
    case 0x2122: // ™
    case 0x2116: // №
    case 0x2192: // →
    case 0x25A0: // ■
    case 0x25AA: // ▪
    case 0x25CF: // ●
    case 0x25E6: // ◦
        return Other;
    default:
        return Unsupported;
    }
}

// Where the run of ALetter units starting at `from` ends (at most `to`). Eight units at a time
// for the usual letters (ASCII, U+00C0-U+024F but × and ÷): one predictable branch per word
// instead of one mispredicted at its end; the rarer letters ('@', ª, µ, º) one by one.
inline std::int32_t letterRunEnd(const char16_t *text, std::int32_t from, std::int32_t to)
{
    std::int32_t j = from;
    for (;;) {
#if defined(__SSE2__)
        while (j + 8 <= to) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + j));
            const __m128i lower = _mm_or_si128(v, _mm_set1_epi16(0x20)); // 'A'-'Z' -> 'a'-'z'
            const __m128i ascii = _mm_and_si128(_mm_cmpgt_epi16(lower, _mm_set1_epi16(u'a' - 1)),
                                                _mm_cmplt_epi16(lower, _mm_set1_epi16(u'z' + 1)));
            const __m128i signs
                = _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(0xD7)), _mm_cmpeq_epi16(v, _mm_set1_epi16(0xF7)));
            const __m128i latin = _mm_andnot_si128(
                signs,
                _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16(0xBF)), _mm_cmplt_epi16(v, _mm_set1_epi16(0x250))));
            const auto letters = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii, latin)));
            if (letters != 0xFFFF) {
                j += static_cast<std::int32_t>(__builtin_ctz(~letters)) / 2;
                break;
            }
            j += 8;
        }
#endif
        if (j < to && classOf(text[j]) == ALetter) {
            ++j;
            continue;
        }
        return j;
    }
}

} // namespace

std::int32_t SimpleWordBreak::lineEnd(const char16_t *text, std::int32_t from, std::int32_t size, bool &simple)
{
    simple = true;
    std::int32_t k = from;
    // One unit: false at a line break.
    const auto look = [&](std::int32_t at) {
        const Class c = classOf(text[at]);
        if (c == Unsupported)
            simple = false;
        return c != LineBreak;
    };
#if defined(__SSE2__)
    // Eight units at a time while they are all printable ASCII or Latin-1/Latin Extended letters and
    // signs (U+0020-U+007E, U+00A0-U+024F but the soft hyphen): no line break, nothing for ICU. A
    // block holding anything else is looked at unit by unit. Units from U+8000 compare as negative.
    const __m128i space = _mm_set1_epi16(0x1F);
    const __m128i tilde = _mm_set1_epi16(0x7F);
    const __m128i nbsp = _mm_set1_epi16(0x9F);
    const __m128i latinEnd = _mm_set1_epi16(0x250);
    const __m128i softHyphen = _mm_set1_epi16(0xAD);
    for (; k + 8 <= size; k += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + k));
        const __m128i ascii = _mm_and_si128(_mm_cmpgt_epi16(v, space), _mm_cmplt_epi16(v, tilde));
        const __m128i latin = _mm_andnot_si128(_mm_cmpeq_epi16(v, softHyphen),
                                               _mm_and_si128(_mm_cmpgt_epi16(v, nbsp), _mm_cmplt_epi16(v, latinEnd)));
        if (_mm_movemask_epi8(_mm_or_si128(ascii, latin)) == 0xFFFF)
            continue;
        for (std::int32_t b = k; b < k + 8; ++b)
            if (!look(b))
                return b;
    }
#endif
    for (; k < size; ++k)
        if (!look(k))
            break;
    return k;
}

std::int32_t SimpleWordBreak::lineBreak(const char16_t *text, std::int32_t at, std::int32_t size)
{
    return text[at] == u'\r' && at + 1 < size && text[at + 1] == u'\n' ? at + 2 : at + 1; // WB3: CR x LF
}

void SimpleWordBreak::segmentLine(const char16_t *text, std::int32_t from, std::int32_t to,
                                  std::vector<WordSegment> &out, bool skipSpaces)
{
    std::int32_t i = from;
    while (i < to) {
        const Class head = classOf(text[i]);
        std::int32_t j = i + 1;
        WordSegment::Kind kind = WordSegment::None;
        if (head == WSegSpace) {
            while (j < to && classOf(text[j]) == WSegSpace) // WB3d
                ++j;
            if (skipSpaces) {
                i = j;
                continue;
            }
        } else if (head == ALetter || head == Numeric || head == ExtendNumLet) {
            // A run of letters, digits and ExtendNumLet, with single MidLetter / MidNumLet / MidNum
            // characters inside where WB6, WB7, WB11 and WB12 allow them. ICU gives the run the
            // status of the last rule that joined it: a letter joined makes it a word, a digit a
            // number, an ExtendNumLet keeps what came before it (a lone one is no word).
            kind = head == ALetter ? WordSegment::Letter : (head == Numeric ? WordSegment::Number : WordSegment::None);
            Class last = head;
            while (j < to) {
                const Class next = classOf(text[j]);
                if (next == ALetter) { // WB5, the common case: the rest of a word's letters at once
                    kind = WordSegment::Letter;
                    last = ALetter;
                    j = letterRunEnd(text, j + 1, to);
                    continue;
                }
                if (next == Numeric || next == ExtendNumLet) { // WB8-10, WB13a-b
                    if (next == Numeric)
                        kind = WordSegment::Number;
                    else if (last == ExtendNumLet)
                        kind = WordSegment::Letter;
                    last = next;
                    ++j;
                    continue;
                }
                if (j + 1 < to) {
                    const Class after = classOf(text[j + 1]);
                    const bool betweenLetters
                        = last == ALetter && after == ALetter && (next == MidLetter || next == MidNumLet); // WB6, WB7
                    const bool betweenDigits
                        = last == Numeric && after == Numeric && (next == MidNum || next == MidNumLet); // WB11, WB12
                    if (betweenLetters || betweenDigits) {
                        last = after;
                        j += 2;
                        continue;
                    }
                }
                break;
            }
        }
        out.push_back({ i, j, kind });
        i = j;
    }
}

} // namespace vigie::core
