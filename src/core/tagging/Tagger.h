// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/SpellingCache.h"
#include "tagging/ThemeMatcher.h"
#include "text/NormalizedText.h"
#include "text/Stemmer.h"
#include "text/Tokenizer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

// One counted occurrence of a dictionary term.
// A rule's mention spans its term and its context (from the first to the last matched word of
// either side, words between included); what it counts is its term's words only.
struct Mention
{
    int theme = 0; // index in Dictionary::themes()
    int term = 0; // index in that theme's terms; -1 for a rule's mention
    int rule = -1; // index in that theme's rules, or -1
    std::int64_t start = 0; // code points in the input text
    std::int64_t end = 0;
    std::int32_t textStart = 0; // UTF-16 indexes in NormalizedText::text()
    std::int32_t textEnd = 0;

    // The matched text, as normalised (NFC), in UTF-8.
    std::string matchedText(const NormalizedText &text) const;
};

// What the tagger says about one document. See docs/counting.md for every rule behind the numbers.
struct TagResult
{
    std::int64_t words = 0;
    std::vector<std::int64_t> ownCounts; // per theme: mentions of the theme's own terms
    std::vector<std::int64_t> counts; // per theme: own mentions plus every descendant's (roll-up)
    // In text order. Within one tree no word is counted twice; a rule's span may contain the
    // words of another mention (its context words are not counted).
    std::vector<Mention> mentions;
};

// What counted a mention, for people: the term's text, or "rule name" for a rule. Empty when the
// indexes do not fit `dictionary` (a stored mention of another version).
std::string countedBy(const Dictionary &dictionary, int theme, int term, int rule);

// Tags documents with a compiled dictionary: tokenizes, maps tokens to dictionary symbols (cached per
// distinct spelling), repairs line-break hyphenation, finds every candidate term, drops those an
// exclusion cancels, keeps the leftmost-longest, and rolls counts up the theme tree.
//
// One Tagger per thread (it owns an ICU break iterator and a Snowball stemmer, neither of which is
// thread-safe); any number of Taggers may share one ThemeMatcher. Memory is bounded by the largest
// document plus the spelling cache, which is cleared when it passes kMaxCachedSpellings.
class Tagger
{
public:
    static constexpr std::size_t kMaxCachedSpellings = 1u << 20;

    explicit Tagger(std::shared_ptr<const ThemeMatcher> matcher);

    const ThemeMatcher &matcher() const { return *m_matcher; }
    // The tokens of the last text tagged, as the Tokenizer made them (before hyphenation repair).
    const std::vector<Token> &lastTokens() const { return m_tokens; }

    // `utf8` must be valid UTF-8 (see findUtf8Problem).
    TagResult tag(std::string_view utf8);
    TagResult tag(const NormalizedText &text);
    // Same, reusing `result`'s storage: the form to use in loops over many documents.
    void tag(const NormalizedText &text, TagResult &result);

private:
    struct Unit // a token as the matcher sees it (two tokens when hyphenation was repaired)
    {
        std::int32_t start;
        std::int32_t end;
        std::uint32_t symbols; // offset in m_symbolPool
        std::uint16_t symbolCount;
        std::uint16_t flags;
        std::uint8_t roles; // ThemeMatcher::Role of its symbols, ORed: what this word can start
    };
    struct Candidate
    {
        std::int32_t first; // units [first, last)
        std::int32_t last;
        int term; // compiled term
    };
    using CachedSymbols = SpellingCache::Value;

    CachedSymbols symbolsFor(std::u16string_view raw);
    bool shouldJoinHyphenated(std::u16string_view left, std::u16string_view right, bool soft) const;
    void buildUnits(const std::u16string &text);
    void findCandidates();
    void visit(std::uint32_t node, std::int32_t first, std::int32_t next);
    using PhraseHits = std::vector<std::vector<std::pair<std::int32_t, std::int32_t>>>; // per phrase id
    // Every phrase of `trie` starting within one of `ranges` (units [from, to), sorted, disjoint):
    // only where a candidate could be cancelled or need a context, not the whole document.
    void findPhrases(const ThemeMatcher::PhraseTrie &trie, std::uint8_t role,
                     const std::vector<std::pair<std::int32_t, std::int32_t>> &ranges, PhraseHits &hits,
                     std::vector<int> &touched);
    // The ranges of units around the candidates that need the phrase search (`reach` gives a
    // candidate's window, 0: it needs none), widened by `longest` words, merged.
    template <typename Reach>
    void searchRanges(Reach reach, int longest, std::vector<std::pair<std::int32_t, std::int32_t>> &out) const;
    bool cancelled(const Candidate &c) const;
    bool winsTie(const Candidate &c, const Candidate &other) const;
    // The context that lets a rule's candidate count (units [first, last)), the nearest one;
    // {-1, -1} when there is none.
    std::pair<std::int32_t, std::int32_t> contextOf(const Candidate &c) const;

    std::shared_ptr<const ThemeMatcher> m_matcher;
    Tokenizer m_tokenizer;
    std::unique_ptr<Stemmer> m_stemmer;

    SpellingCache m_cache;
    std::vector<std::uint32_t> m_symbolPool;
    std::vector<std::uint32_t> m_scratchSymbols;

    // Per-document working storage, kept between calls to avoid reallocations.
    std::vector<Token> m_tokens;
    std::vector<Unit> m_units;
    std::vector<std::int32_t> m_sentenceOf; // sentence number of each unit
    std::vector<std::int32_t> m_paragraphOf; // paragraph number of each unit
    std::vector<Candidate> m_candidates;
    PhraseHits m_exclusionHits; // per exclusion
    std::vector<int> m_touchedExclusions;
    PhraseHits m_contextHits; // per compiled rule
    std::vector<int> m_touchedContexts;
    std::vector<std::pair<std::int32_t, std::int32_t>> m_ranges;
    std::vector<std::pair<std::uint32_t, std::int32_t>> m_phraseStack; // findPhrases: (trie node, next unit)
    std::int64_t m_words = 0;
};

} // namespace vigie::core
