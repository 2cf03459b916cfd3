// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The demo study: its phrase bank obeys the rules the generator relies on, the generator hits the
// plan, and Vigie's tagging recovers what the generator put in each programme (text it did not
// choose: this tests the tagger as much as the generator).
#include "analysis/Barometer.h"
#include "analysis/Crosstab.h"
#include "demo/DemoStudy.h"
#include "gazetteer/Gazetteer.h"
#include "storage/CorpusStore.h"
#include "storage/Database.h"
#include "tagging/Dictionary.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <set>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

using vigie::test::gazetteer;

const DemoBank &bank()
{
    static const DemoBank b = DemoBank::fromFile(VIGIE_SOURCE_DATA_DIR "/demo/bank.json");
    return b;
}

const Dictionary &dictionary()
{
    static const Dictionary d = Dictionary::fromFile(VIGIE_DICTIONARY);
    return d;
}

// Themes of the numerique tree with own mentions in `text`.
std::set<std::string> digitalThemes(Tagger &tagger, const std::string &text)
{
    const TagResult r = tagger.tag(text);
    std::set<std::string> out;
    const auto &themes = dictionary().themes();
    for (std::size_t t = 0; t < themes.size(); ++t) {
        if (r.ownCounts[t] == 0)
            continue;
        const auto ancestors = dictionary().ancestors(static_cast<int>(t));
        const std::string root
            = ancestors.empty() ? themes[t].id : themes[static_cast<std::size_t>(ancestors.back())].id;
        if (root == "numerique")
            out.insert(themes[t].id);
    }
    return out;
}

std::string fill(std::string s)
{
    for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>> {
             { "{ville}", "Montauban" }, { "{liste}", "Montauban Demain" }, { "{candidat}", "Claire Dupuis" } })
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from))
            s.replace(at, from.size(), to);
    return s;
}

struct TempStudy
{
    fs::path dir = fs::temp_directory_path() / ("vigie-demo-" + std::to_string(std::random_device {}()));
    TempStudy() { fs::create_directories(dir); }
    ~TempStudy() { fs::remove_all(dir); }
    std::string path() const { return (dir / "demo.vigie").string(); }
};

} // namespace

TEST_CASE("every sentence of the demo bank says what it is filed under", "[demo]")
{
    Tagger tagger(ThemeMatcher::compile(dictionary()));
    const DemoBank &b = bank();
    auto none = [&](const std::string &where, const std::vector<std::string> &sentences) {
        for (const auto &s : sentences) {
            INFO(where << ": " << s);
            CHECK(digitalThemes(tagger, fill(s)).empty());
        }
    };
    none("openings", b.openings);
    none("closings", b.closings);
    none("false_friends", b.falseFriends);
    for (const auto &[topic, sentences] : b.ordinary)
        none("ordinary." + topic, sentences);
    for (const auto &[topic, title] : b.sectionTitles) {
        INFO("section title " << topic << ": " << title);
        if (topic == "numerique")
            CHECK(digitalThemes(tagger, title) == std::set<std::string> { "numerique" });
        else
            CHECK(digitalThemes(tagger, title).empty());
    }
    for (const auto &[theme, sentences] : b.digital) {
        REQUIRE(dictionary().themeIndex(theme) >= 0);
        for (const auto &s : sentences) {
            INFO("digital." << theme << ": " << s);
            CHECK(digitalThemes(tagger, fill(s)) == std::set<std::string> { theme });
        }
    }
    for (const auto &c : b.categories) {
        const int sector = dictionary().themeIndex(c.sector);
        REQUIRE(sector >= 0);
        for (const auto &p : c.projects) {
            INFO(c.name << ": " << p.title);
            const TagResult r = tagger.tag(fill(p.title + ".\n\n" + p.description));
            CHECK(r.counts[static_cast<std::size_t>(sector)] > 0);
        }
    }
}

TEST_CASE("the demo study follows its plan and is the same every time", "[demo]")
{
    const DemoStudy demo = generateDemo(bank(), gazetteer());
    const DemoPlan &plan = demo.plan;
    CHECK(demo.cities.size() == 250);
    CHECK(demo.candidates.size() == 527);
    CHECK(demo.programmes.size() == 268);
    int byClass[3] = { 0, 0, 0 };
    for (const auto &insee : demo.cities) {
        const auto pop = gazetteer().commune(gazetteer().indexOfInsee(insee)).population;
        byClass[pop >= 200000 ? 2 : pop >= 50000 ? 1 : 0]++;
    }
    CHECK(byClass[0] == plan.cities[0]);
    CHECK(byClass[1] == plan.cities[1]);
    CHECK(byClass[2] == 11); // every city over 200,000 in the gazetteer

    int digital = 0;
    std::map<std::string, int> programmesWith;
    for (const auto &p : demo.programmes) {
        digital += p.planted.empty() ? 0 : 1;
        for (const auto &t : p.planted)
            programmesWith[t]++;
    }
    CHECK(digital == 161);
    for (const auto &[theme, count] : plan.themeProgrammes) {
        INFO(theme);
        CHECK(programmesWith[theme] == count);
    }
    std::set<std::string> names;
    for (const auto &c : demo.candidates)
        names.insert(c.name);
    CHECK(names.size() == demo.candidates.size());

    CHECK(demo.projects.size() == 1128);
    std::set<std::string> barometerCities;
    for (const auto &p : demo.projects)
        barometerCities.insert(p.insee);
    CHECK(barometerCities.size() == 24);

    const DemoStudy again = generateDemo(bank(), gazetteer());
    REQUIRE(again.programmes.size() == demo.programmes.size());
    for (std::size_t i = 0; i < demo.programmes.size(); ++i)
        CHECK(again.programmes[i].text == demo.programmes[i].text);
    DemoPlan other = plan;
    other.seed = 7;
    CHECK(generateDemo(bank(), gazetteer(), other).programmes[0].text != demo.programmes[0].text);
}

TEST_CASE("Vigie's tagging finds in the demo programmes exactly what the generator put there", "[demo]")
{
    const DemoStudy demo = generateDemo(bank(), gazetteer());
    TempStudy study;
    auto store = CorpusStore::open(study.path());
    std::atomic_bool cancel { false };
    REQUIRE(storeDemo(store, gazetteer(), demo, {}, cancel));
    CHECK(store.isSynthetic());
    CHECK(store.programmeCount() == 268);
    CHECK(store.projectCount() == 1128);

    // Per programme: the stored own mentions of the numerique tree are the planted themes.
    auto &db = store.database();
    auto themesOf = db.prepare("SELECT c.theme FROM programme_theme_counts c JOIN programmes p ON p.id = c.programme "
                               "WHERE p.source = ?1 AND c.own > 0 AND c.theme IN (SELECT ?2 UNION ALL SELECT value "
                               "FROM json_each(?3)) ORDER BY c.theme");
    std::string tree = "[";
    for (const auto &t : dictionary().themes())
        if (t.parent == "numerique")
            tree += (tree.size() > 1 ? ",\"" : "\"") + t.id + "\"";
    tree += "]";
    int mismatches = 0;
    for (std::size_t i = 0; i < demo.programmes.size(); ++i) {
        char source[48];
        std::snprintf(source, sizeof source, "démo:programme-%03zu.txt", i + 1);
        themesOf.reset();
        themesOf.bind(1, std::string(source)).bind(2, std::string("numerique")).bind(3, tree);
        std::vector<std::string> found;
        while (themesOf.step())
            found.push_back(themesOf.columnText(0));
        INFO(source << "\n" << demo.programmes[i].text);
        CHECK(found == demo.programmes[i].planted);
        mismatches += found == demo.programmes[i].planted ? 0 : 1;
    }
    CHECK(mismatches == 0);

    // In the totals, by size class, as the report shows them.
    CrosstabOptions o;
    o.themes = { "numerique", "open_data", "ville_connectee", "e_sante", "french_tech" };
    o.withTests = false;
    const CrosstabResult r = crosstab(store, o);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.total.programmes == 268);
    CHECK(r.total.cells[0].mentioning == 161);
    CHECK(r.total.cells[1].mentioning == 24);
    CHECK(r.total.cells[2].mentioning == 10);
    CHECK(r.total.cells[3].mentioning == 15);
    CHECK(r.total.cells[4].mentioning == 9);
    CHECK(r.rows[0].programmes == 140);
    CHECK(r.rows[0].cells[0].mentioning == 77); // 55 %
    CHECK(r.rows[2].programmes == 40);
    CHECK(r.rows[2].cells[0].mentioning == 35); // 87.5 %

    // The barometer: 24 cities, categories in the planned shares.
    const BarometerResult b = barometer(store, {});
    CHECK(b.projects == 1128);
    CHECK(b.cities == 24);
    std::map<std::string, std::int64_t> declared;
    for (const auto &c : b.declared)
        declared[c.label] = c.projects;
    CHECK(declared["Loisirs et tourisme"] == 180); // 16 % of 1,128
    CHECK(declared["Transports et mobilité"] == 169); // 15 %
    CHECK(declared["e-citoyenneté"] == 169);
    CHECK(declared["Éducation"] == 135); // 12 %
    CHECK(declared["Énergie"] == 102); // 9 %
    CHECK(declared["Développement économique"] == 79); // 7 %
}
