// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Crosstab.h"

#include "analysis/ProgrammeFacts.h"
#include "storage/CorpusStore.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace vigie::core {

namespace {

void finish(CrosstabRow &row)
{
    for (auto &cell : row.cells) {
        cell.share = stats::wilson(cell.mentioning, row.programmes);
        cell.perTenThousandWords
            = row.words > 0 ? 10000.0 * static_cast<double>(cell.mentions) / static_cast<double>(row.words) : 0.0;
    }
}

} // namespace

std::unordered_map<std::int64_t, std::string> programmeGroups(CorpusStore &store, const CrosstabOptions &options)
{
    std::unordered_map<std::int64_t, std::string> out;
    for (const ProgrammeFacts &p : readProgrammeFacts(store, options.sizes))
        if (auto g = p.primary ? groupOf(p, options.by, options.sizes) : std::nullopt; g)
            out.emplace(p.id, std::move(g->key));
    return out;
}

CrosstabResult crosstab(CorpusStore &store, const CrosstabOptions &o)
{
    CrosstabResult result;
    result.by = o.by;
    result.dictionaryVersion = o.dictionaryVersion ? o.dictionaryVersion : store.currentDictionaryVersion();
    if (result.dictionaryVersion == 0)
        throw StorageError(store.path() + ": the study has no dictionary yet (import programmes first)");
    const Dictionary dict = store.dictionary(result.dictionaryVersion);
    if (o.themes.empty()) {
        for (const auto &t : dict.themes())
            result.themes.push_back(t.id);
    } else {
        for (const auto &id : o.themes) {
            if (dict.themeIndex(id) < 0)
                throw std::invalid_argument("unknown theme \"" + id + "\" in dictionary version "
                                            + std::to_string(result.dictionaryVersion));
            result.themes.push_back(id);
        }
    }
    std::unordered_map<std::string, std::size_t> themeColumn;
    for (std::size_t i = 0; i < result.themes.size(); ++i) {
        themeColumn[result.themes[i]] = i;
        const Theme &theme = dict.themes()[static_cast<std::size_t>(dict.themeIndex(result.themes[i]))];
        result.themeLabels.push_back(theme.labelFr);
        result.themeColours.push_back(theme.colour);
    }

    result.synthetic = store.isSynthetic();
    const std::vector<ProgrammeFacts> programmes = readProgrammeFacts(store, o.sizes);
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < programmes.size(); ++i)
        index[programmes[i].id] = i;
    // counts[programme][theme column] = rolled-up mentions
    std::vector<std::vector<std::int64_t>> counts(programmes.size(),
                                                  std::vector<std::int64_t>(result.themes.size(), 0));
    readThemeTotals(store, result.dictionaryVersion, [&](const ThemeTotal &t) {
        const auto col = themeColumn.find(t.theme);
        if (col != themeColumn.end())
            counts[index.at(t.programme)][col->second] = t.total;
    });

    GroupedRows<CrosstabRow> groups;
    result.total.key = "total";
    result.total.label = "Ensemble";
    result.total.cells.assign(result.themes.size(), {});
    for (std::size_t i = 0; i < programmes.size(); ++i) {
        const auto &p = programmes[i];
        if (!p.primary) {
            result.notPrimary++;
            continue;
        }
        auto add = [&](CrosstabRow &row) {
            row.programmes++;
            row.words += p.words;
            for (std::size_t t = 0; t < result.themes.size(); ++t) {
                row.cells[t].mentions += counts[i][t];
                if (counts[i][t] > 0)
                    row.cells[t].mentioning++;
            }
        };
        add(result.total);
        if (CrosstabRow *row = groups.row(groupOf(p, o.by, o.sizes), [&](const GroupKey &g) {
                CrosstabRow made;
                made.key = g.key;
                made.label = g.label;
                made.cells.assign(result.themes.size(), {});
                return made;
            }))
            add(*row);
    }
    result.ungrouped = groups.ungrouped();
    result.rows = groups.take(finish);
    finish(result.total);
    if (o.withTests)
        for (std::size_t t = 0; t < result.themes.size(); ++t)
            result.tests.push_back(crosstabTest(result, t));
    return result;
}

stats::IndependenceTest crosstabTest(const CrosstabResult &result, std::size_t theme)
{
    std::vector<std::vector<long long>> table(2, std::vector<long long>(result.rows.size(), 0));
    for (std::size_t g = 0; g < result.rows.size(); ++g) {
        table[0][g] = result.rows[g].cells.at(theme).mentioning;
        table[1][g] = result.rows[g].programmes - result.rows[g].cells.at(theme).mentioning;
    }
    return stats::testIndependence(table);
}

} // namespace vigie::core
