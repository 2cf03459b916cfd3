// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline end to end on real files, the real gazetteer and real SQLite files.
#include "GeneratedFiles.h"
#include "TestSupport.h"
#include "gazetteer/Gazetteer.h"
#include "import/DocumentFormats.h"
#include "import/ImportError.h"
#include "import/Importer.h"
#include "import/Manifest.h"
#include "import/SourceKind.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <new>
#include <random>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

const std::string kDir = VIGIE_TEST_DATA_DIR "/import/";
using Kind = ImportProblem::Kind;
using vigie::test::importProblem;

struct Study
{
    fs::path dir = fs::temp_directory_path() / ("vigie-import-" + std::to_string(std::random_device {}()));
    Study() { fs::create_directories(dir); }
    ~Study() { fs::remove_all(dir); }
    std::string path() const { return (dir / "etude.vigie").string(); }
};

using vigie::test::gazetteer;

ImportReport importManifest(CorpusStore &store, const std::string &manifest, bool cancelled = false)
{
    Importer importer(store, gazetteer());
    std::atomic_bool cancel { cancelled };
    return importer.importProgrammes(readManifest(kDir + manifest), {}, cancel);
}

} // namespace

TEST_CASE("a CSV manifest imports every readable file with its metadata", "[import][pipeline]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    const auto r = importManifest(store, "manifest.csv");
    CHECK(r.imported == 4);
    CHECK(r.updated == 0);
    CHECK(r.failed == 2);
    CHECK(r.unresolved == 1);
    CHECK_FALSE(r.cancelled);
    REQUIRE(r.failures.size() == 2);
    CHECK(r.failures[0].item == kDir + "programmes/image.txt");
    CHECK_THAT(r.failures[0].problem.message(), Catch::Contains("binary"));
    CHECK(r.failures[1].item == kDir + "programmes/absent.pdf");
    CHECK(r.failures[1].problem.message() == "no such file");
    REQUIRE(r.unresolvedCities.size() == 1);
    CHECK_THAT(r.unresolvedCities[0].problem.message(), Catch::Contains("communes are named \"Saint-Denis\""));
    CHECK(store.programmeCount() == 4);

    auto &db = store.database();
    // Lyon resolved, "Marseille 1er" folded into Marseille, quoted "Dupont; Jeanne" kept whole.
    CHECK(db.scalarInt("SELECT count(*) FROM programmes WHERE commune = '69123'") == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM programmes WHERE commune = '13055' AND encoding = 'windows-1252'") == 1);
    CHECK(
        db.scalarInt("SELECT count(*) FROM programmes WHERE candidate = 'Dupont; Jeanne' AND elected = 0 AND round = 2")
        == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM programmes WHERE commune IS NULL AND format = 'html'") == 1);
    CHECK(db.scalarInt("SELECT population FROM communes WHERE insee = '69266'") > 100000);
    // Tagged on import: the Markdown's bold phrase, the HTML's entity-laden text, the 1252 text.
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions WHERE theme = 'democratie_participative'") == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions WHERE theme = 'e_administration'") >= 2);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_theme_counts WHERE theme = 'numerique'") == 4);
    // The script in the HTML head was dropped: "open data" is only in Lyon's programme.
    CHECK(store.search("open data").size() == 1);
    CHECK(store.search("coeur").size() == 1); // œ from windows-1252, folded
    // The index was filled from tokens the worker prepared; FTS5 re-tokenizes every text and
    // compares: any difference would be reported as corruption.
    CHECK_NOTHROW(db.exec("INSERT INTO programme_search(programme_search) VALUES ('integrity-check')"));
}

TEST_CASE("a file that fails while being stored is rolled back alone", "[import][pipeline]")
{
    // Files are stored in chunks under one savepoint: the failure rolls the chunk back, and the
    // files before it (Lyon) must be stored again, the ones after it (Saint-Denis, Marseille)
    // stored as usual, and nothing of the failing file kept.
    Study study;
    auto store = CorpusStore::open(study.path());
    auto &db = store.database();
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON programmes WHEN new.candidate = 'Dupont; Jeanne' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    const auto r = importManifest(store, "manifest.csv");
    CHECK(r.imported == 3);
    CHECK(r.failed == 3);
    REQUIRE(r.failures.size() == 3);
    CHECK(r.failures[0].item == kDir + "programmes/villeurbanne.md");
    CHECK_THAT(r.failures[0].problem.message(), Catch::Contains("refused by the test"));
    CHECK(store.programmeCount() == 3);
    CHECK(db.scalarInt("SELECT count(*) FROM programmes WHERE commune = '69123'") == 1); // Lyon, stored again
    CHECK(db.scalarInt("SELECT count(*) FROM communes WHERE insee = '69266'") == 0); // Villeurbanne's, rolled back
    CHECK(db.scalarInt("SELECT count(*) FROM communes WHERE insee IN ('69123', '13055')") == 2);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_theme_counts WHERE theme = 'numerique'") == 3);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions WHERE programme NOT IN (SELECT id FROM programmes)")
          == 0);
    CHECK(db.scalarInt("SELECT count(*) FROM programme_mentions WHERE theme = 'democratie_participative'") == 0);
    CHECK(store.search("open data").size() == 1); // Lyon's, in the index once
    CHECK(store.search("coeur").size() == 1);
    CHECK_NOTHROW(db.exec("INSERT INTO programme_search(programme_search) VALUES ('integrity-check')"));
}

TEST_CASE("importing the same texts again updates them instead of duplicating", "[import][pipeline]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    importManifest(store, "manifest.csv");
    const auto again = importManifest(store, "manifest.json");
    CHECK(again.imported == 0);
    CHECK(again.updated == 2);
    CHECK(store.programmeCount() == 4);
    // The JSON manifest named the department: Saint-Denis is now resolved.
    CHECK(store.database().scalarInt("SELECT count(*) FROM programmes WHERE commune = '93066'") == 1);
}

TEST_CASE("importing again keeps the metadata the new import leaves empty", "[import][pipeline]")
{
    // The manifest gave Lyon's programme its candidate, list, commune and year; importing the
    // same folder again without a manifest must not wipe them, and an unresolved city must not
    // clear a commune already chosen.
    Study study;
    auto store = CorpusStore::open(study.path());
    importManifest(store, "manifest.json");
    auto &db = store.database();
    const auto before = db.scalarInt("SELECT count(*) FROM programmes WHERE commune = '93066'");
    REQUIRE(before == 1);
    Importer importer(store, gazetteer());
    std::atomic_bool cancel { false };
    const auto r = importer.importProgrammes(Importer::entriesForPaths({ kDir + "programmes" }).entries, {}, cancel);
    CHECK(r.updated >= 2);
    CHECK(db.scalarInt("SELECT count(*) FROM programmes WHERE commune = '93066'") == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM programmes WHERE candidate IN ('Camille Martin', 'Karim Benali') "
                       "AND year = 2020")
          == 2);
    CHECK(db.scalarInt("SELECT elected FROM programmes WHERE candidate = 'Camille Martin'") == 1);
    auto again = readManifest(kDir + "manifest.csv"); // Saint-Denis without its department: ambiguous
    const auto r2 = importer.importProgrammes(again, {}, cancel);
    CHECK(r2.unresolved == 1);
    CHECK(db.scalarInt("SELECT count(*) FROM programmes WHERE commune = '93066'") == 1);
}

TEST_CASE("a cancelled import leaves the study exactly as it was", "[import][pipeline]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    importManifest(store, "manifest.json");
    const auto before = store.database().scalarInt("SELECT count(*) FROM programme_mentions");
    const auto r = importManifest(store, "manifest.csv", true);
    CHECK(r.cancelled);
    CHECK(store.programmeCount() == 2);
    CHECK(store.database().scalarInt("SELECT count(*) FROM programme_mentions") == before);
}

TEST_CASE("folders import their supported files in name order", "[import][pipeline]")
{
    const auto found = Importer::entriesForPaths({ kDir + "programmes" });
    CHECK(found.skipped.empty());
    const auto &entries = found.entries;
    REQUIRE(entries.size() == 5);
    CHECK(fs::path(entries[0].file).filename() == "image.txt");
    CHECK(fs::path(entries[4].file).filename() == "villeurbanne.md");
    CHECK_THROWS_WITH(extractDocument(kDir + "manifest.csv"), Catch::Contains("unsupported file type \".csv\""));
}

TEST_CASE("manifest problems name the file, the line and the problem", "[import][manifest]")
{
    CHECK_THROWS_WITH(readManifest(kDir + "bad-column.csv"),
                      Catch::Contains("bad-column.csv:1: unknown column \"candidat\""));
    CHECK_THROWS_WITH(readManifest(kDir + "no-file.csv"), Catch::Contains("no-file.csv:1: no \"file\" column"));
    CHECK_THROWS_WITH(readManifest(kDir + "bad-year.csv"),
                      Catch::Contains("bad-year.csv:3: year \"deux mille\" is not a whole number"));
    CHECK_THROWS_WITH(readManifest(kDir + "unterminated.csv"),
                      Catch::Contains("line 2: a quoted field is never closed"));
    CHECK_THROWS_WITH(readManifest(kDir + "bad-key.json"), Catch::Contains("bad-key.json:3: unknown key \"ville\""));
    CHECK_THROWS_WITH(readManifest(kDir + "absent.csv"), Catch::Contains("cannot open the manifest"));
    const auto json = readManifest(kDir + "manifest.json");
    REQUIRE(json.size() == 2);
    CHECK(json[0].elected == true);
    CHECK(json[1].year == 2020);
    CHECK(json[1].line == 4);
}

TEST_CASE("manifest and projects values are range-checked, and a name with a NUL is refused", "[import][manifest]")
{
    Study s;
    const auto write = [&s](const std::string &name, const std::string &content) {
        const std::string path = (s.dir / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    };
    const auto kindOf = [](auto read) {
        return importProblem(read).kind;
    };
    // A year before 1900 or after 2100, a round other than 1 or 2: refused with the range.
    const auto year = write("annee.csv", "file,year\na.txt,-44\n");
    auto p = importProblem([&] { readManifest(year); });
    CHECK(p.kind == Kind::OutOfRange);
    CHECK(p.line == 2);
    CHECK(p.value == "-44");
    CHECK(p.message() == "year \"-44\" is out of range (1900–2100)");
    CHECK(kindOf([&] { readManifest(write("tour.csv", "file,round\na.txt,7\n")); }) == Kind::OutOfRange);
    CHECK(kindOf([&] { readManifest(write("loin.json", R"([{"file": "a.txt", "year": 99999999999999999}])")); })
          == Kind::OutOfRange);
    // A boolean is not a number: "year": true was stored as 1.
    CHECK(kindOf([&] { readManifest(write("vrai.json", R"([{"file": "a.txt", "year": true}])")); })
          == Kind::NotWholeNumber);
    // ... but it is a yes/no.
    CHECK(readManifest(write("elu.json", R"([{"file": "a.txt", "elected": true}])"))[0].elected == true);
    // A key given twice kept the last value without a word.
    p = importProblem(
        [&] { readManifest(write("double.json", "[{\"file\": \"a.txt\",\n  \"year\": 2020,\n  \"year\": 2026}]")); });
    CHECK(p.kind == Kind::InvalidJson);
    CHECK(p.line == 3);
    CHECK_THAT(p.detail, Catch::Contains("\"year\" is given twice"));
    // A NUL inside a file name: the extension checked would not be the file opened.
    p = importProblem([&] { readManifest(write("nul.json", R"([{"file": "/etc/passwd\u0000.txt"}])")); });
    CHECK(p.kind == Kind::BadFileName);
    CHECK(p.value == "/etc/passwd\\x00.txt");
    // Amounts: digits, one decimal point, French spaces and comma; never inf, nan or hex.
    for (const char *budget : { "inf", "nan", "0x10", "1e400", "1.2.3", "-5" }) {
        INFO(budget);
        CHECK(kindOf([&] { readProjects(write("budget.csv", std::string("title,budget\nProjet,") + budget + "\n")); })
              == Kind::BadAmount);
    }
    CHECK(readProjects(write("ok.csv", "title,budget,year\nProjet,\"1 200 000,50\",2026\n"))[0].budget == 1200000.5);
    CHECK(kindOf([&] { readProjects(write("vieux.csv", "title,year\nProjet,1789\n")); }) == Kind::OutOfRange);
}

TEST_CASE("JSON nested too deep is refused before it costs memory", "[import][manifest]")
{
    Study s;
    const std::string path = (s.dir / "profond.json").string();
    std::ofstream(path) << std::string(100000, '[') << std::string(100000, ']');
    auto p = importProblem([&] { readManifest(path); });
    CHECK(p.kind == Kind::InvalidJson);
    CHECK_THAT(p.detail, Catch::Contains("nested deeper than 128 levels"));
}

TEST_CASE("a manifest problem is data: its kind, the file and line to fix, the values", "[import][manifest]")
{
    // The window words each kind in French from these fields; what() keeps the English sentence.
    auto p = importProblem([] { readManifest(kDir + "bad-year.csv"); });
    CHECK(p.kind == Kind::NotWholeNumber);
    CHECK(p.source == kDir + "bad-year.csv");
    CHECK(p.line == 3);
    CHECK(p.column == "year");
    CHECK(p.value == "deux mille");
    CHECK(p.text() == kDir + "bad-year.csv:3: year \"deux mille\" is not a whole number");
    CHECK(p.message() == "year \"deux mille\" is not a whole number");

    p = importProblem([] { readManifest(kDir + "bad-column.csv"); });
    CHECK(p.kind == Kind::UnknownColumn);
    CHECK(p.line == 1);
    CHECK(p.column == "candidat");
    CHECK(p.expected == "file, candidate, list, nuance, city, department, insee, year, round, elected, panel, kind");

    p = importProblem([] { readManifest(kDir + "no-file.csv"); });
    CHECK(p.kind == Kind::MissingColumn);
    CHECK(p.column == "file");

    p = importProblem([] { readManifest(kDir + "bad-key.json"); });
    CHECK(p.kind == Kind::UnknownKey);
    CHECK(p.line == 3);
    CHECK(p.column == "ville");

    // The quote's line, which the English sentence says itself ("...unterminated.csv: line 2: ...").
    p = importProblem([] { readManifest(kDir + "unterminated.csv"); });
    CHECK(p.kind == Kind::UnterminatedQuote);
    CHECK(p.source == kDir + "unterminated.csv");
    CHECK(p.line == 2);
    CHECK(p.text() == kDir + "unterminated.csv: line 2: a quoted field is never closed");

    p = importProblem([] { readManifest(kDir + "absent.csv"); });
    CHECK(p.kind == Kind::CannotOpenList);
    CHECK(p.line == 0);

    p = importProblem([] { readProjects(kDir + "projects-bad-budget.csv"); });
    CHECK(p.kind == Kind::BadAmount);
    CHECK(p.line == 2);
    CHECK(p.column == "budget");
    CHECK(p.value == "beaucoup");

    Study study;
    const auto write = [&](const std::string &name, const std::string &text) {
        const std::string path = (study.dir / name).string();
        std::ofstream(path, std::ios::binary) << text;
        return path;
    };
    const std::string noFile = write("sans-fichier.csv", "file;city\nx.txt;Lyon\n;Lyon\n");
    p = importProblem([&] { readManifest(noFile); });
    CHECK(p.kind == Kind::MissingFile);
    CHECK(p.line == 3);
    const std::string fields = write("champs.csv", "file;city;year\nx.txt;Lyon\n");
    p = importProblem([&] { readManifest(fields); });
    CHECK(p.kind == Kind::WrongFieldCount);
    CHECK(p.line == 2);
    CHECK(p.value == "2");
    CHECK(p.expected == "3");
    const std::string latin = write("latin.csv",
                                    "file;city\nx.txt;Orl\xE9"
                                    "ans\n");
    p = importProblem([&] { readManifest(latin); });
    CHECK(p.kind == Kind::ListNotUtf8);
    REQUIRE(p.position);
    CHECK(p.position->line == 2);
    CHECK(p.position->column == 10);
    const std::string shape = write("forme.json", "{\"programmes\": {\"file\": \"x.txt\"}}");
    p = importProblem([&] { readManifest(shape); });
    CHECK(p.kind == Kind::JsonNotList);
    CHECK(p.expected == "programmes");
    CHECK(p.text() == shape + ": expected an array of programmes, or {\"programmes\": [...]}");
}

TEST_CASE("a projects list's budget is a finite amount", "[import][pipeline]")
{
    Study study;
    const std::string path = (study.dir / "projets.csv").string();
    const auto budget = [&](const std::string &value) {
        std::ofstream(path, std::ios::binary) << "title;budget\nStationnement;" << value << "\n";
        return readProjects(path).at(0).budget;
    };
    CHECK(budget("1 200,50") == 1200.5);
    CHECK(budget("") == std::nullopt);
    // strtod's words for infinity (seen while writing the manifest fuzz targets): an amount nobody meant.
    for (const std::string value : { "inf", "INF", "infinity", "1e999" }) {
        const ImportProblem p = importProblem([&] { budget(value); });
        CHECK(p.kind == Kind::BadAmount);
        CHECK(p.value == value);
    }
}

TEST_CASE("a document's problem has a kind; the report places it in the file", "[import][pipeline]")
{
    // extractDocument reads a path but, like every extractor, leaves the source to its caller.
    auto p = importProblem([] { extractDocument(kDir + "programmes/absent.pdf"); });
    CHECK(p.kind == Kind::NoSuchFile);
    CHECK(p.source.empty());
    CHECK(p.line == 0);
    p = importProblem([] { extractDocument(kDir + "manifest.csv"); });
    CHECK(p.kind == Kind::UnsupportedType);
    CHECK(p.value == ".csv");

    Study study;
    auto store = CorpusStore::open(study.path());
    const auto r = importManifest(store, "manifest.csv");
    REQUIRE(r.failures.size() == 2);
    CHECK(r.failures[0].problem.kind == Kind::BinaryFile);
    CHECK(r.failures[0].problem.source == kDir + "programmes/image.txt");
    CHECK(r.failures[1].problem.kind == Kind::NoSuchFile);
    CHECK(r.failures[1].problem.source == kDir + "programmes/absent.pdf");
    CHECK(r.failures[1].problem.text() == kDir + "programmes/absent.pdf: no such file");
    REQUIRE(r.unresolvedCities.size() == 1);
    const ImportProblem &city = r.unresolvedCities[0].problem;
    CHECK(city.kind == Kind::AmbiguousCommune);
    CHECK(city.value == "Saint-Denis");
    CHECK(std::find(city.candidates.begin(), city.candidates.end(), "93066") != city.candidates.end());
    CHECK(std::find(city.candidates.begin(), city.candidates.end(), "97411") != city.candidates.end());
}

TEST_CASE("an unresolved city's problem says why, as the gazetteer does", "[import][pipeline]")
{
    Study study;
    auto store = CorpusStore::open(study.path());
    const auto programme = [](std::string city, std::string department) {
        ManifestEntry e;
        e.file = kDir + "programmes/lyon-demain.txt";
        e.city = std::move(city);
        e.department = std::move(department);
        return std::vector<ManifestEntry> { e };
    };
    const auto cityProblem = [&](std::string city, std::string department) {
        Importer importer(store, gazetteer());
        std::atomic_bool cancel { false };
        const auto r = importer.importProgrammes(programme(std::move(city), std::move(department)), {}, cancel);
        REQUIRE(r.unresolvedCities.size() == 1);
        return r.unresolvedCities[0].problem;
    };
    auto p = cityProblem("Lyonville", "");
    CHECK(p.kind == Kind::UnknownCommune);
    CHECK(p.value == "Lyonville");
    CHECK(p.message() == "unknown commune \"Lyonville\"");
    p = cityProblem("Villeurbanne", "75");
    CHECK(p.kind == Kind::CommuneNotInDepartment);
    CHECK(p.department == "75");
    p = cityProblem("Lyon", "Atlantide");
    CHECK(p.kind == Kind::UnknownDepartment);
    CHECK(p.department == "Atlantide");
}

TEST_CASE("CSV parsing follows RFC 4180 quoting", "[import][manifest]")
{
    const auto rows = parseCsv("a,b,c\r\n\"x, y\",\"il a dit \"\"oui\"\"\",\"deux\nlignes\"\n\nfin,,\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields == std::vector<std::string> { "x, y", "il a dit \"oui\"", "deux\nlignes" });
    CHECK(rows[2].fields == std::vector<std::string> { "fin", "", "" });
    CHECK(rows[2].line == 5); // the quoted field spans lines 2-3, line 4 is blank
}

TEST_CASE("a CSV or JSON given to an import is read as a manifest or a projects list by its columns", "[import]")
{
    using Kind = SourceKind;
    CHECK(guessSourceKind(kDir + "manifest.csv") == Kind::Manifest);
    CHECK(guessSourceKind(kDir + "manifest.json") == Kind::Manifest);
    CHECK(guessSourceKind(kDir + "bad-key.json") == Kind::Manifest);
    CHECK(guessSourceKind(kDir + "projects.csv") == Kind::Projects);
    CHECK(guessSourceKind(kDir + "projects-bad-budget.csv") == Kind::Projects);
    // No "file" column, but a programme's columns: a broken manifest, not a projects list.
    CHECK(guessSourceKind(kDir + "no-file.csv") == Kind::Manifest);
    CHECK(guessSourceKind(kDir + "programmes") == Kind::Folder);
    CHECK(guessSourceKind(kDir + "programmes/lyon-demain.txt") == Kind::Document);
    // A header quoted and separated as readManifest() reads it, behind a byte-order mark.
    Study study;
    const std::string quoted = (study.dir / "liste.csv").string();
    {
        std::ofstream out(quoted, std::ios::binary);
        out << "\xEF\xBB\xBF\"Title\";\"Category\";\"Maturity\"\n\"Capteurs\";\"Transport\";\"idée\"\n";
    }
    CHECK(guessSourceKind(quoted) == Kind::Projects);
    CHECK(guessSourceKind((study.dir / "absent.csv").string()) == Kind::Manifest);
}

TEST_CASE("one registry of document formats serves the importer, the help and the file dialog", "[import]")
{
    CHECK(supportedExtensions() == ".txt .md .markdown .html .htm .pdf .docx .odt");
    CHECK(fileNamePatterns() == "*.txt *.md *.markdown *.html *.htm *.pdf *.docx *.odt");
    REQUIRE(formatOfPath("Programme.PDF") != nullptr);
    CHECK(formatOfPath("Programme.PDF")->id == "pdf");
    CHECK(formatOfPath("notes.markdown")->id == "md");
    CHECK(formatOfPath("liste.csv") == nullptr);
    CHECK(formatOfPath("sans-extension") == nullptr);
    for (const auto &f : documentFormats()) {
        CHECK(f.extract != nullptr);
        for (const auto ext : f.extensions)
            CHECK(isSupportedDocument("x" + std::string(ext)));
    }
    try {
        extractDocument(kDir + "manifest.csv");
        FAIL("a CSV is not a document");
    } catch (const ImportError &e) {
        CHECK_THAT(e.what(), Catch::Contains(supportedExtensions()));
    }
}

TEST_CASE("a document that takes too long to read fails alone, named, and the batch goes on", "[import][pipeline]")
{
    Study study;
    const std::string slow = (study.dir / "lent.pdf").string();
    const std::string quick = (study.dir / "rapide.txt").string();
    std::ofstream(slow, std::ios::binary) << vigie::test::formHeavyPdf(2, 200);
    std::ofstream(quick, std::ios::binary) << "Le numérique pour tous.\n";
    auto store = CorpusStore::open(study.path());
    Importer importer(store, gazetteer());
    // A limit of zero is spent at the first check: the PDF's, before its first page. The text
    // file is read without a check of the clock (nothing in it can be slow).
    importer.setExtractionTimeLimit(std::chrono::milliseconds(0));
    std::atomic_bool cancel { false };
    const auto r = importer.importProgrammes(Importer::entriesForPaths({ slow, quick }).entries, {}, cancel);
    CHECK(r.imported == 1);
    REQUIRE(r.failures.size() == 1);
    CHECK(r.failures[0].problem.kind == Kind::ExtractionTooSlow);
    CHECK(r.failures[0].problem.text() == slow + ": reading the document took longer than 0 s: refused");
}

TEST_CASE("the extracted text of a document is capped, named in the message", "[import][pipeline]")
{
    Study study;
    const std::string big = (study.dir / "gros.txt").string();
    std::ofstream(big, std::ios::binary) << std::string((std::size_t(1) << 20) + 1, 'a');
    const ExtractionBudget oneMegabyte(ExtractionBudget::kDefaultTimeLimit, nullptr, std::size_t(1) << 20);
    const auto p = importProblem([&] { extractDocument(big, oneMegabyte); });
    CHECK(p.kind == Kind::TextTooLong);
    CHECK(p.message() == "the document's text is larger than 1 MB: not a programme");
    CHECK(ExtractionBudget::kMaxTextBytes == std::size_t(64) << 20);
}

TEST_CASE("running out of memory on a document is a problem of its own, not \"std::bad_alloc\"", "[import]")
{
    const ImportProblem p = importProblemOf(std::bad_alloc());
    CHECK(p.kind == Kind::TooLargeForMemory);
    CHECK(p.message() == "the document is too large to process in memory");
    // Other exceptions keep their words.
    CHECK(importProblemOf(std::runtime_error("disque plein")).message() == "disque plein");
}
