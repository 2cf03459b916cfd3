// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CandidateFile.h"

#include "text/AsciiText.h"
#include "text/Utf8.h"

#include <array>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <unordered_map>

namespace vigie::core {

namespace {

using Kind = ImportProblem::Kind;

constexpr std::int64_t kRowsPerReport = 4096;

// The columns read, by shape, in the order of the Column enum.
enum Column {
    Insee,
    Department,
    CommuneCode,
    Commune,
    Panel,
    ShortName,
    Name,
    NuanceCode,
    NuanceLabel,
    Head,
    Rank,
    LastName,
    FirstName,
    ColumnCount
};

struct Shape
{
    char separator;
    std::array<const char *, ColumnCount> names; // nullptr: the shape has no such column
};

constexpr Shape k2026 { ';',
                        { "Code circonscription", nullptr, nullptr, "Circonscription", "Numéro de panneau",
                          "Libellé abrégé de liste", "Libellé de la liste", "Code nuance de liste", "Nuance de liste",
                          "Tête de liste", "Ordre", "Nom sur le bulletin de vote", "Prénom sur le bulletin de vote" } };
constexpr Shape k2020 { '\t',
                        { nullptr, "Code du département", "Code commune", "Libellé commune", "N° Panneau Liste",
                          "Libellé abrégé liste", "Libellé Etendu Liste", "Nuance Liste", nullptr, nullptr,
                          "N° candidat", "Nom candidat", "Prénom candidat" } };

const Shape &shapeOf(CandidateFileShape s)
{
    return s == CandidateFileShape::Municipales2026 ? k2026 : k2020;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '"'))
        s.remove_suffix(1);
    return s;
}

// Fields of one line; a field in double quotes may hold the separator ("" for a quote).
std::vector<std::string> split(std::string_view line, char separator)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == separator && !quoted) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    for (std::string &f : fields)
        f = std::string(trimmed(f));
    return fields;
}

bool sameName(std::string_view a, std::string_view b)
{
    a = trimmed(a);
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x != y && !(x < 0x80 && y < 0x80 && std::tolower(x) == std::tolower(y)))
            return false;
    }
    return true;
}

bool looksLike(std::string_view line, const Shape &shape)
{
    const std::vector<std::string> fields = split(line, shape.separator);
    int found = 0, wanted = 0;
    for (const char *name : shape.names) {
        if (!name)
            continue;
        ++wanted;
        for (const std::string &f : fields)
            if (sameName(f, name)) {
                ++found;
                break;
            }
    }
    return found >= wanted - 1 && found >= 3; // one renamed column still tells the shape; it is reported later
}

std::string lineAsUtf8(std::string_view line)
{
    return findUtf8Problem(line) ? latin1ToUtf8(line) : std::string(line);
}

std::optional<int> wholeNumber(std::string_view s)
{
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

} // namespace

std::optional<std::string> insee2020(std::string_view department, std::string_view commune)
{
    department = trimmed(department);
    std::string c(trimmed(commune));
    if (c.empty() || c.size() > 3 || c.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    c.insert(0, 3 - c.size(), '0');
    std::string d(department);
    if (d.size() == 1 && d[0] >= '0' && d[0] <= '9')
        d.insert(0, "0");
    if (d.size() == 2 && d[0] == 'Z' && d[1] >= 'A' && d[1] <= 'Z')
        return "97" + c; // overseas: the commune code carries the department's last digit
    if (d.size() != 2)
        return std::nullopt;
    const bool digits = d.find_first_not_of("0123456789") == std::string::npos;
    if (!digits && d != "2A" && d != "2B")
        return std::nullopt;
    return d + c;
}

std::optional<CandidateFileShape> detectCandidateFile(std::string_view head)
{
    if (head.starts_with("\xEF\xBB\xBF"))
        head.remove_prefix(3);
    std::size_t start = 0;
    for (int n = 0; n < 4 && start < head.size(); ++n) {
        auto end = head.find('\n', start);
        if (end == std::string_view::npos)
            end = head.size();
        const std::string line = lineAsUtf8(head.substr(start, end - start));
        if (looksLike(line, k2026))
            return CandidateFileShape::Municipales2026;
        if (looksLike(line, k2020))
            return CandidateFileShape::Municipales2020;
        start = end + 1;
    }
    return std::nullopt;
}

std::vector<std::string> splitOfficialLine(std::string_view line, char separator)
{
    return split(line, separator);
}

std::string officialLineAsUtf8(std::string_view line)
{
    return lineAsUtf8(line);
}

bool hasOfficialTableExtension(const std::string &path)
{
    const std::string ext = asciiLower(std::filesystem::path(path).extension().string());
    return ext == ".csv" || ext == ".txt" || ext == ".tsv";
}

bool isCandidateFile(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!hasOfficialTableExtension(path) || !fs::is_regular_file(path, ec))
        return false;
    std::ifstream in(path, std::ios::binary);
    std::string head(8192, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return detectCandidateFile(head).has_value();
}

CandidateFile readCandidateFile(const std::string &path, int round,
                                const std::function<void(std::int64_t, std::int64_t)> &progress,
                                const std::atomic_bool *cancel)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ImportError({ .kind = Kind::CannotOpenList, .source = path });
    in.seekg(0, std::ios::end);
    const std::int64_t size = static_cast<std::int64_t>(in.tellg());
    in.seekg(0);

    // The header: on one of the first four lines (2020 puts a comment and a blank line first).
    std::string raw;
    std::optional<CandidateFileShape> shape;
    std::vector<std::string> header;
    int lineNumber = 0;
    while (lineNumber < 4 && std::getline(in, raw)) {
        ++lineNumber;
        if (lineNumber == 1 && raw.starts_with("\xEF\xBB\xBF"))
            raw.erase(0, 3);
        const std::string line = lineAsUtf8(raw);
        for (const auto s : { CandidateFileShape::Municipales2026, CandidateFileShape::Municipales2020 })
            if (looksLike(line, shapeOf(s))) {
                shape = s;
                header = split(line, shapeOf(s).separator);
                break;
            }
        if (shape)
            break;
    }
    if (!shape)
        throw ImportError({ .kind = Kind::MissingColumn, .source = path, .line = 1, .column = "Code circonscription" });
    const Shape &spec = shapeOf(*shape);
    std::array<int, ColumnCount> at {};
    for (int c = 0; c < ColumnCount; ++c) {
        at[static_cast<std::size_t>(c)] = -1;
        if (!spec.names[static_cast<std::size_t>(c)])
            continue;
        for (std::size_t k = 0; k < header.size(); ++k)
            if (sameName(header[k], spec.names[static_cast<std::size_t>(c)]))
                at[static_cast<std::size_t>(c)] = static_cast<int>(k);
        if (at[static_cast<std::size_t>(c)] < 0)
            throw ImportError({ .kind = Kind::MissingColumn,
                                .source = path,
                                .line = lineNumber,
                                .column = spec.names[static_cast<std::size_t>(c)] });
    }
    // Trailing empty header fields (a tab at the end of the line) are not columns.
    while (!header.empty() && header.back().empty())
        header.pop_back();

    CandidateFile file;
    file.shape = *shape;
    std::unordered_map<std::string, std::size_t> byKey;
    const auto field = [&](const std::vector<std::string> &fields, Column c) -> const std::string & {
        return fields[static_cast<std::size_t>(at[static_cast<std::size_t>(c)])];
    };
    while (std::getline(in, raw)) {
        ++lineNumber;
        if (!raw.empty() && raw.back() == '\r')
            raw.pop_back();
        if (trimmed(raw).empty())
            continue;
        if (file.rows % kRowsPerReport == 0) {
            if (cancel && cancel->load())
                throw ImportError({ .kind = Kind::Cancelled, .source = path });
            if (progress)
                progress(static_cast<std::int64_t>(in.tellg()), size);
        }
        std::string line;
        if (*shape == CandidateFileShape::Municipales2026) {
            if (const auto problem = findUtf8Problem(raw))
                throw ImportError(
                    { .kind = Kind::ListNotUtf8, .source = path, .line = lineNumber, .position = problem });
            line = std::move(raw);
        } else {
            line = latin1ToUtf8(raw);
        }
        std::vector<std::string> fields = split(line, spec.separator);
        while (fields.size() > header.size() && fields.back().empty())
            fields.pop_back(); // trailing tabs: tolerated
        if (fields.size() != header.size()) {
            file.problems.push_back({ .kind = Kind::WrongFieldCount,
                                      .source = path,
                                      .line = lineNumber,
                                      .value = std::to_string(fields.size()),
                                      .expected = std::to_string(header.size()) });
            continue;
        }
        const auto panel = wholeNumber(field(fields, Panel));
        const auto rank = wholeNumber(field(fields, Rank));
        if (!panel || !rank) {
            const Column bad = !panel ? Panel : Rank;
            file.problems.push_back({ .kind = Kind::NotWholeNumber,
                                      .source = path,
                                      .line = lineNumber,
                                      .column = spec.names[bad],
                                      .value = field(fields, bad) });
            continue;
        }
        std::string insee;
        if (*shape == CandidateFileShape::Municipales2026) {
            insee = field(fields, Insee);
        } else if (const auto code = insee2020(field(fields, Department), field(fields, CommuneCode))) {
            insee = *code;
        } else {
            file.problems.push_back({ .kind = Kind::OutOfRange,
                                      .source = path,
                                      .line = lineNumber,
                                      .column = spec.names[CommuneCode],
                                      .value = field(fields, Department) + " " + field(fields, CommuneCode),
                                      .expected = "a department and a 3-digit commune code" });
            continue;
        }
        ++file.rows;
        const std::string key = insee + '|' + std::to_string(*panel);
        auto [it, added] = byKey.try_emplace(key, file.lists.size());
        if (added) {
            OfficialList list;
            list.insee = insee;
            list.communeName = field(fields, Commune);
            list.panel = *panel;
            list.round = round;
            list.year = *shape == CandidateFileShape::Municipales2026 ? 2026 : 2020;
            list.name = field(fields, Name);
            list.shortName = field(fields, ShortName);
            list.nuanceCode = field(fields, NuanceCode);
            if (at[NuanceLabel] >= 0)
                list.nuanceLabel = field(fields, NuanceLabel);
            list.line = lineNumber;
            file.lists.push_back(std::move(list));
        }
        OfficialList &list = file.lists[it->second];
        ++list.candidates;
        const bool head
            = *shape == CandidateFileShape::Municipales2026 ? sameName(field(fields, Head), "oui") : *rank == 1;
        if (head) {
            list.headFirstName = field(fields, FirstName);
            list.headLastName = field(fields, LastName);
        }
    }
    if (progress)
        progress(size, size);
    return file;
}

} // namespace vigie::core
