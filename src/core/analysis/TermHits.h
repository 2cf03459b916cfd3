// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "analysis/Concordance.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace vigie::core {

class CorpusStore;
class Dictionary;
class ThemeMatcher;

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

} // namespace vigie::core
