// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "text/WordBreak.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN // ICU's versioned namespace; `icu` is an alias of it
    class BreakIterator;
U_NAMESPACE_END

namespace vigie::core {

// One word of a document, as a span of NormalizedText::text() (UTF-16 indexes). Elided clitics are
// not tokens: "l’open" gives one token "open" whose span starts after the apostrophe.
struct Token
{
    enum Flag : std::uint16_t {
        PhraseBreakBefore = 1 << 0, // punctuation, a list bullet or a paragraph since the previous token
        SentenceBreakBefore = 1 << 1, // . ! ? … ; or a paragraph break since the previous token
        HyphenBreakBefore = 1 << 2, // the previous token ended a line with a hyphen ("numé-\nrique")
        SoftBreakBefore = 1 << 3, // the previous token ended with a soft hyphen before a line break
        CamelContinuation = 1 << 4, // same written word as the previous token ("French|Tech")
        Elided = 1 << 5, // a clitic (l', qu', jusqu'...) was cut off the front
        Number = 1 << 6,
        ParagraphBreakBefore = 1 << 7, // a blank line (or the start of the text) since the previous token
        Link = 1 << 8, // a web address, an e-mail address or a domain name, whole ("data.gouv.fr")
    };
    std::int32_t start = 0;
    std::int32_t end = 0;
    std::uint16_t flags = 0;

    bool has(Flag f) const { return (flags & f) != 0; }
};

struct TokenizerOptions
{
    // "OpenData" -> "Open" "Data"; "#FrenchTech" -> "French" "Tech".
    bool splitCamelCase = true;
    // "#open_data" -> "open" "data". ICU keeps words joined by '_' (identifiers) together.
    bool splitUnderscores = true;
    // Mark punctuation and paragraph breaks so phrases do not match across them. Off reproduces the
    // plain "sequence of words" semantics of the peer benchmark scripts.
    bool punctuationBreaks = true;
    // Cut lines of ordinary Latin text into words without ICU (the same segments, faster: see
    // SimpleWordBreak). Off sends every line through ICU; tests and benchmarks compare the two.
    bool fastSegmentation = true;
};

// French word tokenizer on UAX #29 word segmentation as ICU does it (locale fr; ordinary Latin lines
// are cut by SimpleWordBreak, the rest by ICU's word BreakIterator), plus what ICU leaves to us:
// elided clitics split off (every apostrophe form), CamelCase split, punctuation and paragraph
// breaks, sentences glued by a missing space split ("tour.Depuis"), links (web and e-mail
// addresses, domain names) kept whole, and the marks that let the tagger repair line-break
// hyphenation.
//
// Owns an ICU BreakIterator, which is not thread-safe: use one Tokenizer per thread.
// Throws std::runtime_error if ICU cannot create the iterator (broken ICU data).
class Tokenizer
{
public:
    explicit Tokenizer(TokenizerOptions options = {});
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    const TokenizerOptions &options() const { return m_options; }

    // Appends the tokens of `text` (which must outlive the call only) to `out`, after clearing it.
    void tokenize(const std::u16string &text, std::vector<Token> &out);

    // French elided clitics, lowercase, without apostrophe: l d j m n s t c qu jusqu lorsqu puisqu
    // quoiqu presqu. Length of the clitic at the front of text[start,end), or 0.
    static std::int32_t cliticLength(const std::u16string &text, std::int32_t start, std::int32_t end);

private:
    // The running state of one tokenize() call.
    struct Run
    {
        static constexpr std::int32_t kNone = std::numeric_limits<std::int32_t>::max();
        std::vector<std::pair<std::int32_t, std::int32_t>> links; // web and e-mail addresses
        std::size_t link = 0; // the first link that does not end before the segment
        std::int32_t linkStart = kNone;
        std::int32_t prevEnd = 0;
        bool first = true;
        bool pendingElision = false;
    };
    // Segments text[from, to) with ICU and hands each segment to onSegment().
    void segmentWithIcu(const std::u16string &text, std::int32_t from, std::int32_t to, Run &run,
                        std::vector<Token> &out);
    // One segment of the word segmentation: a word is emitted (links, clitics, glued sentences and
    // CamelCase handled), anything else skipped. `kind()` gives its WordSegment::Kind, asked only
    // when the first character is not ASCII.
    template <typename Kind>
    void onSegment(const std::u16string &text, std::int32_t start, std::int32_t end, Kind kind, Run &run,
                   std::vector<Token> &out) const;
    // One word of ICU's: gap flags, and when `special` (it has an apostrophe, a capital inside, or
    // characters other than lower-case letters) clitics and CamelCase. Updates the running state.
    void emitPart(const std::u16string &text, std::int32_t start, std::int32_t end, std::uint16_t flags,
                  bool &pendingElision, std::int32_t &prevEnd, bool &first, std::vector<Token> &out,
                  bool special) const;
    void emitWord(const std::u16string &text, std::int32_t start, std::int32_t end, std::uint16_t flags,
                  std::vector<Token> &out) const;
    // A word with more than lower-case letters: split at U+202F, '_' and glued sentences, then
    // emitted part by part.
    void emitSpecial(const std::u16string &text, std::int32_t start, std::int32_t end, std::uint16_t flags,
                     bool &pendingElision, std::int32_t &prevEnd, bool &first, std::vector<Token> &out) const;
    // An ICU segment that overlaps links: the links as one token each, the rest as words.
    void emitAroundLinks(const std::u16string &text, std::int32_t start, std::int32_t end,
                         const std::vector<std::pair<std::int32_t, std::int32_t>> &links, std::size_t link,
                         bool &pendingElision, std::int32_t &prevEnd, bool &first, std::vector<Token> &out) const;

    TokenizerOptions m_options;
    std::unique_ptr<icu::BreakIterator> m_words;
    std::vector<WordSegment> m_segments; // one line's, reused
};

} // namespace vigie::core
