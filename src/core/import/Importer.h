// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderedWorkers.h"
#include "Progress.h"
#include "import/DocumentFormats.h"
#include "import/ExtractionBudget.h"
#include "import/ImportError.h"
#include "import/Manifest.h"
#include "import/NamePattern.h"
#include "storage/Database.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;
struct Commune;
class Gazetteer;

// A document's text as the study stores it: NFC UTF-8, whatever the file format.
struct ExtractedText
{
    std::string text;
    std::string format; // txt, md, html, pdf, docx, odt
    std::string encoding; // of the file: UTF-8, UTF-16LE, windows-1252... ("binary" for pdf/docx/odt)
    std::vector<int> ocrPages; // PDF pages read by OCR (1-based), empty for the others
    double ocrConfidence = 0; // Tesseract's mean confidence over them, 0 to 100
};

// Whether Vigie reads `path`, by its extension (import/DocumentFormats.h lists the formats).
bool isSupportedDocument(const std::string &path);
// Reads and converts one file within `budget` (its clock runs from when the budget is made: by
// default, from the call). Throws ImportError with the problem but not the file (its source is
// empty, and what() is the bare reason): the caller adds it.
ExtractedText extractDocument(const std::string &path, const ExtractionBudget &budget = ExtractionBudget(),
                              const ReadOptions &options = ReadOptions());

struct ImportReport
{
    // One item of the batch and its problem. `item` names it as the progress sink did: the
    // programme's file, or "projets.csv:4 (title)" for a project. The problem's source is the file
    // to fix (the programme's file; the projects list, with the project's line).
    // `problem.message()` is the English reason.
    struct Issue
    {
        std::string item;
        ImportProblem problem;
    };

    int imported = 0; // new programmes
    int updated = 0; // texts already in the study: metadata updated
    int failed = 0;
    int unresolved = 0; // imported, but the city could not be resolved
    // Programmes: Cancel stopped the import. What was stored before is kept, and the run
    // (`run`) can be resumed or undone (ImportRuns). Projects: the study is as it was.
    bool cancelled = false;
    // Programmes: the import run when it did not end (cancelled), else 0: a finished run is
    // forgotten. `alreadyDone`: entries that an earlier, interrupted run of the same batch had
    // stored (skipped now; not counted in `imported` or `updated`); `resumedFrom`: when that run
    // started (UTC), empty for a new run.
    std::int64_t run = 0;
    int alreadyDone = 0;
    std::string resumedFrom;
    std::vector<Issue> failures; // files that could not be read or stored, in batch order
    std::vector<Issue> unresolvedCities; // imported without a commune: a city kind of problem
    // Imported, but their text looks damaged (TextQuality::low(), kind LowTextQuality): a reader
    // should look before the figures count them.
    std::vector<Issue> lowQuality;
    // Imported texts already the document of another list, which keeps them (SameTextOtherList).
    std::vector<Issue> keptWithList;
    // Documents given their year by the study's lists (giveYearsFromLists(), analysis/Lists.h).
    int yearsFromLists = 0;
    // Imported documents some of whose pages OCR read, in batch order.
    struct OcrRead
    {
        std::string item;
        std::string pages; // "1,3-4"
        double confidence = 0; // Tesseract's mean over those pages, 0 to 100
    };
    std::vector<OcrRead> readByOcr;
};

// What a list of files and folders holds: the documents to import, in order, and what is left out
// of the folders with the reason (other formats, special files, links not followed, unreadable
// folders, names that are not UTF-8), in name order.
struct PathEntries
{
    std::vector<ManifestEntry> entries;
    std::vector<ImportReport::Issue> skipped;
    // Candidate files of the Ministry (isCandidateFile()) met in the folders or given by name:
    // lists to import (importCandidateFile()), not documents.
    std::vector<std::string> candidateFiles;
    // Results files of the Ministry (isResultsFile()): the lists' seats, imported after them.
    std::vector<std::string> resultsFiles;
    int named = 0; // entries whose file name a NamePattern read
};

// What identifies a programme batch, to resume it.
struct ImportOptions
{
    // What the batch is made from, as the caller sees it (the CLI: the paths and the manifest it
    // was given). An unfinished run made from the same sources is resumed: the entries it stored
    // (same file, metadata, size and modification time) are skipped. Empty: the entries
    // themselves identify the batch.
    std::string sources;
    // Resume this run (the window's "Reprendre l'import"), whatever its sources.
    std::int64_t resumeRun = 0;
};

// A failure of the study (StorageError::isStudyFailure: a full disk, an I/O error) stopped a
// programme import. The chunk being stored was rolled back; `kept()` programmes stored before, in
// earlier chunks or by the run this one resumed, are in the study, and the run (`run()`) can be
// resumed or undone. what() is the storage error's message.
class ImportInterrupted : public StorageError
{
public:
    ImportInterrupted(const StorageError &cause, std::int64_t kept, std::int64_t run)
        : StorageError(cause.what(), cause.cause())
        , m_kept(kept)
        , m_run(run)
    { }
    std::int64_t kept() const { return m_kept; }
    std::int64_t run() const { return m_run; }

private:
    std::int64_t m_kept;
    std::int64_t m_run;
};

// Imports programmes into a study: extract, normalise, resolve the city, tag with the study's
// current dictionary (the bundled one if it has none), store with the search index.
//
// Programmes are stored in chunks (up to 512 files or 16 MB of text, fewer when the next file is
// still being read), each chunk one transaction that also records its files in the import run
// (ImportRuns): a batch killed after an hour keeps what it had committed, and the same import run
// again goes on from there. A file that fails is reported (file, reason) and rolled back alone
// (a chunk whose file fails is stored again without it). Cancelling (the token becomes true)
// stops after the file being stored; what was stored is kept and the run is left for the caller
// to keep (resumable) or undo (ImportRuns::undo: the study as it was). A failure of the study
// itself (a full disk, an I/O error, a read-only study: StorageError::isStudyFailure) is no
// file's: the batch stops, the chunk rolls back, and ImportInterrupted is thrown. Projects are
// one transaction (a list read in well under a second): cancel or a failure of the study leaves
// the study as it was, and that one StorageError is thrown. Runs synchronously on the calling
// thread; progress is reported after each file. Each document is read within an ExtractionBudget
// holding the cancel token, so that Cancel also stops a long document at its extractor's next
// check, and a document that takes longer than the time limit is reported as failed.
class Importer
{
public:
    Importer(CorpusStore &store, const Gazetteer &gazetteer);

    // Entries without metadata for plain paths: see entriesForPaths().
    ImportReport importProgrammes(const std::vector<ManifestEntry> &entries, const ProgressSink &progress,
                                  const std::atomic_bool &cancel, const ImportOptions &options = {});

    // Barometer projects, same transaction rules; `source` defaults to the projects file.
    ImportReport importProjects(const std::vector<ProjectEntry> &entries, const std::string &source,
                                const ProgressSink &progress, const std::atomic_bool &cancel);

    // Files and folders (recursively, supported formats only, in name order) as entries with what
    // their names say (the first of `patterns`, then the 2026 professions de foi's, that matches:
    // applyNamePatterns()); a file given by name is an entry whatever it is (importing it says
    // what is wrong), unless it is a candidate file.
    static PathEntries entriesForPaths(const std::vector<std::string> &paths,
                                       const std::vector<NamePattern> &patterns = {});

    // How long reading one document may take (ExtractionBudget::kDefaultTimeLimit unless set).
    void setExtractionTimeLimit(std::chrono::milliseconds limit) { m_extractionTimeLimit = limit; }
    // How many documents are read and tagged at once (default: defaultJobs(), one per core). The
    // study is the same whatever the number: documents are stored in entry order by one writer.
    void setJobs(int jobs) { m_jobs = jobs < 1 ? 1 : jobs; }
    // Which PDF pages OCR reads (default Auto: those without a usable text layer).
    void setOcr(OcrMode mode) { m_ocr = mode; }
    // Told before OCR reads a page of a document (its file, the page, its pages): called on the
    // reading threads, several at once when jobs > 1; must be thread-safe.
    using OcrPageSink = std::function<void(const std::string &file, int page, int pages)>;
    void setOcrPageSink(OcrPageSink sink) { m_ocrPage = std::move(sink); }

private:
    struct Tagging;
    Tagging prepareTagging();
    // The entry's commune, or null (no city given, or the reason in `why`).
    const Commune *resolveCommune(const std::string &insee, const std::string &city, const std::string &department,
                                  std::optional<ImportProblem> &why) const;

    CorpusStore &m_store;
    const Gazetteer &m_gazetteer;
    std::chrono::milliseconds m_extractionTimeLimit = ExtractionBudget::kDefaultTimeLimit;
    int m_jobs = defaultJobs();
    OcrMode m_ocr = OcrMode::Auto;
    OcrPageSink m_ocrPage;
};

} // namespace vigie::core
