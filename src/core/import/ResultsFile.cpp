// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ResultsFile.h"

#include "import/CandidateFile.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>

namespace vigie::core {

namespace {

using Kind = ImportProblem::Kind;

constexpr std::int64_t kMaxPanel = 999; // panel numbers run from 1 to a few dozen

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // "N°Panneau", "N° Panneau": the same column
    out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
    return out;
}

// A header name without its list number: "Numéro de panneau 3" -> ("numérodepanneau", 3).
std::pair<std::string, int> baseAndNumber(const std::string &name)
{
    std::size_t end = name.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1])))
        --end;
    if (end < name.size() && end > 0 && name[end - 1] == ' ') {
        int n = 0;
        std::from_chars(name.data() + end, name.data() + name.size(), n);
        return { lower(name.substr(0, end)), n };
    }
    return { lower(name), 0 };
}

bool oneOf(const std::string &base, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return base == lower(n); });
}

bool isCommune(const std::string &b)
{
    return oneOf(b, { "Code commune", "Code de la commune", "Code circonscription" });
}
bool isDepartment(const std::string &b)
{
    return oneOf(b, { "Code département", "Code du département" });
}
bool isCommuneName(const std::string &b)
{
    return oneOf(b, { "Libellé commune", "Libellé de la commune", "Circonscription" });
}
bool isPanel(const std::string &b)
{
    return oneOf(b, { "Numéro de panneau", "N°Panneau", "N° Panneau Liste", "Numéro de panneau liste" });
}
bool isSeats(const std::string &b)
{
    return oneOf(b, { "Sièges au CM", "Sièges / Elu", "Sièges/Elu", "Sièges", "Elus", "Sièges au conseil municipal" });
}
bool isVotes(const std::string &b)
{
    return oneOf(b, { "Voix" });
}

char separatorOf(std::string_view line)
{
    return std::count(line.begin(), line.end(), ';') >= std::count(line.begin(), line.end(), '\t') ? ';' : '\t';
}

// Where each list's columns are: numbered headers give them by number; a 2020-style header names
// the first list's group once and the others follow it, as wide, unnamed.
struct Layout
{
    int commune = -1, department = -1, communeName = -1;
    struct Group
    {
        int panel = -1, seats = -1, votes = -1;
    };
    std::vector<Group> numbered; // by list number
    Group first; // unnumbered
    int width = 0; // of an unnumbered group
};

std::optional<Layout> layoutOf(const std::vector<std::string> &header)
{
    Layout l;
    std::map<int, Layout::Group> groups;
    for (int i = 0; i < static_cast<int>(header.size()); ++i) {
        const auto [base, number] = baseAndNumber(header[static_cast<std::size_t>(i)]);
        if (isCommune(base) && number == 0)
            l.commune = i;
        else if (isDepartment(base) && number == 0)
            l.department = i;
        else if (isCommuneName(base) && number == 0)
            l.communeName = i;
        else if (isPanel(base) || isSeats(base) || isVotes(base)) {
            Layout::Group &g = number == 0 ? l.first : groups[number];
            int &slot = isPanel(base) ? g.panel : isSeats(base) ? g.seats : g.votes;
            if (slot < 0)
                slot = i;
        }
    }
    for (const auto &[n, g] : groups)
        if (g.panel >= 0 && g.seats >= 0)
            l.numbered.push_back(g);
    if (l.numbered.empty() && l.first.panel >= 0)
        l.width = static_cast<int>(header.size())
            - std::min({ l.first.panel, l.first.seats < 0 ? 1 << 20 : l.first.seats,
                         l.first.votes < 0 ? 1 << 20 : l.first.votes });
    if (l.commune < 0 || (l.numbered.empty() && (l.first.panel < 0 || l.first.seats < 0)))
        return std::nullopt;
    return l;
}

std::optional<std::int64_t> wholeNumber(std::string_view s)
{
    std::string digits;
    for (const char c : s)
        if (c != ' ' && c != '\xA0')
            digits += c;
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return n;
}

} // namespace

bool looksLikeResultsHeader(std::string_view line)
{
    return layoutOf(splitOfficialLine(officialLineAsUtf8(line), separatorOf(line))).has_value();
}

bool isResultsFile(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) // a pipe named *.txt would block the read
        return false;
    std::ifstream in(path, std::ios::binary);
    std::string head(16384, '\0'); // a header of a hundred lists' columns fits; a text without lines is not read whole
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.rfind("\xEF\xBB\xBF", 0) == 0)
        head.erase(0, 3);
    std::size_t start = 0;
    for (int n = 0; n < 4 && start < head.size(); ++n) {
        const std::size_t end = std::min(head.find('\n', start), head.size());
        if (looksLikeResultsHeader(std::string_view(head).substr(start, end - start)))
            return true;
        start = end + 1;
    }
    return false;
}

ResultsFile readResultsFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ImportError({ .kind = Kind::CannotOpenList, .source = path });
    ResultsFile out;
    std::string raw;
    int line = 0;
    std::optional<Layout> layout;
    char separator = ';';
    while (!layout && line < 4 && std::getline(in, raw)) {
        ++line;
        if (line == 1 && raw.rfind("\xEF\xBB\xBF", 0) == 0)
            raw.erase(0, 3);
        separator = separatorOf(raw);
        layout = layoutOf(splitOfficialLine(officialLineAsUtf8(raw), separator));
    }
    if (!layout)
        throw ImportError(
            { .kind = Kind::MissingColumn, .source = path, .column = "Code commune, Numéro de panneau, Sièges au CM" });
    while (std::getline(in, raw)) {
        ++line;
        const std::string text = officialLineAsUtf8(raw);
        if (text.find_first_not_of(" \t\r;") == std::string::npos)
            continue;
        const std::vector<std::string> f = splitOfficialLine(text, separator);
        const auto cell = [&](int i) -> const std::string & {
            static const std::string none;
            return i >= 0 && i < static_cast<int>(f.size()) ? f[static_cast<std::size_t>(i)] : none;
        };
        std::string code = cell(layout->commune);
        if (code.empty() || (code.size() < 5 && layout->department >= 0)) {
            const auto insee = code.empty() ? std::nullopt : insee2020(cell(layout->department), code);
            if (!insee) {
                out.problems.push_back({ .kind = Kind::OutOfRange,
                                         .source = path,
                                         .line = line,
                                         .column = "Code commune",
                                         .value = code,
                                         .expected = "an INSEE code" });
                continue;
            }
            code = *insee;
        }
        ++out.rows;
        std::vector<Layout::Group> groups = layout->numbered;
        if (groups.empty())
            for (int k = 0; layout->width > 0 && layout->first.panel + k * layout->width < static_cast<int>(f.size());
                 ++k) {
                const int shift = k * layout->width;
                groups.push_back({ layout->first.panel + shift, layout->first.seats + shift,
                                   layout->first.votes < 0 ? -1 : layout->first.votes + shift });
            }
        for (const Layout::Group &g : groups) {
            const std::string &panel = cell(g.panel);
            if (panel.empty())
                continue; // fewer lists in this commune than columns
            const auto number = wholeNumber(panel);
            const std::string &seatsText = cell(g.seats);
            const auto seats = seatsText.empty() ? std::optional<std::int64_t>(0) : wholeNumber(seatsText);
            const bool panelRead = number && *number > 0 && *number <= kMaxPanel; // an int, and a panel
            if (!panelRead || !seats || *seats < 0) {
                out.problems.push_back({ .kind = Kind::NotWholeNumber,
                                         .source = path,
                                         .line = line,
                                         .column = panelRead ? "Sièges" : "Numéro de panneau",
                                         .value = panelRead ? seatsText : panel });
                continue;
            }
            ListResult r;
            r.code = code;
            r.communeName = cell(layout->communeName);
            r.panel = static_cast<int>(*number);
            r.seats = *seats;
            r.votes = wholeNumber(cell(g.votes));
            r.line = line;
            out.results.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace vigie::core
