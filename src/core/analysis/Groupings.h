// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/SizeClasses.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::core {

struct ProgrammeFacts;

// How programmes are grouped in a crosstab.
enum class Grouping { SizeClass, Department, Region, Nuance, Year, Elected, Commune, None };

// Which size classes a size grouping uses.
enum class SizeScheme { Standard, Insee };

// A programme's group: `key` is stable (size-class id, department code, year...) and what
// exports and filters compare; `label` is for people; `order` sorts the groups in their natural
// order (size classes by size, departments by code, communes by name).
struct GroupKey
{
    std::string key;
    std::string label;
    std::string order;
};

// One way of grouping programmes, as the dashboard menu, the concordance's group filter, the CLI's
// --by, the report and the charts' axis name it. The registry below is the only list: adding a
// grouping is one entry here and its case in groupOf().
struct GroupingSpec
{
    std::string_view id; // for the CLI and files: "size", "size-insee", "department"...
    Grouping grouping;
    SizeScheme sizes; // for Grouping::SizeClass
    std::string_view labelFr; // the menu's: "Taille de commune (3 classes)"
    std::string_view labelEn;
    std::string_view axisFr; // a chart's group axis: "Taille de la commune (habitants)"
    std::string_view axisEn;
    bool inMenus; // offered by the window (a grouping by commune has too many groups for a chart)

    SizeClasses sizeClasses() const;
    std::string_view label(bool french) const { return french ? labelFr : labelEn; }
    std::string_view axis(bool french) const { return french ? axisFr : axisEn; }
};

// Every grouping, in menu order; "none" (every programme) first.
const std::vector<GroupingSpec> &groupingRegistry();
// The entry of `id` ("size" also answers to "size-class"), or null.
const GroupingSpec *findGrouping(std::string_view id);
// The first entry of `g` (for Grouping::SizeClass, the standard classes').
const GroupingSpec &groupingSpec(Grouping g);
// For `--by`: "size, size-insee, department, region, nuance, year, elected, commune, none".
std::string groupingIds();

// Parses a grouping id (findGrouping()'s names); nullopt when unknown.
std::optional<Grouping> groupingFromName(const std::string &name);
std::string groupingName(Grouping g);

// The group of a programme under `by` with size classes `sizes` (the programme's sizeClass must
// come from the same classes), or nullopt when it has no value for it: unknown commune or
// population, no nuance, year or result.
std::optional<GroupKey> groupOf(const ProgrammeFacts &programme, Grouping by, const SizeClasses &sizes);

// The rows of a table by group, in the grouping's natural order (GroupKey::order): what the
// crosstab and the lists' coverage both build, one item at a time.
template <typename Row> class GroupedRows
{
public:
    // The row of `group`, made by `make(group)` the first time; nullptr when there is no group
    // (the item counts in the total only), counted in ungrouped().
    template <typename Make> Row *row(const std::optional<GroupKey> &group, Make make)
    {
        if (!group) {
            ++m_ungrouped;
            return nullptr;
        }
        auto [it, fresh] = m_rows.try_emplace(group->order);
        if (fresh)
            it->second = make(*group);
        return &it->second;
    }
    std::int64_t ungrouped() const { return m_ungrouped; }
    // The rows in order, each passed to `finish` first; the object is left empty.
    template <typename Finish> std::vector<Row> take(Finish finish)
    {
        std::vector<Row> out;
        for (auto &[order, r] : m_rows) {
            finish(r);
            out.push_back(std::move(r));
        }
        m_rows.clear();
        return out;
    }

private:
    std::map<std::string, Row> m_rows; // by GroupKey::order
    std::int64_t m_ungrouped = 0;
};

} // namespace vigie::core
