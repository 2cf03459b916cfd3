// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/DocumentKind.h"

#include <optional>
#include <string>
#include <vector>

namespace vigie::core {

// One document to import with what the analyst knows about it. City fields are raw: the importer
// resolves them against the gazetteer (an INSEE code wins over a name).
struct ManifestEntry
{
    std::string file; // absolute, or relative to the manifest's folder (made absolute on read)
    std::string candidate;
    std::string listName;
    std::string nuance;
    std::string city;
    std::string department;
    std::string insee;
    std::optional<long long> year;
    std::optional<long long> round;
    std::optional<bool> elected;
    std::optional<long long> panel; // the list's panel number ("Numéro de panneau")
    std::optional<DocumentKind> kind; // unset: a programme (or what the study had for the text)
    int line = 0; // in the manifest, for messages
};

// Reads a programme manifest, CSV (',' or ';' separated, RFC 4180 quoting, UTF-8 with or
// without BOM) or JSON (an array of objects, or {"programmes": [...]}). Columns / keys:
// file (required), candidate, list, nuance, city, department, insee, year, round, elected, panel,
// kind.
// docs/manifest.md has the details. Throws ImportError with the manifest as source, the line and
// the problem's kind and values (UnknownColumn "candidat", MissingColumn "file", NotWholeNumber
// year "deux mille"...). readProjects() likewise.
std::vector<ManifestEntry> readManifest(const std::string &path);

// One barometer project as listed in a projects file (CSV or JSON, same rules as the programme
// manifest). Columns / keys: title (required), city, department, insee, description, category,
// maturity, year, budget, partners, source. docs/manifest.md has the details.
struct ProjectEntry
{
    std::string title;
    std::string description;
    std::string city;
    std::string department;
    std::string insee;
    std::string category;
    std::string maturity;
    std::optional<long long> year;
    std::optional<double> budget;
    std::string partners;
    std::string source;
    int line = 0;
};
std::vector<ProjectEntry> readProjects(const std::string &path);

// The columns (or JSON keys) of a programme manifest and of a projects list, in documentation order.
const std::vector<std::string> &manifestColumns();
const std::vector<std::string> &projectColumns();

// CSV parsing shared by the manifests: rows of fields, with the 1-based line each row starts on.
// Throws ImportError (UnterminatedQuote, at the quote's line; no source: the caller sets it).
struct CsvRow
{
    std::vector<std::string> fields;
    int line = 0;
};
std::vector<CsvRow> parseCsv(const std::string &text);

} // namespace vigie::core
