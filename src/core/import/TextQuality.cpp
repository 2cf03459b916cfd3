// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextQuality.h"

#include "text/Folding.h"
#include "text/Tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <mutex>

namespace vigie::core {

namespace {

constexpr std::size_t kMinimumWords = 50;
constexpr double kMinimumKnownShare = 0.75;
constexpr double kMaximumOneLetterShare = 0.10;
constexpr double kMaximumGarbledShare = 0.02;

// Places in the text with U+FFFD, or "Ã" / "Â" followed by a Latin-1 continuation character, or
// "â€": UTF-8 bytes taken for Latin-1 or windows-1252 characters ("donnÃ©es", "lâ€™école").
std::size_t garbledPlaces(std::u16string_view s)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == 0xFFFD)
            ++n;
        else if (i + 1 < s.size()
                 && (((s[i] == u'\u00C3' || s[i] == u'\u00C2') && s[i + 1] >= 0x80 && s[i + 1] <= 0xBF)
                     || (s[i] == u'\u00E2' && s[i + 1] == u'\u20AC')))
            ++n;
    }
    return n;
}

bool hasLetter(std::u16string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        UChar32 c = 0;
        U16_NEXT(s.data(), i, s.size(), c);
        if (u_isalpha(c))
            return true;
    }
    return false;
}

std::size_t codePoints(std::u16string_view s)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) {
        UChar32 c = 0;
        U16_NEXT(s.data(), i, s.size(), c);
    }
    return n;
}

} // namespace

Lexicon Lexicon::fromWords(std::string_view lines)
{
    Lexicon lexicon;
    std::size_t start = 0;
    while (start < lines.size()) {
        auto end = lines.find('\n', start);
        if (end == std::string_view::npos)
            end = lines.size();
        std::string_view word = lines.substr(start, end - start);
        while (!word.empty() && (word.back() == '\r' || word.back() == ' '))
            word.remove_suffix(1);
        if (!word.empty())
            lexicon.m_words.insert(foldToken(fromUtf8(word)));
        start = end + 1;
    }
    return lexicon;
}

std::shared_ptr<const Lexicon> Lexicon::french()
{
    static std::shared_ptr<const Lexicon> loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        const char *override = std::getenv("VIGIE_WORDLIST");
        std::ifstream in(override && *override ? override : "/usr/share/dict/french", std::ios::binary);
        const std::string words = in ? std::string(std::istreambuf_iterator<char>(in), {}) : std::string();
        loaded = std::make_shared<const Lexicon>(fromWords(words));
    });
    return loaded;
}

bool TextQuality::low() const
{
    if (words < kMinimumWords)
        return false;
    return (knownShare >= 0 && knownShare < kMinimumKnownShare) || oneLetterShare > kMaximumOneLetterShare
        || garbledShare > kMaximumGarbledShare;
}

TextQuality measureTextQuality(std::u16string_view text, const std::vector<Token> &tokens, const Lexicon &lexicon)
{
    TextQuality q;
    std::size_t known = 0, oneLetter = 0;
    for (const Token &t : tokens) {
        if (t.flags & (Token::Number | Token::Link))
            continue;
        if (t.start < 0 || t.end > static_cast<std::int32_t>(text.size()) || t.end <= t.start)
            continue;
        const std::u16string_view word
            = text.substr(static_cast<std::size_t>(t.start), static_cast<std::size_t>(t.end - t.start));
        if (!hasLetter(word))
            continue;
        ++q.words;
        const std::u16string folded = foldToken(word);
        if (codePoints(folded) == 1 && folded != u"a" && folded != u"y")
            ++oneLetter;
        if (lexicon.empty())
            continue;
        const bool knows = lexicon.knows(folded); // the tokenizer has split compounds at their hyphens
        known += knows ? 1 : 0;
    }
    if (q.words > 0) {
        q.oneLetterShare = static_cast<double>(oneLetter) / static_cast<double>(q.words);
        q.garbledShare = static_cast<double>(garbledPlaces(text)) / static_cast<double>(q.words);
        if (!lexicon.empty())
            q.knownShare = static_cast<double>(known) / static_cast<double>(q.words);
    }
    return q;
}

} // namespace vigie::core
