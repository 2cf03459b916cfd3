// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/NamePattern.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <stdexcept>

namespace vigie::core {

namespace {

std::string escapeRegex(std::string_view literal)
{
    std::string out;
    for (const char c : literal) {
        if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

long long number(const std::string &digits)
{
    long long n = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return n;
}

// "profession_foi" -> a profession de foi; "profession_foi_falc", "..._facile_a_lire" -> easy-read.
std::optional<DocumentKind> kindOfName(const std::string &text)
{
    if (const auto kind = parseDocumentKind(text))
        return kind;
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower.find("falc") != std::string::npos || lower.find("facile") != std::string::npos)
        return DocumentKind::EasyRead;
    if (lower.find("accessible") != std::string::npos)
        return DocumentKind::Accessible;
    if (lower.find("profession") != std::string::npos)
        return DocumentKind::ProfessionDeFoi;
    if (lower.find("tract") != std::string::npos)
        return DocumentKind::Tract;
    if (lower.find("programme") != std::string::npos)
        return DocumentKind::Programme;
    return std::nullopt;
}

} // namespace

std::string candidateFromFileName(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (c == '_' || c == ' ') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    if (words.size() > 1) {
        std::string first = words.front();
        std::transform(first.begin(), first.end(), first.begin(), [](unsigned char c) { return std::tolower(c); });
        if (first == "m" || first == "mme" || first == "mlle" || first == "mr" || first == "monsieur"
            || first == "madame")
            words.erase(words.begin());
    }
    std::string out;
    for (const auto &w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

NamePattern NamePattern::parse(std::string_view pattern, std::optional<long long> year,
                               std::optional<DocumentKind> kind)
{
    static const std::vector<std::pair<std::string_view, std::pair<Field, std::string_view>>> placeholders = {
        { "insee", { Field::Insee, "([0-9][0-9AaBb][0-9]{3})" } },
        { "department", { Field::Department, "([0-9A-Za-z]{2,3})" } },
        { "panel", { Field::Panel, "([0-9]{1,3})" } },
        { "round", { Field::Round, "([12])" } },
        { "year", { Field::Year, "([0-9]{4})" } },
        { "candidate", { Field::Candidate, "(.+?)" } },
        { "kind", { Field::Kind, "([A-Za-z_ -]+?)" } },
    };
    NamePattern p;
    p.m_text = std::string(pattern);
    p.m_year = year;
    p.m_kind = kind;
    std::string regex;
    std::string literal;
    using Problem = NamePatternError::Problem;
    const auto fail = [&](const std::string &why, Problem problem, std::string_view placeholder = {}) {
        throw NamePatternError("file-name pattern \"" + p.m_text + "\": " + why, problem, std::string(placeholder));
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c == '}')
            fail("a \"}\" closes no placeholder (write \"}}\" for a brace)", Problem::StrayBrace);
        if (c != '{') {
            literal += c;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos)
            fail("a \"{\" is never closed (write \"{{\" for a brace)", Problem::UnclosedBrace);
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        regex += escapeRegex(literal);
        literal.clear();
        i = close;
        if (name == "*") {
            regex += ".*?";
            continue;
        }
        const auto known = std::find_if(placeholders.begin(), placeholders.end(),
                                        [&](const auto &entry) { return entry.first == name; });
        if (known == placeholders.end())
            fail("unknown placeholder {" + std::string(name)
                     + "}; the placeholders are {insee}, {department}, {panel}, {round}, {year}, {candidate}, {kind} "
                       "and {*}",
                 Problem::UnknownPlaceholder, name);
        if (std::find(p.m_groups.begin(), p.m_groups.end(), known->second.first) != p.m_groups.end())
            fail("{" + std::string(name) + "} is given twice", Problem::RepeatedPlaceholder, name);
        p.m_groups.push_back(known->second.first);
        regex += known->second.second;
    }
    regex += escapeRegex(literal);
    if (std::find(p.m_groups.begin(), p.m_groups.end(), Field::Insee) == p.m_groups.end())
        fail("it has no {insee}: a document is joined to its list by its commune's INSEE code", Problem::NoInsee);
    p.m_regex = std::regex(regex, std::regex::ECMAScript | std::regex::optimize);
    return p;
}

const NamePattern &NamePattern::professionsDeFoi2026()
{
    static const NamePattern p = parse("MN26-{department}-{insee}-{candidate}-{panel}-tour{round}-{kind}", 2026,
                                       DocumentKind::ProfessionDeFoi);
    return p;
}

std::optional<NameFields> NamePattern::match(std::string_view fileName) const
{
    const std::string stem = std::filesystem::path(std::string(fileName)).stem().string();
    std::smatch m;
    if (!std::regex_match(stem, m, m_regex))
        return std::nullopt;
    NameFields f;
    f.year = m_year;
    f.kind = m_kind;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const std::string value = m[g + 1].str();
        switch (m_groups[g]) {
        case Field::Insee:
            f.insee = value;
            std::transform(f.insee.begin(), f.insee.end(), f.insee.begin(),
                           [](unsigned char c) { return std::toupper(c); });
            break;
        case Field::Department:
            f.department = value;
            break;
        case Field::Panel:
            f.panel = number(value);
            break;
        case Field::Round:
            f.round = number(value);
            break;
        case Field::Year:
            f.year = number(value);
            break;
        case Field::Candidate:
            f.candidate = candidateFromFileName(value);
            break;
        case Field::Kind:
            if (const auto kind = kindOfName(value))
                f.kind = kind;
            break;
        }
    }
    return f;
}

bool readsAnyName(const NamePattern &pattern, const std::vector<ManifestEntry> &entries)
{
    return std::any_of(entries.begin(), entries.end(),
                       [&](const ManifestEntry &e) { return pattern.match(e.file).has_value(); });
}

int applyNamePatterns(std::vector<ManifestEntry> &entries, const std::vector<NamePattern> &patterns)
{
    int matched = 0;
    for (ManifestEntry &e : entries) {
        for (const NamePattern &pattern : patterns) {
            const auto f = pattern.match(e.file);
            if (!f)
                continue;
            ++matched;
            if (e.insee.empty() && e.city.empty())
                e.insee = f->insee;
            if (e.department.empty() && e.city.empty() && f->insee.empty())
                e.department = f->department;
            if (e.candidate.empty())
                e.candidate = f->candidate;
            if (!e.panel)
                e.panel = f->panel;
            if (!e.round)
                e.round = f->round;
            if (!e.year)
                e.year = f->year;
            if (!e.kind)
                e.kind = f->kind;
            break;
        }
    }
    return matched;
}

} // namespace vigie::core
