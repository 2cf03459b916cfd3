// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Tokenizer.h"

#include "text/Folding.h"
#include "text/WordBreak.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string_view>

namespace vigie::core {

namespace {

constexpr std::array<std::u16string_view, 14> kClitics = {
    u"jusqu", u"lorsqu", u"puisqu", u"quoiqu", u"presqu", u"qu", u"l", u"d", u"j", u"m", u"n", u"s", u"t", u"c",
};

inline char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c;
}

inline bool isLower(char16_t c)
{
    if (c < 0x80)
        return c >= u'a' && c <= u'z';
    return u_isULowercase(c);
}

inline bool isUpper(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z';
    return u_isUUppercase(c);
}

inline bool isLetter(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return u_isalpha(c);
}

inline bool isAlnum(char16_t c)
{
    return isLetter(c) || (c >= u'0' && c <= u'9') || (c >= 0x80 && u_isdigit(c));
}

inline bool isBlank(char16_t c) // white space that is not a line break
{
    return c == u' ' || c == u'\t' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007 || c == 0x3000;
}

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85;
}

inline bool isSentenceMark(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == 0x2026 || c == 0xB6 || c == 0x2029;
}

// Characters that stop a phrase; hyphens, apostrophes, '#' and '@' do not ("e-santé", "#OpenData").
inline bool isPhraseMark(char16_t c)
{
    switch (c) {
    case u',':
    case u':':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'"':
    case u'/':
    case u'\\':
    case u'|':
    case u'*':
    case u'+':
    case u'=':
    case u'<':
    case u'>':
    case 0xAB:
    case 0xBB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2022:
    case 0xB7:
    case 0x25E6:
    case 0x25AA:
    case 0x2023:
    case 0x2043:
    case 0x25CF:
    case 0x25A0:
        return true;
    default:
        return isSentenceMark(c);
    }
}

// Classifies the characters between two tokens.
std::uint16_t gapFlags(const std::u16string &text, std::int32_t from, std::int32_t to)
{
    std::uint16_t flags = 0;
    int lineBreaks = 0;
    bool lineStart = false; // only blanks seen since the last line break
    bool hyphenThenBreak = false;
    bool sawHyphen = false;
    bool sawOther = false; // anything besides blanks, line breaks and one hyphen before the break
    for (std::int32_t i = from; i < to; ++i) {
        const char16_t c = text[static_cast<std::size_t>(i)];
        if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < to && text[static_cast<std::size_t>(i) + 1] == u'\n')
                ++i;
            ++lineBreaks;
            if (c == 0x0C || c == 0x2029) // a page break (PDF text) or a paragraph separator: a new paragraph
                ++lineBreaks;
            if (lineBreaks == 1 && sawHyphen && !sawOther)
                hyphenThenBreak = true;
            lineStart = true;
            continue;
        }
        if (isBlank(c))
            continue;
        if (isHyphen(c)) {
            if (lineStart) // "- item" at the start of a line is a list bullet
                flags |= Token::PhraseBreakBefore;
            if (lineBreaks == 0 && !sawHyphen)
                sawHyphen = true;
            else
                sawOther = true;
            lineStart = false;
            continue;
        }
        sawOther = true;
        lineStart = false;
        if (isSentenceMark(c))
            flags |= Token::PhraseBreakBefore | Token::SentenceBreakBefore;
        else if (isPhraseMark(c))
            flags |= Token::PhraseBreakBefore;
    }
    if (lineBreaks >= 2)
        flags |= Token::PhraseBreakBefore | Token::SentenceBreakBefore | Token::ParagraphBreakBefore;
    if (hyphenThenBreak && lineBreaks == 1 && !sawOther)
        flags |= Token::HyphenBreakBefore;
    return flags;
}

// Links: web addresses, e-mail addresses and domain names, each one token ("data.gouv.fr",
// "contact@mairie-exemple.fr", "https://www.ville.fr/agenda"). ICU would cut them at every hyphen,
// slash and '@', and a word inside an address ("numerique" in "www.ville-numerique.fr") is not a
// word of the text.
inline bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

inline bool isHostChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'.';
}

inline bool isPathChar(char16_t c)
{
    return isAsciiAlnum(c) || std::u16string_view(u"-._~:/?#[]@!$&'()*+,;=%").find(c) != std::u16string_view::npos;
}

// Top-level domains an address in a French municipal text ends with. A list, not a pattern: "tour.Depuis"
// and "M.Dupont" must stay words of the text.
bool isTopLevelDomain(std::u16string_view label)
{
    static constexpr std::array<std::u16string_view, 24> kDomains = {
        u"fr", u"com", u"org",   u"net", u"eu",     u"info",    u"io", u"be", u"ch", u"ca", u"de", u"uk",
        u"es", u"it",  u"paris", u"bzh", u"alsace", u"corsica", u"re", u"gp", u"mq", u"nc", u"pf", u"gouv",
    };
    for (const std::u16string_view domain : kDomains) {
        if (domain.size() != label.size())
            continue;
        std::size_t k = 0;
        while (k < label.size() && asciiLower(label[k]) == domain[k])
            ++k;
        if (k == label.size())
            return true;
    }
    return false;
}

bool startsWithNoCase(const std::u16string &text, std::size_t at, std::u16string_view prefix)
{
    if (at + prefix.size() > text.size())
        return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if (asciiLower(text[at + k]) != prefix[k])
            return false;
    return true;
}

// The end of a host name starting at `at` ("ville-exemple.fr"): its last label must be a known
// top-level domain and it needs at least one dot. 0 when there is none.
std::size_t hostEnd(const std::u16string &text, std::size_t at)
{
    std::size_t end = at;
    while (end < text.size() && isHostChar(text[end]))
        ++end;
    while (end > at && (text[end - 1] == u'.' || text[end - 1] == u'-')) // a full stop after the address
        --end;
    const std::u16string_view host(text.data() + at, end - at);
    const auto dot = host.rfind(u'.');
    if (dot == std::u16string_view::npos || dot == 0 || !isTopLevelDomain(host.substr(dot + 1)))
        return 0;
    return end;
}

// A path or query after a host ("/agenda?mois=3"), without the punctuation that ends a sentence.
std::size_t pathEnd(const std::u16string &text, std::size_t at)
{
    if (at >= text.size() || (text[at] != u'/' && text[at] != u':'))
        return at;
    std::size_t end = at;
    while (end < text.size() && isPathChar(text[end]))
        ++end;
    while (end > at && std::u16string_view(u".,;:!?)'").find(text[end - 1]) != std::u16string_view::npos)
        --end;
    return end;
}

// Every link of the text as [start, end) code units, in order, not overlapping. A link holds a
// '.', an '@' or "://": only the words around those characters are looked at, so plain prose costs
// one comparison per character.
// The first position at or after `from` (and before `to`) that may hold '.', ':' or '@', the
// marks a link needs; `to` when none. Most of a text holds none of them: with SSE2 eight UTF-16
// units are compared at once, otherwise a 64-bit word test skips four at a time (it may stop
// early on a false alarm, never late).
std::size_t nextLinkMark(const char16_t *text, std::size_t from, std::size_t to)
{
    std::size_t k = from;
#if defined(__SSE2__)
    const __m128i dot = _mm_set1_epi16(u'.');
    const __m128i colon = _mm_set1_epi16(u':');
    const __m128i at = _mm_set1_epi16(u'@');
    for (; k + 8 <= to; k += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + k));
        const __m128i hit
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, dot), _mm_cmpeq_epi16(v, colon)), _mm_cmpeq_epi16(v, at));
        if (const int mask = _mm_movemask_epi8(hit))
            return k + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)) / 2);
    }
#else
    constexpr std::uint64_t ones = 0x0001000100010001ULL;
    constexpr std::uint64_t highs = 0x8000800080008000ULL;
    for (; k + 4 <= to; k += 4) {
        std::uint64_t x = 0;
        std::memcpy(&x, text + k, sizeof x);
        const auto zeroLane = [&](std::uint64_t mark) {
            const std::uint64_t y = x ^ (ones * mark);
            return (y - ones) & ~y & highs;
        };
        if ((zeroLane(u'.') | zeroLane(u':') | zeroLane(u'@')) != 0)
            return k;
    }
#endif
    for (; k < to; ++k)
        if (text[k] == u'.' || text[k] == u':' || text[k] == u'@')
            return k;
    return to;
}

// Whether text[from, to) holds only what needs none of the tokenizer's special rules: lower-case
// ASCII letters, digits and the lower-case Latin-1 letters (U+00E0 to U+00FF but U+00F7). Most
// French words are such; with SSE2 eight UTF-16 units are checked at once, reading past `to`
// (never past `size`) and ignoring the lanes beyond it.
bool plainWord(const char16_t *text, std::size_t from, std::size_t to, std::size_t size)
{
    std::size_t k = from;
#if defined(__SSE2__)
    const auto inRange = [](__m128i v, char16_t lo, char16_t hi) {
        // v - lo <= hi - lo, unsigned: a saturating subtraction of (hi - lo) leaves zero.
        const __m128i shifted = _mm_sub_epi16(v, _mm_set1_epi16(static_cast<short>(lo)));
        return _mm_cmpeq_epi16(_mm_subs_epu16(shifted, _mm_set1_epi16(static_cast<short>(hi - lo))),
                               _mm_setzero_si128());
    };
    while (k < to && k + 8 <= size) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + k));
        const __m128i latin = _mm_andnot_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(0xF7)), inRange(v, 0xE0, 0xFF));
        const __m128i ok = _mm_or_si128(_mm_or_si128(inRange(v, u'a', u'z'), inRange(v, u'0', u'9')), latin);
        const std::size_t lanes = std::min<std::size_t>(8, to - k);
        const unsigned wanted = lanes == 8 ? 0xFFFFu : (1u << (2 * lanes)) - 1u;
        if ((static_cast<unsigned>(_mm_movemask_epi8(ok)) & wanted) != wanted)
            return false;
        k += lanes;
    }
#endif
    for (; k < to; ++k) {
        const char16_t c = text[k];
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= 0xE0 && c <= 0xFF && c != 0xF7)))
            return false;
    }
    return true;
}

std::vector<std::pair<std::int32_t, std::int32_t>> findLinks(const std::u16string &text)
{
    std::vector<std::pair<std::int32_t, std::int32_t>> out;
    const std::size_t n = text.size();
    const auto isLocalChar = [](char16_t c) {
        return isAsciiAlnum(c) || c == u'.' || c == u'-' || c == u'_' || c == u'+' || c == u'%';
    };
    for (std::size_t k = 1; k + 1 < n; ++k) {
        k = nextLinkMark(text.data(), k, n - 1);
        if (k + 1 >= n)
            break;
        const char16_t c = text[k];
        if (c > u'@' || (c != u'.' && c != u'@' && c != u':')) // letters, most of a text, fail the first test
            continue;
        if (!isAsciiAlnum(text[k + 1]) && text[k + 1] != u'/')
            continue;
        if (!out.empty() && k < static_cast<std::size_t>(out.back().second))
            continue;
        std::size_t start = k;
        while (start > 0 && isLocalChar(text[start - 1]))
            --start;
        // Letters before it (an accented word, "élus.fr") or a link already there: not a link's start.
        if (start == k || (start > 0 && (isLetter(text[start - 1]) || text[start - 1] == u'@'))
            || (!out.empty() && start < static_cast<std::size_t>(out.back().second)))
            continue;
        std::size_t end = 0;
        if (c == u':') {
            if (startsWithNoCase(text, start, u"http://") || startsWithNoCase(text, start, u"https://")) {
                const std::size_t h = hostEnd(text, k + 3);
                end = h ? pathEnd(text, h) : 0;
            }
        } else if (c == u'@') {
            end = hostEnd(text, k + 1);
        } else {
            std::size_t at = k; // an e-mail address whose local part has a dot: its '@' comes later
            while (at < n && isLocalChar(text[at]))
                ++at;
            if (at < n && text[at] == u'@')
                end = hostEnd(text, at + 1);
            else if (const std::size_t h = hostEnd(text, start))
                end = pathEnd(text, h);
        }
        if (end > k) {
            out.emplace_back(static_cast<std::int32_t>(start), static_cast<std::int32_t>(end));
            k = end - 1;
        }
    }
    return out;
}

bool gapIsLineBreakOnly(const std::u16string &text, std::int32_t from, std::int32_t to)
{
    int lineBreaks = 0;
    for (std::int32_t i = from; i < to; ++i) {
        const char16_t c = text[static_cast<std::size_t>(i)];
        if (isLineBreak(c))
            ++lineBreaks;
        else if (!isBlank(c))
            return false;
    }
    return lineBreaks == 1
        || (lineBreaks == 2 && text.find(u"\r\n", static_cast<std::size_t>(from)) < static_cast<std::size_t>(to));
}

} // namespace

Tokenizer::Tokenizer(TokenizerOptions options)
    : m_options(options)
{
    UErrorCode status = U_ZERO_ERROR;
    m_words.reset(icu::BreakIterator::createWordInstance(icu::Locale("fr", "FR"), status));
    if (U_FAILURE(status) || !m_words)
        throw std::runtime_error(std::string("ICU word break iterator unavailable: ") + u_errorName(status));
}

Tokenizer::~Tokenizer() = default;

std::int32_t Tokenizer::cliticLength(const std::u16string &text, std::int32_t start, std::int32_t end)
{
    // Fast exit for the vast majority of tokens: no apostrophe where a clitic's would be.
    bool apostrophe = false;
    for (std::int32_t k = start + 1; k < end && k <= start + 6 && !apostrophe; ++k)
        apostrophe = isApostrophe(text[static_cast<std::size_t>(k)]);
    if (!apostrophe)
        return 0;
    for (std::u16string_view clitic : kClitics) {
        const auto len = static_cast<std::int32_t>(clitic.size());
        if (end - start < len + 2) // clitic, apostrophe, at least one character
            continue;
        bool same = true;
        for (std::int32_t k = 0; k < len && same; ++k)
            same = asciiLower(text[static_cast<std::size_t>(start + k)]) == clitic[static_cast<std::size_t>(k)];
        if (same && isApostrophe(text[static_cast<std::size_t>(start + len)])
            && isAlnum(text[static_cast<std::size_t>(start + len + 1)]))
            return len;
    }
    return 0;
}

void Tokenizer::emitWord(const std::u16string &text, std::int32_t start, std::int32_t end, std::uint16_t flags,
                         std::vector<Token> &out) const
{
    if (!m_options.splitCamelCase || end - start < 3) {
        out.push_back({ start, end, flags });
        return;
    }
    std::int32_t partStart = start;
    for (std::int32_t k = start + 1; k < end; ++k) {
        const char16_t prev = text[static_cast<std::size_t>(k - 1)];
        const char16_t c = text[static_cast<std::size_t>(k)];
        if (!isUpper(c))
            continue;
        // Split only before a capital that starts a word of two letters or more ("Open|Data",
        // "e|Santé", "OPEN|Data"), so that acronyms written with a lower-case letter stay whole
        // ("IoT", "PhD").
        if (k + 1 >= end || !isLower(text[static_cast<std::size_t>(k + 1)]))
            continue;
        const bool lowerUpper = isLower(prev);
        const bool acronymEnd = isUpper(prev) && k - 1 > partStart;
        if (lowerUpper || acronymEnd) {
            out.push_back({ partStart, k, flags });
            flags = Token::CamelContinuation | (flags & Token::Number);
            partStart = k;
        }
    }
    out.push_back({ partStart, end, flags });
}

void Tokenizer::emitPart(const std::u16string &text, std::int32_t start, std::int32_t end, std::uint16_t flags,
                         bool &pendingElision, std::int32_t &prevEnd, bool &first, std::vector<Token> &out,
                         bool special) const
{
    std::int32_t wordStart = start;
    while (special) { // "qu'aujourd'hui", "jusqu'à"
        const std::int32_t len = cliticLength(text, wordStart, end);
        if (!len)
            break;
        wordStart += len + 1;
        flags |= Token::Elided;
    }
    if (pendingElision) {
        flags |= Token::Elided;
        pendingElision = false;
    }
    if (first) {
        flags |= Token::PhraseBreakBefore | Token::SentenceBreakBefore | Token::ParagraphBreakBefore;
        first = false;
    } else if (wordStart == prevEnd + 1 && text[static_cast<std::size_t>(prevEnd)] == u' ') {
        // the usual gap, one space: nothing to flag
    } else {
        std::uint16_t gap = gapFlags(text, prevEnd, wordStart);
        if (!m_options.punctuationBreaks)
            gap &= ~(Token::PhraseBreakBefore | Token::SentenceBreakBefore | Token::ParagraphBreakBefore);
        const char16_t last = text[static_cast<std::size_t>(prevEnd) - 1];
        const char16_t next = text[static_cast<std::size_t>(wordStart)];
        if ((gap & Token::HyphenBreakBefore) && !(isLetter(last) && isLetter(next)))
            gap &= ~Token::HyphenBreakBefore;
        if (last == 0xAD && isLetter(next) && gapIsLineBreakOnly(text, prevEnd, wordStart))
            gap |= Token::SoftBreakBefore;
        flags |= gap;
    }
    if (special)
        emitWord(text, wordStart, end, flags, out);
    else
        out.push_back({ wordStart, end, flags });
    prevEnd = end;
}

void Tokenizer::tokenize(const std::u16string &text, std::vector<Token> &out)
{
    out.clear();
    Run run;
    run.links = findLinks(text);
    run.linkStart = run.links.empty() ? Run::kNone : run.links[0].first;
    const auto size = static_cast<std::int32_t>(text.size());
    if (!m_options.fastSegmentation) {
        segmentWithIcu(text, 0, size, run, out);
        return;
    }
    // Line by line: ICU's segmentation never joins across a line break, so each line is cut
    // without ICU when it holds only ordinary Latin text (most lines of most documents), and by
    // ICU otherwise.
    std::int32_t at = 0;
    while (at < size) {
        bool simple = true;
        const std::int32_t end = SimpleWordBreak::lineEnd(text.data(), at, size, simple);
        if (simple) {
            m_segments.clear();
            SimpleWordBreak::segmentLine(text.data(), at, end, m_segments, true);
            for (const WordSegment &segment : m_segments)
                onSegment(
                    text, segment.start, segment.end, [&segment] { return segment.kind; }, run, out);
        } else {
            segmentWithIcu(text, at, end, run, out);
        }
        if (end >= size)
            break;
        at = SimpleWordBreak::lineBreak(text.data(), end, size); // a line break is never a word
        onSegment(
            text, end, at, [] { return WordSegment::None; }, run, out);
    }
}

void Tokenizer::segmentWithIcu(const std::u16string &text, std::int32_t from, std::int32_t to, Run &run,
                               std::vector<Token> &out)
{
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUChars(nullptr, text.data() + from, static_cast<int64_t>(to - from), &status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU UText failed: ") + u_errorName(status));
    m_words->setText(ut, status);
    utext_close(ut); // setText made a shallow clone
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU setText failed: ") + u_errorName(status));
    const auto kind = [this] {
        const std::int32_t rule = m_words->getRuleStatus();
        return rule < UBRK_WORD_NONE_LIMIT  ? WordSegment::None
            : rule < UBRK_WORD_NUMBER_LIMIT ? WordSegment::Number
                                            : WordSegment::Letter;
    };
    std::int32_t start = m_words->first();
    for (std::int32_t end = m_words->next(); end != icu::BreakIterator::DONE; start = end, end = m_words->next())
        onSegment(text, from + start, from + end, kind, run, out);
}

template <typename Kind>
void Tokenizer::onSegment(const std::u16string &text, std::int32_t start, std::int32_t end, Kind kind, Run &run,
                          std::vector<Token> &out) const
{
    // A link is one token, whatever the segmentation makes of it; the words around it in the same
    // segment ("voir:www.ville.fr") are words of their own.
    if (run.linkStart < end) {
        while (run.link < run.links.size() && run.links[run.link].second <= start)
            ++run.link;
        run.linkStart = run.link < run.links.size() ? run.links[run.link].first : Run::kNone;
    }
    if (run.linkStart < end) {
        emitAroundLinks(text, start, end, run.links, run.link, run.pendingElision, run.prevEnd, run.first, out);
        return;
    }
    // Is this segment a word? Its kind (ICU's rule status) says, but asking ICU costs a virtual
    // call per segment; for an ASCII first character the character itself tells (UAX #29 puts
    // ASCII letters and digits in words, everything else ASCII outside them).
    std::uint16_t flags = 0;
    const char16_t head = text[static_cast<std::size_t>(start)];
    if (head < 0x80) {
        if (head >= u'0' && head <= u'9')
            flags = Token::Number;
        else if (!((head >= u'a' && head <= u'z') || (head >= u'A' && head <= u'Z') || head == u'_'))
            return;
    } else {
        const WordSegment::Kind k = kind();
        if (k == WordSegment::None)
            return;
        flags = k == WordSegment::Number ? Token::Number : 0;
    }

    // ICU splits a clitic off by itself when the apostrophe is not one it joins on (U+00B4):
    // "l´open" is [l][´][open]. Drop the clitic when an apostrophe and a word follow at once.
    const auto length = static_cast<std::int32_t>(text.size());
    if (end + 1 < length && isApostrophe(text[static_cast<std::size_t>(end)])
        && isAlnum(text[static_cast<std::size_t>(end) + 1])) {
        std::u16string probe(text, static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
        probe += u"'x";
        if (cliticLength(probe, 0, static_cast<std::int32_t>(probe.size())) == end - start) {
            run.pendingElision = true;
            return;
        }
    }
    // One pass over the word tells which of the rules below can apply; most French words are
    // plain lower-case letters and need none of them.
    const bool special = head == u'_'
        || !plainWord(text.data(), static_cast<std::size_t>(start) + 1, static_cast<std::size_t>(end), text.size());
    if (!special) {
        emitPart(text, start, end, flags, run.pendingElision, run.prevEnd, run.first, out, false);
        return;
    }
    emitSpecial(text, start, end, flags, run.pendingElision, run.prevEnd, run.first, out);
}

void Tokenizer::emitSpecial(const std::u16string &text, std::int32_t start, std::int32_t end, std::uint16_t flags,
                            bool &pendingElision, std::int32_t &prevEnd, bool &first, std::vector<Token> &out) const
{
    // ICU classes U+202F (the narrow no-break space French puts in "50 000" and before "; : ! ?")
    // and '_' as ExtendNumLet, which glues "ville\u202Fconnectée" into one word. Split there,
    // except between digits, where U+202F is a thousands separator.
    // ICU also keeps "tour.Depuis" whole ('.' joins letters in UAX #29; ':' does in UAX #29 but not in ICU's rules):
    // text taken from PDFs and web pages glues sentences so. A full stop or colon between a letter
    // and a capital splits the word; the gap then holds the mark, which breaks the sentence or the
    // phrase as usual. Links never get here (findLinks), nor do numbers ("3.5").
    // Most words that get here only hold an apostrophe or a capital: one quick look for the
    // marks that can split.
    bool splits = false;
    for (std::int32_t k = start; k < end && !splits; ++k) {
        const char16_t c = text[static_cast<std::size_t>(k)];
        splits = c == u'.' || c == u':' || c == 0x202F || c == u'_';
    }
    if (!splits) {
        emitPart(text, start, end, flags, pendingElision, prevEnd, first, out, true);
        return;
    }
    std::int32_t partStart = start;
    for (std::int32_t k = start; k <= end; ++k) {
        if (k < end) {
            const char16_t c = text[static_cast<std::size_t>(k)];
            if (c == u'.' || c == u':') {
                if (!(k > start && k + 1 < end && isLetter(text[static_cast<std::size_t>(k) - 1])
                      && isUpper(text[static_cast<std::size_t>(k) + 1])))
                    continue;
            } else if (c != 0x202F && (c != u'_' || !m_options.splitUnderscores)) {
                continue;
            } else {
                const bool digits = k > start && k + 1 < end && u_isdigit(text[static_cast<std::size_t>(k) - 1])
                    && u_isdigit(text[static_cast<std::size_t>(k) + 1]);
                if (digits && c == 0x202F)
                    continue;
            }
        }
        if (k > partStart) {
            emitPart(text, partStart, k, flags, pendingElision, prevEnd, first, out, true);
            flags &= Token::Number;
        }
        partStart = k + 1;
    }
}

void Tokenizer::emitAroundLinks(const std::u16string &text, std::int32_t start, std::int32_t end,
                                const std::vector<std::pair<std::int32_t, std::int32_t>> &links, std::size_t link,
                                bool &pendingElision, std::int32_t &prevEnd, bool &first, std::vector<Token> &out) const
{
    // The parts of the segment outside links are words if they hold a letter or a digit (their
    // edges trimmed of punctuation); each link is emitted once, by the first segment it touches.
    const auto word = [&](std::int32_t from, std::int32_t to) {
        while (from < to && !isAlnum(text[static_cast<std::size_t>(from)]))
            ++from;
        while (to > from && !isAlnum(text[static_cast<std::size_t>(to) - 1]))
            --to;
        if (to > from)
            emitSpecial(text, from, to, 0, pendingElision, prevEnd, first, out);
    };
    std::int32_t pos = start;
    for (; link < links.size() && links[link].first < end; ++link) {
        const auto [linkStart, linkEnd] = links[link];
        if (linkStart > pos)
            word(pos, linkStart);
        if (linkStart >= prevEnd && (out.empty() || out.back().start != linkStart)) {
            // The gap before it, as for any word (a link after a full stop starts a sentence).
            std::uint16_t flags = Token::Link;
            emitPart(text, linkStart, linkStart, flags, pendingElision, prevEnd, first, out, false);
            out.back().end = linkEnd;
            prevEnd = linkEnd;
        }
        pos = std::max(pos, linkEnd);
    }
    if (pos < end)
        word(pos, end);
}

} // namespace vigie::core
