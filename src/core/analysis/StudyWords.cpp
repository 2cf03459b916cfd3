// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/StudyWords.h"

#include "text/Folding.h"
#include "text/Hyphenation.h"
#include "text/Stemmer.h"

#include <algorithm>
#include <limits>

namespace vigie::core {

namespace {

constexpr std::uint32_t kUnknown = std::numeric_limits<std::uint32_t>::max();
// A word broken over more lines than this is not looked for (the tagger would join it, but no
// dictionary word is that long in pieces).
constexpr std::size_t kLongestChain = 8;

bool hyphenBreakBefore(const Token &t)
{
    return t.has(Token::HyphenBreakBefore) || t.has(Token::SoftBreakBefore);
}

bool startsWith(const std::u16string &s, const std::u16string &prefix)
{
    return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin());
}

} // namespace

void StudyWords::Learner::idOf(SpellingCache &table, std::vector<std::u16string> &names, std::u16string_view spelling,
                               std::vector<std::uint32_t> &seen, std::vector<std::uint32_t> &out)
{
    const std::uint64_t hash = SpellingCache::hash(spelling);
    SpellingCache::Value value;
    if (!table.find(spelling, hash, value)) {
        value.offset = static_cast<std::uint32_t>(names.size());
        names.emplace_back(spelling);
        seen.push_back(0);
        table.insert(spelling, hash, value);
    }
    if (seen[value.offset] != m_serial) {
        seen[value.offset] = m_serial;
        out.push_back(value.offset);
    }
}

StudyWords::Learnt StudyWords::Learner::learn(const std::u16string &text, const std::vector<Token> &tokens)
{
    Learnt out;
    ++m_serial;
    const auto raw = [&text](std::size_t start, std::size_t end) {
        return std::u16string_view(text.data() + start, end - start);
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token &tok = tokens[i];
        const auto right = raw(static_cast<std::size_t>(tok.start), static_cast<std::size_t>(tok.end));
        idOf(m_spellings, m_names, right, m_seen, out.spellings);
        if (i == 0 || !hyphenBreakBefore(tok))
            continue;
        // Every unit the tagger could make here, whatever it decided before: tokens s..i-1 (already
        // joined when s < i - 1), then this one; and the two sides its rule compares.
        for (std::size_t s = i - 1;; --s) {
            const auto left
                = raw(static_cast<std::size_t>(tokens[s].start), static_cast<std::size_t>(tokens[i - 1].end));
            idOf(m_spellings, m_names, joinHyphenated(left, right), m_seen, out.spellings);
            if (s + 1 < i)
                idOf(m_spellings, m_names, left, m_seen, out.spellings);
            idOf(m_joins, m_joinNames, foldToken(left) + foldToken(right), m_joinSeen, out.joins);
            if (s == 0 || i - s >= kLongestChain || !hyphenBreakBefore(tokens[s]))
                break;
        }
    }
    return out;
}

std::uint32_t StudyWords::globalId(std::vector<std::uint32_t> &map, const std::vector<std::u16string> &names,
                                   std::uint32_t local, SpellingCache &table, std::vector<Entry> &entries)
{
    if (map.size() <= local)
        map.resize(names.size(), kUnknown);
    std::uint32_t &id = map[local];
    if (id != kUnknown)
        return id;
    const std::u16string &spelling = names[local];
    const std::uint64_t hash = SpellingCache::hash(spelling);
    SpellingCache::Value value;
    if (!table.find(spelling, hash, value)) {
        value.offset = static_cast<std::uint32_t>(entries.size());
        table.insert(spelling, hash, value);
        // A hyphenation site's key is folded already.
        std::u16string folded = &entries == &m_joinEntries ? spelling : foldToken(spelling);
        std::u16string singular = pluralKey(folded);
        entries.push_back({ spelling, std::move(folded), std::move(singular) });
    }
    id = value.offset;
    return id;
}

void StudyWords::add(std::int64_t programme, Learner &from, const Learnt &learnt)
{
    const auto document = static_cast<std::uint32_t>(m_programmes.size());
    m_programmes.push_back(programme);
    for (const std::uint32_t local : learnt.spellings)
        m_documentSpellings.push_back(globalId(from.m_global, from.m_names, local, m_index, m_entries));
    m_documentOffsets.push_back(static_cast<std::uint32_t>(m_documentSpellings.size()));
    for (const std::uint32_t local : learnt.joins)
        m_joinPostings.emplace_back(globalId(from.m_joinGlobal, from.m_joinNames, local, m_joinIndex, m_joinEntries),
                                    document);
}

void StudyWords::finish(std::vector<std::pair<std::int64_t, std::uint64_t>> keys)
{
    m_keys = std::move(keys);
    // Per programme -> per spelling, programmes in order.
    m_offsets.assign(m_entries.size() + 1, 0);
    for (const std::uint32_t id : m_documentSpellings)
        ++m_offsets[id + 1];
    for (std::size_t i = 1; i < m_offsets.size(); ++i)
        m_offsets[i] += m_offsets[i - 1];
    m_postings.resize(m_documentSpellings.size());
    std::vector<std::uint32_t> next(m_offsets.begin(), m_offsets.end() - 1);
    for (std::size_t d = 0; d + 1 < m_documentOffsets.size(); ++d)
        for (std::uint32_t k = m_documentOffsets[d]; k < m_documentOffsets[d + 1]; ++k)
            m_postings[next[m_documentSpellings[k]]++] = static_cast<std::uint32_t>(d);
    m_documentSpellings = {};
    m_documentOffsets = {};
    std::sort(m_joinPostings.begin(), m_joinPostings.end());

    m_bySingular.resize(m_entries.size());
    for (std::uint32_t i = 0; i < m_bySingular.size(); ++i)
        m_bySingular[i] = i;
    m_byFolded = m_bySingular;
    std::sort(m_bySingular.begin(), m_bySingular.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_entries[a].singular < m_entries[b].singular; });
    std::sort(m_byFolded.begin(), m_byFolded.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_entries[a].folded < m_entries[b].folded; });
}

void StudyWords::ensureStems() const
{
    std::call_once(m_stemsOnce, [this] {
        Stemmer stemmer;
        m_stems.reserve(m_entries.size());
        for (const Entry &e : m_entries)
            m_stems.push_back(stemmer.stem(e.spelling));
        m_byStem.resize(m_entries.size());
        for (std::uint32_t i = 0; i < m_byStem.size(); ++i)
            m_byStem[i] = i;
        std::sort(m_byStem.begin(), m_byStem.end(),
                  [this](std::uint32_t a, std::uint32_t b) { return m_stems[a] < m_stems[b]; });
    });
}

std::vector<std::uint32_t> StudyWords::matching(const ThemeMatcher::Word &word) const
{
    using Kind = ThemeMatcher::WordKind;
    std::vector<std::uint32_t> ids;
    // The ids of `sorted` whose form equals `key` (or starts with it).
    const auto collect
        = [&ids](const std::vector<std::uint32_t> &sorted, const auto &form, const std::u16string &key, bool prefix) {
              auto it = std::lower_bound(sorted.begin(), sorted.end(), key,
                                         [&form](std::uint32_t id, const std::u16string &k) { return form(id) < k; });
              for (; it != sorted.end() && (prefix ? startsWith(form(*it), key) : form(*it) == key); ++it)
                  ids.push_back(*it);
          };
    const auto singular = [this](std::uint32_t id) -> const std::u16string & {
        return m_entries[id].singular;
    };
    const auto folded = [this](std::uint32_t id) -> const std::u16string & {
        return m_entries[id].folded;
    };
    // A plain, folded or exact word matches spellings with its singular fold (exact ones among
    // them); the hyphenation rule compares every kind's singularOf() with a token's singular fold.
    collect(m_bySingular, singular, ThemeMatcher::singularOf(word), false);
    if (word.kind == Kind::Prefix)
        collect(m_byFolded, folded, word.key, true);
    if (word.kind == Kind::Stem) {
        ensureStems();
        collect(
            m_byStem, [this](std::uint32_t id) -> const std::u16string & { return m_stems[id]; }, word.key, false);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void StudyWords::markPhrase(const std::vector<ThemeMatcher::Word> &words, std::vector<std::uint8_t> &marks) const
{
    if (words.empty() || words.size() >= std::numeric_limits<std::uint16_t>::max())
        return;
    // have[p] = how many of the words, in turn, programme p has.
    std::vector<std::uint16_t> have(m_programmes.size(), 0);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto ids = matching(words[i]);
        if (ids.empty())
            return;
        for (const std::uint32_t id : ids)
            for (std::uint32_t k = m_offsets[id]; k < m_offsets[id + 1]; ++k)
                if (have[m_postings[k]] == i)
                    have[m_postings[k]] = static_cast<std::uint16_t>(i + 1);
    }
    for (std::size_t p = 0; p < have.size(); ++p)
        if (have[p] == words.size())
            marks[p] = 1;
}

void StudyWords::markJoined(const ThemeMatcher::Word &word, std::vector<std::uint8_t> &marks) const
{
    // What the tagger asks of a joined word: ThemeMatcher::knowsFoldedWord().
    const std::u16string singular = ThemeMatcher::singularOf(word);
    for (std::uint32_t id = 0; id < m_joinEntries.size(); ++id) {
        const Entry &e = m_joinEntries[id];
        if (e.singular != singular && !(word.kind == ThemeMatcher::WordKind::Prefix && startsWith(e.folded, word.key)))
            continue;
        auto it = std::lower_bound(m_joinPostings.begin(), m_joinPostings.end(), std::make_pair(id, 0u));
        for (; it != m_joinPostings.end() && it->first == id; ++it)
            marks[it->second] = 1;
    }
}

} // namespace vigie::core
