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

    // The workbook round trip: Claire's sheet as .xlsx, read back as a second coder's codes.
    REQUIRE(cli({ "sample", "export", "--db", d.db(), "--sample", "2", "--coder", "Claire", "--out",
                  d.path("claire.xlsx") })
                .code
            == 0);
    const auto fromBook
        = cli({ "codes", "import", "--db", d.db(), "--sample", "2", "--coder", "Denis", d.path("claire.xlsx") });
    CHECK(fromBook.code == 0);
    CHECK_THAT(fromBook.out, Catch::Contains("stored 10 codes of Denis for sample 2"));
    const auto agreed
        = nlohmann::json::parse(cli({ "validate", "--db", d.db(), "--sample", "2", "--format", "json" }).out);
    CHECK(agreed["krippendorff_alpha"]["numerique"]["alpha"] == nullptr); // both said yes everywhere: no variation
    CHECK(agreed["krippendorff_alpha"]["numerique"]["passages"] == 10);
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

TEST_CASE("stats --corrected prints each share beside its correction", "[cli][validation]")
{
    Demo d;
    const Run table = cli({ "stats", "--db", d.db(), "--corrected", "--themes", "numerique,open_data" });
    REQUIRE(table.code == 0);
    CHECK_THAT(table.out,
               Catch::Contains("corrected by sample 1 \"Démonstration (codes fictifs)\", coder Codeur A "
                               "(fictif) (80 programmes coded), synthetic codes"));
    CHECK_THAT(table.out, Catch::Contains("  numerique: sensitivity 100.0 % (n = 47), specificity 97.0 % (n = 33)"));
    CHECK_THAT(table.out, Catch::Contains("  All\t268\t161\t60.1\t54.1-65.8\t31.34\t58.8\t52.3-65.4\n"));
    CHECK_THAT(table.out,
               Catch::Contains("correction: Too few codes to correct this share: the sensitivity rests on 7"));

    // JSON: the other coder's measures, and every row's corrected share.
    const Run json = cli({ "stats", "--db", d.db(), "--corrected", "--coder", "Codeur B (fictif)", "--format", "json",
                           "--themes", "numerique" });
    REQUIRE(json.code == 0);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["correction"]["coder"] == "Codeur B (fictif)");
    const double se = j["correction"]["measures"][0]["sensitivity"];
    const double sp = j["correction"]["measures"][0]["specificity"];
    const double apparent = j["themes"][0]["total"]["share"];
    CHECK(j["themes"][0]["total"]["corrected"]["share"].get<double>()
          == Approx((apparent + sp - 1) / (se + sp - 1)).epsilon(1e-12));

    // CSV: four more columns; none without --corrected.
    const Run csv = cli({ "stats", "--db", d.db(), "--corrected", "--format", "csv", "--themes", "numerique" });
    REQUIRE(csv.code == 0);
    CHECK_THAT(csv.out,
               Catch::Contains(",per_10k_words,corrected_share,corrected_low,corrected_high,correction_note,"));
    CHECK_THAT(cli({ "stats", "--db", d.db(), "--format", "csv" }).out, !Catch::Contains("corrected_share"));

    // Errors: an unknown coder names those that can; --coder alone is a usage error.
    const Run unknown = cli({ "stats", "--db", d.db(), "--corrected", "--coder", "Bob" });
    CHECK(unknown.code == 1);
    CHECK_THAT(unknown.err, Catch::Contains("has coder \"Bob\"; these can: --sample 1 --coder \"Codeur A (fictif)\""));
    CHECK(cli({ "stats", "--db", d.db(), "--coder", "Bob" }).code == 2);
    // A paragraph sample cannot correct programme shares.
    REQUIRE(cli({ "sample", "delete", "--db", d.db(), "--sample", "1" }).code == 0);
    REQUIRE(cli({ "sample", "--db", d.db(), "--n", "10" }).code == 0);
    const Run none = cli({ "stats", "--db", d.db(), "--corrected" });
    CHECK(none.code == 1);
    CHECK_THAT(none.err, Catch::Contains("(1 paragraph sample(s), 0 drawn from tagged or untagged programmes only"));
}
