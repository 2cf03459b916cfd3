// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Lists as a study object (issue 13): the 2026 professions de foi joined to their lists by their
// file names, the round's candidate file giving every list (with or without a document), the share
// of lists with a document by size class, and one primary document per list and round. Fixtures:
// tests/data/professions-foi/make-fixtures.py (its docstring gives the expected figures).
#include "analysis/Lists.h"
#include "TestSupport.h"
#include "analysis/Crosstab.h"
#include "analysis/ProgrammeFacts.h"
#include "analysis/ReportData.h"
#include "import/CandidateFile.h"
#include "import/DocumentKind.h"
#include "import/Importer.h"
#include "import/ListImport.h"
#include "import/Manifest.h"
#include "import/NamePattern.h"
#include "import/ResultsFile.h"
#include "storage/CorpusStore.h"
#include "storage/Schema.h"
#include "storage/SearchTokenizer.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace vigie::core;
using vigie::test::gazetteer;

namespace {

const std::string kRound = VIGIE_TEST_DATA_DIR "/professions-foi/";
const std::string kCandidates = kRound + "candidats-municipales-2026-tour1.csv";

struct Study
{
    fs::path dir = fs::temp_directory_path() / ("vigie-lists-" + std::to_string(std::random_device {}()));
    Study() { fs::create_directories(dir); }
    ~Study() { fs::remove_all(dir); }
    std::string path() const { return (dir / "etude.vigie").string(); }
};

ImportReport importDocuments(CorpusStore &store, const std::vector<std::string> &paths,
                             const std::vector<NamePattern> &patterns = {})
{
    Importer importer(store, gazetteer());
    std::atomic_bool cancel { false };
    return importer.importProgrammes(Importer::entriesForPaths(paths, patterns).entries, {}, cancel);
}

ListImportReport importLists(CorpusStore &store, const std::string &file, std::optional<int> round = {})
{
    std::atomic_bool cancel { false };
    return importCandidateFile(store, gazetteer(), file, round, {}, cancel);
}

// "key lists/with" per coverage row, then the total.
std::vector<std::string> coverage(CorpusStore &store)
{
    const auto r = listCoverage(store, Grouping::SizeClass, SizeClasses::standard());
    std::vector<std::string> out;
    for (const auto &row : r.rows)
        out.push_back(row.key + " " + std::to_string(row.withDocument) + "/" + std::to_string(row.lists));
    out.push_back("total " + std::to_string(r.total.withDocument) + "/" + std::to_string(r.total.lists));
    return out;
}

} // namespace

TEST_CASE("the professions de foi's file names give commune, panel, round and kind", "[lists][names]")
{
    const NamePattern &mn26 = NamePattern::professionsDeFoi2026();
    auto f = mn26.match("/x/MN26-69-69123-Mme_Camille_MARTIN-1-tour1-profession_foi.pdf");
    REQUIRE(f);
    CHECK(f->insee == "69123");
    CHECK(f->department == "69");
    CHECK(f->candidate == "Camille MARTIN");
    CHECK(f->panel == 1);
    CHECK(f->round == 1);
    CHECK(f->year == 2026);
    CHECK(f->kind == DocumentKind::ProfessionDeFoi);

    f = mn26.match("MN26-2A-2A004-M_Jean-Paul_DE_LA_ROCCA-12-tour2-profession_foi_falc.pdf");
    REQUIRE(f);
    CHECK(f->insee == "2A004");
    CHECK(f->candidate == "Jean-Paul DE LA ROCCA");
    CHECK(f->panel == 12);
    CHECK(f->round == 2);
    CHECK(f->kind == DocumentKind::EasyRead);

    CHECK_FALSE(mn26.match("MN26-69-69123-Mme_Camille_MARTIN-1-tour3-profession_foi.pdf")); // no third round
    CHECK_FALSE(mn26.match("programme-lyon.pdf"));
    CHECK(candidateFromFileName("Mme_Anne-Marie_LE_GALL") == "Anne-Marie LE GALL");
    CHECK(candidateFromFileName("Madame") == "Madame"); // a lone word is a name, not a civility
}

TEST_CASE("an analyst's own naming pattern, and the patterns refused", "[lists][names]")
{
    const NamePattern p = NamePattern::parse("{insee}_liste{panel}_T{round}{*}", 2020, DocumentKind::Tract);
    const auto f = p.match("59350_liste4_T1 (copie).docx");
    REQUIRE(f);
    CHECK(f->insee == "59350");
    CHECK(f->panel == 4);
    CHECK(f->round == 1);
    CHECK(f->year == 2020);
    CHECK(f->kind == DocumentKind::Tract);
    CHECK_FALSE(p.match("59350_liste4.docx"));

    const auto braces = NamePattern::parse("{{{insee}}}", std::nullopt).match("{75056}.txt");
    REQUIRE(braces);
    CHECK(braces->insee == "75056");

    const auto refused = [](const std::string &pattern) {
        try {
            NamePattern::parse(pattern);
        } catch (const std::invalid_argument &e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK_THAT(refused("{insee}-{liste}"), Catch::Contains("unknown placeholder {liste}"));
    CHECK_THAT(refused("{insee}-{panel"), Catch::Contains("never closed"));
    CHECK_THAT(refused("{insee}}"), Catch::Contains("closes no placeholder"));
    CHECK_THAT(refused("{insee}-{insee}"), Catch::Contains("{insee} is given twice"));
    CHECK_THAT(refused("{department}-{panel}"), Catch::Contains("no {insee}"));
}

TEST_CASE("document kinds and the precedence that picks a list's primary document", "[lists][kinds]")
{
    CHECK(parseDocumentKind("profession_foi") == DocumentKind::ProfessionDeFoi);
    CHECK(parseDocumentKind("Profession de foi") == DocumentKind::ProfessionDeFoi);
    CHECK(parseDocumentKind("FALC") == DocumentKind::EasyRead);
    CHECK(parseDocumentKind("facile à lire") == DocumentKind::EasyRead);
    CHECK(parseDocumentKind("leaflet") == DocumentKind::Tract);
    CHECK_FALSE(parseDocumentKind("affiche"));
    CHECK(documentPrecedenceText(defaultDocumentPrecedence()) == "programme,profession_foi,accessible,falc,tract");
    const auto p = parseDocumentPrecedence("falc, profession_foi");
    REQUIRE(p);
    CHECK(documentPrecedenceText(*p) == "falc,profession_foi,programme,accessible,tract");
    CHECK_FALSE(parseDocumentPrecedence("falc,FALC"));
    CHECK_FALSE(parseDocumentPrecedence("falc,affiche"));
}

TEST_CASE("a folder of professions de foi and the round's candidate file give every list", "[lists][import]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    const PathEntries found = Importer::entriesForPaths({ kRound });
    CHECK(found.entries.size() == 6);
    CHECK(found.named == 6);
    REQUIRE(found.candidateFiles.size() == 1);
    CHECK(found.candidateFiles[0] == fs::path(kCandidates).lexically_normal().string());

    const ImportReport docs = importDocuments(store, { kRound });
    CHECK(docs.imported == 6);
    CHECK(docs.unresolved == 0);
    const ListImportReport lists = importLists(store, kCandidates);
    CHECK(lists.year == 2026);
    CHECK(lists.round == 1); // from "tour1"
    CHECK(lists.rows == 20);
    CHECK(lists.lists == 10);
    CHECK(lists.added == 10);
    CHECK(lists.withDocuments == 5);
    CHECK(lists.problems.empty());
    CHECK(lists.unresolved.empty());

    const auto all = readLists(store, SizeClasses::standard());
    REQUIRE(all.size() == 10);
    const ListFacts &lyon1 = all[3];
    CHECK(lyon1.communeName == "Lyon");
    CHECK(lyon1.panel == 1);
    CHECK(lyon1.name == "Lyon demain, ensemble");
    CHECK(lyon1.head == "Camille MARTIN");
    CHECK(lyon1.nuanceCode == "LDVG");
    CHECK(lyon1.nuanceLabel == "Divers gauche");
    CHECK(lyon1.candidates == 2);
    CHECK(lyon1.documents == 2); // the profession de foi and its easy-read twin

    // The true denominator: every list of the round, with or without a document.
    CHECK(coverage(store) == std::vector<std::string> { "lt50k 1/3", "50k-200k 2/4", "ge200k 2/3", "total 5/10" });

    // The same file again replaces, adds nothing.
    const ListImportReport again = importLists(store, kCandidates);
    CHECK(again.added == 0);
    CHECK(again.updated == 10);
    CHECK(listCount(store) == 10);
}

TEST_CASE("a list and round is counted once, by its primary document", "[lists][primary]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    // Lists first, documents after: the join does not depend on the order.
    importLists(store, kCandidates);
    importDocuments(store, { kRound });

    const auto facts = readProgrammeFacts(store, SizeClasses::standard());
    REQUIRE(facts.size() == 6);
    int primaries = 0;
    for (const auto &p : facts) {
        primaries += p.primary;
        CHECK(p.list != 0);
        CHECK_FALSE(p.listName.empty()); // from the list: the file names do not say it
        if (p.kind == DocumentKind::EasyRead)
            CHECK_FALSE(p.primary);
    }
    CHECK(primaries == 5);

    CrosstabOptions o;
    o.themes = { "numerique" };
    const CrosstabResult before = crosstab(store, o);
    CHECK(before.total.programmes == 5);
    CHECK(before.notPrimary == 1);

    // Easy-read first: the twin becomes the counted one, still one per list.
    setDocumentPrecedence(store, *parseDocumentPrecedence("falc"));
    for (const auto &p : readProgrammeFacts(store, SizeClasses::standard()))
        if (p.insee == "69123" && p.panel == 1)
            CHECK(p.primary == (p.kind == DocumentKind::EasyRead));
    const CrosstabResult after = crosstab(store, o);
    CHECK(after.total.programmes == 5);
    CHECK(after.notPrimary == 1);
}

TEST_CASE("a 2020 candidate file's nuances get their labels from the official grid", "[lists][import]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    const auto r = importLists(store, VIGIE_TEST_DATA_DIR "/candidates/candidats-2020-tour1.txt");
    CHECK(r.year == 2020);
    CHECK(r.round == 1);
    CHECK_FALSE(r.problems.empty()); // the fixture's cut and unreadable rows, with their lines
    std::map<std::string, std::string> labels;
    for (const auto &l : readLists(store, SizeClasses::standard()))
        labels[l.nuanceCode] = l.nuanceLabel;
    CHECK(labels["LDVC"] == "Liste divers centre");
    CHECK(labels["LREG"] == "Liste régionaliste");
    CHECK(labels["LDVG"] == "Liste divers gauche");
    CHECK(nuanceLabel2020("LXYZ").empty());
}

TEST_CASE("a file's round is what its name says, else the first", "[lists][import]")
{
    CHECK(roundFromFileName("candidats-municipales-2026-tour2.csv") == 2);
    CHECK(roundFromFileName("/d/listes_T2.csv") == 2);
    CHECK(roundFromFileName("2nd-tour.csv") == 2);
    CHECK(roundFromFileName("municipales-2020-1er-tour.txt") == 1);
    CHECK_FALSE(roundFromFileName("candidats-2026.csv"));
    Study study;
    auto store = CorpusStore::open(study.path());
    CHECK(importLists(store, kCandidates, 2).round == 2); // said, it wins over the name
}

TEST_CASE("a manifest may say a document's panel and kind", "[lists][manifest]")
{
    Study study;
    const fs::path manifest = study.dir / "manifest.csv";
    std::ofstream(manifest) << "file,insee,year,round,panel,kind\n"
                            << kRound << "MN26-69-69123-Mme_Camille_MARTIN-1-tour1-profession_foi.pdf,69123,2026,1,1,"
                            << "programme\n";
    const auto entries = readManifest(manifest.string());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].panel == 1);
    CHECK(entries[0].kind == DocumentKind::Programme);

    std::ofstream(manifest) << "file,kind\nx.pdf,affiche\n";
    const ImportProblem p = vigie::test::importProblem([&] { readManifest(manifest.string()); });
    CHECK(p.kind == ImportProblem::Kind::UnknownDocumentKind);
    CHECK(p.line == 2);
    CHECK_THAT(p.text(), Catch::Contains("kind \"affiche\" is not a kind of document (programme, profession_foi"));
}

TEST_CASE("a study of version 6 gains lists, its programmes kind programme", "[lists][storage]")
{
    Study study;
    {
        Database db = Database::open(study.path());
        registerSearchTokenizer(db.handle());
        Schema::migrate(db, 6);
        db.exec("INSERT INTO programmes(content_hash, text, words, imported_at, updated_at) "
                "VALUES ('h', 'texte', 1, 'now', 'now')");
    }
    auto store = CorpusStore::open(study.path());
    CHECK(Schema::version(store.database()) == Schema::kLatest);
    CHECK(store.programme(1)->meta.kind == DocumentKind::Programme);
    // Version 8: read from its text, not by OCR.
    CHECK(store.programme(1)->meta.ocrPages.empty());
    CHECK_FALSE(store.programme(1)->meta.ocrConfidence);
    CHECK(listCount(store) == 0);
}

TEST_CASE("a results file gives each list its seats and marks the elected one", "[lists][results]")
{
    const std::string dir = VIGIE_TEST_DATA_DIR "/results/";
    CHECK(isResultsFile(dir + "resultats-municipales-2026-tour1.csv"));
    CHECK(isResultsFile(dir + "resultats-municipales-2020-tour1.txt"));
    CHECK_FALSE(isResultsFile(kCandidates));
    CHECK_FALSE(isCandidateFile(dir + "resultats-municipales-2026-tour1.csv"));
    CHECK(yearFromFileName(dir + "resultats-municipales-2026-tour1.csv") == 2026);

    Study study;
    auto store = CorpusStore::open(study.path());
    importLists(store, kCandidates);
    const ResultsImportReport r = importResultsFile(store, dir + "resultats-municipales-2026-tour1.csv", {}, {});
    CHECK(r.year == 2026);
    CHECK(r.round == 1);
    CHECK(r.rows == 7);
    CHECK(r.results == 11); // the "douze" seats cell is left out, with its line
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 8);
    CHECK(r.matched == 10);
    CHECK(r.elected == 4); // Villeurbanne goes to a second round: no seats, none elected
    REQUIRE(r.unmatched.size() == 1);
    CHECK(r.unmatched[0].code == "01002");

    std::map<std::string, std::optional<bool>> elected;
    for (const auto &l : readLists(store, SizeClasses::standard()))
        elected[l.communeName + " " + std::to_string(l.panel)] = l.elected;
    CHECK(elected["Lyon 1"] == true);
    CHECK(elected["Lyon 2"] == false);
    CHECK(elected["Vénissieux 2"] == true);
    CHECK(elected["Villeurbanne 1"] == false);

    // A document's "elected" comes from its list when the document does not say it.
    importDocuments(store, { kRound });
    for (const auto &p : readProgrammeFacts(store, SizeClasses::standard()))
        if (p.insee == "69123" && p.panel == 1)
            CHECK(p.elected == true);
}

TEST_CASE("a 2020 results file: the first list's columns named, the others following", "[lists][results]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    importLists(store, VIGIE_TEST_DATA_DIR "/candidates/candidats-2020-tour1.txt");
    const auto r
        = importResultsFile(store, VIGIE_TEST_DATA_DIR "/results/resultats-municipales-2020-tour1.txt", {}, {});
    CHECK(r.year == 2020);
    CHECK(r.rows == 3);
    CHECK(r.results == 4); // Ambérieu's two groups, Ajaccio, Saint-Denis
    CHECK(r.problems.empty());
    CHECK(r.matched == 3); // Ambérieu's list 4 is not in the candidate fixture
    CHECK(r.elected == 2); // Ambérieu 1, Saint-Denis 2; Ajaccio has no seats yet
    std::map<std::string, std::optional<std::int64_t>> seats;
    for (const auto &l : readLists(store, SizeClasses::standard()))
        seats[l.constituency + " " + std::to_string(l.panel)] = l.seats;
    CHECK(seats["01004 1"] == 26);
    CHECK(seats["2A004 3"] == 0);
    CHECK(seats["97411 2"] == 41);
}

TEST_CASE("a panel number beyond any list's is reported, not cast", "[lists][results]")
{
    Study study;
    const fs::path file = study.dir / "resultats-2026.csv";
    std::ofstream(file) << "Code commune;Numéro de panneau 1;Sièges au CM 1\n69123;4294967297;55\n69123;0;1\n";
    const ResultsFile r = readResultsFile(file.string());
    CHECK(r.results.empty());
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].column == "Numéro de panneau");
    CHECK(r.problems[0].value == "4294967297");
}

TEST_CASE("a results file's year comes from its name or from the study's lists", "[lists][results]")
{
    Study study;
    const fs::path copy = study.dir / "resultats.csv";
    fs::copy_file(VIGIE_TEST_DATA_DIR "/results/resultats-municipales-2026-tour1.csv", copy);
    auto store = CorpusStore::open(study.path());
    const ImportProblem p = vigie::test::importProblem([&] { importResultsFile(store, copy.string(), {}, {}); });
    CHECK_THAT(p.text(),
               Catch::Contains("resultats.csv: neither the file name nor the study's lists say the "
                               "election's year"));
    importLists(store, kCandidates);
    CHECK(importResultsFile(store, copy.string(), {}, {}).year == 2026);
}

TEST_CASE("the report counts one document per list and says how many lists have one", "[lists][report]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    importDocuments(store, { kRound });
    importLists(store, kCandidates);
    const ReportData r = collectReport(store, {});
    CHECK(r.programmes == 6); // every document stored
    CHECK(r.headline.total.programmes == 5); // one per list and round
    CHECK(r.headline.notPrimary == 1);
    CHECK(r.lists == 10);
    CHECK(r.listsWithDocument == 5);
}

TEST_CASE("the same leaflet sent again for round 2 stays round 1's document", "[lists][import]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    importDocuments(store, { kRound });
    importLists(store, kCandidates);
    REQUIRE(coverage(store).back() == "total 5/10");

    // Byte for byte the profession de foi of Lyon's list 1, named for round 2.
    const fs::path round2 = study.dir / "MN26-69-69123-Mme_Camille_MARTIN-1-tour2-profession_foi.pdf";
    fs::copy_file(kRound + "MN26-69-69123-Mme_Camille_MARTIN-1-tour1-profession_foi.pdf", round2);
    const ImportReport r = importDocuments(store, { round2.string() });
    CHECK(r.updated == 1);
    REQUIRE(r.keptWithList.size() == 1);
    const ImportProblem &p = r.keptWithList[0].problem;
    CHECK(p.kind == ImportProblem::Kind::SameTextOtherList);
    CHECK(p.value == "69123");
    CHECK(p.listPanel == 1);
    CHECK(p.listRound == 1);
    CHECK(p.listYear == 2026);
    CHECK(p.message().find("stays that list's document") != std::string::npos);
    CHECK(coverage(store).back() == "total 5/10"); // before the fix: 4/10, round 1's list left bare
    auto round = store.database().prepare("SELECT count(*) FROM programmes WHERE round = 2");
    REQUIRE(round.step());
    CHECK(round.columnInt(0) == 0);
    auto source = store.database().prepare("SELECT count(*) FROM programmes WHERE source LIKE '%tour2%'");
    REQUIRE(source.step());
    CHECK(source.columnInt(0) == 0); // the file that named its list is still its source

    // The same text with nothing that names another list is updated as always.
    const ImportReport same = importDocuments(store,
                                              { kRound
                                                + "MN26-69-69123-Mme_Camille_MARTIN-1-tour1-"
                                                  "profession_foi.pdf" });
    CHECK(same.updated == 1);
    CHECK(same.keptWithList.empty());
}

TEST_CASE("documents named without a year take the year of their lists, and the others are said", "[lists][import]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    // An analyst's naming without {year}: "69123_liste2_T1.pdf" (the same PDFs, renamed).
    const fs::path folder = study.dir / "docs";
    fs::create_directories(folder);
    fs::copy_file(kRound + "MN26-69-69123-M_Louis_PETIT-2-tour1-profession_foi.pdf", folder / "69123_liste2_T1.pdf");
    fs::copy_file(kRound + "MN26-69-69259-M_Tom_ANDRE-2-tour1-profession_foi.pdf", folder / "69259_liste9_T1.pdf");
    const std::vector<NamePattern> patterns { NamePattern::parse("{insee}_liste{panel}_T{round}") };

    // Documents first: no lists yet, no year; nothing said before the study has lists.
    ImportReport docs = importDocuments(store, { folder.string() }, patterns);
    CHECK(docs.imported == 2);
    CHECK(docs.yearsFromLists == 0);
    CHECK(unjoinedDocuments(store).empty());
    // Then the candidate file: Lyon's list 2 exists in 2026 only, so its document is of 2026;
    // Vénissieux has no list 9.
    const ListImportReport lists = importLists(store, kCandidates);
    CHECK(lists.yearsFromLists == 1);
    CHECK(lists.withDocuments == 1);
    auto unjoined = unjoinedDocuments(store);
    REQUIRE(unjoined.size() == 1);
    CHECK(unjoined[0].insee == "69259");
    CHECK(unjoined[0].panel == 9);
    CHECK(unjoined[0].round == 1);
    CHECK(unjoined[0].why == UnjoinedDocument::Why::NoYear); // no 2026 list 9 to take a year from

    // With the year given, it names a list the candidate file does not have.
    auto year = store.database().prepare("UPDATE programmes SET year = 2026 WHERE year IS NULL");
    year.run();
    unjoined = unjoinedDocuments(store);
    REQUIRE(unjoined.size() == 1);
    CHECK(unjoined[0].why == UnjoinedDocument::Why::NoSuchList);
    CHECK(unjoined[0].year == 2026);
    CHECK(unjoined[0].source.ends_with("69259_liste9_T1.pdf"));

    // Lists first, documents after: the import gives the year itself.
    Study other;
    auto second = CorpusStore::open(other.path());
    importLists(second, kCandidates);
    docs = importDocuments(second, { folder.string() }, patterns);
    CHECK(docs.yearsFromLists == 1);
    CHECK(unjoinedDocuments(second).size() == 1);
}
