// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// On the real bundled gazetteer (data/gazetteer/).
#include "gazetteer/Gazetteer.h"
#include "gazetteer/SizeClasses.h"

#include <catch2/catch.hpp>

using namespace vigie::core;

namespace {

const Gazetteer &gaz()
{
    static const Gazetteer g = Gazetteer::load(VIGIE_GAZETTEER_DIR);
    return g;
}

std::string resolvedInsee(std::string_view city, std::string_view dept = {})
{
    const auto r = gaz().resolve(city, dept);
    INFO(city << " -> " << r.message);
    REQUIRE(r.resolved());
    return gaz().commune(r.commune).insee;
}

} // namespace

TEST_CASE("the bundled gazetteer has every current commune with its population", "[gazetteer]")
{
    CHECK(gaz().communes().size() == 34969);
    const int paris = gaz().indexOfInsee("75056");
    REQUIRE(paris >= 0);
    CHECK(gaz().commune(paris).population == 2103778);
    CHECK(gaz().commune(paris).department == "75");
    CHECK(gaz().department("2A")->name == "Corse-du-Sud");
    CHECK(gaz().region(gaz().department("69")->region)->name == "Auvergne-Rhône-Alpes");
}

TEST_CASE("city names fold accents, case, hyphens, apostrophes and Saint abbreviations", "[gazetteer][resolve]")
{
    CHECK(resolvedInsee("Saint-Étienne") == "42218");
    CHECK(resolvedInsee("saint etienne") == "42218");
    CHECK(resolvedInsee("ST-ETIENNE") == "42218");
    CHECK(resolvedInsee("St Étienne") == "42218");
    CHECK(resolvedInsee("Sainte-Maxime") == resolvedInsee("Ste Maxime"));
    CHECK(resolvedInsee("L'Haÿ-les-Roses") == "94038");
    CHECK(resolvedInsee("L’Hay les Roses") == "94038");
    CHECK(resolvedInsee("  Villeurbanne ") == "69266");
}

TEST_CASE("articles may be written in front, behind or left out", "[gazetteer][resolve]")
{
    CHECK(resolvedInsee("Le Havre") == "76351");
    CHECK(resolvedInsee("Havre (Le)") == "76351");
    CHECK(resolvedInsee("Havre") == "76351");
    CHECK(resolvedInsee("Haÿ-les-Roses (L')") == "94038");
    CHECK(resolvedInsee("Abymes (Les)") == "97101");
}

TEST_CASE("Paris, Lyon and Marseille arrondissements fold into their city", "[gazetteer][resolve]")
{
    for (const char *name :
         { "Paris 15e", "Paris 15e arrondissement", "Paris XVe", "paris 15", "75115", "Paris 15ème" }) {
        const auto r = gaz().resolve(name);
        INFO(name << ": " << r.message);
        REQUIRE(r.resolved());
        CHECK(gaz().commune(r.commune).insee == "75056");
        CHECK_FALSE(r.note.empty());
    }
    CHECK(resolvedInsee("Marseille 1er Arrondissement") == "13055");
    CHECK(resolvedInsee("Marseille Ier") == "13055");
    CHECK(resolvedInsee("Lyon 3e") == "69123");
    CHECK_FALSE(gaz().resolve("Lyon 12e").resolved()); // Lyon has nine
    CHECK(resolvedInsee("Paris") == "75056");
}

TEST_CASE("an ambiguous name is never guessed", "[gazetteer][resolve]")
{
    const auto r = gaz().resolve("Saint-Denis");
    CHECK(r.status == CityResolution::Status::Ambiguous);
    CHECK(r.candidates.size() >= 4);
    CHECK_THAT(r.message,
               Catch::Contains("give the department or the INSEE code")
                   && Catch::Contains("93066 (93 Seine-Saint-Denis)") && Catch::Contains("97411 (974 La Réunion)"));
    CHECK(resolvedInsee("Saint-Denis", "93") == "93066");
    CHECK(resolvedInsee("Saint-Denis", "Seine-Saint-Denis") == "93066");
    CHECK(resolvedInsee("Saint-Denis", "la reunion") == "97411");
    CHECK(resolvedInsee("Saint-Denis (974)") == "97411");
    CHECK(resolvedInsee("Saint-Denis (Seine-Saint-Denis)") == "93066");
    CHECK(resolvedInsee("93066") == "93066");
    // A name whose official form has parentheses is read as such first.
    CHECK(resolvedInsee("Château-Chinon (Ville)") == "58062");
}

TEST_CASE("unknown names and departments are reported, not guessed", "[gazetteer][resolve]")
{
    auto r = gaz().resolve("Springfield");
    CHECK(r.status == CityResolution::Status::NotFound);
    CHECK(r.message == "unknown commune \"Springfield\"");
    r = gaz().resolve("Saint-Denis", "99");
    CHECK_THAT(r.message, Catch::Contains("unknown department"));
    r = gaz().resolve("Villeurbanne", "75");
    CHECK(r.status == CityResolution::Status::NotFound);
    CHECK_THAT(r.message, Catch::Contains("no commune named \"Villeurbanne\" in department 75"));
    CHECK_FALSE(gaz().resolve("").resolved());
}

TEST_CASE("an entry's INSEE code wins over its city name", "[gazetteer][resolve]")
{
    const auto &g = gaz();
    // The code names Saint-Denis (93); the written name, another commune: the code is what counts.
    const auto byCode = g.resolveEntry("93066", "Lyon", "");
    REQUIRE(byCode.resolved());
    CHECK(g.commune(byCode.commune).name == "Saint-Denis");
    // Without a code, the city narrowed by its department.
    const auto byName = g.resolveEntry("", "Saint-Denis", "974");
    REQUIRE(byName.resolved());
    CHECK(g.commune(byName.commune).insee == "97411");
    CHECK(g.resolveEntry("", "Saint-Denis", "").status == CityResolution::Status::Ambiguous);
    // Neither: nothing to resolve, and nothing to report.
    const auto none = g.resolveEntry("", "", "69");
    CHECK_FALSE(none.resolved());
    CHECK(none.message.empty());
}

TEST_CASE("size classes follow the thresholds, lower bound included", "[gazetteer][sizes]")
{
    const auto s = SizeClasses::standard();
    REQUIRE(s.classes().size() == 3);
    CHECK(s.classes()[0].label == "< 50\u00A0000");
    CHECK(s.classes()[1].label == "50\u00A0000 \u2013 200\u00A0000");
    CHECK(s.classes()[2].label == "> 200\u00A0000");
    CHECK(s.classes()[1].id == "50k-200k");
    CHECK(s.classOf(49999) == 0);
    CHECK(s.classOf(50000) == 1);
    CHECK(s.classOf(199999) == 1);
    CHECK(s.classOf(200000) == 2);
    CHECK(s.classOf(2103778) == 2);
    CHECK(s.classOf(-1) == -1);
    const auto fine = SizeClasses::insee();
    CHECK(fine.classes().size() == 5);
    CHECK(fine.classes()[1].label == "10\u00A0000 \u2013 50\u00A0000");
    CHECK(fine.classOf(10000) == 1);
    CHECK(SizeClasses::formatNumber(1234567) == "1\u00A0234\u00A0567");
    CHECK(SizeClasses::formatNumber(999) == "999");
    CHECK_THROWS_AS(SizeClasses({ 200000, 50000 }), std::invalid_argument);
    CHECK_THROWS_AS(SizeClasses({}), std::invalid_argument);
}

TEST_CASE("a broken gazetteer file is named with its line", "[gazetteer][errors]")
{
    CHECK_THROWS_WITH(Gazetteer::load("/nonexistent"), Catch::Contains("/nonexistent/regions.tsv: cannot open"));
    CHECK_THROWS_WITH(Gazetteer::load(VIGIE_TEST_DATA_DIR "/gazetteer-broken"),
                      Catch::Contains("communes.tsv:3: population \"12a\" is not a whole number"));
}
