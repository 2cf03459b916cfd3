// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-cli sample, codes import and validate, in-process, on the demo study.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace {

using vigie::test::cli;
using vigie::test::Run;

struct Demo
{
    fs::path dir = fs::temp_directory_path() / ("vigie-cli-validation-" + std::to_string(std::random_device {}()));
    Demo()
    {
        fs::create_directories(dir);
        REQUIRE(cli({ "demo", "--db", db() }).code == 0);
    }
    ~Demo() { fs::remove_all(dir); }
    std::string db() const { return (dir / "demo.vigie").string(); }
    std::string path(const char *name) const { return (dir / name).string(); }
};

std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("sample, code in a spreadsheet, import the codes, validate", "[cli][validation]")
{
    Demo d;
    const auto drawn = cli({ "sample", "--db", d.db(), "--n", "30", "--seed", "11", "--name", "essai" });
    REQUIRE(drawn.code == 0);
    CHECK_THAT(drawn.out, Catch::StartsWith("sample 2 \"essai\": 30 paragraphs drawn (seed 11"));
    // The same design on the same study: the same passages.
    REQUIRE(cli({ "sample", "--db", d.db(), "--n", "30", "--seed", "11" }).code == 0);
    REQUIRE(cli({ "sample", "export", "--db", d.db(), "--sample", "2", "--coder", "A", "--out", d.path("1.csv") }).code
            == 0);
    REQUIRE(cli({ "sample", "export", "--db", d.db(), "--sample", "3", "--coder", "A", "--out", d.path("2.csv") }).code
            == 0);
    const std::string sheet = slurp(d.path("1.csv"));
    CHECK(sheet == slurp(d.path("2.csv"))); // the title is not written to CSV
    CHECK(sheet.rfind("\xEF\xBB\xBFposition;programme;strate;passage;numerique;open_data;ville_connectee;e_sante;"
                      "french_tech;note",
                      0)
          == 0);

    // A coder who says every passage is about digital and nothing else, for the first ten.
    std::string filled = "position;numerique;open_data;ville_connectee;e_sante;french_tech;note\n";
    for (int k = 1; k <= 10; ++k)
        filled += std::to_string(k) + ";1;0;0;0;0;" + (k == 3 ? "hésitation" : "") + "\n";
    std::ofstream(d.path("codes.csv")) << filled;
    const auto imported
        = cli({ "codes", "import", "--db", d.db(), "--sample", "2", "--coder", "Claire", d.path("codes.csv") });
    CHECK(imported.code == 0);
    CHECK_THAT(imported.out, Catch::Contains("stored 10 codes of Claire for sample 2 (30 passages)"));

    const auto table = cli({ "validate", "--db", d.db(), "--sample", "2", "--disagreements" });
    REQUIRE(table.code == 0);
    CHECK_THAT(table.out, Catch::Contains("numerique\tClaire\t10\t"));
    CHECK_THAT(table.out, Catch::Contains("dictionary no, coder yes"));
    const auto json
        = nlohmann::json::parse(cli({ "validate", "--db", d.db(), "--sample", "2", "--format", "json" }).out);
    CHECK(json["coders"] == nlohmann::json::array({ "Claire" }));
    int coded = 0, tp = 0, fn = 0;
    for (const auto &row : json["scores"])
        if (row["theme"] == "numerique") {
            coded = row["coded"];
            tp = row["tp"];
            fn = row["fn"];
            CHECK(row["fp"] == 0); // Claire found digital everywhere
        }
    CHECK(coded == 10);
    CHECK(tp + fn == 10);
    CHECK(json["disagreements"].size() >= static_cast<std::size_t>(fn)); // and the other themes' ones
    const auto csv = cli({ "validate", "--db", d.db(), "--format", "csv", "--sample", "2" });
    CHECK_THAT(csv.out, Catch::StartsWith("theme,coder,coded,tp,fp,fn,tn,precision"));

    const auto list = cli({ "sample", "list", "--db", d.db() });
    CHECK_THAT(list.out, Catch::Contains("2\tessai\t30 paragraphs\t10 coded\tcoders: Claire"));
}

TEST_CASE("validation commands say what is wrong", "[cli][validation]")
{
    Demo d;
    const std::string empty = d.path("vide.vigie");
    REQUIRE(cli({ "init", "--db", empty }).code == 0);
    CHECK(cli({ "validate", "--db", empty }).err.find("no validation sample") != std::string::npos);
    CHECK(cli({ "sample", "--db", empty }).err.find("no programme to draw passages from") != std::string::npos);
    // The demo's own sample, with its invented coders.
    CHECK_THAT(cli({ "validate", "--db", d.db() }).out, Catch::Contains("(synthetic codes)"));
    CHECK(cli({ "sample", "--db", d.db(), "--unit", "page" }).code == 2);
    CHECK(cli({ "sample", "--db", d.db(), "--by", "galaxy" }).code == 2);
    CHECK(cli({ "sample", "--db", d.db(), "--n", "0" }).code == 2);
    const auto theme = cli({ "sample", "--db", d.db(), "--themes", "numerique,nope" });
    CHECK(theme.code == 1);
    CHECK_THAT(theme.err, Catch::Contains("the dictionary has no theme \"nope\""));
    REQUIRE(cli({ "sample", "--db", d.db(), "--n", "5" }).code == 0);
    // The strata are listed in the grouping's order: size classes by size.
    const auto both = cli({ "sample", "--db", d.db(), "--n", "30", "--frame", "both", "--seed", "4" });
    REQUIRE(both.code == 0);
    const auto small = both.out.find("\n  < 50");
    const auto middle = both.out.find("\n  50");
    const auto large = both.out.find("\n  > 200");
    CHECK(small < middle);
    CHECK(middle < large);
    CHECK(large != std::string::npos);
    std::ofstream(d.path("bad.csv"))
        << "position;numerique;open_data;ville_connectee;e_sante;french_tech\n1;1;0;0;0;0\n"
           "6;1;0;0;0;0\n";
    const auto bad = cli({ "codes", "import", "--db", d.db(), "--sample", "2", "--coder", "X", d.path("bad.csv") });
    CHECK(bad.code == 1);
    CHECK_THAT(bad.err, Catch::Contains("bad.csv:3: position 6 is not a passage of the sample"));
    // Nothing of the sheet was stored.
    CHECK_THAT(cli({ "sample", "list", "--db", d.db() }).out,
               Catch::Contains("2\tÉchantillon 2\t5 paragraphs\t0 coded"));
    CHECK(cli({ "codes", "import", "--db", d.db(), "--sample", "9", "--coder", "X", d.path("bad.csv") })
              .err.find("no sample 9")
          != std::string::npos);
    CHECK(cli({ "sample", "export", "--db", d.db(), "--sample", "2" }).code == 2); // --coder and --out
    REQUIRE(cli({ "sample", "delete", "--db", d.db(), "--sample", "2" }).code == 0);
    CHECK(cli({ "sample", "list", "--db", d.db() }).out.find("Échantillon 2") == std::string::npos);
}
