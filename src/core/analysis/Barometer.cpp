// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Barometer.h"

#include "storage/CorpusStore.h"
#include "text/Folding.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace vigie::core {

namespace {

std::vector<BarometerCount> ranked(const std::map<std::string, std::pair<std::string, std::int64_t>> &counts,
                                   std::int64_t total)
{
    std::vector<BarometerCount> out;
    for (const auto &[key, v] : counts)
        out.push_back({ key, v.first, v.second, stats::wilson(v.second, total) });
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.projects > b.projects; });
    return out;
}

// Position of a maturity stage in the life of a project, by its usual French names (folded);
// unknown stages come after, alphabetically.
int stageRank(const std::string &stage)
{
    static const std::vector<std::pair<std::string, int>> kStages
        = { { "idee", 0 },         { "projet", 1 },          { "reflexion", 1 },   { "etude", 2 },
            { "conception", 2 },   { "experimentation", 3 }, { "pilote", 3 },      { "test", 3 },
            { "deploiement", 4 },  { "en cours", 4 },        { "realisation", 4 }, { "en service", 5 },
            { "operationnel", 5 }, { "realise", 5 },         { "termine", 5 },     { "abandonne", 6 } };
    const std::string key = toUtf8(foldToken(fromUtf8(stage)));
    for (const auto &[name, rank] : kStages)
        if (key == name)
            return rank;
    return stage.empty() ? 8 : 7;
}

// detectedByCategory and undetectedByCategory. project_theme_counts has one row per (version,
// theme, project) with a mention: counting rows counts projects, as `detected` does.
void crossDeclaredDetected(Database &db, std::int64_t version, BarometerResult &r)
{
    std::map<std::string, std::size_t> categoryRow, sectorColumn;
    for (std::size_t i = 0; i < r.declared.size(); ++i)
        categoryRow[r.declared[i].key] = i;
    nlohmann::json sectors = nlohmann::json::array();
    for (std::size_t s = 0; s < r.detected.size(); ++s) {
        sectorColumn[r.detected[s].key] = s;
        sectors.push_back(r.detected[s].key);
    }
    r.detectedByCategory.assign(r.declared.size(), std::vector<std::int64_t>(r.detected.size(), 0));
    r.undetectedByCategory.assign(r.declared.size(), 0);
    auto cross = db.prepare("SELECT p.category, t.theme, count(*) FROM project_theme_counts t "
                            "JOIN projects p ON p.id = t.project "
                            "WHERE t.dictionary_version = ?1 AND t.theme IN (SELECT value FROM json_each(?2)) "
                            "GROUP BY p.category, t.theme");
    cross.bind(1, version).bind(2, sectors.dump());
    while (cross.step()) {
        const auto row = categoryRow.find(cross.columnText(0));
        const auto column = sectorColumn.find(cross.columnText(1));
        if (row != categoryRow.end() && column != sectorColumn.end())
            r.detectedByCategory[row->second][column->second] = cross.columnInt(2);
    }
    auto none = db.prepare("SELECT p.category, count(*) FROM projects p WHERE NOT EXISTS ("
                           "SELECT 1 FROM project_theme_counts t WHERE t.project = p.id AND t.dictionary_version = ?1 "
                           "AND t.theme IN (SELECT value FROM json_each(?2))) GROUP BY p.category");
    none.bind(1, version).bind(2, sectors.dump());
    while (none.step())
        if (const auto row = categoryRow.find(none.columnText(0)); row != categoryRow.end())
            r.undetectedByCategory[row->second] = none.columnInt(1);
}

} // namespace

BarometerResult barometer(CorpusStore &store, const BarometerOptions &o)
{
    BarometerResult r;
    const std::int64_t version = store.currentDictionaryVersion();
    Database &db = store.database();
    struct Project
    {
        std::int64_t id;
        std::string commune, communeName, department, category, maturity;
        std::int64_t population;
    };
    std::vector<Project> projects;
    auto st = db.prepare("SELECT p.id, coalesce(p.commune, ''), coalesce(c.name, ''), coalesce(c.department, ''), "
                         "p.category, p.maturity, coalesce(c.population, -1) "
                         "FROM projects p LEFT JOIN communes c ON c.insee = p.commune ORDER BY p.id");
    while (st.step())
        projects.push_back({ st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4),
                             st.columnText(5), st.columnInt(6) });
    r.projects = static_cast<std::int64_t>(projects.size());

    std::map<std::string, std::pair<std::string, std::int64_t>> declared, cities;
    std::set<std::string> stages;
    for (const auto &p : projects) {
        auto &d = declared[p.category];
        d.first = p.category.empty() ? "(none)" : p.category;
        d.second++;
        stages.insert(p.maturity);
        if (p.commune.empty()) {
            r.withoutCity++;
            continue;
        }
        auto &c = cities[p.commune];
        c.first = p.communeName + " (" + p.department + ")";
        c.second++;
    }
    r.cities = static_cast<std::int64_t>(cities.size());
    r.declared = ranked(declared, r.projects);
    r.byCity = ranked(cities, r.projects);
    std::map<std::string, std::size_t> cityRow;
    for (std::size_t i = 0; i < r.byCity.size(); ++i)
        cityRow[r.byCity[i].key] = i;
    r.citySizeClass.assign(r.byCity.size(), -1);
    r.stages.assign(stages.begin(), stages.end()); // alphabetical, then by stage order:
    std::stable_sort(r.stages.begin(), r.stages.end(),
                     [](const std::string &a, const std::string &b) { return stageRank(a) < stageRank(b); });

    for (const auto &cls : o.sizes.classes())
        r.bySize.push_back({ cls.id, cls.label, 0, {} });
    r.stagesByCategory.assign(r.declared.size(), std::vector<std::int64_t>(r.stages.size(), 0));
    r.sizesByCategory.assign(r.declared.size(), std::vector<std::int64_t>(r.bySize.size(), 0));
    std::map<std::string, std::size_t> categoryRow;
    for (std::size_t i = 0; i < r.declared.size(); ++i)
        categoryRow[r.declared[i].key] = i;
    r.categoriesByCity.assign(r.byCity.size(), std::vector<std::int64_t>(r.declared.size(), 0));
    for (const auto &p : projects) {
        const std::size_t row = categoryRow.at(p.category);
        const auto stage = std::find(r.stages.begin(), r.stages.end(), p.maturity) - r.stages.begin();
        r.stagesByCategory[row][static_cast<std::size_t>(stage)]++;
        const int cls = p.commune.empty() ? -1 : o.sizes.classOf(p.population);
        if (cls >= 0) {
            r.bySize[static_cast<std::size_t>(cls)].projects++;
            r.sizesByCategory[row][static_cast<std::size_t>(cls)]++;
        }
        if (!p.commune.empty()) {
            const std::size_t city = cityRow.at(p.commune);
            r.citySizeClass[city] = cls;
            r.categoriesByCity[city][row]++;
        }
    }
    for (auto &s : r.bySize)
        s.share = stats::wilson(s.projects, r.projects);

    if (version != 0 && r.projects > 0) {
        const Dictionary dict = store.dictionary(version);
        const int root = dict.themeIndex(o.sectorRoot);
        if (root < 0)
            throw std::invalid_argument("the dictionary has no theme \"" + o.sectorRoot + "\" to classify projects");
        auto count
            = db.prepare("SELECT count(*) FROM project_theme_counts WHERE dictionary_version = ?1 AND theme = ?2");
        for (std::size_t t = 0; t < dict.themes().size(); ++t) {
            if (dict.parentIndex(static_cast<int>(t)) != root)
                continue;
            count.bind(1, version).bind(2, dict.themes()[t].id);
            count.step();
            const std::int64_t n = count.columnInt(0);
            count.reset();
            r.detected.push_back({ dict.themes()[t].id, dict.themes()[t].labelFr, n, stats::wilson(n, r.projects) });
        }
        crossDeclaredDetected(db, version, r);
    }
    return r;
}

} // namespace vigie::core
