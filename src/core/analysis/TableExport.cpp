// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TableExport.h"

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string_view>

namespace vigie::core {

namespace {

// The file is written beside its destination and renamed over it once complete: a rename on the
// same file system replaces it in one step.
std::string temporaryPath(const std::string &path)
{
    return path + ".part";
}

void commit(const std::string &temporary, const std::string &path)
{
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        throw ExportError(path, ec.message());
    }
}

} // namespace

std::string csvField(const std::string &value, char separator, bool isNumber)
{
    const bool formula
        = !isNumber && !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
    const std::string s = formula ? "'" + value : value;
    const char special[] = { separator, '"', '\n', '\r', '\0' };
    if (s.find_first_of(special) == std::string::npos)
        return s;
    std::string q = "\"";
    for (char c : s)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

void writeTableCsv(const Table &table, std::ostream &out, const CsvDialect &d)
{
    if (d.byteOrderMark)
        out << "\xEF\xBB\xBF";
    const bool synthetic = !table.synthetic.empty();
    for (std::size_t c = 0; c < table.header.size(); ++c)
        out << (c ? std::string(1, d.separator) : "") << csvField(table.header[c], d.separator);
    if (synthetic)
        out << d.separator << csvField(table.syntheticHeader, d.separator);
    out << d.lineEnd;
    for (const auto &row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            out << (c ? std::string(1, d.separator) : "")
                << csvField(row[c].text, d.separator, row[c].number.has_value());
        if (synthetic)
            out << d.separator << csvField(table.synthetic, d.separator);
        out << d.lineEnd;
    }
}

void writeTableCsvFile(const Table &table, const std::string &path, const CsvDialect &dialect)
{
    const std::string temporary = temporaryPath(path);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw ExportError(path, std::strerror(errno));
        writeTableCsv(table, out, dialect);
        out.flush();
        if (!out) {
            const std::string why = std::strerror(errno);
            out.close();
            std::error_code ec;
            std::filesystem::remove(temporary, ec);
            throw ExportError(path, why);
        }
    }
    commit(temporary, path);
}

void writeTableXlsxFile(const Table &table, const std::string &path)
{
    const std::string temporary = temporaryPath(path);
    lxw_workbook *book = workbook_new(temporary.c_str());
    if (!book)
        throw ExportError(path, "cannot create the workbook");
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_row_t r = 0;
    if (!table.title.empty())
        worksheet_write_string(sheet, r++, 0, table.title.c_str(), bold);
    const bool synthetic = !table.synthetic.empty();
    if (synthetic) { // the first thing seen, in red
        lxw_format *warning = workbook_add_format(book);
        format_set_bold(warning);
        format_set_font_color(warning, 0xC01010);
        worksheet_write_string(sheet, r++, 0, table.synthetic.c_str(), warning);
    }
    for (std::size_t c = 0; c < table.header.size(); ++c)
        worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), table.header[c].c_str(), bold);
    if (synthetic)
        worksheet_write_string(sheet, r, static_cast<lxw_col_t>(table.header.size()), table.syntheticHeader.c_str(),
                               bold);
    ++r;
    for (const auto &row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const auto &cell = row[c];
            if (cell.number && std::isfinite(*cell.number))
                worksheet_write_number(sheet, r, static_cast<lxw_col_t>(c), *cell.number, nullptr);
            else
                worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), cell.text.c_str(), nullptr);
        }
        if (synthetic)
            worksheet_write_string(sheet, r, static_cast<lxw_col_t>(row.size()), table.synthetic.c_str(), nullptr);
        ++r;
    }
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        std::error_code ec;
        std::filesystem::remove(temporary, ec);
        throw ExportError(path, lxw_strerror(rc));
    }
    commit(temporary, path);
}

} // namespace vigie::core
