// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportError.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The Ministry of the Interior's candidate files for the municipal elections, read as they are
// published (issue 13; docs/formats.md, "Candidate files"): one row per candidate, grouped here
// into the lists they stand on.
namespace vigie::core {

enum class CandidateFileShape {
    // 2026, one file per round: ';'-separated UTF-8 (a BOM may be present), the header on the
    // first line, "Code circonscription" the commune's INSEE code, "Tête de liste" OUI for the head.
    Municipales2026,
    // 2020: tab-separated ISO-8859-1, a comment line and a blank line before the header, the INSEE
    // code made of "Code du département" and the 3-digit "Code commune"; the head is candidate 1.
    Municipales2020,
};

// What the start of a file says it is: the shape whose header it has, or none.
std::optional<CandidateFileShape> detectCandidateFile(std::string_view head);

// Whether the file at `path` (a regular file named .csv, .txt or .tsv) starts like a candidate
// file: its first 8 KB read by detectCandidateFile(). Never throws.
bool isCandidateFile(const std::string &path);
// Whether `path` has an extension the Ministry's tables (candidate and results files) come with:
// .csv, .txt or .tsv, in any case.
bool hasOfficialTableExtension(const std::string &path);

// A list: a commune, a panel number and a round.
struct OfficialList
{
    std::string insee;
    std::string communeName; // as the file writes it
    int panel = 0; // "Numéro de panneau" / "N° Panneau Liste"
    int round = 0;
    int year = 0;
    std::string name; // "Libellé de la liste" / "Libellé Etendu Liste"
    std::string shortName; // "Libellé abrégé de liste" / "Libellé abrégé liste"
    std::string nuanceCode; // "Code nuance de liste" / "Nuance Liste"
    std::string nuanceLabel; // "Nuance de liste" (2026 only; 2020 gives the code alone)
    std::string headFirstName, headLastName; // empty when the file has no head row for the list
    int candidates = 0; // rows read for it
    int line = 0; // where it first appears
};

struct CandidateFile
{
    CandidateFileShape shape = CandidateFileShape::Municipales2026;
    std::vector<OfficialList> lists; // in the order they first appear
    std::int64_t rows = 0; // candidate rows read (problem rows left out)
    // Rows that could not be read, each with its line (WrongFieldCount for a shifted or cut row,
    // NotWholeNumber for a panel or rank that is not a number, OutOfRange for a commune code that
    // makes no INSEE code): reported, not guessed, and left out.
    std::vector<ImportProblem> problems;
};

// Reads a candidate file of either shape, streaming it line by line (the real files are 50 to
// 150 MB). `round` is the file's round (1 or 2), which its rows do not say. `progress` gets the
// bytes read so far and the file's size, every few thousand rows. Throws ImportError naming the
// file: CannotOpenList, MissingColumn (with the column) when the header is not one of the two
// shapes', ListNotUtf8 for a 2026 file that is not UTF-8 (with the line), Cancelled.
CandidateFile readCandidateFile(const std::string &path, int round,
                                const std::function<void(std::int64_t, std::int64_t)> &progress = {},
                                const std::atomic_bool *cancel = nullptr);

// What the results reader (ResultsFile.h) shares with this one: a line's fields (a field in double
// quotes may hold the separator, "" a quote; fields trimmed of spaces and quotes), and a line as
// UTF-8 (read as ISO-8859-1 when it is not UTF-8).
std::vector<std::string> splitOfficialLine(std::string_view line, char separator);
std::string officialLineAsUtf8(std::string_view line);

// The INSEE code of a 2020 row: "01" + "004" -> "01004", "2A" + "004" -> "2A004", the overseas
// departments written "ZA" to "ZZ" -> "97" + the commune code ("ZD", "411" -> "97411"); a
// one-digit department gets its zero. Nullopt when the parts make no 5-character code.
std::optional<std::string> insee2020(std::string_view department, std::string_view commune);

} // namespace vigie::core
