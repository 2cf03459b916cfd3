// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

namespace vigie::core {

class Tagger;

// How well a text read by OCR matches the text that was printed (docs/PERFORMANCE.md, "OCR").
//
// Character error rate: the edit distance (insertions, deletions, substitutions of code points)
// from the printed text to the read one, over the printed text's length, both compared in NFC
// with every run of white space as one space, the ends trimmed, and the typographic apostrophes
// (U+2019, U+02BC) as "'", which the tagger reads alike.
struct CharacterErrors
{
    std::int64_t edits = 0;
    std::int64_t length = 0; // code points of the printed text, normalised
    double rate() const { return length > 0 ? static_cast<double>(edits) / static_cast<double>(length) : 0.0; }
};
CharacterErrors characterErrors(std::string_view printedUtf8, std::string_view readUtf8);

// The dictionary's mentions of the printed text found again in the read one: for each theme and
// term (or rule), the smaller of the two counts, added up, against the printed text's mentions.
struct MentionRecovery
{
    std::int64_t printed = 0;
    std::int64_t recovered = 0;
    std::int64_t extra = 0; // mentions of the read text beyond the printed one's (misreadings)
    double share() const { return printed > 0 ? static_cast<double>(recovered) / static_cast<double>(printed) : 1.0; }
};
MentionRecovery mentionRecovery(Tagger &tagger, std::string_view printedUtf8, std::string_view readUtf8);

} // namespace vigie::core
