// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Groupings.h"
#include "analysis/Statistics.h"
#include "gazetteer/SizeClasses.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The lists of an election as the study holds them (issue 13; docs/database.md, "Lists"), and
// the share of lists with a document: the true denominator of "share of lists with a programme
// online" (docs/statistics.md, "Lists with a document").
namespace vigie::core {

class CorpusStore;

struct ListFacts
{
    std::int64_t id = 0;
    int year = 0;
    int round = 0;
    std::string constituency; // the code the candidate file gives
    std::string insee; // the resolved commune; empty when the code is no commune
    std::string communeName;
    std::string department;
    std::string region;
    std::optional<std::int64_t> population;
    int sizeClass = -1;
    int panel = 0;
    std::string name;
    std::string shortName;
    std::string nuanceCode;
    std::string nuanceLabel;
    std::string head;
    int candidates = 0;
    std::optional<std::int64_t> seats;
    std::optional<bool> elected;
    int documents = 0; // the study's documents for this list and round
};

struct ListFilter
{
    std::optional<int> year;
    std::optional<int> round;
};

// Every list of the study (filtered), by year, round, commune code and panel. Throws StorageError.
std::vector<ListFacts> readLists(CorpusStore &store, const SizeClasses &sizes, const ListFilter &filter = {});
std::int64_t listCount(CorpusStore &store);

// The list as a programme would be grouped (its commune, nuance code, year, result), for
// groupOf(): lists and programmes fall in the same groups.
struct ProgrammeFacts;
ProgrammeFacts groupingFacts(const ListFacts &list);

struct CoverageRow
{
    std::string key;
    std::string label;
    std::int64_t lists = 0;
    std::int64_t withDocument = 0;
    stats::Proportion share; // withDocument / lists, Wilson 95 % interval
};

struct CoverageResult
{
    Grouping by = Grouping::None;
    ListFilter filter;
    std::vector<CoverageRow> rows; // in the grouping's natural order
    CoverageRow total;
    std::int64_t ungrouped = 0; // lists with no value for the grouping
    bool synthetic = false;
};

// A document that names a list (its round and panel) but belongs to none of the study's lists: it
// is then a list of its own, counted in shares (docs/counting.md, "One document per list").
struct UnjoinedDocument
{
    enum class Why {
        NoYear, // commune, round and panel, but no year (a name pattern without {year}, no --year)
        NoSuchList, // the study has lists of its year and round, none of its commune and panel
    };
    Why why = Why::NoYear;
    std::int64_t programme = 0;
    std::string source;
    std::string insee;
    std::string communeName;
    std::int64_t panel = 0;
    std::int64_t round = 0;
    std::optional<std::int64_t> year;
};
// Those documents, by programme id; none when the study has no lists (no candidate file was
// imported: documents are lists of their own by design). Throws StorageError.
std::vector<UnjoinedDocument> unjoinedDocuments(CorpusStore &store);

// Share of lists with at least one document, by group. Throws StorageError.
CoverageResult listCoverage(CorpusStore &store, Grouping by, const SizeClasses &sizes, const ListFilter &filter = {});

} // namespace vigie::core
