// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/SpellingCache.h"
#include "tagging/ThemeMatcher.h"
#include "text/Tokenizer.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace vigie::core {

// Which programmes of a study have which spellings, learnt while their terms are counted, so that
// a recount after a dictionary edit reads only the programmes where the edited items can match
// (analysis/TermHits.h). A posting is a spelling a programme has as a token, or one line-break
// hyphenation could make of its tokens ("numé-" + "rique"), whatever the dictionary decides.
// Immutable once finished; safe to share between threads.
class StudyWords
{
public:
    // What one document has, as the learner that read it numbers its spellings.
    struct Learnt
    {
        std::vector<std::uint32_t> spellings;
        std::vector<std::uint32_t> joins; // the folded left and right sides of each hyphenation site
    };

    // Reads documents on one thread (any number of learners may feed one StudyWords); add() then
    // takes what they learnt, on the thread that owns the StudyWords.
    class Learner
    {
    public:
        // `tokens` as Tagger::lastTokens() gives them for `text`.
        Learnt learn(const std::u16string &text, const std::vector<Token> &tokens);

    private:
        friend class StudyWords;
        void idOf(SpellingCache &table, std::vector<std::u16string> &names, std::u16string_view spelling,
                  std::vector<std::uint32_t> &seen, std::vector<std::uint32_t> &out);

        SpellingCache m_spellings; // spelling -> local id (Value::offset)
        std::vector<std::u16string> m_names;
        std::vector<std::uint32_t> m_seen; // local id -> serial of the last document that had it
        SpellingCache m_joins;
        std::vector<std::u16string> m_joinNames;
        std::vector<std::uint32_t> m_joinSeen;
        std::uint32_t m_serial = 0;
        // Local id -> the StudyWords' id (filled by add()), for the one StudyWords it feeds.
        std::vector<std::uint32_t> m_global;
        std::vector<std::uint32_t> m_joinGlobal;
    };

    // Programmes are added in the order they are counted; finish() before any query. `keys`: the
    // study's CorpusStore::programmeKeys() when the count began, which a recount compares.
    void add(std::int64_t programme, Learner &from, const Learnt &learnt);
    void finish(std::vector<std::pair<std::int64_t, std::uint64_t>> keys);

    const std::vector<std::int64_t> &programmes() const { return m_programmes; }
    const std::vector<std::pair<std::int64_t, std::uint64_t>> &keys() const { return m_keys; }
    std::size_t spellingCount() const { return m_entries.size(); }
    std::size_t postingCount() const { return m_postings.size(); }

    // Sets marks[p] (p: index in programmes()) for every programme where some spelling could match
    // each word of `words` (a superset of where the phrase matches: order and distance are not
    // checked). `marks` has one slot per programme.
    void markPhrase(const std::vector<ThemeMatcher::Word> &words, std::vector<std::uint8_t> &marks) const;
    // Sets marks[p] for every programme where line-break hyphenation could join two tokens into a
    // word `word` matches: whether a break is repaired depends on the words the dictionary knows.
    void markJoined(const ThemeMatcher::Word &word, std::vector<std::uint8_t> &marks) const;

private:
    struct Entry
    {
        std::u16string spelling;
        std::u16string folded;
        std::u16string singular; // pluralKey(folded)
    };
    std::uint32_t globalId(std::vector<std::uint32_t> &map, const std::vector<std::u16string> &names,
                           std::uint32_t local, SpellingCache &table, std::vector<Entry> &entries);
    // The spellings (ids) a word can match, or be compared with by the hyphenation rule.
    std::vector<std::uint32_t> matching(const ThemeMatcher::Word &word) const;
    void ensureStems() const;

    std::vector<std::int64_t> m_programmes;
    std::vector<std::pair<std::int64_t, std::uint64_t>> m_keys;
    SpellingCache m_index; // spelling -> id
    std::vector<Entry> m_entries;
    SpellingCache m_joinIndex;
    std::vector<Entry> m_joinEntries; // spelling: the folded left side then the folded right side
    // Per programme, while adding; then per spelling (CSR: m_offsets[id] .. m_offsets[id + 1]).
    std::vector<std::uint32_t> m_documentOffsets { 0 };
    std::vector<std::uint32_t> m_documentSpellings;
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_postings;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_joinPostings; // (join id, programme), sorted
    std::vector<std::uint32_t> m_bySingular; // ids sorted by singular form
    std::vector<std::uint32_t> m_byFolded; // ids sorted by folded form
    mutable std::once_flag m_stemsOnce;
    mutable std::vector<std::u16string> m_stems; // per id, computed the first time a stem is asked
    mutable std::vector<std::uint32_t> m_byStem;
};

} // namespace vigie::core
