// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "cli/commands/Printable.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <sstream>

namespace {

using vigie::test::cli;
using vigie::test::Run;

const std::string kData = VIGIE_TEST_DATA_DIR "/tag/";

} // namespace

TEST_CASE("tag --json prints one object per input with rolled-up counts", "[cli][tag]")
{
    const auto r = cli({ "tag", "--json", kData + "programme.txt" });
    REQUIRE(r.code == 0);
    CHECK(r.err.empty());
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["path"] == kData + "programme.txt");
    CHECK(j["words"] == 7); // Nous développerons open data et la fibre: the clitic l' is not a word
    CHECK(j["themes"] == nlohmann::json { { "numerique", 2 }, { "open_data", 1 }, { "tres_haut_debit", 1 } });
    CHECK_FALSE(j.contains("spans"));
}

TEST_CASE("tag --spans gives code point offsets into the input", "[cli][tag]")
{
    const auto r = cli({ "tag", "--json", "--spans", "-" }, "L’open data 📱 et la fibre.");
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["path"] == "<stdin>");
    REQUIRE(j["spans"].size() == 2);
    CHECK(j["spans"][0]
          == nlohmann::json { { "theme", "open_data" },
                              { "term", "open data" },
                              { "start", 2 },
                              { "end", 11 },
                              { "text", "open data" } });
    // "fibre" counts through a rule whose context here is "open data": the span covers both, and its
    // end counts the emoji as one code point.
    CHECK(j["spans"][1]["rule"] == "fibre : le réseau");
    CHECK(j["spans"][1]["start"] == 2);
    CHECK(j["spans"][1]["end"] == 25);
    CHECK(j["spans"][1]["text"] == "open data 📱 et la fibre");
}

TEST_CASE("tag without --json prints a readable line", "[cli][tag]")
{
    const auto r = cli({ "tag", "-" }, "Rien de spécial.");
    CHECK(r.code == 0);
    CHECK(r.out == "<stdin>\t3 words\tno theme\n");
    const auto s = cli({ "tag", "--spans", "-" }, "La smart city.");
    CHECK(s.out
          == "<stdin>\t3 words\tnumerique 1, ville_connectee 1\n  3-13\tville_connectee\t\"smart city\"\t(term \"smart "
             "city\")\n");
}

TEST_CASE("a folder stands for its text files in name order", "[cli][tag]")
{
    const auto r = cli({ "tag", kData + "dossier" });
    REQUIRE(r.code == 0);
    CHECK(r.out
          == kData + "dossier/a.md\t4 words\tnumerique 1, ville_connectee 1\n" + kData
              + "dossier/sous/b.txt\t3 words\tno theme\n");
}

TEST_CASE("bad inputs are named on stderr, the others still tagged, exit 1", "[cli][tag][errors]")
{
    const auto r
        = cli({ "tag", kData + "missing.txt", kData + "latin1.txt", kData + "binaire.txt", kData + "programme.txt" });
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains(kData + "missing.txt: no such file"));
    CHECK_THAT(
        r.err,
        Catch::Contains(kData + "latin1.txt: not UTF-8 text: invalid byte 0xE9 at byte 6 (line 1, column 7)")
            || Catch::Contains(
                kData
                + "latin1.txt: not UTF-8 text: invalid sequence starting with byte 0xE9 at byte 6 (line 1, column 7)"));
    CHECK_THAT(r.err, Catch::Contains(kData + "binaire.txt: not UTF-8 text: NUL byte (binary file?)"));
    CHECK_THAT(r.out, Catch::Contains("programme.txt\t7 words"));
    CHECK(r.out.find("latin1") == std::string::npos);
}

TEST_CASE("tag -j prints the same as one worker, in input order", "[cli][tag][jobs]")
{
    // Inputs of very different sizes, good and bad, so that workers finish out of order.
    const std::vector<std::string> inputs
        = { kData + "dossier", kData + "missing.txt", kData + "programme.txt", kData + "binaire.txt",
            kData + "dossier", kData + "latin1.txt",  kData + "programme.txt" };
    std::vector<std::string> one = { "tag", "--json", "--spans", "-j", "1" };
    std::vector<std::string> four = { "tag", "--json", "--spans", "-j", "4" };
    one.insert(one.end(), inputs.begin(), inputs.end());
    four.insert(four.end(), inputs.begin(), inputs.end());
    const auto a = cli(one);
    const auto b = cli(four);
    CHECK(a.code == 1);
    CHECK(b.code == 1);
    CHECK(a.out == b.out);
    CHECK(a.err == b.err);
    CHECK(std::count(a.out.begin(), a.out.end(), '\n') == 6); // a.md and b.txt twice, programme.txt twice
    CHECK(cli({ "tag", "-j", "0", kData + "programme.txt" }).err
          == "vigie-cli tag: -j takes a whole number from 1 to 256, not \"0\"\n");
}

TEST_CASE("a broken dictionary stops tag with its file and line", "[cli][tag][errors]")
{
    const auto r = cli({ "tag", "--dictionary", kData + "broken-dictionary.json", kData + "programme.txt" });
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("broken-dictionary.json:4: \"stem\" must be true or false"));
    const auto m = cli({ "tag", "--dictionary", kData + "nope.json", "-" });
    CHECK(m.code == 1);
    CHECK_THAT(m.err, Catch::Contains("nope.json: no such file"));
}

TEST_CASE("dict check validates and summarises", "[cli][dict]")
{
    const auto ok = cli({ "dict", "check", VIGIE_DICTIONARY });
    CHECK(ok.code == 0);
    CHECK(ok.err.empty()); // no warnings in the bundled dictionary
    CHECK_THAT(ok.out, Catch::Contains("valid dictionary") && Catch::Contains("21 themes"));
    CHECK_THAT(ok.out, Catch::Contains("    open_data  Open data"));
    const auto bad = cli({ "dict", "check", kData + "broken-dictionary.json" });
    CHECK(bad.code == 1);
    CHECK_THAT(bad.err, Catch::Contains(":4: "));
}

TEST_CASE("dict import reads another tool's dictionary, reports line by line and writes Vigie's", "[cli][dict]")
{
    const std::string dir = std::string(VIGIE_TEST_DATA_DIR) + "/dictionaries/";
    const auto out
        = std::filesystem::temp_directory_path() / ("vigie-dict-import-" + std::to_string(::getpid()) + ".json");
    const auto r = cli({ "dict", "import", "--out", out.string(), dir + "liwc2007.dic" });
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("liwc2007.dic:14: skipped: \"kind <of>\""));
    CHECK_THAT(r.out, Catch::Contains("liwc2007.dic:16: changed: \"cloud\" is listed twice"));
    CHECK_THAT(r.out,
               Catch::Contains("LIWC .dic (UTF-8): 3 categories, 15 entries read, 11 terms made, 5 entries "
                               "not imported"));
    // What it wrote is a Vigie dictionary.
    const auto check = cli({ "dict", "check", out.string() });
    CHECK(check.code == 0);
    CHECK_THAT(check.out, Catch::Contains("3 themes, 11 terms"));
    std::filesystem::remove(out);

    // The format named: a .txt holding WordStat's categories.
    const auto named = cli({ "dict", "import", "--format", "wordstat", dir + "wordstat.cat" });
    CHECK(named.code == 0);
    CHECK_THAT(named.out, Catch::Contains("WordStat .CAT (windows-1252): 4 categories"));
    CHECK(cli({ "dict", "import", "--format", "spss", dir + "wordstat.cat" }).code == 2);
    const auto bad = cli({ "dict", "import", kData + "programme.txt" });
    CHECK(bad.code == 1);
    CHECK_THAT(bad.err, Catch::Contains("programme.txt") && Catch::Contains("--format"));
}

TEST_CASE("dict export writes LIWC, quanteda and REFI-QDA files, and says what they cannot hold", "[cli][dict]")
{
    const auto yaml = cli({ "dict", "export", "--format", "yaml", VIGIE_DICTIONARY });
    CHECK(yaml.code == 0);
    CHECK_THAT(yaml.out, Catch::StartsWith("# ") && Catch::Contains("\nnumerique:\n  numerique_own:\n"));
    CHECK_THAT(yaml.err, Catch::Contains("fr.json: not in quanteda YAML: theme \"open_data\": rule "));
    const auto out
        = std::filesystem::temp_directory_path() / ("vigie-dict-export-" + std::to_string(::getpid()) + ".dic");
    const auto liwc = cli({ "dict", "export", "--format", "liwc", "--out", out.string(), VIGIE_DICTIONARY });
    CHECK(liwc.code == 0);
    CHECK_THAT(liwc.err, Catch::Contains("Written: " + out.string()));
    const auto back = cli({ "dict", "import", out.string() });
    CHECK(back.code == 0);
    CHECK_THAT(back.out, Catch::Contains("LIWC .dic (UTF-8): 21 categories"));
    std::filesystem::remove(out);
    // A REFI-QDA codebook, read back as a tree of empty themes.
    const auto qdcPath
        = std::filesystem::temp_directory_path() / ("vigie-dict-export-" + std::to_string(::getpid()) + ".qdc");
    const auto qdc = cli({ "dict", "export", "--format", "qdc", "--out", qdcPath.string(), VIGIE_DICTIONARY });
    CHECK(qdc.code == 0);
    CHECK_THAT(qdc.err, Catch::Contains("not in REFI-QDA codebook .qdc: a codebook holds codes, not words"));
    const auto codes = cli({ "dict", "import", qdcPath.string() });
    CHECK(codes.code == 0);
    CHECK_THAT(codes.out, Catch::Contains(qdcPath.string() + ": changed: a codebook holds codes, not words"));
    CHECK_THAT(codes.out, Catch::Contains("REFI-QDA codebook .qdc (UTF-8): 21 categories, 21 entries read, 0 terms"));
    std::filesystem::remove(qdcPath);
    CHECK(cli({ "dict", "export", "--format", "wordstat", VIGIE_DICTIONARY }).code == 2);
    CHECK(cli({ "dict", "export", VIGIE_DICTIONARY }).code == 2);
}

TEST_CASE("a document read by OCR is one line, the same for import and watch", "[cli][ocr]")
{
    CHECK(vigie::cli::ocrLine("2", 93.6) == "page 2 read by OCR (mean confidence 94 %)");
    CHECK(vigie::cli::ocrLine("1-3", 88.2) == "pages 1-3 read by OCR (mean confidence 88 %)");
    CHECK(vigie::cli::ocrLine("1,4", 90) == "pages 1,4 read by OCR (mean confidence 90 %)");
}

TEST_CASE("usage errors exit 2 with help", "[cli][usage]")
{
    CHECK(cli({}).code == 2);
    CHECK(cli({ "frobnicate" }).code == 2);
    CHECK(cli({ "tag" }).code == 2);
    CHECK(cli({ "tag", "--bogus", "x" }).code == 2);
    CHECK(cli({ "tag", "--dictionary" }).code == 2);
    CHECK(cli({ "dict" }).code == 2);
    const auto help = cli({ "--help" });
    CHECK(help.code == 0);
    CHECK_THAT(help.out, Catch::Contains("vigie-cli tag") && Catch::Contains("dict check"));
    CHECK(cli({ "tag", "--help" }).code == 0);
    CHECK_THAT(cli({ "--version" }).out,
               Catch::StartsWith("vigie-cli ") && Catch::Contains("(data: " VIGIE_SOURCE_DATA_DIR ")"));
}

TEST_CASE("a number option given something else names the option and the value", "[cli][errors]")
{
    // std::stoi and std::stoll let "stoi", "stoll" reach the user, and took "20x" for 20.
    const struct
    {
        std::vector<std::string> args;
        std::string message;
    } cases[] = {
        { { "search", "--limit", "dix", "mairie" },
          "vigie-cli search: --limit takes a whole number from 1 to 2147483647, not \"dix\"\n" },
        { { "search", "--limit", "20x", "mairie" },
          "vigie-cli search: --limit takes a whole number from 1 to 2147483647, not \"20x\"\n" },
        { { "kwic", "--context", "99999999999", "mairie" },
          "vigie-cli kwic: --context takes a whole number from 0 to 2147483647, not \"99999999999\"\n" },
        { { "kwic", "--limit", "-3", "mairie" },
          "vigie-cli kwic: --limit takes a whole number from 0 to 9223372036854775807, not \"-3\"\n" },
        { { "kwic", "--limit", "1e99", "mairie" },
          "vigie-cli kwic: --limit takes a whole number from 0 to 9223372036854775807, not \"1e99\"\n" },
        { { "stats", "--sizes", "20000,cent" },
          "vigie-cli stats: --sizes takes a whole number from 1 to 9223372036854775807, not \"cent\"\n" },
    };
    for (const auto &c : cases) {
        const Run r = cli(c.args);
        INFO(c.args[0] << " " << c.args[1] << " " << c.args[2]);
        CHECK(r.code == 2);
        CHECK(r.err == c.message);
        CHECK(r.out.empty());
    }
}
