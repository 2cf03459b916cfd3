// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-cli's study commands, in-process, on a real study file.
#include "CliTestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace {

using vigie::test::cli;
using vigie::test::Run;

struct Study
{
    fs::path dir = fs::temp_directory_path() / ("vigie-cli-" + std::to_string(std::random_device {}()));
    Study() { fs::create_directories(dir); }
    ~Study() { fs::remove_all(dir); }
    std::string db() const { return (dir / "sub" / "etude.vigie").string(); }
};

const std::string kImport = VIGIE_TEST_DATA_DIR "/import/";

} // namespace

TEST_CASE("init, import, search: a study from the command line", "[cli][study]")
{
    Study s;
    auto init = cli({ "init", "--db", s.db() });
    REQUIRE(init.code == 0);
    CHECK_THAT(init.out, Catch::Contains("0 programmes, dictionary version 1"));
    CHECK(fs::exists(s.db()));

    auto imp = cli({ "import", "--db", s.db(), "--manifest", kImport + "manifest.csv" });
    CHECK(imp.code == 1); // two files failed: reported, the rest imported
    CHECK_THAT(imp.out, Catch::Contains("Imported 4, updated 0, failed 2, unresolved cities 1"));
    CHECK_THAT(imp.err, Catch::Contains("image.txt: binary file"));
    CHECK_THAT(imp.err, Catch::Contains("absent.pdf: no such file"));
    CHECK_THAT(imp.err, Catch::Contains("saint-denis.html: city not resolved"));

    auto again = cli({ "import", "--db", s.db(), kImport + "programmes/lyon-demain.txt" });
    CHECK(again.code == 0);
    CHECK_THAT(again.out, Catch::Contains("Imported 0, updated 1"));

    auto found = cli({ "search", "--db", s.db(), "fibre" });
    CHECK(found.code == 0);
    CHECK_THAT(found.out, Catch::Contains("lyon-demain.txt"));
    CHECK_THAT(found.err, Catch::Contains("1 programme"));
    auto none = cli({ "search", "--db", s.db(), "NEAR(\"x" });
    CHECK(none.code == 0);
    CHECK_THAT(none.err, Catch::Contains("0 programmes"));
}

TEST_CASE("study commands report missing or foreign studies", "[cli][study][errors]")
{
    Study s;
    auto missing = cli({ "search", "--db", (s.dir / "nope.vigie").string(), "x" });
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("no such study (create it with: vigie-cli init"));
    auto usage = cli({ "import", "--db", s.db() });
    CHECK(usage.code == 2);
    // A reading command never turns an empty file into a study.
    const std::string empty = (s.dir / "vide.vigie").string();
    std::ofstream(empty).close();
    for (const std::vector<std::string> &args : { std::vector<std::string> { "search", "--db", empty, "x" },
                                                  { "stats", "--db", empty },
                                                  { "kwic", "--db", empty, "--theme", "numerique" },
                                                  { "export", "--db", empty, "programmes" } }) {
        INFO(args[0]);
        auto r = cli(args);
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::Contains("vide.vigie: an empty file, not a Vigie study"));
        CHECK(fs::file_size(empty) == 0);
    }
}

TEST_CASE("cities resolve prints code, population and size class, never guesses", "[cli][cities]")
{
    auto r = cli({ "cities", "resolve", "Havre (Le)", "Paris 15e", "Saint-Denis" });
    CHECK(r.code == 1);
    CHECK_THAT(r.out, Catch::Contains("Havre (Le)\t76351\tLe Havre\t76\t166687\t50\u00A0000 \u2013 200\u00A0000"));
    CHECK_THAT(
        r.out,
        Catch::Contains(
            "Paris 15e\t75056\tParis\t75\t2103778\t> 200\u00A0000\t(Paris 15e arrondissement counted as Paris)"));
    CHECK_THAT(r.err, Catch::Contains("communes are named \"Saint-Denis\""));
    auto d = cli({ "cities", "resolve", "--department", "974", "Saint-Denis" });
    CHECK(d.code == 0);
    CHECK_THAT(d.out, Catch::Contains("97411"));
}

TEST_CASE("stats, kwic, retag and barometer from the command line", "[cli][study]")
{
    Study s;
    REQUIRE(cli({ "import", "--db", s.db(), "--manifest", kImport + "manifest.json" }).code == 0);
    auto table = cli({ "stats", "--db", s.db(), "--themes", "numerique,open_data", "--by", "size" });
    REQUIRE(table.code == 0);
    CHECK_THAT(table.out, Catch::Contains("numerique (Numérique)") && Catch::Contains("> 200\u00A0000\t1\t1\t100.0"));
    CHECK_THAT(table.out, Catch::Contains("test: "));
    auto csv = cli({ "stats", "--db", s.db(), "--themes", "open_data", "--format", "csv" });
    REQUIRE(csv.code == 0);
    CHECK_THAT(csv.out, Catch::StartsWith("theme,group,label,programmes,mentioning,share,share_low,share_high"));
    CHECK_THAT(csv.out, Catch::Contains("open_data,total,Ensemble,2,1,0.500000,"));
    auto json = cli({ "stats", "--db", s.db(), "--themes", "open_data", "--by", "year", "--format", "json" });
    REQUIRE(json.code == 0);
    CHECK_THAT(json.out, Catch::Contains("\"by\": \"year\""));
    CHECK(cli({ "stats", "--db", s.db(), "--by", "planet" }).code == 2);
    auto badTheme = cli({ "stats", "--db", s.db(), "--themes", "opendata" });
    CHECK(badTheme.code == 1);
    CHECK_THAT(badTheme.err, Catch::Contains("unknown theme \"opendata\""));

    auto kwic = cli({ "kwic", "--db", s.db(), "--theme", "open_data", "--context", "8" });
    REQUIRE(kwic.code == 0);
    CHECK_THAT(kwic.out, Catch::Contains("\topen data\t"));
    auto phrase = cli({ "kwic", "--db", s.db(), "fibre", "optique" });
    CHECK_THAT(phrase.out, Catch::Contains("\tfibre optique\t"));

    const std::string small = (s.dir / "small.json").string();
    {
        std::ofstream(small)
            << R"({"name": "petit", "version": "2", "themes": [{"id": "numerique", "label": "N", "terms": ["fibre"]}]})";
    }
    auto retag = cli({ "retag", "--db", s.db(), "--dictionary", small });
    REQUIRE(retag.code == 0);
    CHECK_THAT(retag.out, Catch::Contains("Retagged 2 programmes with dictionary version 2 (petit 2)"));

    auto projects = cli({ "import-projects", "--db", s.db(), kImport + "projects.csv" });
    CHECK(projects.code == 0);
    CHECK_THAT(projects.out, Catch::Contains("Imported 5"));
}

TEST_CASE("export writes the programmes, the mentions and the statistics as CSV", "[cli][export]")
{
    Study s;
    REQUIRE(cli({ "import", "--db", s.db(), "--manifest", kImport + "manifest.json" }).code == 0);
    auto programmes = cli({ "export", "--db", s.db(), "programmes" });
    REQUIRE(programmes.code == 0);
    CHECK_THAT(programmes.out,
               Catch::StartsWith("id,candidate,list,nuance,insee,commune,department,region,population,"
                                 "size_class,year,round,elected,panel,kind,primary,format,encoding,source,ocr_pages,"
                                 "ocr_confidence,words,numerique,"));
    CHECK_THAT(
        programmes.out,
        Catch::Contains(",Camille Martin,,,69123,Lyon,69,84,519127,> 200\u00A0000,2020,,1,,programme,1,txt,UTF-8,"));
    auto mentions = cli({ "export", "--db", s.db(), "mentions" });
    REQUIRE(mentions.code == 0);
    CHECK_THAT(mentions.out,
               Catch::Contains(",open_data,open data,") && Catch::Contains(",tres_haut_debit,fibre optique,"));
    CHECK_THAT(mentions.out,
               Catch::Contains("e_administration,démarches en ligne,") && Catch::Contains(",démarches en ligne\n"));
    const std::string file = (s.dir / "stats.csv").string();
    auto stats = cli({ "export", "--db", s.db(), "stats", "--by", "year", "--themes", "numerique", "--out", file });
    REQUIRE(stats.code == 0);
    std::ifstream in(file);
    const std::string csv((std::istreambuf_iterator<char>(in)), {});
    CHECK_THAT(csv, Catch::StartsWith("theme,group,label,programmes,mentioning,share"));
    CHECK_THAT(csv, Catch::Contains("numerique,2020,2020,2,2,1.000000,"));
    CHECK(cli({ "export", "--db", s.db() }).code == 2);
    CHECK(cli({ "export", "--db", s.db(), "programmes", "--out", "/nonexistent/x.csv" }).code == 1);

    // For QDA tools: a REFI-QDA project, which needs a file to write.
    const std::string qdpx = (s.dir / "etude.qdpx").string();
    auto project = cli({ "export", "--db", s.db(), "qdpx", "--out", qdpx });
    REQUIRE(project.code == 0);
    CHECK_THAT(project.out,
               Catch::StartsWith("Written: " + qdpx
                                 + " (REFI-QDA project: 2 text sources, 21 codes, 13 coded selections, 2 cases; "));
    CHECK(std::filesystem::file_size(qdpx) > 100);
    auto noOut = cli({ "export", "--db", s.db(), "qdpx" });
    CHECK(noOut.code == 2);
    CHECK_THAT(noOut.err, Catch::Contains("--out FILE.qdpx"));
    auto cannot = cli({ "export", "--db", s.db(), "qdpx", "--out", "/nonexistent/x.qdpx" });
    CHECK(cannot.code == 1);
    CHECK_THAT(cannot.err, Catch::Contains("cannot write /nonexistent/x.qdpx"));
}

TEST_CASE("demo writes the synthetic study into a new file only", "[cli][demo]")
{
    Study s;
    auto demo = cli({ "demo", "--db", s.db() });
    REQUIRE(demo.code == 0);
    CHECK_THAT(demo.out,
               Catch::Contains("250 communes, 527 candidates, 268 programmes (161 with a digital section), "
                               "1128 barometer projects"));
    CHECK_THAT(demo.out, Catch::Contains("Synthetic data"));
    auto stats = cli({ "stats", "--db", s.db(), "--themes", "numerique", "--format", "csv" });
    CHECK(stats.code == 0);
    CHECK_THAT(stats.out, Catch::Contains("161"));
    CHECK_THAT(stats.out, Catch::Contains(",synthetic_data\n")); // every export of the demo says so
    auto table = cli({ "stats", "--db", s.db() });
    CHECK_THAT(table.out, Catch::StartsWith("!! Synthetic data"));
    auto programmes = cli({ "export", "--db", s.db(), "programmes" });
    CHECK_THAT(programmes.out, Catch::Contains("DONNEES FICTIVES"));

    auto again = cli({ "demo", "--db", s.db() });
    CHECK(again.code == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists"));

#ifdef VIGIE_HAVE_REPORT
    const std::string out = (s.dir / "rapport").string();
    auto report = cli({ "report", "--db", s.db(), "--out", out });
    REQUIRE(report.code == 0);
    CHECK(fs::file_size(out + "/rapport.html") > 10000);
    CHECK(fs::file_size(out + "/rapport.pdf") > 10000);
    CHECK_THAT(report.out, Catch::Contains("Synthetic data"));
    auto english = cli({ "report", "--db", s.db(), "--out", out, "--lang", "en" });
    CHECK(english.code == 0);
    CHECK(fs::exists(out + "/report.pdf"));
    auto wrong = cli({ "report", "--db", s.db(), "--out", out, "--lang", "de" });
    CHECK(wrong.code == 2);
    auto missing = cli({ "report", "--db", (s.dir / "absente.vigie").string(), "--out", out });
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("absente.vigie: no such study"));
#endif
}

TEST_CASE("names and texts from documents cannot drive the terminal", "[cli][study][errors]")
{
    // An ESC sequence (clear the screen, retitle the window) in a candidate's name, a file name and
    // a text: printed written out, never as the raw byte.
    Study s;
    const std::string esc = "\x1b[2J\x1b]0;pwned\x07";
    std::ofstream(s.dir / "prog.txt") << "Nous ouvrirons les données" << esc << " de la ville en open data.\n";
    const fs::path manifest = s.dir / "liste.csv";
    std::ofstream(manifest) << "file,candidate,city\nprog.txt,\"Jeanne" << esc << "\",Lyon\n";
    auto imp = cli({ "import", "--db", s.db(), "--manifest", manifest.string() });
    INFO(imp.out << imp.err);
    REQUIRE(imp.code == 0);
    const fs::path named = s.dir / ("autre" + esc + ".txt");
    std::ofstream(named) << "Nous ouvrirons un portail open data.\n";
    REQUIRE(cli({ "import", "--db", s.db(), named.string() }).code == 0);
    for (const auto &run :
         { cli({ "search", "--db", s.db(), "ouvrirons" }), cli({ "kwic", "--db", s.db(), "--theme", "open_data" }) }) {
        INFO(run.out);
        CHECK(run.code == 0);
        CHECK(run.out.find('\x1b') == std::string::npos);
        CHECK(run.out.find('\x07') == std::string::npos);
        CHECK_THAT(run.out, Catch::Contains("\\x1B[2J\\x1B]0;pwned\\x07"));
    }
    // A failing file's name in the import report, too; and a manifest naming such a file is
    // refused with the name written out.
    const fs::path broken = s.dir / ("vide" + esc + ".txt");
    std::ofstream(broken).close();
    auto bad = cli({ "import", "--db", s.db(), broken.string() });
    CHECK(bad.err.find('\x1b') == std::string::npos);
    CHECK_THAT(bad.err, Catch::Contains("vide\\x1B[2J"));
    std::ofstream(manifest) << "file\n\"" << broken.filename().string() << "\"\n";
    auto refused = cli({ "import", "--db", s.db(), "--manifest", manifest.string() });
    CHECK(refused.code == 1);
    CHECK(refused.err.find('\x1b') == std::string::npos);
    CHECK_THAT(refused.err, Catch::Contains("holds a control character"));
}

TEST_CASE("import says what a folder holds and does not import", "[cli][study][folders]")
{
    Study s;
    const fs::path docs = s.dir / "docs";
    fs::create_directories(docs);
    std::ofstream(docs / "a.txt") << "La ville ouvrira ses données publiques.";
    std::ofstream(docs / "photo.jpg") << "pas du texte";
    std::ofstream(docs / "tract.jpg") << "pas du texte";
    fs::create_symlink("absent.txt", docs / "casse.txt");
    fs::create_symlink("boucle.md", docs / "boucle.md");
    auto imp = cli({ "import", "--db", s.db(), docs.string() });
    CHECK(imp.code == 0); // what was skipped is said; nothing failed
    CHECK_THAT(imp.out, Catch::Contains("Imported 1, updated 0, failed 0"));
    CHECK_THAT(imp.err, Catch::Contains("casse.txt: broken link to \"absent.txt\": skipped"));
    CHECK_THAT(imp.err, Catch::Contains("boucle.md: the link leads back to itself: skipped"));
    CHECK_THAT(imp.err, Catch::Contains("skipped 2 files of other formats (.jpg 2)"));
}

TEST_CASE("search and kwic refuse a query of more than 64 words with a message", "[cli][study][search]")
{
    Study s;
    REQUIRE(cli({ "import", "--db", s.db(), kImport + "programmes/lyon-demain.txt" }).code == 0);
    std::string query;
    for (int i = 0; i < 70; ++i)
        query += "mot" + std::to_string(i) + " ";
    auto search = cli({ "search", "--db", s.db(), query });
    CHECK(search.code == 1);
    CHECK_THAT(search.err, Catch::Contains("the search has 70 words; at most 64 are searched at once"));
    std::string repeated;
    for (int i = 0; i < 10000; ++i)
        repeated += "fibre ";
    auto once = cli({ "search", "--db", s.db(), repeated });
    CHECK(once.code == 0);
    CHECK_THAT(once.err, Catch::Contains("1 programme"));
}
