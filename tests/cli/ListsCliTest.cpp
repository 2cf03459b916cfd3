// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-cli and the 2026 round (issue 13): one import of a folder of professions de foi with the
// round's candidate file, then its lists, the share of lists with a document, the precedence.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;

namespace {

using vigie::test::cli;

struct Study
{
    fs::path dir = fs::temp_directory_path() / ("vigie-cli-lists-" + std::to_string(std::random_device {}()));
    Study() { fs::create_directories(dir); }
    ~Study() { fs::remove_all(dir); }
    std::string db() const { return (dir / "etude.vigie").string(); }
};

const std::string kRound = VIGIE_TEST_DATA_DIR "/professions-foi";

} // namespace

TEST_CASE("import reads a folder of professions de foi and its candidate file", "[cli][lists]")
{
    Study s;
    const auto imp = cli({ "import", "--db", s.db(), kRound });
    REQUIRE(imp.code == 0);
    CHECK_THAT(imp.out, Catch::Contains("Imported 6, updated 0, failed 0, unresolved cities 0"));
    CHECK_THAT(imp.out, Catch::Contains("6 file names were read for commune, panel and round"));
    CHECK_THAT(imp.out,
               Catch::Contains("(2026, round 1): 20 candidates, 10 lists (10 new, 0 updated), 5 with a "
                               "document in the study"));

    const auto lists = cli({ "lists", "--db", s.db(), "--without-document" });
    REQUIRE(lists.code == 0);
    CHECK_THAT(lists.out, Catch::Contains("Lyon (69123)\t3\tLyon écologie solidaire\tZoé GARNIER\tÉcologiste\t0"));
    CHECK_THAT(lists.out, Catch::Contains("5 lists"));

    const auto coverage = cli({ "lists", "coverage", "--db", s.db(), "--format", "csv" });
    REQUIRE(coverage.code == 0);
    CHECK_THAT(coverage.out, Catch::Contains("group,lists,with_document,share,low,high\n"));
    CHECK_THAT(coverage.out, Catch::Contains("> 200\u00A0000,3,2,0.6667,"));
    CHECK_THAT(coverage.out, Catch::Contains("Ensemble,10,5,0.5000,0.2366,0.7634\n"));

    const auto stats = cli({ "stats", "--db", s.db(), "--themes", "numerique" });
    REQUIRE(stats.code == 0);
    CHECK_THAT(stats.out, Catch::Contains("  All\t5\t4\t80.0"));
    CHECK_THAT(stats.out, Catch::Contains("1 document(s) not counted: another document of the same list"));

    // A results file whose name does not say its year: the study's lists do; --year would too.
    const fs::path results = s.dir / "resultats.csv";
    fs::copy_file(VIGIE_TEST_DATA_DIR "/results/resultats-municipales-2026-tour1.csv", results);
    const auto elected = cli({ "import", "--db", s.db(), results.string() });
    CHECK(elected.code == 0);
    CHECK_THAT(elected.out,
               Catch::Contains("(2026, round 1): 7 communes, 11 lists, 10 of them in the study, 4 elected"));
    CHECK_THAT(elected.err, Catch::Contains("resultats.csv:8: Sièges \"douze\" is not a whole number"));
    const auto other = cli({ "import", "--db", s.db(), "--year", "2020", results.string() });
    CHECK_THAT(other.out, Catch::Contains("(2020, round 1): 7 communes, 11 lists, 0 of them in the study"));

    const auto shown = cli({ "lists", "precedence", "--db", s.db() });
    CHECK(shown.out == "programme,profession_foi,accessible,falc,tract\n");
    const auto set = cli({ "lists", "precedence", "--db", s.db(), "falc,profession_foi" });
    CHECK(set.out == "falc,profession_foi,programme,accessible,tract\n");
    const auto bad = cli({ "lists", "precedence", "--db", s.db(), "falc,affiche" });
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err, Catch::Contains("\"falc,affiche\" is not a precedence"));
}

TEST_CASE("import takes an analyst's naming pattern, and says what is wrong with one", "[cli][lists]")
{
    Study s;
    const fs::path folder = s.dir / "tracts";
    fs::create_directories(folder);
    std::ofstream(folder / "69123_liste3_T1.txt") << "Nous installerons la fibre optique dans chaque école.\n";
    const auto imp = cli({ "import", "--db", s.db(), "--pattern", "{insee}_liste{panel}_T{round}", "--year", "2026",
                           "--kind", "tract", folder.string() });
    REQUIRE(imp.code == 0);
    CHECK_THAT(imp.out, Catch::Contains("1 file name was read"));
    const auto out = cli({ "export", "--db", s.db(), "programmes" });
    CHECK_THAT(out.out, Catch::Contains(",69123,Lyon,69,84,519127,> 200\u00A0000,2026,1,,3,tract,1,txt,"));

    const auto badPattern = cli({ "import", "--db", s.db(), "--pattern", "{insee}-{liste}", folder.string() });
    CHECK(badPattern.code == 1);
    CHECK_THAT(badPattern.err, Catch::Contains("file-name pattern \"{insee}-{liste}\": unknown placeholder {liste}"));
    const auto badKind = cli({ "import", "--db", s.db(), "--kind", "affiche", folder.string() });
    CHECK(badKind.code == 2);
    CHECK_THAT(badKind.err, Catch::Contains("--kind \"affiche\" is not a kind of document"));
    const auto noLists = cli({ "lists", "coverage", "--db", s.db() });
    CHECK(noLists.code == 1);
    CHECK_THAT(noLists.err, Catch::Contains("has no lists (import a candidate file"));

    // A pattern no file name follows is said; so is a document naming a list the study lacks.
    const auto unmatched
        = cli({ "import", "--db", s.db(), "--pattern", "{insee}-tour{round}-{panel}", folder.string() });
    CHECK(unmatched.code == 0);
    CHECK_THAT(unmatched.err,
               Catch::Contains("--pattern \"{insee}-tour{round}-{panel}\" matches none of the 1 file "
                               "names"));
    const auto lists = cli({ "import", "--db", s.db(), VIGIE_TEST_DATA_DIR "/candidates/candidats-2026-tour1.csv" });
    REQUIRE(lists.code == 0);
    CHECK_THAT(lists.err,
               Catch::Contains("69123_liste3_T1.txt: names panel 3 of Lyon (69123), round 1, but the "
                               "study's lists of 2026 have no such list; counted as a list of its own"));
}
