// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text/Tokenizer.h"

struct sqlite3;

namespace vigie::core {

// The FTS5 tokenizer "vigie": the tagger's tokenizer and folding (elisions, CamelCase, accents,
// case, ligatures, apostrophes, plural folding) applied to the search index and to queries, so
// that search finds what the tagger counts ("donnée" finds "données", "open data" finds
// "#OpenData"). Offsets given to FTS5 are UTF-8 byte offsets, as it requires.
//
// Must be registered on every connection before a table using it is read or written.
// Throws StorageError if this SQLite has no FTS5.
void registerSearchTokenizer(sqlite3 *db);

// A search holds at most this many words (a phrase counts its words). FTS5's time grows with the
// square of the terms of a query (10,000 words took 13 s on the demo study): a query this long is
// a paste by mistake, and is refused with SearchTooLong rather than run.
inline constexpr int kMaxSearchWords = 64;

// What a user typed has more than kMaxSearchWords words (once repeated words and phrases are
// counted once). Not a StorageError: the study is fine, the query is not.
class SearchTooLong : public std::runtime_error
{
public:
    explicit SearchTooLong(int words);
    int words() const { return m_words; }

private:
    int m_words;
};

// Builds an FTS5 MATCH expression from what a user typed, never passing their text as FTS5
// syntax: every word becomes a quoted string, so quotes, NEAR, AND/OR/NOT, parentheses, '*',
// '^' and column filters are plain words. Words are ANDed; text the user put between double
// quotes is a phrase; a word or phrase given twice is searched once (AND is idempotent). Returns
// an empty string when there is no word to search. Throws SearchTooLong past kMaxSearchWords.
std::string searchExpression(std::string_view userText);

// The words of `text` as the index sees them (folded keys), for highlighting and tests.
std::vector<std::string> searchKeys(std::string_view text);

// The index's tokens of one text, computed ahead of time from the tagger's tokens so that an
// import tokenizes each text once, on its worker thread.
struct PreparedSearchTokens
{
    struct Entry
    {
        int keyOffset, keyLength, byteStart, byteEnd;
    };
    std::string_view text; // the UTF-8 text they belong to (must outlive the replay)
    std::string keys;
    std::vector<Entry> entries;
};

// `units` is the UTF-16 form of `utf8` and `tokens` what Tokenizer (default options) made of it.
// Not thread-safe across calls on one thread only: keeps a per-thread cache of folded keys.
void prepareSearchTokens(std::string_view utf8, const std::u16string &units, const std::vector<Token> &tokens,
                         PreparedSearchTokens &out);

// While alive, the "vigie" tokenizer on this thread replays `prepared` instead of tokenizing when
// SQLite asks it to index exactly that text (checked byte for byte); other texts are tokenized.
class ReplaySearchTokens
{
public:
    explicit ReplaySearchTokens(const PreparedSearchTokens &prepared);
    ~ReplaySearchTokens();
    ReplaySearchTokens(const ReplaySearchTokens &) = delete;
    ReplaySearchTokens &operator=(const ReplaySearchTokens &) = delete;
};

} // namespace vigie::core
