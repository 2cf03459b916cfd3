// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Groupings.h"

#include "analysis/ProgrammeFacts.h"
#include "gazetteer/Gazetteer.h"

#include <algorithm>

namespace vigie::core {

namespace {

// Department and region names come from the bundled gazetteer; without it, codes stand alone.
const Gazetteer *gazetteer()
{
    static const Gazetteer *g = []() -> const Gazetteer * {
        try {
            return &Gazetteer::bundled();
        } catch (const std::exception &) {
            return nullptr;
        }
    }();
    return g;
}

// "007": size classes sort by class order, whatever their ids.
std::string zeroPadded(int n)
{
    std::string s = std::to_string(n);
    s.insert(0, 3 - std::min<std::size_t>(3, s.size()), '0');
    return s;
}

} // namespace

SizeClasses GroupingSpec::sizeClasses() const
{
    return sizes == SizeScheme::Insee ? SizeClasses::insee() : SizeClasses::standard();
}

const std::vector<GroupingSpec> &groupingRegistry()
{
    using G = Grouping;
    using S = SizeScheme;
    static const std::vector<GroupingSpec> kRegistry = {
        { "none", G::None, S::Standard, "Tous les programmes", "Every programme", "", "", true },
        { "size", G::SizeClass, S::Standard, "Taille de commune (3 classes)", "City size (3 classes)",
          "Taille de la commune (habitants)", "City size (inhabitants)", true },
        { "size-insee", G::SizeClass, S::Insee, "Taille de commune (5 classes INSEE)", "City size (5 INSEE classes)",
          "Taille de la commune (habitants)", "City size (inhabitants)", true },
        { "department", G::Department, S::Standard, "Département", "Department", "Département", "Department", true },
        { "region", G::Region, S::Standard, "Région", "Region", "Région", "Region", true },
        { "nuance", G::Nuance, S::Standard, "Nuance politique", "Political nuance", "Nuance politique de la liste",
          "Political nuance of the list", true },
        { "year", G::Year, S::Standard, "Année", "Year", "Année", "Year", true },
        { "elected", G::Elected, S::Standard, "Liste élue ou non", "Elected list or not", "Liste élue ou non",
          "Elected list or not", true },
        { "commune", G::Commune, S::Standard, "Commune", "City", "Commune", "City", false },
    };
    return kRegistry;
}

const GroupingSpec *findGrouping(std::string_view id)
{
    if (id == "size-class")
        id = "size";
    const auto &all = groupingRegistry();
    const auto it = std::find_if(all.begin(), all.end(), [&](const GroupingSpec &g) { return g.id == id; });
    return it == all.end() ? nullptr : &*it;
}

const GroupingSpec &groupingSpec(Grouping g)
{
    for (const auto &spec : groupingRegistry())
        if (spec.grouping == g)
            return spec;
    return groupingRegistry().front(); // unreachable: every Grouping has an entry
}

std::string groupingIds()
{
    std::string out;
    for (const auto &g : groupingRegistry()) {
        if (g.grouping == Grouping::None)
            continue; // listed last: what "no grouping" reads like after the others
        out += std::string(out.empty() ? "" : ", ") + std::string(g.id);
    }
    return out + ", none";
}

std::optional<Grouping> groupingFromName(const std::string &name)
{
    const GroupingSpec *g = findGrouping(name);
    return g ? std::optional<Grouping>(g->grouping) : std::nullopt;
}

std::string groupingName(Grouping g)
{
    return std::string(groupingSpec(g).id);
}

std::optional<GroupKey> groupOf(const ProgrammeFacts &p, Grouping by, const SizeClasses &sizes)
{
    switch (by) {
    case Grouping::None:
        return GroupKey { "all", "Tous les programmes", "all" };
    case Grouping::SizeClass: {
        const int c = p.population ? sizes.classOf(*p.population) : -1;
        if (c < 0)
            return std::nullopt;
        const auto &cls = sizes.classes()[static_cast<std::size_t>(c)];
        return GroupKey { cls.id, cls.label, zeroPadded(c) };
    }
    case Grouping::Department: {
        if (p.department.empty())
            return std::nullopt;
        const Department *d = gazetteer() ? gazetteer()->department(p.department) : nullptr;
        return GroupKey { p.department, p.department + " " + (d ? d->name : ""), p.department };
    }
    case Grouping::Region: {
        if (p.region.empty())
            return std::nullopt;
        const Region *r = gazetteer() ? gazetteer()->region(p.region) : nullptr;
        return GroupKey { p.region, r ? r->name : p.region, p.region };
    }
    case Grouping::Nuance:
        if (p.nuance.empty())
            return std::nullopt;
        return GroupKey { p.nuance, p.nuance, p.nuance };
    case Grouping::Year:
        if (!p.year)
            return std::nullopt;
        return GroupKey { std::to_string(*p.year), std::to_string(*p.year), std::to_string(*p.year) };
    case Grouping::Elected:
        if (!p.elected)
            return std::nullopt;
        return *p.elected ? GroupKey { "1", "élue", "1" } : GroupKey { "0", "non élue", "0" };
    case Grouping::Commune:
        if (p.insee.empty())
            return std::nullopt;
        return GroupKey { p.insee, p.communeName + " (" + p.department + ")", p.communeName + "\x1f" + p.insee };
    }
    return std::nullopt;
}

} // namespace vigie::core
