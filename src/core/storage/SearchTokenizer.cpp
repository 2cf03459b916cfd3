// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchTokenizer.h"

#include "storage/Database.h"
#include "tagging/SpellingCache.h"
#include "text/Folding.h"
#include "text/Tokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_set>

namespace vigie::core {

namespace {

// UTF-8 to UTF-16 with, for each UTF-16 unit, the byte offset it came from. Tolerant: FTS5 may
// hand us any bytes (a query), so an invalid byte becomes U+FFFD.
void decode(std::string_view s, std::u16string &units, std::vector<int> &byteOf)
{
    units.clear();
    byteOf.clear();
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        char32_t cp = 0xFFFD;
        std::size_t len = 1;
        if (c < 0x80) {
            cp = c;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
            len = 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
            cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
            len = 3;
        } else if ((c & 0xF8) == 0xF0 && i + 3 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80
                   && (p[i + 3] & 0xC0) == 0x80) {
            cp = ((c & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
            len = 4;
        }
        if (cp > 0xFFFF) {
            units.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
            units.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
            byteOf.push_back(static_cast<int>(i));
            byteOf.push_back(static_cast<int>(i));
        } else {
            units.push_back(static_cast<char16_t>(cp));
            byteOf.push_back(static_cast<int>(i));
        }
        i += len;
    }
    byteOf.push_back(static_cast<int>(n));
}

struct FtsTokenizer
{
    Tokenizer tokenizer;
    std::u16string units;
    std::vector<int> byteOf;
    std::vector<Token> tokens;
    // Folded key of each spelling seen, as for the tagger: most words repeat, and folding with
    // ICU for every occurrence cost a third of an import's time.
    SpellingCache keys;
    std::string keyPool;

    std::string_view keyOf(std::u16string_view raw)
    {
        const std::uint64_t hash = SpellingCache::hash(raw);
        SpellingCache::Value v;
        if (!keys.find(raw, hash, v)) {
            if (keys.size() >= (1u << 20)) {
                keys.clear();
                keyPool.clear();
            }
            const std::string key = toUtf8(pluralKey(foldToken(raw)));
            v = { static_cast<std::uint32_t>(keyPool.size()),
                  static_cast<std::uint16_t>(std::min<std::size_t>(key.size(), 0xFFFF)) };
            keyPool.append(key, 0, v.count);
            keys.insert(raw, hash, v);
        }
        return std::string_view(keyPool).substr(v.offset, v.count);
    }

    template <typename Emit> int run(std::string_view text, Emit &&emit)
    {
        decode(text, units, byteOf);
        tokenizer.tokenize(units, tokens);
        for (const Token &t : tokens) {
            const std::u16string_view raw(units.data() + t.start, static_cast<std::size_t>(t.end - t.start));
            const std::string_view key = keyOf(raw);
            if (key.empty())
                continue;
            if (const int rc
                = emit(key, byteOf[static_cast<std::size_t>(t.start)], byteOf[static_cast<std::size_t>(t.end)]);
                rc != SQLITE_OK)
                return rc;
        }
        return SQLITE_OK;
    }
};

thread_local const PreparedSearchTokens *t_replay = nullptr;

int ftsCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    try {
        *out = reinterpret_cast<Fts5Tokenizer *>(new FtsTokenizer());
        return SQLITE_OK;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

void ftsDelete(Fts5Tokenizer *t)
{
    delete reinterpret_cast<FtsTokenizer *>(t);
}

int ftsTokenize(Fts5Tokenizer *t, void *ctx, int, const char *text, int length,
                int (*token)(void *, int, const char *, int, int, int))
{
    try {
        if (const PreparedSearchTokens *p = t_replay; p && p->text.size() == static_cast<std::size_t>(length)
            && std::memcmp(p->text.data(), text, p->text.size()) == 0) {
            for (const auto &e : p->entries)
                if (const int rc = token(ctx, 0, p->keys.data() + e.keyOffset, e.keyLength, e.byteStart, e.byteEnd);
                    rc != SQLITE_OK)
                    return rc;
            return SQLITE_OK;
        }
        return reinterpret_cast<FtsTokenizer *>(t)->run(
            std::string_view(text, static_cast<std::size_t>(length)), [&](std::string_view key, int start, int end) {
                return token(ctx, 0, key.data(), static_cast<int>(key.size()), start, end);
            });
    } catch (...) { // never let an exception cross SQLite's C frames
        return SQLITE_ERROR;
    }
}

} // namespace

void registerSearchTokenizer(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        throw StorageError("this SQLite has no FTS5 full-text search");
    sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api)
        throw StorageError("this SQLite has no FTS5 full-text search");
    static fts5_tokenizer tokenizer = { ftsCreate, ftsDelete, ftsTokenize };
    if (api->xCreateTokenizer(api, "vigie", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        throw StorageError("cannot register the search tokenizer");
}

ReplaySearchTokens::ReplaySearchTokens(const PreparedSearchTokens &prepared)
{
    t_replay = &prepared;
}

ReplaySearchTokens::~ReplaySearchTokens()
{
    t_replay = nullptr;
}

void prepareSearchTokens(std::string_view utf8, const std::u16string &units, const std::vector<Token> &tokens,
                         PreparedSearchTokens &out)
{
    thread_local FtsTokenizer keys; // only its key cache is used
    out.text = utf8;
    out.keys.clear();
    out.entries.clear();
    // UTF-8 byte offset of each UTF-16 unit.
    std::vector<int> byteOf(units.size() + 1);
    int b = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        byteOf[i] = b;
        const char16_t c = units[i];
        b += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xD800 && c < 0xDC00) ? 4 : (c >= 0xDC00 && c < 0xE000) ? 0 : 3;
    }
    byteOf[units.size()] = b;
    for (const Token &t : tokens) {
        const std::string_view key
            = keys.keyOf(std::u16string_view(units.data() + t.start, static_cast<std::size_t>(t.end - t.start)));
        if (key.empty())
            continue;
        out.entries.push_back({ static_cast<int>(out.keys.size()), static_cast<int>(key.size()),
                                byteOf[static_cast<std::size_t>(t.start)], byteOf[static_cast<std::size_t>(t.end)] });
        out.keys.append(key);
    }
}

std::vector<std::string> searchKeys(std::string_view text)
{
    FtsTokenizer t;
    std::vector<std::string> keys;
    t.run(text, [&](std::string_view key, int, int) {
        keys.emplace_back(key);
        return SQLITE_OK;
    });
    return keys;
}

SearchTooLong::SearchTooLong(int words)
    : std::runtime_error("the search has " + std::to_string(words) + " words; at most "
                         + std::to_string(kMaxSearchWords) + " are searched at once")
    , m_words(words)
{ }

std::string searchExpression(std::string_view userText)
{
    // Split on the user's double quotes: odd pieces are phrases. Inside each piece, the raw words
    // (as our tokenizer finds them) are quoted for FTS5, which tokenizes them again with "vigie".
    FtsTokenizer t;
    bool phrase = false;
    std::size_t start = 0;
    auto quote = [](std::string_view word) {
        std::string q = "\"";
        for (char c : word)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::vector<std::string> terms; // quoted, in the order given, each once
    std::unordered_set<std::string> seen;
    int words = 0;
    const auto add = [&](std::string term, int count) {
        if (seen.insert(term).second) {
            terms.push_back(std::move(term));
            words += count;
        }
    };
    while (start <= userText.size()) {
        const std::size_t end = std::min(userText.find('"', start), userText.size());
        const std::string_view piece = userText.substr(start, end - start);
        std::vector<std::string_view> found;
        t.run(piece, [&](std::string_view, int s, int e) {
            found.push_back(piece.substr(static_cast<std::size_t>(s), static_cast<std::size_t>(e - s)));
            return SQLITE_OK;
        });
        if (phrase && !found.empty()) {
            std::string joined;
            for (const auto w : found)
                joined.append(joined.empty() ? "" : " ").append(w);
            add(quote(joined), static_cast<int>(found.size()));
        } else {
            for (const auto w : found)
                add(quote(w), 1);
        }
        phrase = !phrase;
        start = end + 1;
    }
    if (words > kMaxSearchWords)
        throw SearchTooLong(words);
    std::string out;
    for (const auto &term : terms)
        out.append(out.empty() ? "" : " ").append(term);
    return out;
}

} // namespace vigie::core
