// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Manifest.h"

#include "import/ImportError.h"
#include "io/RegularFile.h"
#include "tagging/JsonLocator.h"
#include "text/AsciiText.h"
#include "text/Utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

namespace vigie::core {

namespace {

using Kind = ImportProblem::Kind;

// Where a value was read, for the problems it may have.
struct Where
{
    const std::string &path;
    int line;
};

const std::vector<std::string> kColumns = { "file",  "candidate", "list",  "nuance",  "city",  "department",
                                            "insee", "year",      "round", "elected", "panel", "kind" };

std::optional<long long> number(const std::string &value, const Where &where, const std::string &column)
{
    const std::string v = trimmedField(value);
    if (v.empty())
        return std::nullopt;
    long long n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size())
        throw ImportError(
            { .kind = Kind::NotWholeNumber, .source = where.path, .line = where.line, .column = column, .value = v });
    return n;
}

// A whole number within [low, high]: a year of municipal elections or of a city's project, a round.
std::optional<long long> numberIn(const std::string &value, const Where &where, const std::string &column,
                                  long long low, long long high)
{
    const auto n = number(value, where, column);
    if (n && (*n < low || *n > high))
        throw ImportError({ .kind = Kind::OutOfRange,
                            .source = where.path,
                            .line = where.line,
                            .column = column,
                            .value = trimmedField(value),
                            .expected = std::to_string(low) + "–" + std::to_string(high) });
    return n;
}

// A list of 100,000 programmes with long titles is under 50 MB.
constexpr std::uintmax_t kMaxListBytes = 256u * 1024 * 1024;

constexpr long long kFirstYear = 1900;
constexpr long long kLastYear = 2100;

// A file name with a control character in it (a NUL would end it early for the system: the
// extension checked would not be the file opened) is refused, its characters shown escaped.
std::string fileName(const std::string &value, const Where &where, const std::string &column)
{
    const std::string v = trimmedField(value);
    if (std::none_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
        return v;
    std::string shown;
    for (const char c : v) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
            shown += buf;
        } else {
            shown += c;
        }
    }
    throw ImportError(
        { .kind = Kind::BadFileName, .source = where.path, .line = where.line, .column = column, .value = shown });
}

std::optional<bool> yesNo(const std::string &value, const Where &where, const std::string &column)
{
    const std::string v = asciiLower(trimmedField(value));
    if (v.empty())
        return std::nullopt;
    if (v == "1" || v == "true" || v == "yes" || v == "oui" || v == "o" || v == "y" || v == "élu" || v == "elu")
        return true;
    if (v == "0" || v == "false" || v == "no" || v == "non" || v == "n")
        return false;
    throw ImportError({ .kind = Kind::BadYesNo,
                        .source = where.path,
                        .line = where.line,
                        .column = column,
                        .value = trimmedField(value) });
}

std::optional<DocumentKind> documentKind(const std::string &value, const Where &where, const std::string &column)
{
    const std::string v = trimmedField(value);
    if (v.empty())
        return std::nullopt;
    if (const auto kind = parseDocumentKind(v))
        return kind;
    std::string known;
    for (DocumentKind k : documentKinds())
        known += (known.empty() ? "" : ", ") + std::string(documentKindId(k));
    throw ImportError({ .kind = Kind::UnknownDocumentKind,
                        .source = where.path,
                        .line = where.line,
                        .column = column,
                        .value = v,
                        .expected = known });
}

void set(ManifestEntry &e, const std::string &column, const std::string &value, const Where &where)
{
    if (column == "file")
        e.file = fileName(value, where, column);
    else if (column == "candidate")
        e.candidate = trimmedField(value);
    else if (column == "list")
        e.listName = trimmedField(value);
    else if (column == "nuance")
        e.nuance = trimmedField(value);
    else if (column == "city")
        e.city = trimmedField(value);
    else if (column == "department")
        e.department = trimmedField(value);
    else if (column == "insee")
        e.insee = trimmedField(value);
    else if (column == "year")
        e.year = numberIn(value, where, column, kFirstYear, kLastYear);
    else if (column == "round")
        e.round = numberIn(value, where, column, 1, 2);
    else if (column == "elected")
        e.elected = yesNo(value, where, column);
    else if (column == "panel")
        e.panel = numberIn(value, where, column, 1, 999);
    else if (column == "kind")
        e.kind = documentKind(value, where, column);
}

std::string slurp(const std::string &path)
{
    RegularFile file = readRegularFile(path, kMaxListBytes);
    using enum RegularFile::Failure;
    switch (file.failure) {
    case None:
        break;
    case NotRegular:
        throw ImportError({ .kind = Kind::NotRegularFile, .source = path, .value = file.special });
    case TooLarge:
        throw ImportError({ .kind = Kind::FileTooLarge, .source = path, .limitMb = kMaxListBytes >> 20 });
    case NoSuchFile:
    case IsFolder:
    case CannotOpen:
    case ReadError:
        throw ImportError({ .kind = Kind::CannotOpenList, .source = path });
    }
    std::string s = std::move(file.bytes);
    if (s.rfind("\xEF\xBB\xBF", 0) == 0)
        s.erase(0, 3);
    if (const auto bad = findUtf8Problem(s))
        throw ImportError({ .kind = Kind::ListNotUtf8, .source = path, .position = bad });
    return s;
}

} // namespace

std::vector<CsvRow> parseCsv(const std::string &text)
{
    // The separator is the first of ';' or ',' found outside quotes on the header line.
    char sep = ',';
    for (char c : text) {
        if (c == '\n')
            break;
        if (c == ';' || c == ',') {
            sep = c;
            break;
        }
    }
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    row.line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == sep) {
            row.fields.push_back(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.fields.push_back(field);
            field.clear();
            fieldStarted = false;
            if (!(row.fields.size() == 1 && row.fields[0].empty()))
                rows.push_back(row);
            row = CsvRow {};
            row.line = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw ImportError({ .kind = Kind::UnterminatedQuote, .line = quoteLine });
    row.fields.push_back(field);
    if (!(row.fields.size() == 1 && row.fields[0].empty()))
        rows.push_back(row);
    return rows;
}

namespace {

// The records of a CSV or JSON file with the given columns: each record becomes an Entry, filled by
// set(entry, column, value, where). `required` must be a column; JSON is an array of objects or
// {"<listKey>": [...]}. Errors name the file (the source) and the line.
template <typename Entry, typename Set>
std::vector<Entry> readRecords(const std::string &path, const std::vector<std::string> &columns,
                               const std::string &required, const std::string &listKey, Set set)
{
    namespace fs = std::filesystem;
    const std::string text = slurp(path);
    std::vector<Entry> entries;
    if (asciiLower(fs::path(path).extension().string()) == ".json") {
        JsonLocator doc;
        try {
            doc = JsonLocator::parse(text);
        } catch (const JsonLocator::SyntaxError &e) {
            throw ImportError({ .kind = Kind::InvalidJson, .source = path, .line = e.line, .detail = e.what() });
        }
        const auto *list = &doc.root();
        std::string prefix;
        if (list->is_object() && list->contains(listKey)) {
            list = &(*list)[listKey];
            prefix = "/" + listKey;
        }
        if (!list->is_array())
            throw ImportError({ .kind = Kind::JsonNotList, .source = path, .expected = listKey });
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string pointer = prefix + "/" + std::to_string(i);
            const Where where { path, doc.lineOf(pointer) };
            const auto &item = (*list)[i];
            if (!item.is_object())
                throw ImportError({ .kind = Kind::JsonEntryNotObject, .source = path, .line = where.line });
            Entry e;
            e.line = where.line;
            for (const auto &[key, value] : item.items()) {
                const int keyLine = doc.lineOf(pointer + "/" + key);
                if (std::find(columns.begin(), columns.end(), key) == columns.end())
                    throw ImportError({ .kind = Kind::UnknownKey, .source = path, .line = keyLine, .column = key });
                std::string v;
                if (value.is_string())
                    v = value.template get<std::string>();
                else if (value.is_boolean())
                    v = value.template get<bool>() ? "true" : "false"; // not a number: "year": true is refused
                else if (value.is_number())
                    v = value.dump();
                else if (!value.is_null())
                    throw ImportError(
                        { .kind = Kind::JsonValueNotScalar, .source = path, .line = keyLine, .column = key });
                set(e, key, v, where);
            }
            entries.push_back(std::move(e));
        }
        return entries;
    }
    std::vector<CsvRow> rows;
    try {
        rows = parseCsv(text);
    } catch (const ImportError &e) {
        ImportProblem problem = e.problem();
        problem.source = path;
        throw ImportError(std::move(problem));
    }
    if (rows.empty())
        throw ImportError({ .kind = Kind::EmptyList, .source = path });
    std::vector<std::string> header;
    for (const auto &h : rows[0].fields) {
        const std::string column = asciiLower(trimmedField(h));
        if (std::find(columns.begin(), columns.end(), column) == columns.end()) {
            std::string known;
            for (const auto &k : columns)
                known += (known.empty() ? "" : ", ") + k;
            throw ImportError({ .kind = Kind::UnknownColumn,
                                .source = path,
                                .line = 1,
                                .column = trimmedField(h),
                                .expected = known });
        }
        header.push_back(column);
    }
    if (std::find(header.begin(), header.end(), required) == header.end())
        throw ImportError({ .kind = Kind::MissingColumn, .source = path, .line = 1, .column = required });
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const Where where { path, rows[r].line };
        if (rows[r].fields.size() != header.size())
            throw ImportError({ .kind = Kind::WrongFieldCount,
                                .source = path,
                                .line = where.line,
                                .value = std::to_string(rows[r].fields.size()),
                                .expected = std::to_string(header.size()) });
        Entry e;
        e.line = rows[r].line;
        for (std::size_t c = 0; c < header.size(); ++c)
            set(e, header[c], rows[r].fields[c], where);
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace

std::vector<ManifestEntry> readManifest(const std::string &path)
{
    namespace fs = std::filesystem;
    auto entries = readRecords<ManifestEntry>(path, kColumns, "file", "programmes", set);
    const fs::path base = fs::absolute(fs::path(path)).parent_path();
    for (auto &e : entries) {
        if (e.file.empty())
            throw ImportError({ .kind = Kind::MissingFile, .source = path, .line = e.line });
        if (fs::path(e.file).is_relative())
            e.file = (base / e.file).lexically_normal().string();
    }
    return entries;
}

namespace {

const std::vector<std::string> kProjectColumns
    = { "title",    "description", "city",   "department", "insee", "category",
        "maturity", "year",        "budget", "partners",   "source" };

std::optional<double> amount(const std::string &value, const Where &where, const std::string &column)
{
    std::string v;
    for (char c : trimmedField(value))
        if (c != ' ' && c != '\xC2' && c != '\xA0' && c != '\xE2' && c != '\x80' && c != '\xAF')
            v += c == ',' ? '.' : c; // "1 200 000,50" (French) and "1200000.50"
    if (v.empty())
        return std::nullopt;
    // Digits with at most one decimal point: stod alone would take "inf", "nan", "0x1p3", "1e999".
    const bool plain = std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; })
        && std::count(v.begin(), v.end(), '.') <= 1 && v != ".";
    if (plain) {
        try {
            std::size_t used = 0;
            const double d = std::stod(v, &used);
            if (used == v.size() && std::isfinite(d) && d >= 0)
                return d;
        } catch (const std::exception &) { }
    }
    throw ImportError({ .kind = Kind::BadAmount,
                        .source = where.path,
                        .line = where.line,
                        .column = column,
                        .value = trimmedField(value) });
}

void setProject(ProjectEntry &e, const std::string &column, const std::string &value, const Where &where)
{
    if (column == "title")
        e.title = trimmedField(value);
    else if (column == "description")
        e.description = trimmedField(value);
    else if (column == "city")
        e.city = trimmedField(value);
    else if (column == "department")
        e.department = trimmedField(value);
    else if (column == "insee")
        e.insee = trimmedField(value);
    else if (column == "category")
        e.category = trimmedField(value);
    else if (column == "maturity")
        e.maturity = trimmedField(value);
    else if (column == "year")
        e.year = numberIn(value, where, column, kFirstYear, kLastYear);
    else if (column == "budget")
        e.budget = amount(value, where, column);
    else if (column == "partners")
        e.partners = trimmedField(value);
    else if (column == "source")
        e.source = trimmedField(value);
}

} // namespace

std::vector<ProjectEntry> readProjects(const std::string &path)
{
    auto entries = readRecords<ProjectEntry>(path, kProjectColumns, "title", "projects", setProject);
    for (const auto &e : entries)
        if (e.title.empty())
            throw ImportError({ .kind = Kind::MissingTitle, .source = path, .line = e.line });
    return entries;
}

const std::vector<std::string> &manifestColumns()
{
    return kColumns;
}

const std::vector<std::string> &projectColumns()
{
    return kProjectColumns;
}

} // namespace vigie::core
