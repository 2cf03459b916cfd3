// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vigie::core {

// The numbers behind a chart or a table, as exports write them: a header row, then rows of cells.
// Numbers are kept as numbers (XLSX cells are numeric) with the text shown for them.
struct Table
{
    struct Cell
    {
        std::string text;
        std::optional<double> number;
    };
    std::string title; // XLSX: first line, bold; CSV: not written
    // Non-empty for a synthetic study: a last column, headed `syntheticHeader`, says so on every
    // row (and XLSX repeats it in red under the title).
    std::string synthetic;
    std::string syntheticHeader = "données";
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
};

// A file could not be written: what() says "cannot write PATH: REASON" for the command line;
// the window words it from path() and reason().
class ExportError : public std::runtime_error
{
public:
    ExportError(const std::string &path, const std::string &reason)
        : std::runtime_error("cannot write " + path + ": " + reason)
        , m_path(path)
        , m_reason(reason)
    { }
    const std::string &path() const { return m_path; }
    const std::string &reason() const { return m_reason; }

private:
    std::string m_path;
    std::string m_reason;
};

// How a CSV file is written. RFC 4180 (comma, LF, no byte-order mark) for the command line and
// scripts; French spreadsheets (semicolon, CRLF, UTF-8 byte-order mark: what Excel set to French
// opens correctly) for the window's exports.
struct CsvDialect
{
    char separator = ',';
    const char *lineEnd = "\n";
    bool byteOrderMark = false;

    static CsvDialect rfc4180() { return {}; }
    static CsvDialect frenchSpreadsheet() { return { ';', "\r\n", true }; }
};

// A CSV field, quoted when it holds the separator, a quote or a line break. A text a spreadsheet
// would take for a formula (starting with =, +, -, @, tab or CR: "=HYPERLINK(...)" in a
// candidate's name) gets a leading apostrophe, which spreadsheets show as text; a number's text
// ("-3") does not.
std::string csvField(const std::string &value, char separator = ',', bool isNumber = false);

// Writes `table` as CSV. The stream's errors are the caller's to check.
void writeTableCsv(const Table &table, std::ostream &out, const CsvDialect &dialect);

// Writes `table` to `path` as CSV or as an XLSX workbook (one sheet), replacing the file only
// once it is complete (a failed export leaves an existing file as it was). Throw ExportError.
void writeTableCsvFile(const Table &table, const std::string &path, const CsvDialect &dialect);
void writeTableXlsxFile(const Table &table, const std::string &path);

} // namespace vigie::core
