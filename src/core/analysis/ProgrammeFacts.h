// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/SizeClasses.h"
#include "import/DocumentKind.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;

// Everything the study knows about a programme besides its text and mentions: what the analyst
// gave (candidate, list, nuance, year...) and what its commune brings (department, region,
// population, size class). Every view, export and figure reads programmes through
// readProgrammeFacts(), so that a programme is in the same group everywhere.
//
// The unknown-commune rule, once: a programme without a commune (city not given or not resolved)
// has an empty `insee`, no department, region or population, and size class -1; so has one whose
// commune has no population figure, for its population and size class only.
//
// The list rule (docs/counting.md, "One document per list"): a programme with a year, round,
// commune and panel number belongs to that list and round; what the analyst left empty
// (candidate, list name, nuance, elected) comes from the list when the study has it (the head,
// the list's name, its nuance code, its result). Of a list and round's documents, one is its
// primary document (the study's DocumentPrecedence) and only that one is counted in shares
// (`primary`); a programme without a panel number is a list of its own, always primary.
struct ProgrammeFacts
{
    std::int64_t id = 0;
    std::string candidate;
    std::string listName;
    std::string nuance;
    std::string insee; // the commune's INSEE code; empty when unknown
    std::string communeName;
    std::string department; // code: "69", "2A", "974"; empty when the commune is unknown
    std::string region; // code: "84"
    std::optional<std::int64_t> population;
    int sizeClass = -1; // index in the SizeClasses given to the reader; -1: population unknown
    std::optional<std::int64_t> year;
    std::optional<std::int64_t> round;
    std::optional<bool> elected;
    std::int64_t words = 0;
    std::string source;
    std::string format;
    std::string encoding;
    std::optional<std::int64_t> panel;
    DocumentKind kind = DocumentKind::Programme;
    std::int64_t list = 0; // the study's list (lists.id) when it has it, else 0
    bool primary = true; // the document counted for its list and round
    std::string ocrPages; // the pages OCR read ("1,3-4"), empty when none (docs/formats.md, "Scanned pages")
    std::optional<double> ocrConfidence; // Tesseract's mean confidence over them, 0 to 100
};

// Every programme of the study, by id, each marked primary or not under the study's precedence
// (documentPrecedence()). Throws StorageError.
std::vector<ProgrammeFacts> readProgrammeFacts(CorpusStore &store, const SizeClasses &sizes);

// One row of programme_theme_counts: a programme's rolled-up count of a theme (only themes it
// mentions have a row).
struct ThemeTotal
{
    std::int64_t programme = 0;
    std::string theme;
    std::int64_t own = 0; // mentions of the theme's own terms
    std::int64_t total = 0; // rolled up over its descendants
};

// The stored counts of dictionary version `version`, theme by theme (the primary key's order:
// no sort), each passed to `visit`. Throws StorageError.
// The study's document precedence (the setting "document_precedence"; the default one when unset
// or unreadable), and setting it (a StorageError when the study cannot be written).
DocumentPrecedence documentPrecedence(CorpusStore &store);
void setDocumentPrecedence(CorpusStore &store, const DocumentPrecedence &precedence);

void readThemeTotals(CorpusStore &store, std::int64_t version, const std::function<void(const ThemeTotal &)> &visit);

} // namespace vigie::core
