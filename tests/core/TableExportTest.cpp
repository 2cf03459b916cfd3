// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV and XLSX writer: the window's exports and the command line's use it.
#include "analysis/TableExport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;
using namespace vigie::core;

namespace {

struct TempDir
{
    fs::path path = fs::temp_directory_path() / ("vigie-table-" + std::to_string(std::random_device {}()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

Table sample()
{
    Table t;
    t.title = "Part des programmes";
    t.header = { "groupe", "part" };
    t.rows.push_back({ { "< 50 000; petites", std::nullopt }, { "55 %", 0.55 } });
    t.rows.push_back({ { "=HYPERLINK(\"x\")", std::nullopt }, { "-3", -3.0 } });
    return t;
}

std::string slurp(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("CSV fields are quoted for their separator and never start a formula", "[export][csv]")
{
    CHECK(csvField("Lyon") == "Lyon");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("a;b") == "a;b");
    CHECK(csvField("a;b", ';') == "\"a;b\"");
    CHECK(csvField("dit \"oui\"") == "\"dit \"\"oui\"\"\"");
    CHECK(csvField("deux\nlignes") == "\"deux\nlignes\"");
    CHECK(csvField("-vigie") == "'-vigie");
    CHECK(csvField("=1,2") == "\"'=1,2\"");
    CHECK(csvField("@SUM(A1)", ';') == "'@SUM(A1)");
    CHECK(csvField("-3", ';', true) == "-3"); // a number's text is not a formula
}

TEST_CASE("a table is written in the command line's and in French spreadsheets' CSV", "[export][csv]")
{
    std::ostringstream rfc;
    writeTableCsv(sample(), rfc, CsvDialect::rfc4180());
    CHECK(rfc.str() == "groupe,part\n< 50 000; petites,55 %\n\"'=HYPERLINK(\"\"x\"\")\",-3\n");
    std::ostringstream fr;
    Table synthetic = sample();
    synthetic.synthetic = "DONNÉES FICTIVES";
    writeTableCsv(synthetic, fr, CsvDialect::frenchSpreadsheet());
    CHECK(fr.str()
          == "\xEF\xBB\xBFgroupe;part;données\r\n\"< 50 000; petites\";55 %;DONNÉES FICTIVES\r\n"
             "\"'=HYPERLINK(\"\"x\"\")\";-3;DONNÉES FICTIVES\r\n");
}

TEST_CASE("an export replaces its file only once it is complete", "[export][files]")
{
    TempDir dir;
    const fs::path csv = dir.path / "table.csv";
    writeTableCsvFile(sample(), csv.string(), CsvDialect::rfc4180());
    CHECK(slurp(csv).rfind("groupe,part\n", 0) == 0);
    CHECK_FALSE(fs::exists(dir.path / "table.csv.part"));

    const fs::path xlsx = dir.path / "table.xlsx";
    writeTableXlsxFile(sample(), xlsx.string());
    const std::string book = slurp(xlsx);
    CHECK(book.rfind("PK", 0) == 0); // a ZIP container, as XLSX is
    CHECK(book.size() > 1000);

    // A folder in the way: the error names the file, and nothing is left behind.
    const fs::path blocked = dir.path / "dossier";
    fs::create_directories(blocked);
    try {
        writeTableCsvFile(sample(), blocked.string(), CsvDialect::rfc4180());
        FAIL("writing over a folder must fail");
    } catch (const ExportError &e) {
        CHECK(e.path() == blocked.string());
        CHECK_FALSE(e.reason().empty());
    }
    CHECK(fs::is_directory(blocked));
    CHECK_FALSE(fs::exists(dir.path / "dossier.part"));
}
