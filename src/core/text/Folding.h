// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace vigie::core {

// French-aware folding of single tokens, shared by the dictionary compiler and the tagger so that a
// term and the text it should match are always folded by the same code.
//
// All functions are pure and thread-safe. Input is UTF-16 as produced by the tokenizer (NFC).

// Every apostrophe form a French text uses: U+0027, U+2019, U+02BC, U+2018, U+00B4.
inline bool isApostrophe(char32_t c)
{
    return c == 0x27 || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0xB4;
}
// Hyphen-minus and its typographic variants: U+002D, U+2010..U+2015, U+2212 (U+2011 is in that range).
inline bool isHyphen(char32_t c)
{
    return c == 0x2D || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Case and accent folding: full case folding, NFD, non-spacing marks dropped, format characters
// (soft hyphen, zero-width joiners) dropped, ligatures œ/æ expanded, apostrophes unified to U+0027.
// "Œuvre" -> "oeuvre", "Numé\u00ADrique" -> "numerique", "aujourd’hui" -> "aujourd'hui".
std::u16string foldToken(std::u16string_view token);

// Exact form used by terms marked "exact": the token as written, with only the apostrophe forms and
// format characters unified, so "ENT" matches "ENT" but not "Ent" or "ent".
std::u16string exactToken(std::u16string_view token);

// Plural-insensitive key of a folded token (see docs/counting.md, "Plurals"):
// "-eaux"/"-eux"/"-aux" after a vowel lose the x ("réseaux" -> "reseau", "jeux" -> "jeu"),
// "-aux" becomes "-al" otherwise ("locaux" -> "local"), a final "s" goes when the word has four or
// more letters and does not end in "ss" ("données" -> "donnee"). Applied to terms and text alike.
std::u16string pluralKey(std::u16string_view folded);

std::string toUtf8(std::u16string_view text);
std::u16string fromUtf8(std::string_view text);

} // namespace vigie::core
