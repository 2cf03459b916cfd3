// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The Ministry of the Interior's results files of the municipal elections, by commune, read for
// which list each commune elected (issue 13; docs/formats.md, "Results files"). One row per
// commune, then one group of columns per list.
namespace vigie::core {

struct ListResult
{
    std::string code; // the commune's INSEE code (made from department and commune in 2020)
    std::string communeName;
    int panel = 0;
    std::int64_t seats = 0; // seats on the municipal council; 0 when the cell is empty
    std::optional<std::int64_t> votes;
    int line = 0;
};

struct ResultsFile
{
    std::vector<ListResult> results; // in file order
    std::int64_t rows = 0; // commune rows read
    std::vector<ImportProblem> problems; // cells that could not be read, with their line
};

// Whether a line is a results file's header: ';' or tab separated, with a commune code, a panel
// and a seats column (numbered "... 1", "... 2" per list, or named once for the first list).
bool looksLikeResultsHeader(std::string_view line);
// `path` is a regular file whose first four lines hold such a header. Never throws.
bool isResultsFile(const std::string &path);

// Reads a results file (UTF-8, or ISO-8859-1 line by line). Throws ImportError naming the file:
// CannotOpenList, MissingColumn (the first missing of commune code, panel, seats).
ResultsFile readResultsFile(const std::string &path);

} // namespace vigie::core
