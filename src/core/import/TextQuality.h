// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace vigie::core {

struct Token;

// French words, folded as the tagger folds them (foldToken): what tells a readable text from a
// scan's noise, a garbled PDF or a wrong encoding. Read from the system's French word list
// (Debian's wfrench: /usr/share/dict/french, 346,000 forms, GPL-2), or the file named by
// $VIGIE_WORDLIST. Empty when neither exists: the known-word share is then not measured.
class Lexicon
{
public:
    // Loaded once per process (about half a second), then shared; thread-safe.
    static std::shared_ptr<const Lexicon> french();
    // From a word list, one word per line, UTF-8 (tests).
    static Lexicon fromWords(std::string_view lines);

    bool empty() const { return m_words.empty(); }
    std::size_t size() const { return m_words.size(); }
    bool knows(std::u16string_view folded) const { return m_words.count(std::u16string(folded)) > 0; }

private:
    std::unordered_set<std::u16string> m_words;
};

// How readable a document's text is, from the tagger's tokens.
struct TextQuality
{
    std::size_t words = 0; // tokens with a letter, numbers and web addresses left out
    double knownShare = -1; // of them, those the lexicon knows (-1 when it is empty)
    double oneLetterShare = 0; // of them, those of one letter other than "a", "à" and "y"
    // Places with U+FFFD or the marks of UTF-8 read as Latin-1 or windows-1252 ("Ã©", "â€™"), per
    // word: a wrong encoding somewhere upstream.
    double garbledShare = 0;

    // Below what a French programme reaches: fewer than 75 % known words, more than 10 % lone
    // letters (letter-spaced or scanned text) or more than 2 garbled places per 100 words, on 50 words or more
    // (docs/formats.md, "Text quality").
    bool low() const;
};

// `text` is the UTF-16 text the tokens index (NormalizedText::text()).
TextQuality measureTextQuality(std::u16string_view text, const std::vector<Token> &tokens, const Lexicon &lexicon);

} // namespace vigie::core
