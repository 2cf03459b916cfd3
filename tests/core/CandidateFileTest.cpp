// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Ministry's candidate files in their two published shapes (fixtures written by
// tests/data/candidates/make-fixtures.py): lists with their head and nuance, INSEE codes made
// from the 2020 parts, and the rows that cannot be read reported with their line.
#include "import/CandidateFile.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

using namespace vigie::core;
using Kind = ImportProblem::Kind;

namespace {

const std::string kDir = VIGIE_TEST_DATA_DIR "/candidates/";

std::string head(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string s(400, '\0');
    in.read(s.data(), static_cast<std::streamsize>(s.size()));
    s.resize(static_cast<std::size_t>(in.gcount()));
    return s;
}

} // namespace

TEST_CASE("a 2026 candidate file gives its lists, heads and nuances", "[import][candidates]")
{
    const std::string path = kDir + "candidats-2026-tour1.csv";
    CHECK(detectCandidateFile(head(path)) == CandidateFileShape::Municipales2026);
    std::vector<std::int64_t> seen;
    const CandidateFile f = readCandidateFile(path, 1, [&](std::int64_t done, std::int64_t) { seen.push_back(done); });
    CHECK(f.shape == CandidateFileShape::Municipales2026);
    CHECK(f.rows == 6);
    REQUIRE(f.lists.size() == 3);
    const OfficialList &lyon = f.lists[0];
    CHECK(lyon.insee == "69123");
    CHECK(lyon.communeName == "Lyon");
    CHECK(lyon.panel == 1);
    CHECK(lyon.round == 1);
    CHECK(lyon.year == 2026);
    CHECK(lyon.name == "Lyon demain, ensemble");
    CHECK(lyon.shortName == "LYON DEMAIN");
    CHECK(lyon.nuanceCode == "LDVG");
    CHECK(lyon.nuanceLabel == "Divers gauche");
    CHECK(lyon.headFirstName == "Camille");
    CHECK(lyon.headLastName == "MARTIN");
    CHECK(lyon.candidates == 3);
    CHECK(lyon.line == 2);
    CHECK(f.lists[1].shortName == "LYON; NOTRE VILLE"); // a quoted field keeps its ';'
    CHECK(f.lists[1].candidates == 2);
    CHECK(f.lists[1].headLastName == "PETIT");
    CHECK(f.lists[2].insee == "01001");
    // The shifted row (an unquoted ';') and the panel "deux": reported with their line, not guessed.
    REQUIRE(f.problems.size() == 2);
    CHECK(f.problems[0].kind == Kind::WrongFieldCount);
    CHECK(f.problems[0].line == 6);
    CHECK(f.problems[0].text() == path + ":6: 18 fields, the header has 17");
    CHECK(f.problems[1].kind == Kind::NotWholeNumber);
    CHECK(f.problems[1].line == 9);
    CHECK(f.problems[1].column == "Numéro de panneau");
    CHECK(f.problems[1].value == "deux");
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.back() == static_cast<std::int64_t>(std::filesystem::file_size(path)));
}

TEST_CASE("a 2020 candidate file: Latin-1, a preamble, INSEE codes from their parts", "[import][candidates]")
{
    const std::string path = kDir + "candidats-2020-tour1.txt";
    CHECK(detectCandidateFile(head(path)) == CandidateFileShape::Municipales2020);
    const CandidateFile f = readCandidateFile(path, 1);
    CHECK(f.shape == CandidateFileShape::Municipales2020);
    CHECK(f.rows == 4);
    REQUIRE(f.lists.size() == 3);
    CHECK(f.lists[0].insee == "01004"); // department "1", commune "4"
    CHECK(f.lists[0].communeName == "Ambérieu-en-Bugey"); // decoded from ISO-8859-1
    CHECK(f.lists[0].candidates == 2); // trailing tabs tolerated
    CHECK(f.lists[0].headFirstName == "Julie"); // candidate number 1
    CHECK(f.lists[0].nuanceCode == "LDVC");
    CHECK(f.lists[0].nuanceLabel.empty()); // 2020 gives the code alone
    CHECK(f.lists[0].year == 2020);
    CHECK(f.lists[1].insee == "2A004");
    CHECK(f.lists[2].insee == "97411"); // "ZD" + "411": La Réunion
    CHECK(f.lists[2].headLastName == "PAYET");
    REQUIRE(f.problems.size() == 2);
    CHECK(f.problems[0].kind == Kind::WrongFieldCount); // a cut row
    CHECK(f.problems[0].line == 8);
    CHECK(f.problems[1].kind == Kind::OutOfRange); // "056SR01" makes no INSEE code
    CHECK(f.problems[1].line == 9);
}

TEST_CASE("INSEE codes of the 2020 files", "[import][candidates]")
{
    CHECK(insee2020("01", "004") == "01004");
    CHECK(insee2020("1", "4") == "01004");
    CHECK(insee2020("2B", "033") == "2B033");
    CHECK(insee2020("ZA", "101") == "97101");
    CHECK(insee2020("ZM", "611") == "97611");
    CHECK_FALSE(insee2020("75", "056SR01"));
    CHECK_FALSE(insee2020("2C", "001"));
    CHECK_FALSE(insee2020("", "001"));
}

TEST_CASE("a file that is not a candidate file says which column it lacks", "[import][candidates]")
{
    const auto dir = std::filesystem::temp_directory_path() / ("vigie-cand-" + std::to_string(std::random_device {}()));
    std::filesystem::create_directories(dir);
    const std::string other = (dir / "autre.csv").string();
    std::ofstream(other) << "file;candidate;list;city\nprogramme.pdf;Anne;Liste;Lyon\n";
    CHECK_FALSE(detectCandidateFile(head(other)));
    try {
        readCandidateFile(other, 1);
        FAIL("no error");
    } catch (const ImportError &e) {
        CHECK(e.problem().kind == Kind::MissingColumn);
        CHECK(std::string(e.what()).find("autre.csv") != std::string::npos);
    }
    CHECK_THROWS_AS(readCandidateFile((dir / "absent.csv").string(), 1), ImportError);
    // A 2026 file with a byte that is not UTF-8 stops at its line.
    const std::string bad = (dir / "bad.csv").string();
    std::ifstream src(kDir + "candidats-2026-tour1.csv", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(src)), std::istreambuf_iterator<char>());
    bytes.replace(bytes.find("Inès"), 5, "In\xE8s");
    std::ofstream(bad, std::ios::binary) << bytes;
    try {
        readCandidateFile(bad, 1);
        FAIL("no error");
    } catch (const ImportError &e) {
        CHECK(e.problem().kind == Kind::ListNotUtf8);
        CHECK(e.problem().line == 4);
    }
    std::filesystem::remove_all(dir);
}
