// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Crosstab.h"

#include "gazetteer/Gazetteer.h"
#include "storage/CorpusStore.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace vigie::core {

namespace {

struct ProgrammeRow
{
    std::int64_t id;
    std::int64_t words;
    std::string commune;
    std::string communeName;
    std::int64_t population;
    std::string department;
    std::string region;
    std::string nuance;
    std::optional<std::int64_t> year;
    std::optional<std::int64_t> elected;
};

// Sort key and label of a programme's group, or nullopt when it has none.
std::optional<std::pair<std::string, std::string>> groupOf(const ProgrammeRow &p, const CrosstabOptions &o)
{
    const Gazetteer *g = nullptr;
    switch (o.by) {
    case Grouping::None:
        return std::make_pair(std::string("all"), std::string("Tous les programmes"));
    case Grouping::SizeClass: {
        const int c = o.sizes.classOf(p.commune.empty() ? -1 : p.population);
        if (c < 0)
            return std::nullopt;
        std::string order = std::to_string(c);
        order.insert(0, 3 - std::min<std::size_t>(3, order.size()), '0'); // "007": sorts by class order
        return std::make_pair(order + o.sizes.classes()[static_cast<std::size_t>(c)].id,
                              o.sizes.classes()[static_cast<std::size_t>(c)].label);
    }
    case Grouping::Department:
        if (p.department.empty())
            return std::nullopt;
        g = &Gazetteer::bundled();
        return std::make_pair(
            p.department, p.department + " " + (g->department(p.department) ? g->department(p.department)->name : ""));
    case Grouping::Region:
        if (p.region.empty())
            return std::nullopt;
        g = &Gazetteer::bundled();
        return std::make_pair(p.region, g->region(p.region) ? g->region(p.region)->name : p.region);
    case Grouping::Nuance:
        if (p.nuance.empty())
            return std::nullopt;
        return std::make_pair(p.nuance, p.nuance);
    case Grouping::Year:
        if (!p.year)
            return std::nullopt;
        return std::make_pair(std::to_string(*p.year), std::to_string(*p.year));
    case Grouping::Elected:
        if (!p.elected)
            return std::nullopt;
        return *p.elected ? std::make_pair(std::string("1"), std::string("élue"))
                          : std::make_pair(std::string("0"), std::string("non élue"));
    case Grouping::Commune:
        if (p.commune.empty())
            return std::nullopt;
        return std::make_pair(p.communeName + "\x1f" + p.commune, p.communeName + " (" + p.department + ")");
    }
    return std::nullopt;
}

// The stable key of a group (CrosstabRow::key) from its sort key.
std::string rowKey(const std::string &sortKey, Grouping by)
{
    if (by == Grouping::SizeClass)
        return sortKey.substr(3); // drop the ordering prefix
    if (by == Grouping::Commune)
        return sortKey.substr(sortKey.find('\x1f') + 1);
    return sortKey;
}

std::vector<ProgrammeRow> loadProgrammeRows(Database &db)
{
    std::vector<ProgrammeRow> programmes;
    auto rows
        = db.prepare("SELECT p.id, p.words, coalesce(p.commune, ''), coalesce(c.name, ''), coalesce(c.population, -1), "
                     "coalesce(c.department, ''), coalesce(c.region, ''), p.nuance, p.year, p.elected "
                     "FROM programmes p LEFT JOIN communes c ON c.insee = p.commune ORDER BY p.id");
    while (rows.step())
        programmes.push_back({ rows.columnInt(0), rows.columnInt(1), rows.columnText(2), rows.columnText(3),
                               rows.columnInt(4), rows.columnText(5), rows.columnText(6), rows.columnText(7),
                               rows.columnOptionalInt(8), rows.columnOptionalInt(9) });
    return programmes;
}

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
    for (const ProgrammeRow &p : loadProgrammeRows(store.database()))
        if (const auto g = groupOf(p, options))
            out.emplace(p.id, rowKey(g->first, options.by));
    return out;
}

std::optional<Grouping> groupingFromName(const std::string &name)
{
    static const std::map<std::string, Grouping> kNames = {
        { "size", Grouping::SizeClass },  { "size-class", Grouping::SizeClass }, { "department", Grouping::Department },
        { "region", Grouping::Region },   { "nuance", Grouping::Nuance },        { "year", Grouping::Year },
        { "elected", Grouping::Elected }, { "commune", Grouping::Commune },      { "none", Grouping::None }
    };
    const auto it = kNames.find(name);
    return it == kNames.end() ? std::nullopt : std::optional<Grouping>(it->second);
}

std::string groupingName(Grouping g)
{
    switch (g) {
    case Grouping::SizeClass:
        return "size";
    case Grouping::Department:
        return "department";
    case Grouping::Region:
        return "region";
    case Grouping::Nuance:
        return "nuance";
    case Grouping::Year:
        return "year";
    case Grouping::Elected:
        return "elected";
    case Grouping::Commune:
        return "commune";
    case Grouping::None:
        return "none";
    }
    return "none";
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

    Database &db = store.database();
    result.synthetic = store.isSynthetic();
    const std::vector<ProgrammeRow> programmes = loadProgrammeRows(db);
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < programmes.size(); ++i)
        index[programmes[i].id] = i;
    // counts[programme][theme column] = rolled-up mentions
    std::vector<std::vector<std::int64_t>> counts(programmes.size(),
                                                  std::vector<std::int64_t>(result.themes.size(), 0));
    auto c = db.prepare("SELECT programme, theme, total FROM programme_theme_counts WHERE dictionary_version = ?1");
    c.bind(1, result.dictionaryVersion);
    while (c.step()) {
        const auto col = themeColumn.find(c.columnText(1));
        if (col == themeColumn.end())
            continue;
        counts[index.at(c.columnInt(0))][col->second] = c.columnInt(2);
    }

    std::map<std::string, CrosstabRow> groups;
    result.total.key = "total";
    result.total.label = "Ensemble";
    result.total.cells.assign(result.themes.size(), {});
    for (std::size_t i = 0; i < programmes.size(); ++i) {
        const auto &p = programmes[i];
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
        const auto group = groupOf(p, o);
        if (!group) {
            result.ungrouped++;
            continue;
        }
        auto [it, fresh] = groups.try_emplace(group->first);
        if (fresh) {
            it->second.key = group->first;
            it->second.label = group->second;
            it->second.cells.assign(result.themes.size(), {});
        }
        add(it->second);
    }
    for (auto &[sortKey, row] : groups) {
        row.key = rowKey(sortKey, o.by);
        finish(row);
        result.rows.push_back(std::move(row));
    }
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
