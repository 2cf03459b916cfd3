// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/DocumentKind.h"
#include "import/Manifest.h"

#include <optional>
#include <regex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// What a document's file name says about it (issue 13; docs/formats.md, "File names"). The public
// mirror of the 2026 professions de foi names its files
// "MN26-{department}-{insee}-{candidate}-{panel}-tour{round}-profession_foi.pdf" (and
// "..._falc.pdf" for the easy-read version); an analyst may declare other patterns.
namespace vigie::core {

// What one file name gave. Empty / unset: the pattern has no placeholder for it.
struct NameFields
{
    std::string insee;
    std::string department;
    std::string candidate; // "M_Jean_DUPONT" -> "Jean DUPONT": underscores as spaces, civility dropped
    std::optional<long long> panel;
    std::optional<long long> round;
    std::optional<long long> year;
    std::optional<DocumentKind> kind;
};

// A file-name pattern: literal text with placeholders, matched against the whole name without its
// extension, case kept. Placeholders:
//   {insee}       an INSEE code: 5 characters, digits, or 2A/2B for Corsica ("69123", "2A004")
//   {department}  2 or 3 characters ("01", "2A", "974", "ZA")
//   {panel}       the list's panel number (digits)
//   {round}       1 or 2
//   {year}        4 digits
//   {candidate}   any text (the shortest that lets the rest match)
//   {kind}        a kind of document, as parseDocumentKind() reads it ("profession_foi",
//                 "profession_foi_falc", "falc", "tract"...)
//   {*}           any text, ignored
// "{{" and "}}" are literal braces.
// A pattern refused by NamePattern::parse(): what() is an English sentence naming the pattern and
// the problem; `problem` and `placeholder` let a window word it in its own language.
class NamePatternError : public std::invalid_argument
{
public:
    enum class Problem { UnknownPlaceholder, UnclosedBrace, StrayBrace, RepeatedPlaceholder, NoInsee };
    NamePatternError(const std::string &what, Problem problem, std::string placeholder)
        : std::invalid_argument(what)
        , m_problem(problem)
        , m_placeholder(std::move(placeholder))
    { }
    Problem problem() const { return m_problem; }
    const std::string &placeholder() const { return m_placeholder; } // for the placeholder problems

private:
    Problem m_problem;
    std::string m_placeholder;
};

class NamePattern
{
public:
    // Throws NamePatternError with an English sentence naming the problem: an unknown
    // placeholder, a brace left open, a placeholder given twice, or no {insee} (a document must
    // name its commune to be joined to a list). `year` and `kind` are what the pattern's files are
    // when the name does not say.
    static NamePattern parse(std::string_view pattern, std::optional<long long> year = std::nullopt,
                             std::optional<DocumentKind> kind = std::nullopt);
    // The 2026 professions de foi: "MN26-{department}-{insee}-{candidate}-{panel}-tour{round}-{kind}",
    // year 2026, kind profession de foi.
    static const NamePattern &professionsDeFoi2026();

    // The fields of `fileName` (a path or a bare name; its folder and extension are ignored), or
    // nullopt when it does not match.
    std::optional<NameFields> match(std::string_view fileName) const;
    const std::string &text() const { return m_text; }

private:
    enum class Field { Insee, Department, Panel, Round, Year, Candidate, Kind };
    std::string m_text;
    std::regex m_regex;
    std::vector<Field> m_groups; // the capture groups, in order
    std::optional<long long> m_year;
    std::optional<DocumentKind> m_kind;
};

// For each entry, the first pattern its file name matches fills what the entry does not say
// already (a manifest's values win over the name). Returns how many entries matched one.
int applyNamePatterns(std::vector<ManifestEntry> &entries, const std::vector<NamePattern> &patterns);
// Whether `pattern` reads the file name of at least one of `entries` (a declared pattern that
// reads none is a mistake the import says).
bool readsAnyName(const NamePattern &pattern, const std::vector<ManifestEntry> &entries);

// "M_Jean_DUPONT" -> "Jean DUPONT", "Mme_Anne-Marie_LE_GALL" -> "Anne-Marie LE GALL".
std::string candidateFromFileName(std::string_view text);

} // namespace vigie::core
