// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "import/CandidateFile.h"
#include "import/ImportError.h"
#include "import/ResultsFile.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// The lists of an election stored in a study, from the Ministry's candidate files and results
// files (issue 13; docs/database.md, "Lists"; docs/formats.md, "Candidate files").
namespace vigie::core {

class CorpusStore;
class Gazetteer;

struct ListImportReport
{
    std::string file;
    CandidateFileShape shape = CandidateFileShape::Municipales2026;
    int year = 0;
    int round = 0;
    std::int64_t rows = 0; // candidate rows read
    int lists = 0; // lists in the file
    int added = 0; // new to the study
    int updated = 0; // already there (same year, round, constituency, panel): name, head, nuance replaced
    int withDocuments = 0; // of the file's lists, those the study has a document for
    int yearsFromLists = 0; // documents given their year by these lists (giveYearsFromLists())
    // Rows not read (shifted, cut, a panel that is not a number), with their line.
    std::vector<ImportProblem> problems;
    // Lists whose constituency code is no commune of the gazetteer: stored, without a commune.
    std::vector<OfficialList> unresolved;
    bool cancelled = false; // nothing was stored
};

// Reads a candidate file (readCandidateFile()) and stores its lists, in one transaction: cancelled
// (the token becomes true) or failing, the study is as it was. `round` when nullopt is the one the
// file name says ("tour2", "tour-2", "T2", "2nd-tour"), else 1. Each list's commune is resolved
// by its code against the gazetteer. A list already in the study (same year, round, constituency
// and panel) gets the file's name, head and nuance; its results are kept. 2020 nuances get their
// label from the bundled grid (data/nuances/). Progress is the bytes read, then the lists stored.
// Throws ImportError naming the file, StorageError.
ListImportReport importCandidateFile(CorpusStore &store, const Gazetteer &gazetteer, const std::string &path,
                                     std::optional<int> round, const ProgressSink &progress,
                                     const std::atomic_bool &cancel);

struct ResultsImportReport
{
    std::string file;
    int year = 0;
    int round = 0;
    std::int64_t rows = 0; // commune rows read
    int results = 0; // lists in the file
    int matched = 0; // of them, lists the study has (same year, round, code, panel): seats and result stored
    int elected = 0; // lists marked elected (the most seats of their commune)
    std::vector<ListResult> unmatched; // lists the study does not have (import the round's candidate file)
    std::vector<ImportProblem> problems; // cells not read, with their line
};

// Reads a results file (ResultsFile.h) and stores, for each list the study has, its seats and
// whether it was elected: in each commune, the list with the most seats when it has any (the
// list that won the majority bonus). `year` and `round` when nullopt are what the file name says
// (a year "2020", "2026"; "tour2", "T2"...), the year else the study's lists' when they are all of
// one year, the round else 1; with no year found, throws ImportError (Other) asking for it. One transaction. Throws
// ImportError naming the file, StorageError.
ResultsImportReport importResultsFile(CorpusStore &store, const std::string &path, std::optional<int> year,
                                      std::optional<int> round);

// Gives a year to the documents that name a commune, panel and round but no year (a file-name
// pattern without {year}, imported without --year), when the study's lists of that commune, panel
// and round are all of one year: they are that election's documents. Returns how many were given
// one. The caller owns the transaction (importCandidateFile() and the programme import call it).
int giveYearsFromLists(CorpusStore &store);

// The year a file name says ("resultats-municipales-2020-t1.csv" -> 2020), or nullopt.
std::optional<int> yearFromFileName(const std::string &path);

// The round a candidate or results file's name says (see above), or nullopt.
std::optional<int> roundFromFileName(const std::string &path);

// The label of a 2020 municipal nuance code ("LDVG" -> "Liste divers gauche"), from
// data/nuances/municipales-2020.tsv; empty when the grid does not have it.
std::string nuanceLabel2020(const std::string &code);

} // namespace vigie::core
