// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/XlsxTable.h"

#include "import/ImportError.h"
#include "import/OfficeXml.h"
#include "import/ZipArchive.h"

#include <charconv>
#include <map>
#include <string>

namespace vigie::core {

namespace {

using office::XmlReader;

constexpr std::string_view kMainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view kStrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
constexpr std::string_view kRelationshipsNamespace
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kStrictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";
// Beyond this many columns a cell reference is not a coding sheet's (Excel's own limit is 16,384).
constexpr std::size_t kMaxColumns = 16384;

bool spreadsheetElement(const XmlReader &r, std::string_view name)
{
    return r.type() == XML_READER_TYPE_ELEMENT && r.localName() == name
        && (r.namespaceUri() == kMainNamespace || r.namespaceUri() == kStrictNamespace);
}

// The text of the <t> elements inside the current element (a shared string, an inline string),
// runs concatenated, phonetic runs (<rPh>) left out. Leaves the reader on the element's end.
std::string textInside(XmlReader &r)
{
    std::string out;
    if (r.isEmptyElement())
        return out;
    const int depth = r.depth();
    bool inText = false;
    int phonetic = 0;
    while (r.next()) {
        if (r.type() == XML_READER_TYPE_END_ELEMENT) {
            if (r.depth() == depth)
                break;
            if (r.localName() == "t")
                inText = false;
            else if (r.localName() == "rPh")
                --phonetic;
        } else if (r.type() == XML_READER_TYPE_ELEMENT) {
            if (r.localName() == "rPh" && !r.isEmptyElement())
                ++phonetic;
            else if (r.localName() == "t" && !r.isEmptyElement())
                inText = true;
        } else if (inText && phonetic == 0 && r.isText()) {
            out += r.value();
        }
    }
    return out;
}

// All the text of the current element (a cell's <v>). Leaves the reader on the element's end.
std::string valueInside(XmlReader &r)
{
    std::string out;
    if (r.isEmptyElement())
        return out;
    const int depth = r.depth();
    while (r.next()) {
        if (r.type() == XML_READER_TYPE_END_ELEMENT && r.depth() == depth)
            break;
        if (r.isText())
            out += r.value();
    }
    return out;
}

std::vector<std::string> sharedStrings(const ZipArchive &zip, const ExtractionBudget &budget)
{
    std::vector<std::string> out;
    if (!zip.contains("xl/sharedStrings.xml"))
        return out;
    const std::string xml = zip.read("xl/sharedStrings.xml");
    XmlReader r(xml, "xl/sharedStrings.xml", budget);
    while (r.next())
        if (spreadsheetElement(r, "si"))
            out.push_back(textInside(r));
    return out;
}

// The part of the workbook's first sheet: from the workbook and its relationships, else the
// usual name.
std::string firstSheetPart(const ZipArchive &zip, const ExtractionBudget &budget)
{
    constexpr std::string_view kUsual = "xl/worksheets/sheet1.xml";
    if (!zip.contains("xl/workbook.xml") || !zip.contains("xl/_rels/workbook.xml.rels"))
        return std::string(kUsual);
    std::optional<std::string> id;
    {
        const std::string xml = zip.read("xl/workbook.xml");
        XmlReader r(xml, "xl/workbook.xml", budget);
        while (!id && r.next())
            if (spreadsheetElement(r, "sheet")) {
                id = r.attribute("id", kRelationshipsNamespace);
                if (!id)
                    id = r.attribute("id", kStrictRelationshipsNamespace);
            }
    }
    if (!id)
        return std::string(kUsual);
    const std::string xml = zip.read("xl/_rels/workbook.xml.rels");
    XmlReader r(xml, "xl/_rels/workbook.xml.rels", budget);
    while (r.next()) {
        if (r.type() != XML_READER_TYPE_ELEMENT || r.localName() != "Relationship")
            continue;
        if (r.attribute("Id", "") != id)
            continue;
        std::string target = r.attribute("Target", "").value_or("");
        if (target.starts_with('/'))
            return target.substr(1);
        return "xl/" + target;
    }
    return std::string(kUsual);
}

// "BC12" -> column 54 (0-based); nullopt when the reference has no letters or too many.
std::optional<std::size_t> columnOf(std::string_view reference)
{
    std::size_t column = 0, letters = 0;
    for (char c : reference) {
        if (c < 'A' || c > 'Z')
            break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
        if (++letters > 3 || column > kMaxColumns)
            return std::nullopt;
    }
    if (letters == 0)
        return std::nullopt;
    return column - 1;
}

} // namespace

bool looksLikeZip(std::string_view bytes)
{
    return bytes.starts_with(std::string_view("PK\x03\x04", 4));
}

std::vector<CsvRow> xlsxRows(std::string_view bytes)
{
    const ExtractionBudget budget;
    const ZipArchive zip = ZipArchive::open(bytes);
    const std::vector<std::string> strings = sharedStrings(zip, budget);
    const std::string part = firstSheetPart(zip, budget);
    if (!zip.contains(part))
        throw ImportError({ .kind = ImportProblem::Kind::MissingZipEntry, .part = part });
    const std::string xml = zip.read(part);
    XmlReader r(xml, part, budget);
    std::vector<CsvRow> rows;
    CsvRow row;
    int nextRow = 1;
    const auto flush = [&] {
        bool any = false;
        for (const std::string &f : row.fields)
            any = any || !f.empty();
        if (any)
            rows.push_back(std::move(row));
        row = {};
    };
    while (r.next()) {
        if (spreadsheetElement(r, "row")) {
            flush();
            row.line = nextRow;
            if (const auto n = r.attribute("r", "")) {
                int v = 0;
                const auto [end, ec] = std::from_chars(n->data(), n->data() + n->size(), v);
                if (ec == std::errc() && end == n->data() + n->size() && v > 0)
                    row.line = v;
            }
            nextRow = row.line + 1;
            continue;
        }
        if (!spreadsheetElement(r, "c"))
            continue;
        std::size_t column = row.fields.size();
        if (const auto ref = r.attribute("r", ""))
            if (const auto c = columnOf(*ref))
                column = *c;
        const std::string type = r.attribute("t", "").value_or("n");
        std::string value;
        if (!r.isEmptyElement()) {
            const int depth = r.depth();
            while (r.next()) {
                if (r.type() == XML_READER_TYPE_END_ELEMENT && r.depth() == depth)
                    break;
                if (spreadsheetElement(r, "is")) {
                    value = textInside(r);
                } else if (spreadsheetElement(r, "v")) {
                    value = valueInside(r);
                }
            }
        }
        if (type == "s") {
            std::size_t index = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
            value = ec == std::errc() && end == value.data() + value.size() && index < strings.size() ? strings[index]
                                                                                                      : std::string();
        } else if (type == "b") {
            const char ticked = value == "1" ? '1' : '0';
            value.assign(1, ticked);
        }
        if (column >= kMaxColumns)
            continue;
        if (row.fields.size() <= column)
            row.fields.resize(column + 1);
        row.fields[column] = std::move(value);
    }
    flush();
    return rows;
}

} // namespace vigie::core
