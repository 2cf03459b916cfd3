// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer/Gazetteer.h"

#include "DataPaths.h"
#include "text/Folding.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace vigie::core {

namespace {

std::vector<std::vector<std::string>> readTsv(const std::string &path, const std::vector<std::string> &header)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw GazetteerError(path + ": cannot open the gazetteer file");
    std::vector<std::vector<std::string>> rows;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> fields;
        std::size_t start = 0;
        while (true) {
            const std::size_t tab = line.find('\t', start);
            fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos)
                break;
            start = tab + 1;
        }
        if (lineNo == 1) {
            if (fields != header)
                throw GazetteerError(path + ":1: unexpected header (expected the columns of data/README.md)");
            continue;
        }
        if (line.empty())
            continue;
        if (fields.size() != header.size())
            throw GazetteerError(path + ":" + std::to_string(lineNo) + ": expected " + std::to_string(header.size())
                                 + " tab-separated fields");
        rows.push_back(std::move(fields));
    }
    if (lineNo == 0)
        throw GazetteerError(path + ": empty gazetteer file");
    return rows;
}

std::int64_t parsePopulation(const std::string &s, const std::string &where)
{
    if (s.empty())
        return -1;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || value < 0)
        throw GazetteerError(where + ": population \"" + s + "\" is not a whole number");
    return value;
}

bool isArticle(std::string_view word)
{
    return word == "le" || word == "la" || word == "les" || word == "l";
}

// "havre (le)" style: the article written behind, in parentheses, in the raw input.
std::string articleToFront(std::string_view raw)
{
    std::string s(raw);
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    if (s.empty() || s.back() != ')')
        return s;
    const auto open = s.rfind('(');
    if (open == std::string::npos)
        return s;
    std::string inner = s.substr(open + 1, s.size() - open - 2);
    const std::string key = Gazetteer::nameKey(inner);
    if (!isArticle(key))
        return s;
    std::string base = s.substr(0, open);
    while (!base.empty() && base.back() == ' ')
        base.pop_back();
    const bool elided = key == "l";
    return (elided ? std::string("L'") : inner + " ") + base;
}

constexpr std::string_view kRoman[] = { "i",  "ii",  "iii",  "iv",  "v",  "vi",  "vii",  "viii",  "ix",  "x",
                                        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx" };

// "15", "15e", "15eme", "1er", "xv", "xve", "ier" -> 15 / 1; 0 if not a number of that form.
int arrondissementNumber(std::string_view w)
{
    for (std::string_view suffix : { "eme", "er", "e", "ieme" })
        if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
            const std::string_view stem = w.substr(0, w.size() - suffix.size());
            if (const int n = arrondissementNumber(stem); n > 0)
                return n;
        }
    int n = 0;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), n);
    if (ec == std::errc() && end == w.data() + w.size())
        return n;
    for (int i = 0; i < 20; ++i)
        if (w == kRoman[i])
            return i + 1;
    return 0;
}

std::vector<std::string> words(const std::string &key)
{
    std::vector<std::string> out;
    std::istringstream in(key);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

} // namespace

std::string Gazetteer::nameKey(std::string_view name)
{
    const std::u16string folded = foldToken(fromUtf8(name));
    std::u16string spaced;
    for (char16_t c : folded)
        spaced.push_back(u_isalnum(c) ? c : u' ');
    std::string out;
    for (const std::string &w : words(toUtf8(spaced))) {
        if (!out.empty())
            out += ' ';
        out += w == "st" ? "saint" : w == "ste" ? "sainte" : w;
    }
    return out;
}

Gazetteer Gazetteer::load(const std::string &dir)
{
    Gazetteer g;
    for (const auto &r : readTsv(dir + "/regions.tsv", { "code", "name" }))
        g.m_regions.push_back({ r[0], r[1] });
    for (const auto &r : readTsv(dir + "/departements.tsv", { "code", "name", "region" })) {
        g.m_departments.push_back({ r[0], r[1], r[2] });
        g.m_departmentByName[nameKey(r[1])] = r[0];
    }
    const std::string communesPath = dir + "/communes.tsv";
    int line = 1;
    for (const auto &r : readTsv(communesPath, { "insee", "name", "department", "region", "population" })) {
        ++line;
        Commune c { r[0], r[1], r[2], r[3], parsePopulation(r[4], communesPath + ":" + std::to_string(line)) };
        const int index = static_cast<int>(g.m_communes.size());
        if (!g.m_byInsee.emplace(c.insee, index).second)
            throw GazetteerError(communesPath + ":" + std::to_string(line) + ": INSEE code " + c.insee
                                 + " appears twice");
        const std::string key = nameKey(c.name);
        g.m_byName[key].push_back(index);
        const auto space = key.find(' ');
        if (space != std::string::npos && isArticle(key.substr(0, space)))
            g.m_byBareName[key.substr(space + 1)].push_back(index);
        g.m_communes.push_back(std::move(c));
    }
    const std::string arrPath = dir + "/arrondissements.tsv";
    line = 1;
    for (const auto &r : readTsv(arrPath, { "insee", "name", "commune", "population" })) {
        ++line;
        const auto it = g.m_byInsee.find(r[2]);
        if (it == g.m_byInsee.end())
            throw GazetteerError(arrPath + ":" + std::to_string(line) + ": unknown city " + r[2]);
        g.m_arrondissementCity[r[0]] = it->second;
    }
    if (g.m_communes.empty())
        throw GazetteerError(communesPath + ": no commune");
    return g;
}

const Gazetteer &Gazetteer::bundled()
{
    static const Gazetteer instance = [] {
        const std::string dir = dataDirectory();
        if (dir.empty())
            throw GazetteerError("the bundled gazetteer was not found; set VIGIE_DATA_DIR");
        return load(dir + "/gazetteer");
    }();
    return instance;
}

int Gazetteer::indexOfInsee(std::string_view code) const
{
    const std::string c(code);
    if (const auto it = m_byInsee.find(c); it != m_byInsee.end())
        return it->second;
    if (const auto it = m_arrondissementCity.find(c); it != m_arrondissementCity.end())
        return it->second;
    return -1;
}

const Department *Gazetteer::department(std::string_view code) const
{
    for (const auto &d : m_departments)
        if (d.code == code)
            return &d;
    return nullptr;
}

const Region *Gazetteer::region(std::string_view code) const
{
    for (const auto &r : m_regions)
        if (r.code == code)
            return &r;
    return nullptr;
}

std::string Gazetteer::departmentCode(std::string_view codeOrName) const
{
    std::string s(codeOrName);
    while (!s.empty() && s.front() == ' ')
        s.erase(s.begin());
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    if (s.empty())
        return {};
    if (s.size() == 1 && s[0] >= '1' && s[0] <= '9')
        s = "0" + s; // "1" for Ain
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (department(s))
        return s;
    const auto it = m_departmentByName.find(nameKey(codeOrName));
    return it == m_departmentByName.end() ? std::string() : it->second;
}

int Gazetteer::arrondissementCity(const std::string &key, std::string &note) const
{
    const auto w = words(key);
    if (w.size() < 2 || w.size() > 3)
        return -1;
    struct City
    {
        const char *name;
        const char *insee;
        int count;
    };
    static constexpr City kCities[]
        = { { "paris", "75056", 20 }, { "lyon", "69123", 9 }, { "marseille", "13055", 16 } };
    for (const City &c : kCities) {
        if (w[0] != c.name)
            continue;
        const int n = arrondissementNumber(w[1]);
        if (n < 1 || n > c.count || (w.size() == 3 && w[2] != "arrondissement" && w[2] != "arr"))
            return -1;
        const int index = indexOfInsee(c.insee);
        note = m_communes[static_cast<std::size_t>(index)].name + " " + std::to_string(n) + (n == 1 ? "er" : "e")
            + " arrondissement counted as " + m_communes[static_cast<std::size_t>(index)].name;
        return index;
    }
    return -1;
}

CityResolution Gazetteer::resolveKey(const std::string &key, const std::string &dept, const std::string &shown) const
{
    CityResolution r;
    std::vector<int> found;
    if (const auto it = m_byName.find(key); it != m_byName.end())
        found = it->second;
    else if (const auto bare = m_byBareName.find(key); bare != m_byBareName.end())
        found = bare->second; // "Havre" for "Le Havre"
    if (!dept.empty()) {
        std::vector<int> inDept;
        for (int i : found)
            if (m_communes[static_cast<std::size_t>(i)].department == dept)
                inDept.push_back(i);
        if (inDept.empty() && !found.empty()) {
            r.message = "no commune named " + shown + " in department " + dept;
            r.problem = CityResolution::Problem::NotInDepartment;
            r.candidates = found;
            r.status = CityResolution::Status::NotFound;
            return r;
        }
        found = inDept;
    }
    if (found.size() == 1) {
        r.status = CityResolution::Status::Resolved;
        r.commune = found[0];
        return r;
    }
    if (found.empty()) {
        r.message = "unknown commune " + shown;
        r.problem = CityResolution::Problem::UnknownCommune;
        return r;
    }
    r.status = CityResolution::Status::Ambiguous;
    r.problem = CityResolution::Problem::Ambiguous;
    r.candidates = found;
    r.message
        = std::to_string(found.size()) + " communes are named " + shown + ": give the department or the INSEE code:";
    for (int i : found) {
        const Commune &c = m_communes[static_cast<std::size_t>(i)];
        const Department *d = department(c.department);
        r.message += " " + c.insee + " (" + c.department + (d ? " " + d->name : std::string()) + ")";
    }
    return r;
}

CityResolution Gazetteer::resolveEntry(std::string_view insee, std::string_view city, std::string_view department) const
{
    if (insee.empty() && city.empty())
        return {};
    return resolve(insee.empty() ? city : insee, department);
}

CityResolution Gazetteer::resolve(std::string_view city, std::string_view departmentHint) const
{
    std::string dept;
    if (!departmentHint.empty()) {
        dept = departmentCode(departmentHint);
        if (dept.empty()) {
            CityResolution r;
            r.message = "unknown department \"" + std::string(departmentHint) + "\"";
            r.problem = CityResolution::Problem::UnknownDepartment;
            return r;
        }
    }
    std::string raw(city);
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t'))
        raw.pop_back();
    while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t'))
        raw.erase(raw.begin());
    const std::string shown = "\"" + raw + "\"";
    if (raw.empty()) {
        CityResolution r;
        r.message = "no city name";
        r.problem = CityResolution::Problem::NoName;
        return r;
    }
    // An INSEE code (of a commune or of an arrondissement).
    if (raw.size() == 5
        && std::all_of(raw.begin(), raw.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
        std::string code = raw;
        for (char &c : code)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const int index = indexOfInsee(code);
        if (index >= 0) {
            CityResolution r;
            r.status = CityResolution::Status::Resolved;
            r.commune = index;
            if (!m_byInsee.count(code))
                r.note = "arrondissement " + code + " counted as " + m_communes[static_cast<std::size_t>(index)].name;
            return r;
        }
    }
    const std::string fronted = articleToFront(raw);
    std::string key = nameKey(fronted);
    CityResolution r = resolveKey(key, dept, shown);
    if (r.resolved() || r.status == CityResolution::Status::Ambiguous)
        return r;
    // "Paris 15e", "Marseille Ier arrondissement".
    std::string note;
    if (const int cityIndex = arrondissementCity(key, note); cityIndex >= 0) {
        r = CityResolution {};
        r.status = CityResolution::Status::Resolved;
        r.commune = cityIndex;
        r.note = note;
        return r;
    }
    // "Saint-Denis (93)", "Saint-Denis (La Réunion)": a department in parentheses.
    const auto open = raw.rfind('(');
    if (open != std::string::npos && raw.back() == ')' && dept.empty()) {
        const std::string inner = raw.substr(open + 1, raw.size() - open - 2);
        if (const std::string code = departmentCode(inner); !code.empty())
            return resolveKey(nameKey(raw.substr(0, open)), code, shown);
    }
    return r;
}

} // namespace vigie::core
