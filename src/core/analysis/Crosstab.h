// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Groupings.h"
#include "analysis/Statistics.h"
#include "gazetteer/SizeClasses.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vigie::core {

class CorpusStore;

struct CrosstabOptions
{
    Grouping by = Grouping::SizeClass;
    SizeClasses sizes = SizeClasses::standard();
    std::vector<std::string> themes; // theme ids; empty: every theme of the dictionary
    std::int64_t dictionaryVersion = 0; // 0: the study's current one
    // Tests of difference cost little on a few groups but can take a second on a hundred (the
    // exact test's enumeration); without them, `tests` is empty and crosstabTest() gives one.
    bool withTests = true;
};

struct CrosstabCell
{
    std::int64_t mentioning = 0; // programmes with at least one (rolled-up) mention of the theme
    std::int64_t mentions = 0; // rolled-up mentions, summed
    stats::Proportion share; // mentioning / programmes, Wilson 95 % interval
    double perTenThousandWords = 0; // mentions per 10,000 words of the group's programmes
};

struct CrosstabRow
{
    std::string key; // stable: size-class id, department code, year...
    std::string label; // for people: "< 50 000", "69 Rhône", "élu"
    std::int64_t programmes = 0;
    std::int64_t words = 0;
    std::vector<CrosstabCell> cells; // one per theme, in CrosstabResult::themes order
};

// Share of programmes mentioning each theme, by group. Every number can be traced back: the rows
// are sums over programmes and their stored rolled-up counts (docs/statistics.md).
struct CrosstabResult
{
    Grouping by = Grouping::None;
    std::int64_t dictionaryVersion = 0;
    std::vector<std::string> themes;
    std::vector<std::string> themeLabels; // French labels
    std::vector<std::string> themeColours; // the dictionary's "#RRGGBB", for charts to match the reader
    std::vector<CrosstabRow> rows; // in the grouping's natural order; empty groups left out
    CrosstabRow total; // all programmes, grouped or not
    std::int64_t ungrouped = 0; // programmes with no value for the grouping (unknown commune, year...)
    // Documents left out because another document of their list and round is its primary one
    // (an easy-read twin, a tract beside the profession de foi: ProgrammeFacts::primary).
    std::int64_t notPrimary = 0;
    // Per theme: mentioning / not mentioning by group (2 x groups), chi-square or Fisher.
    std::vector<stats::IndependenceTest> tests;
    bool synthetic = false; // the study is the synthetic demo: exports say so
};

// Computes the crosstab from the study. Throws StorageError, or std::invalid_argument for a theme
// id the dictionary does not have.
CrosstabResult crosstab(CorpusStore &store, const CrosstabOptions &options);

// The test of difference between groups for one theme of a crosstab: the 2 x groups table of
// programmes mentioning / not mentioning it (what crosstab() puts in `tests` when asked).
stats::IndependenceTest crosstabTest(const CrosstabResult &result, std::size_t theme);

// The group key (CrosstabRow::key) of every programme that has one under `options.by`: what other
// views (the concordance's group filter) use to agree with the crosstab.
std::unordered_map<std::int64_t, std::string> programmeGroups(CorpusStore &store, const CrosstabOptions &options);

} // namespace vigie::core
