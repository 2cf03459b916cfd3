// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "analysis/Concordance.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;
class Dictionary;
class StudyWords;
class ThemeMatcher;
struct Mention;
struct TagResult;

// What each term of a dictionary would find in the study's programmes, with every counting rule
// applied (longest match wins, exclusions, one tree at a time: docs/counting.md), without storing
// anything: the dictionary editor shows it for a dictionary being edited.
struct TermHits
{
    // hits[theme][term]: the term's mentions, by programme then position; ruleHits[theme][rule]
    // likewise for the theme's rules (a span covers the rule's term and its context).
    std::vector<std::vector<std::vector<TextSpan>>> hits;
    std::vector<std::vector<std::vector<TextSpan>>> ruleHits;
    std::int64_t programmes = 0; // programmes tagged
    std::int64_t words = 0; // their words

    const std::vector<TextSpan> &of(int theme, int term) const;
    std::int64_t count(int theme, int term) const { return static_cast<std::int64_t>(of(theme, term).size()); }
    // Distinct programmes where the term has at least one mention.
    std::int64_t programmesWith(int theme, int term) const;
    const std::vector<TextSpan> &ofRule(int theme, int rule) const;
    std::int64_t ruleCount(int theme, int rule) const { return static_cast<std::int64_t>(ofRule(theme, rule).size()); }
    std::int64_t programmesWithRule(int theme, int rule) const;
    // Mentions of the theme's own terms and rules.
    std::int64_t ownCount(int theme) const;
};

// Tags every programme of the study with `dictionary` (which need not be stored in it), on
// `threads` threads (0: one per core, at most 4; the store is read by the calling thread only).
// Reports progress between batches of programmes; returns nullopt soon after `cancel` becomes
// true. The result does not depend on the number of threads. Throws DictionaryError when the
// dictionary does not compile, StorageError when the study cannot be read.
std::optional<TermHits> countTermHits(CorpusStore &store, const Dictionary &dictionary, const ProgressSink &progress,
                                      const std::atomic_bool &cancel, int threads = 0);
// The same with the dictionary already compiled (the editor compiles it once per edit).
std::optional<TermHits> countTermHits(CorpusStore &store, std::shared_ptr<const ThemeMatcher> matcher,
                                      const ProgressSink &progress, const std::atomic_bool &cancel, int threads = 0);

// A count, with what a recount after an edit needs to read only the programmes the edit can change.
struct TermCount
{
    std::shared_ptr<const ThemeMatcher> matcher;
    std::shared_ptr<const TermHits> hits;
    std::shared_ptr<const StudyWords> words; // the study's spellings, learnt by the full count
    std::vector<std::int64_t> programmeWords; // words of each programme of words->programmes()
};

// How a recount went, for benchmarks and the status line.
struct RecountReport
{
    bool incremental = false; // false: every programme was read (the reason in `why`)
    std::string why;
    std::int64_t programmesRead = 0;
    std::int64_t bytesRead = 0; // of text (UTF-8) tagged again
    std::int64_t programmes = 0;
    int changedPhrases = 0;
};

// Counts every programme as countTermHits() does, and learns the study's spellings.
std::optional<TermCount> countTerms(CorpusStore &store, std::shared_ptr<const ThemeMatcher> matcher,
                                    const ProgressSink &progress, const std::atomic_bool &cancel, int threads = 0);
// The count `matcher` gives, from `previous` (a count with another version of the dictionary):
// only the programmes where a changed item could match are read and tagged again
// (tagging/DictionaryDiff.h); every other programme keeps its mentions. The result is the one a
// full count gives (tests/core/RecountTest.cpp compares them edit by edit). Counts everything
// again when `previous` has no spellings, the study's programmes changed since, or the themes
// were added, removed, moved or reordered.
std::optional<TermCount> recountTerms(CorpusStore &store, const TermCount &previous,
                                      std::shared_ptr<const ThemeMatcher> matcher, const ProgressSink &progress,
                                      const std::atomic_bool &cancel, int threads = 0, RecountReport *report = nullptr);

// The tags a count gives each of its programmes, as Tagger::tag() gives them (the same mentions,
// words and rolled-up counts; not the UTF-16 offsets, which nothing stores): saving the dictionary the count is for
// writes them without tagging the texts again (CorpusStore::retag's `known`). Immutable; safe to share between threads.
class CountedTags
{
public:
    explicit CountedTags(const TermCount &count);
    ~CountedTags(); // where Mention is complete
    // False when the count has no such programme.
    bool tagsOf(std::int64_t programme, TagResult &out) const;

private:
    std::shared_ptr<const ThemeMatcher> m_matcher;
    std::vector<std::int64_t> m_programmes; // ascending
    std::vector<std::int64_t> m_words;
    std::vector<std::size_t> m_offsets; // per programme, into m_mentions
    std::vector<Mention> m_mentions; // by programme, then in text order
};

} // namespace vigie::core
