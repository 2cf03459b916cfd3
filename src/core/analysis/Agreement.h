// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Statistics.h"

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

// Agreement between coders, and between a coder and the dictionary, for the validation of a study
// (issue #12; docs/statistics.md, "Validation"). Pure functions of their arguments, standard
// library only; tests/core/AgreementTest.cpp checks them against published worked examples and
// against values printed by tests/data/statistics/reference.R.
//
// Errors: invalid input (a negative count, a ragged table, a negative weight) throws
// std::invalid_argument; a value undefined for valid input (kappa when both raters used one
// category throughout) is NaN.
namespace vigie::core::stats {

// Cohen's kappa for two raters who classed the same items, from their k x k table (rows: the
// first rater's category, columns: the second's): (po - pe) / (1 - pe), as R's
// irr::kappa2(ratings, weight = "unweighted")$value. NaN with no item, or when pe is 1 (both raters
// gave every item one and the same category). Throws std::invalid_argument if the table is not
// square or a count is negative.
double cohenKappa(const std::vector<std::vector<long long>> &table);

// Krippendorff's alpha for nominal values, as R's irr::kripp.alpha(m, method = "nominal")$value and
// Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 1 - Do / De from the
// coincidence matrix. `units` holds, per unit, the values the coders gave it (a coder who did not
// code a unit is simply absent from it, so units have different sizes); a unit with fewer than two
// values cannot be paired and is left out. NaN when fewer than two values can be paired or when
// every paired value is the same (De = 0).
double krippendorffAlphaNominal(const std::vector<std::vector<int>> &units);

// The Wilson score interval of a share measured on a weighted sample: `share` is the weighted
// share and `effectiveSize` Kish's effective sample size (sum of weights)^2 / sum of squared
// weights. With every weight 1 this is wilson(successes, total). NaN bounds when effectiveSize is 0.
Proportion wilsonWeighted(double share, double effectiveSize, double confidence = 0.95);

// A uniform index in [0, n) from the generator alone (n > 0): no std::uniform_int_distribution,
// whose algorithm differs between standard libraries, so that a seed gives the same draws (a
// bootstrap, a validation sample) on every platform. Rejection keeps it unbiased.
std::size_t uniformIndex(std::mt19937_64 &rng, std::size_t n);

// One coded item: what the dictionary said, what the coder said, the item's weight back to the
// study (1 for a simple random sample; population / sample size of its stratum otherwise) and its
// stratum (bootstrap resamples within strata).
struct BinaryItem
{
    bool predicted = false; // the dictionary found the theme
    bool actual = false; // the coder did
    double weight = 1;
    int stratum = 0;
};

// How the dictionary does against a coder on one theme.
struct ClassifierScores
{
    int items = 0;
    // Unweighted counts, for the reader ("9 found, 1 wrongly, 2 missed").
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int trueNegatives = 0;
    // Weighted estimates for the study, each with its Wilson interval (wilsonWeighted on Kish's
    // effective size of the items it is a share of).
    Proportion precision; // of the items the dictionary tags, the share the coder tags too
    Proportion recall; // sensitivity: of the items the coder tags, the share the dictionary tags
    Proportion specificity; // of the items the coder does not tag, the share the dictionary does not
    double precisionEffectiveSize = 0;
    double recallEffectiveSize = 0;
    double specificityEffectiveSize = 0;
    double f1 = NAN; // 2 P R / (P + R), weighted; NaN when P and R are both undefined or both 0
    double f1Low = NAN; // percentile bootstrap interval of F1 (resampling within strata)
    double f1High = NAN;
    int bootstrapReplicates = 0;
    double kappa = NAN; // Cohen's kappa dictionary-coder, on the unweighted 2 x 2 table
};

// Scores the dictionary's verdicts against a coder's. The F1 interval comes from `replicates`
// bootstrap resamples drawn within each stratum with std::mt19937_64 seeded with `seed` (same
// seed, same interval, on every platform); replicates where F1 is undefined are left out.
// Throws std::invalid_argument on a negative weight or replicates < 0.
ClassifierScores scoreClassifier(const std::vector<BinaryItem> &items, int replicates = 2000,
                                 std::uint64_t seed = 20261203, double confidence = 0.95);

// A share corrected for the dictionary's measured sensitivity and specificity.
struct CorrectedShare
{
    enum class Status {
        Corrected,
        Clipped, // corrected, but the estimate fell outside [0, 1] and was clipped
        NoProgramme, // nothing to correct: the group is empty
        TooFewCoded, // sensitivity or specificity rests on fewer items than the minimum
        NotDiscriminating, // Se + Sp - 1 <= 0.1: the correction would divide by almost nothing
        NotInFrame, // the validation's coding frame does not have the theme
    };
    Status status = Status::NoProgramme;
    bool corrected = false; // Corrected or Clipped; otherwise share and interval are NaN
    double share = NAN; // Rogan-Gladen estimate, clipped to [0, 1]
    double low = NAN; // delta-method interval carrying the uncertainty of the apparent share,
    double high = NAN; // of the sensitivity and of the specificity, clipped to [0, 1]
    double sensitivitySize = 0; // what the measures rested on (effective sizes), for the note
    double specificitySize = 0;
    double minimumSize = 0;
};

// One sentence saying why a share was not corrected, or that it was clipped; empty when it was
// corrected plainly. In French or English: the report, the window and the CLI say the same.
std::string correctionNote(const CorrectedShare &share, bool french);

// Rogan and Gladen (1978): true share = (apparent + specificity - 1) / (sensitivity + specificity
// - 1). `apparent` is the dictionary's share over `total` programmes; sensitivity and specificity
// were measured on `sensitivitySize` and `specificitySize` items (effective sizes). The variance is
// the delta method's: [a(1-a)/n + t^2 Se(1-Se)/nSe + (1-t)^2 Sp(1-Sp)/nSp] / J^2, J = Se + Sp - 1.
// Not corrected when either measure rests on fewer than `minimumSize` items, or J <= 0.1 (the
// dictionary barely tells the theme apart, and the correction would divide by almost nothing).
CorrectedShare roganGladen(double apparent, double total, double sensitivity, double sensitivitySize,
                           double specificity, double specificitySize, double confidence = 0.95,
                           double minimumSize = 10);

} // namespace vigie::core::stats
