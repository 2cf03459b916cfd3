// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace vigie::core {

// One segment of UAX #29 word segmentation, as ICU's word BreakIterator returns it: [start, end)
// in UTF-16 units, and the kind ICU's rule status gives it.
struct WordSegment
{
    enum Kind : std::uint8_t {
        None, // spaces, punctuation, line breaks (ICU's UBRK_WORD_NONE range)
        Number, // digits, possibly joined by , . ; ' (UBRK_WORD_NUMBER range)
        Letter, // letters, possibly with digits, apostrophes, '.', ':' between them (UBRK_WORD_LETTER range)
    };
    std::int32_t start = 0;
    std::int32_t end = 0;
    Kind kind = None;
};

// The word segmentation of ICU (UAX #29 as ICU 72 implements it for French) for the characters of
// ordinary Latin-script text, without ICU: letters of Basic Latin, Latin-1 and Latin Extended-A/B,
// ASCII digits, spaces (U+0020, U+2000 to U+200A but U+2007), the no-break spaces, line breaks, and
// the punctuation and symbols French texts use. Anything else (combining marks, soft hyphens,
// other scripts, emoji, controls, fullwidth forms...) is left to ICU: a line holding one such
// character is not segmented here.
//
// Segmentation never joins across a line break (UAX #29 WB3a and WB3b), so a text can be taken
// line by line, each line by this code or by ICU, and give what ICU gives for the whole text.
// tests/core/WordBreakTest.cpp checks it against ICU on every pair and triple of the characters it
// handles, on seeded random strings and on the golden texts.
class SimpleWordBreak
{
public:
    // The end of the line that starts at `from`: the index of the first line-break character at or
    // after it (CR, LF, VT, FF, NEL, U+2028, U+2029), or `size`. Sets `simple` to whether every
    // character of [from, end) is one this code handles. Does not segment.
    static std::int32_t lineEnd(const char16_t *text, std::int32_t from, std::int32_t size, bool &simple);

    // Appends the segments of [from, to) to `out`, which must be a range lineEnd() found simple (it
    // may hold no line break). Segments of line breaks are appended by lineBreak().
    // `skipSpaces`: leave out the segments of spaces (the tokenizer, which looks only at words and
    // reads the gaps between them from the text, has no use for them).
    static void segmentLine(const char16_t *text, std::int32_t from, std::int32_t to, std::vector<WordSegment> &out,
                            bool skipSpaces = false);

    // The segment of the line break at `at` (CR LF is one), returned as its end.
    static std::int32_t lineBreak(const char16_t *text, std::int32_t at, std::int32_t size);
};

} // namespace vigie::core
