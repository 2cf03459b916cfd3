// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Barometer.h"
#include "analysis/Concordance.h"
#include "analysis/Crosstab.h"
#include "analysis/Validation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vigie::core {

class CorpusStore;

struct ReportOptions
{
    bool french = true;
    SizeClasses sizes = SizeClasses::standard();
    std::string rootTheme = "numerique"; // "talks about digital": a mention of this theme or below
    int samplesPerTheme = 4; // concordance lines shown as evidence for each theme
    int validationSamples = 3; // coded validation samples shown, newest first
    int disagreementsPerTheme = 3; // examples shown for each theme of a validation
};

// One theme of the root's tree: what the dictionary holds for it, for the method section.
struct ReportTheme
{
    std::string id, label;
    std::vector<std::string> terms; // as written in the dictionary
    int exclusions = 0;
};

// Promise and practice for one city present in both the programmes and the barometer.
struct CityPromise
{
    std::string insee, name, sizeClass;
    std::string electedList, electedCandidate; // empty when no elected list has a programme
    std::vector<bool> promised; // per theme (ReportData::themes)
    std::vector<std::int64_t> projects; // per theme: the city's projects mentioning it
    std::int64_t projectCount = 0;
};

// Per theme, over the cities of `cities` with an elected programme.
struct PromiseSummary
{
    std::int64_t cities = 0, promised = 0, run = 0, both = 0, promisedOnly = 0, runOnly = 0;
};

struct ConcordanceSample
{
    ConcordanceLine line;
    std::string candidate, listName, commune;
};

// A coded validation sample as the report shows it (section "Validation").
struct ReportValidation
{
    struct Example
    {
        int position = 0;
        std::string theme, coder;
        bool dictionary = false; // the dictionary found the theme and the coder did not; or the reverse
        std::string excerpt; // around the theme's first mention, or the passage's start
        std::string candidate, commune; // of the passage's programme; empty once it was removed
    };
    ValidationStore::Summary summary;
    std::string dictionaryLabel; // the dictionary whose verdicts are measured (the study's current one)
    std::vector<std::string> themeLabels; // the coding frame's, in its order
    std::vector<std::pair<std::string, int>> coders; // name, passages coded
    ValidationResult result;
    std::vector<std::vector<Example>> examples; // per theme of the frame
};

// Everything the observatory report shows, computed from the study: the renderers only format it.
struct ReportData
{
    bool french = true;
    bool synthetic = false;
    std::string study, generatedAt;

    std::int64_t programmes = 0, words = 0, communes = 0, projects = 0, projectCities = 0;
    // The lists of the study (a candidate file imported; 0 without) and those with a document.
    std::int64_t lists = 0, listsWithDocument = 0;
    // Programmes some of whose pages OCR read, those pages, and Tesseract's mean confidence over
    // those programmes (each weighing the same), for the method section.
    std::int64_t ocrDocuments = 0, ocrPages = 0;
    double ocrConfidence = 0;
    std::int64_t candidates = 0; // from the study's settings (the demo records it); 0 if unknown
    std::string dictionaryName, dictionaryVersion, dictionaryFingerprint;
    int dictionaryTerms = 0, dictionaryExclusions = 0;

    std::string rootTheme, rootLabel;
    std::vector<ReportTheme> themes; // the root first, then its descendants in dictionary order
    SizeClasses sizes = SizeClasses::standard();
    CrosstabResult headline; // the root by size class, with its test
    CrosstabResult byTheme; // every theme of `themes`, by size class, with tests
    BarometerResult barometer;

    std::vector<CityPromise> cities;
    std::vector<PromiseSummary> promise; // per theme of `themes`

    std::vector<std::vector<ConcordanceSample>> samples; // per theme of `themes`

    // Validation: coded samples (newest first) and, when one can, the correction of the shares.
    std::vector<ReportValidation> validations;
    int otherValidations = 0; // coded samples left out of the report
    CorrectionSources correctionSources;
    std::optional<ShareCorrection> correction; // the first usable source's
    std::vector<std::vector<stats::CorrectedShare>> headlineCorrected; // correctCrosstab(headline, correction)
    std::vector<std::vector<stats::CorrectedShare>> byThemeCorrected;
};

// Throws StorageError; std::invalid_argument if the dictionary has no `rootTheme`.
ReportData collectReport(CorpusStore &store, const ReportOptions &options);

} // namespace vigie::core
