// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Concordance.h"

#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "text/Folding.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace vigie::core {

namespace {

std::u32string toCodePoints(const std::string &utf8)
{
    const std::u16string u = fromUtf8(utf8);
    std::u32string out;
    out.reserve(u.size());
    for (std::size_t i = 0; i < u.size(); ++i) {
        const char16_t c = u[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < u.size()) {
            out.push_back(0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10)
                          + (static_cast<char32_t>(u[i + 1]) - 0xDC00));
            ++i;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string toUtf8(const std::u32string &s)
{
    std::u16string u;
    for (char32_t c : s) {
        if (c == U'\n' || c == U'\r' || c == U'\t')
            c = U' ';
        if (c > 0xFFFF) {
            u.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
            u.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
        } else {
            u.push_back(static_cast<char16_t>(c));
        }
    }
    return vigie::core::toUtf8(std::u16string_view(u));
}

ConcordanceLine lineAt(const std::u32string &text, std::int64_t programme, std::int64_t start, std::int64_t end,
                       int context)
{
    const auto n = static_cast<std::int64_t>(text.size());
    start = std::clamp<std::int64_t>(start, 0, n);
    end = std::clamp<std::int64_t>(end, start, n);
    ConcordanceLine l;
    l.programme = programme;
    l.start = start;
    l.end = end;
    const std::int64_t from = std::max<std::int64_t>(0, start - context);
    const std::int64_t to = std::min<std::int64_t>(n, end + context);
    l.left = toUtf8(text.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(start - from)));
    l.match = toUtf8(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    l.right = toUtf8(text.substr(static_cast<std::size_t>(end), static_cast<std::size_t>(to - end)));
    return l;
}

// The context's words, folded, nearest the match first: punctuation and spacing do not count,
// and left contexts read leftwards ("la ville de" sorts by "de", then "ville").
std::string sortKey(const std::string &s, bool leftContext)
{
    const std::u16string folded = foldToken(fromUtf8(s));
    std::vector<std::u16string> words;
    std::u16string w;
    for (char16_t c : folded) {
        if (u_isalnum(c)) {
            w.push_back(c);
        } else if (!w.empty()) {
            words.push_back(w);
            w.clear();
        }
    }
    if (!w.empty())
        words.push_back(w);
    if (leftContext)
        std::reverse(words.begin(), words.end());
    std::u16string key;
    for (const auto &word : words)
        key += word + u'\x01'; // below any letter: "ab" sorts before "abc"
    return vigie::core::toUtf8(std::u16string_view(key));
}

} // namespace

std::vector<ConcordanceLine> concordance(CorpusStore &store, const ConcordanceQuery &q)
{
    if (q.theme.empty() == q.phrase.empty())
        throw std::invalid_argument("a concordance needs a theme or a word, not both");
    std::vector<ConcordanceLine> lines;
    const std::int64_t version = store.currentDictionaryVersion();
    Database &db = store.database();
    std::int64_t loaded = -1;
    std::u32string text;
    const auto cancelled = [&q] {
        return q.cancel && q.cancel->load();
    };
    auto textOf = [&](std::int64_t id) -> const std::u32string & {
        if (id != loaded) {
            text = toCodePoints(store.programmeText(id));
            loaded = id;
        }
        return text;
    };

    if (!q.theme.empty()) {
        if (version == 0)
            throw std::invalid_argument("the study has no dictionary yet");
        const Dictionary dict = store.dictionary(version);
        const int root = dict.themeIndex(q.theme);
        if (root < 0)
            throw std::invalid_argument("unknown theme \"" + q.theme + "\"");
        // The theme and its descendants: a concordance of numerique shows open_data mentions too.
        nlohmann::json ids = nlohmann::json::array();
        for (std::size_t t = 0; t < dict.themes().size(); ++t) {
            const auto up = dict.ancestors(static_cast<int>(t));
            if (static_cast<int>(t) == root || std::find(up.begin(), up.end(), root) != up.end())
                ids.push_back(dict.themes()[t].id);
        }
        auto st = db.prepare("SELECT programme, start, end, theme, term, rule FROM programme_mentions "
                             "WHERE dictionary_version = ?1 AND theme IN (SELECT value FROM json_each(?2)) "
                             "ORDER BY programme, start");
        st.bind(1, version).bind(2, ids.dump());
        while (st.step()) {
            if (st.columnInt(0) != loaded && cancelled())
                return lines;
            ConcordanceLine l
                = lineAt(textOf(st.columnInt(0)), st.columnInt(0), st.columnInt(1), st.columnInt(2), q.context);
            l.theme = st.columnText(3);
            l.term = countedBy(dict, dict.themeIndex(l.theme), static_cast<int>(st.columnInt(4)),
                               static_cast<int>(st.columnInt(5)));
            lines.push_back(std::move(l));
        }
    } else {
        // A one-term dictionary, so the phrase matches exactly as a dictionary term would.
        Dictionary one = Dictionary::fromJson(
            nlohmann::json { { "themes", { { { "id", "query" }, { "label", "query" }, { "terms", { q.phrase } } } } } }
                .dump(),
            "query");
        Tagger tagger(ThemeMatcher::compile(one));
        std::vector<std::int64_t> candidates;
        if (q.phrase.find('*') == std::string::npos)
            candidates = store.search("\"" + q.phrase + "\"", 1 << 30);
        else
            candidates = store.programmeIds();
        std::sort(candidates.begin(), candidates.end());
        for (const auto id : candidates) {
            if (cancelled())
                return lines;
            const std::string utf8 = store.programmeText(id);
            const TagResult r = tagger.tag(utf8);
            if (r.mentions.empty())
                continue;
            const std::u32string &cps = textOf(id);
            for (const auto &m : r.mentions)
                lines.push_back(lineAt(cps, id, m.start, m.end, q.context));
        }
    }

    if (cancelled())
        return lines;
    if (q.sort != ConcordanceQuery::Sort::Document) {
        const bool left = q.sort == ConcordanceQuery::Sort::Left;
        std::vector<std::pair<std::string, std::size_t>> keys;
        for (std::size_t i = 0; i < lines.size(); ++i)
            keys.emplace_back(left ? sortKey(lines[i].left, true) : sortKey(lines[i].right, false), i);
        std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<ConcordanceLine> sorted;
        for (const auto &k : keys)
            sorted.push_back(std::move(lines[k.second]));
        lines = std::move(sorted);
    }
    if (q.limit > 0 && static_cast<std::int64_t>(lines.size()) > q.limit)
        lines.resize(static_cast<std::size_t>(q.limit));
    return lines;
}

std::vector<ConcordanceLine> concordanceAt(CorpusStore &store, const std::vector<TextSpan> &places, int context)
{
    std::vector<ConcordanceLine> lines;
    lines.reserve(places.size());
    std::int64_t loaded = -1;
    std::u32string text;
    for (const TextSpan &p : places) {
        if (p.programme != loaded) {
            text = toCodePoints(store.programmeText(p.programme));
            loaded = p.programme;
        }
        lines.push_back(lineAt(text, p.programme, p.start, p.end, context));
    }
    return lines;
}

} // namespace vigie::core
