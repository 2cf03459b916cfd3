// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crosstabs on a small study whose every figure is worked out by hand below.
#include "analysis/Crosstab.h"
#include "analysis/ProgrammeFacts.h"
#include "gazetteer/Gazetteer.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <set>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

struct Fixture
{
    fs::path dir = fs::temp_directory_path() / ("vigie-xtab-" + std::to_string(std::random_device {}()));
    std::unique_ptr<CorpusStore> store;

    Fixture()
    {
        fs::create_directories(dir);
        store = std::make_unique<CorpusStore>(CorpusStore::open((dir / "etude.vigie").string()));
        const auto g = Gazetteer::load(VIGIE_GAZETTEER_DIR);
        const Dictionary dict = Dictionary::fromFile(VIGIE_DICTIONARY);
        const auto version = store->useDictionary(dict);
        Tagger tagger(ThemeMatcher::compile(dict));
        Transaction tx(store->database());
        // commune (population) | year | elected | text                      | numerique mentions
        // Lyon (519,127)       | 2020 | yes     | open data et fibre         | 2 (open_data, tres_haut_debit)
        // Lyon                 | 2020 | no      | rénover les écoles         | 0
        // Le Havre (166,687)   | 2014 | yes     | la smart city              | 1
        // 01001 (860)          | 2014 | no      | le marché du village       | 0
        // 01002 (270)          | 2014 |         | le wifi public             | 1
        // (no commune)         |      |         | le numérique               | 1
        struct Row
        {
            const char *insee;
            std::optional<std::int64_t> year;
            std::optional<bool> elected;
            const char *text;
        };
        const Row rows[] = { { "69123", 2020, true, "L'open data et la fibre pour tous." },
                             { "69123", 2020, false, "Rénover les écoles du quartier." },
                             { "76351", 2014, true, "La smart city au Havre." },
                             { "01001", 2014, false, "Le marché du village." },
                             { "01002", 2014, std::nullopt, "Le wifi public sur la place." },
                             { "", std::nullopt, std::nullopt, "Le numérique." } };
        for (const Row &r : rows) {
            ProgrammeMeta meta;
            if (*r.insee) {
                store->ensureCommune(g.commune(g.indexOfInsee(r.insee)));
                meta.commune = r.insee;
            }
            meta.year = r.year;
            meta.elected = r.elected;
            store->putProgramme(meta, r.text, tagger.tag(std::string(r.text)), dict, version);
        }
        tx.commit();
    }
    ~Fixture()
    {
        store.reset();
        fs::remove_all(dir);
    }
};

} // namespace

TEST_CASE("share of programmes mentioning a theme, by size class", "[crosstab]")
{
    Fixture f;
    CrosstabOptions o;
    o.themes = { "numerique", "open_data" };
    const auto r = crosstab(*f.store, o);
    // Each theme's colour comes from the dictionary (data/dictionaries/fr.json), for the charts.
    CHECK(r.themeColours == std::vector<std::string> { "#0072B2", "#E69F00" });
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].label == "< 50\u00A0000");
    CHECK(r.rows[0].key == "lt50k");
    CHECK(r.rows[0].programmes == 2);
    CHECK(r.rows[0].cells[0].mentioning == 1);
    CHECK(r.rows[1].label == "50\u00A0000 \u2013 200\u00A0000");
    CHECK(r.rows[1].programmes == 1);
    CHECK(r.rows[1].cells[0].mentioning == 1);
    CHECK(r.rows[2].programmes == 2);
    CHECK(r.rows[2].cells[0].mentioning == 1);
    CHECK(r.rows[2].cells[0].mentions == 2); // open data + fibre, rolled up
    CHECK(r.rows[2].cells[1].mentioning == 1);
    // The programme without a commune counts in the total only.
    CHECK(r.ungrouped == 1);
    CHECK(r.total.programmes == 6);
    CHECK(r.total.cells[0].mentioning == 4);
    // Shares are Wilson intervals over the group's programmes.
    const auto expected = stats::wilson(1, 2);
    CHECK(r.rows[0].cells[0].share.share == Approx(0.5));
    CHECK(r.rows[0].cells[0].share.low == Approx(expected.low));
    CHECK(r.rows[0].cells[0].share.high == Approx(expected.high));
    // Mentions per 10,000 words: Lyon's two programmes have 7 + 5 words.
    CHECK(r.rows[2].words == 12);
    CHECK(r.rows[2].cells[0].perTenThousandWords == Approx(10000.0 * 2 / 12));
    // The test is on mentioning / not mentioning by group: 2 x 3 with tiny counts.
    REQUIRE(r.tests.size() == 2);
    CHECK(r.tests[0].lowExpectedWarning);
    CHECK(r.tests[0].method != stats::IndependenceTest::Method::ChiSquare);
    CHECK(r.tests[0].pValue == Approx(1.0));
}

TEST_CASE("other groupings: year, elected, department, finer size classes", "[crosstab]")
{
    Fixture f;
    CrosstabOptions o;
    o.themes = { "numerique" };
    o.by = Grouping::Year;
    auto r = crosstab(*f.store, o);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].label == "2014");
    CHECK(r.rows[0].programmes == 3);
    CHECK(r.rows[0].cells[0].mentioning == 2);
    CHECK(r.rows[1].label == "2020");
    CHECK(r.ungrouped == 1);

    o.by = Grouping::Elected;
    r = crosstab(*f.store, o);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].label == "non élue");
    CHECK(r.rows[0].programmes == 2);
    CHECK(r.rows[0].cells[0].mentioning == 0);
    CHECK(r.rows[1].label == "élue");
    CHECK(r.rows[1].cells[0].mentioning == 2);
    CHECK(r.ungrouped == 2);

    o.by = Grouping::Department;
    r = crosstab(*f.store, o);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].label == "01 Ain");
    CHECK(r.rows[1].label == "69 Rhône");
    CHECK(r.rows[2].label == "76 Seine-Maritime");

    o.by = Grouping::SizeClass;
    o.sizes = SizeClasses::insee();
    r = crosstab(*f.store, o);
    REQUIRE(r.rows.size() == 3); // empty classes are left out
    CHECK(r.rows[0].key == "lt10k");
    CHECK(r.rows[1].key == "100k-200k");
    CHECK(r.rows[2].key == "ge200k");

    o.by = Grouping::None;
    r = crosstab(*f.store, o);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].programmes == 6);
    CHECK(r.tests[0].method == stats::IndependenceTest::Method::NotTestable);
}

TEST_CASE("an unknown theme is an error, not an empty column", "[crosstab]")
{
    Fixture f;
    CrosstabOptions o;
    o.themes = { "opendata" };
    CHECK_THROWS_WITH(crosstab(*f.store, o), Catch::Contains("unknown theme \"opendata\""));
}

TEST_CASE("every programme's facts come from one reader, unknown communes alike everywhere", "[crosstab][facts]")
{
    Fixture f;
    const auto facts = readProgrammeFacts(*f.store, SizeClasses::standard());
    REQUIRE(facts.size() == 6);
    for (std::size_t i = 1; i < facts.size(); ++i)
        CHECK(facts[i - 1].id < facts[i].id);
    const ProgrammeFacts &lyon = facts[0];
    CHECK(lyon.insee == "69123");
    CHECK(lyon.communeName == "Lyon");
    CHECK(lyon.department == "69");
    CHECK(lyon.region == "84");
    CHECK(lyon.population == 519127);
    CHECK(lyon.sizeClass == 2);
    CHECK(lyon.year == 2020);
    CHECK(lyon.elected == true);
    CHECK(facts[4].elected == std::nullopt);
    const ProgrammeFacts &nowhere = facts[5];
    CHECK(nowhere.insee.empty());
    CHECK(nowhere.department.empty());
    CHECK(nowhere.population == std::nullopt);
    CHECK(nowhere.sizeClass == -1);
    // The same classes as the crosstab's, under other thresholds too.
    const auto insee = readProgrammeFacts(*f.store, SizeClasses::insee());
    CHECK(insee[0].sizeClass == 4);
    CHECK(insee[3].sizeClass == 0);
    // Its group under every grouping: none for the programme without a commune, where a commune is needed.
    for (const auto &spec : groupingRegistry()) {
        const auto g = groupOf(nowhere, spec.grouping, spec.sizeClasses());
        const bool needsCommune = spec.grouping == Grouping::SizeClass || spec.grouping == Grouping::Department
            || spec.grouping == Grouping::Region || spec.grouping == Grouping::Commune;
        INFO(spec.id);
        CHECK(g.has_value() == (spec.grouping == Grouping::None));
        if (needsCommune)
            CHECK_FALSE(g.has_value());
    }
}

TEST_CASE("one registry of groupings serves the menus, the command line and the charts", "[crosstab][groupings]")
{
    std::set<std::string> ids;
    std::set<Grouping> kinds;
    for (const auto &g : groupingRegistry()) {
        CHECK(ids.insert(std::string(g.id)).second);
        kinds.insert(g.grouping);
        CHECK_FALSE(g.labelFr.empty());
        CHECK_FALSE(g.labelEn.empty());
        CHECK((g.grouping == Grouping::None) == g.axisFr.empty());
        CHECK(findGrouping(g.id) == &g);
        CHECK(groupingFromName(std::string(g.id)) == g.grouping);
    }
    CHECK(kinds.size() == 8); // every Grouping has an entry
    CHECK(findGrouping("size-class") == findGrouping("size"));
    CHECK(findGrouping("taille") == nullptr);
    CHECK(findGrouping("size-insee")->sizeClasses().classes().size() == 5);
    CHECK(groupingIds() == "size, size-insee, department, region, nuance, year, elected, commune, none");
    CHECK(groupingName(Grouping::SizeClass) == "size");
    // Group keys and labels as the crosstab shows them.
    Fixture f;
    const auto facts = readProgrammeFacts(*f.store, SizeClasses::standard());
    const auto sizes = SizeClasses::standard();
    CHECK(groupOf(facts[0], Grouping::Department, sizes)->label == "69 Rhône");
    CHECK(groupOf(facts[0], Grouping::Elected, sizes)->label == "élue");
    CHECK(groupOf(facts[3], Grouping::Elected, sizes)->key == "0");
    CHECK(groupOf(facts[2], Grouping::SizeClass, sizes)->key == "50k-200k");
    CHECK(groupOf(facts[2], Grouping::Commune, sizes)->label == "Le Havre (76)");
}
