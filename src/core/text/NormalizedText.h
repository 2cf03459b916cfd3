// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// UTF-8 to UTF-16 when `utf8` is well-formed (what ICU's converter gives, faster on the ASCII runs
// of French text); false at the first ill-formed sequence, `out` then holding nothing useful.
bool wellFormedUtf8ToUtf16(std::string_view utf8, std::u16string &out);

// A document's text as the tagger sees it: NFC, in UTF-16 (what ICU's break iterator is fastest on),
// with a map back to the caller's input so that every offset we report points at the characters the
// user gave us, even when normalisation changed them (a decomposed "é" is one character in NFC).
//
// Offsets reported to users are in Unicode code points of the original input (not bytes, not UTF-16
// units): that is what JSON consumers, Python and Qt's QString::fromUcs4 can index without surprises.
//
// The input must be valid UTF-8 (check with findUtf8Problem first); invalid bytes would be replaced
// by U+FFFD. Immutable after construction; safe to share between threads.
class NormalizedText
{
public:
    static NormalizedText fromUtf8(std::string_view utf8);
    static NormalizedText fromUtf16(std::u16string text);

    const std::u16string &text() const { return m_text; }
    // Code point offset in the original input of the character at UTF-16 index `index` of text().
    // `index == text().size()` maps to the end of the input.
    std::int64_t inputOffset(std::int32_t index) const;
    // True when NFC changed nothing, so text() is the input re-encoded.
    bool wasAlreadyNfc() const { return m_pieces.empty(); }

private:
    // A run of normalised text that came from a run of input. Within a piece copied verbatim the
    // offset is linear; within a piece that normalisation rewrote, every position maps to its start.
    struct Piece
    {
        std::int32_t outStart;
        std::int32_t inStart; // UTF-16 index in the input
        bool verbatim;
    };

    std::int64_t codePointsBefore(std::int32_t inputUtf16Index) const;

    std::u16string m_text;
    std::vector<Piece> m_pieces; // empty when the input was NFC already
    std::vector<std::int32_t> m_inputSupplementary; // input UTF-16 indexes of surrogate pairs, sorted
    std::int32_t m_inputLength = 0;
};

// `utf8` (valid UTF-8) in Unicode normalisation form C; the same string when it already is.
std::string toNfc(const std::string &utf8);

} // namespace vigie::core
