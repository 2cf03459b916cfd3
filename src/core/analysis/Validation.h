// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Agreement.h"
#include "analysis/TableExport.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

// Validation of a study's dictionary by hand coding (docs/statistics.md, "Validation"): draw a
// seeded, stratified random sample of passages, let coders say which themes each passage talks
// about, and measure the dictionary against each coder and the coders against each other.
namespace vigie::core {

class CorpusStore;
struct CrosstabResult;
class Tagger;
class ThemeMatcher;

// What is drawn: paragraphs (blocks of text between blank lines) or whole programmes.
enum class SampleUnit { Paragraph, Programme };
// Which passages are drawn from: all of them, those the dictionary tags with a theme of the
// coding frame (for precision), those it does not (for recall), or both as separate strata.
enum class SampleFrame { All, Tagged, Untagged, Both };
// How the sample size is shared out between strata: in proportion to their size, or equally.
enum class Allocation { Proportional, Equal };

std::string sampleUnitName(SampleUnit unit); // "paragraph", "programme"
std::string sampleFrameName(SampleFrame frame); // "all", "tagged", "untagged", "both"
std::string allocationName(Allocation allocation); // "proportional", "equal"
std::optional<SampleUnit> sampleUnitFromName(const std::string &name);
std::optional<SampleFrame> sampleFrameFromName(const std::string &name);
std::optional<Allocation> allocationFromName(const std::string &name);

struct SampleDesign
{
    SampleUnit unit = SampleUnit::Paragraph;
    SampleFrame frame = SampleFrame::All;
    std::string grouping = "size"; // a groupingRegistry() id; "none" for no stratification
    Allocation allocation = Allocation::Proportional;
    int size = 100; // passages asked for; fewer when the study has fewer
    std::uint64_t seed = 1;
    int minimumWords = 5; // paragraphs shorter than this (titles, page numbers) are not drawn
};

// A drawn passage. Its weight back to the study is population / drawn of its stratum.
struct SamplePassage
{
    int position = 0; // 1..n: the order coders see
    std::optional<std::int64_t> programme; // none once the programme was removed from the study
    std::int64_t start = 0; // code points of the programme's text; [start, end)
    std::int64_t end = 0;
    std::string text;
    std::string stratum; // group key, then "|tagged" or "|untagged" when the frame is Both
    std::string stratumLabel; // for people: "Moins de 50 000 habitants, repéré"
    std::int64_t population = 0; // passages of the stratum in the study
    std::int64_t drawn = 0; // passages drawn from it

    double weight() const { return drawn > 0 ? static_cast<double>(population) / static_cast<double>(drawn) : 0; }
};

struct Sample
{
    std::int64_t id = 0; // 0 until saved
    std::string name;
    SampleDesign design;
    std::optional<std::int64_t> dictionaryVersion; // the version whose verdicts stratified it
    std::string dictionaryLabel; // "name version", kept if the version is removed
    std::vector<std::string> themes; // the coding frame: theme ids, in checkbox order
    bool synthetic = false;
    std::string createdAt;
    std::vector<SamplePassage> passages; // by position
    std::vector<std::string> strata; // stratum keys in the grouping's order (drawSample only; not stored)
};

// One coder's verdict on one passage.
struct PassageCode
{
    int position = 0;
    std::string coder;
    std::vector<std::string> themes; // ids of the frame's themes the coder found, in frame order
    std::string note;
    std::string codedAt;
};

// Raised for a design the study cannot satisfy (unknown grouping or theme, size below 1, an
// empty study) and for a spreadsheet of codes that cannot be read (its message names the file
// and the line).
class ValidationError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The coding frame offered by default: the evaluation set's five digital themes that the
// dictionary has, or else the first theme tree's root and its children (at most nine).
std::vector<std::string> defaultCodingFrame(const ThemeMatcher &matcher);

// Draws a sample from the study with the current dictionary version's stored mentions deciding
// which passages are tagged. The same study, design and frame give the same sample, passage for
// passage (std::mt19937_64 and our own index drawing: no library distribution). Does not store
// it. Throws ValidationError, StorageError.
Sample drawSample(CorpusStore &store, const SampleDesign &design, const std::vector<std::string> &themes);

// The themes of the coding frame the dictionary finds in a passage (its rolled-up counts on the
// passage's text, tagged alone: a paragraph is a unit of its own for every rule).
std::vector<std::string> dictionaryVerdict(Tagger &tagger, const std::vector<std::string> &themes,
                                           const std::string &text);

// Samples and codes in the study (tables validation_*; docs/database.md).
class ValidationStore
{
public:
    explicit ValidationStore(CorpusStore &store)
        : m_store(store)
    { }

    // Stores a drawn sample, named "Échantillon N" when it has no name; returns its id.
    std::int64_t save(Sample &sample);
    struct Summary
    {
        std::int64_t id = 0;
        std::string name;
        SampleDesign design;
        int passages = 0;
        std::vector<std::string> coders; // sorted
        int coded = 0; // passages with at least one code
        bool synthetic = false;
        std::string createdAt;
    };
    std::vector<Summary> samples();
    std::optional<Sample> sample(std::int64_t id);
    void remove(std::int64_t id);

    // A coder's code for a passage, replacing any earlier one of the same coder.
    void putCode(std::int64_t sample, const PassageCode &code);
    // Several codes in one transaction: all are stored, or none (a coding sheet's import).
    void putCodes(std::int64_t sample, const std::vector<PassageCode> &codes);
    void removeCode(std::int64_t sample, int position, const std::string &coder);
    std::vector<PassageCode> codes(std::int64_t sample); // by coder, then position

private:
    void insertSample(Sample &sample);

    CorpusStore &m_store;
};

// A sample as a spreadsheet for one coder, to write with writeTableCsvFile or writeTableXlsxFile:
// columns "position", "programme", "strate", "passage", one per theme of the frame (1 when the
// coder found it; a passage the coder has already coded is filled in, 0 for the themes not
// found), "note". The dictionary's verdict is not in it: coding stays blind.
Table codingSheet(const Sample &sample, const std::vector<PassageCode> &codes, const std::string &coder);
// Reads codes back from such a sheet, as CSV (';' or ','; what a spreadsheet saves). Positions
// must be the sample's; theme cells 1/0, x, oui/non, yes/no or empty; a row whose theme cells
// are all empty and has no note is not coded. Throws ValidationError naming `file` and the line
// of the first problem; the caller then stores nothing.
std::vector<PassageCode> readCodingSheet(const std::string &file, const std::string &content, const Sample &sample,
                                         const std::string &coder);

// The measures of one sample with the current dictionary.
struct ValidationResult
{
    struct ThemeAgainstCoder
    {
        std::string theme;
        std::string coder;
        stats::ClassifierScores scores;
    };
    struct Disagreement
    {
        int position = 0;
        std::string coder;
        std::string theme;
        bool dictionary = false; // the dictionary found the theme (and the coder did not), or not
    };
    std::vector<std::string> coders; // sorted
    std::vector<std::string> themes;
    std::vector<ThemeAgainstCoder> scores; // theme by theme, coder by coder
    std::map<std::string, double> alpha; // per theme: Krippendorff's alpha across coders (NaN: fewer than 2)
    std::map<std::string, int> alphaUnits; // passages coded by two coders or more
    std::vector<Disagreement> disagreements; // by position, coder, theme
    std::map<int, std::vector<std::string>> verdicts; // the dictionary's, by position
    bool recallEstimable = true; // false when the frame left out untagged passages
    bool precisionEstimable = true; // false when it left out tagged ones
};

ValidationResult measureValidation(const Sample &sample, const std::vector<PassageCode> &codes,
                                   const std::shared_ptr<const ThemeMatcher> &matcher, int replicates = 2000,
                                   std::uint64_t seed = 20261203);

// Corrected shares (docs/statistics.md, "Corrected shares"). A share of programmes is corrected
// with the sensitivity and specificity measured on a sample of whole programmes: a paragraph's
// errors say nothing of a programme's (a programme mentions a theme when any of its paragraphs
// does). The sample must have been drawn over all programmes (frame all or both): drawn from the
// tagged ones only, it cannot measure sensitivity, and from the untagged only, specificity.
struct CorrectionSource
{
    std::int64_t sample = 0;
    std::string sampleName;
    std::string coder; // whose codes are the reference
    int coded = 0; // programmes this coder coded
    bool synthetic = false;
};

struct CorrectionSources
{
    std::vector<CorrectionSource> usable; // newest sample first; its coders by programmes coded, most first
    int paragraphSamples = 0; // samples of paragraphs: they cannot correct programme shares
    int partialSamples = 0; // samples of programmes drawn from tagged or untagged ones only
    int uncodedSamples = 0; // usable samples no one has coded yet
};
CorrectionSources correctionSources(CorpusStore &store);

// What one theme's correction rests on: the dictionary against the source's coder, weighted
// back to the study.
struct ThemeCorrection
{
    std::string theme;
    double sensitivity = NAN;
    double sensitivitySize = 0; // Kish effective size of the programmes the coder found the theme in
    double specificity = NAN;
    double specificitySize = 0;
    int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
};

struct ShareCorrection
{
    CorrectionSource source;
    std::string dictionaryLabel; // the dictionary whose verdicts were measured: "name version"
    std::vector<ThemeCorrection> themes; // the sample's coding frame, in its order

    bool empty() const { return source.sample == 0; }
    const ThemeCorrection *find(const std::string &theme) const;
};

// Measures `matcher`'s dictionary against the source's coder on its sample. Throws
// ValidationError when the sample is gone or is not a sample of whole programmes over all of
// them, StorageError.
ShareCorrection measureCorrection(CorpusStore &store, const CorrectionSource &source,
                                  const std::shared_ptr<const ThemeMatcher> &matcher);
// The same on a sample and codes already read (the sample's codes, any coder's): what a
// background job runs, the study's connection staying on its thread.
ShareCorrection measureCorrection(const Sample &sample, const std::vector<PassageCode> &codes,
                                  const CorrectionSource &source, const std::shared_ptr<const ThemeMatcher> &matcher);

// `apparent`, the dictionary's share of `total` programmes for `theme`, corrected (Rogan-Gladen,
// stats::roganGladen); status NotInFrame for a theme the coding frame lacks. The same
// sensitivity and specificity serve every group: the correction assumes the dictionary errs at
// the same rates in each (the caveat the dashboard and the report print).
stats::CorrectedShare correctShare(const ShareCorrection &correction, const std::string &theme, double apparent,
                                   double total);

// Every share of a crosstab corrected: one row per CrosstabResult row, then one for its total;
// one column per theme.
std::vector<std::vector<stats::CorrectedShare>> correctCrosstab(const CrosstabResult &result,
                                                                const ShareCorrection &correction);

} // namespace vigie::core
