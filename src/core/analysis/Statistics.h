// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

// Statistics used to compare groups of programmes ("share of programmes mentioning open data, by
// city-size class"). Pure functions of their arguments, standard library only, each matching the R
// function named in its comment; tests/core/StatisticsTest.cpp checks them against values printed by
// tests/data/statistics/reference.R.
//
// Errors: invalid input (a negative count, successes > total, a ragged table, a total above 2^53)
// throws std::invalid_argument; a value that is undefined for valid input (the share of an empty
// group) is NaN, never an exception.
// Threads: no shared state; thread-safe (log-gamma comes from the re-entrant lgamma_r).
namespace vigie::core::stats {

// A share with its confidence interval. `share` is successes / total.
struct Proportion
{
    long long successes = 0;
    long long total = 0;
    double share = NAN;
    double low = NAN;
    double high = NAN;
};

// Wilson score interval without continuity correction, as R's
// prop.test(successes, total, conf.level = confidence, correct = FALSE)$conf.int: unlike the Wald
// interval it stays inside [0, 1] and is not empty at 0/n or n/n, the usual case for a rare theme in a
// small size class. total == 0 gives NaN share and bounds. Throws std::invalid_argument if a count is
// negative, successes > total, or confidence is not strictly between 0 and 1.
Proportion wilson(long long successes, long long total, double confidence = 0.95);

// Inverse of the standard normal CDF, as R's qnorm(p): Acklam's rational approximation refined by one
// Halley step on std::erf / std::erfc, within about 1e-15 relative of qnorm from p = 1e-300 to 1 - 1e-15.
// 0 gives -inf, 1 gives +inf, a value outside [0, 1] or NaN gives NaN. Above 0.5 it works on 1 - p,
// which is exact there, so no digits are lost to cancellation in the upper tail.
double normalQuantile(double p);

// Upper tail of the chi-square distribution, P(X >= x) with df degrees of freedom, as R's
// pchisq(x, df, lower.tail = FALSE): the regularized upper incomplete gamma Q(df/2, x/2), by series
// or continued fraction, so tiny p-values keep their relative accuracy (1e-23 is not rounded to 0).
// x <= 0 gives 1, +inf gives 0, NaN gives NaN. Throws std::invalid_argument if df < 1.
double chiSquareSurvival(double x, int df);

// Two-sided p-value of Fisher's exact test on the 2x2 table [[a, b], [c, d]], as R's
// fisher.test(matrix(c(a, c, b, d), 2))$p.value: the sum of the hypergeometric probabilities (given
// the margins) of the tables no more probable than the observed one, with R's relative tolerance
// of 1e-7 so that ties broken by rounding still count. Throws std::invalid_argument on a negative
// count. A table with a zero margin has one possible table and gives 1.
double fisherExact2x2(long long a, long long b, long long c, long long d);

// Tables with the observed margins enumerated at most by the r x c exact test before it falls back to
// Monte Carlo; and the number of tables drawn by Monte Carlo (R's default B is 2000; 100000 keeps the
// standard error of p below 0.0016).
inline constexpr long long kMaxEnumeratedTables = 20'000'000;
inline constexpr long long kMonteCarloSamples = 100'000;

// Result of testIndependence. Matrices have the shape of the table given, including the rows and
// columns that were left out.
struct IndependenceTest
{
    enum class Method { ChiSquare, FisherExact, FisherMonteCarlo, NotTestable };
    Method method = Method::NotTestable;
    double pValue = NAN; // the p-value to report (of `method`)
    // Pearson's statistic without continuity correction, on the table without empty rows and columns,
    // and its p-value; computed whatever `method` is, NaN when not testable.
    double chiSquare = NAN;
    int degreesOfFreedom = 0;
    double chiSquarePValue = NAN;
    std::vector<std::vector<double>> expected; // row total * column total / N; 0 in empty rows/columns
    // (observed - expected) / its standard error, as R's chisq.test(...)$stdres: beyond about +-2 a
    // cell stands out. NaN in empty rows and columns, and everywhere when not testable.
    std::vector<std::vector<double>> adjustedResiduals;
    double minExpected = NAN; // over the cells that are tested
    int cellsBelow5 = 0;
    bool lowExpectedWarning = false; // some tested expected count is below 5, whatever the method
    long long monteCarloSamples = 0; // > 0 when method == FisherMonteCarlo
    std::string note; // one English sentence saying which test was used and why
};

// Tests whether rows and columns of a contingency table (e.g. rows: mentions / does not mention a
// theme; columns: city-size classes) are independent.
//
// Rows and columns whose total is 0 are left out first: an empty group says nothing, and R's
// chisq.test would give NaN. Then:
// - fewer than 2 rows or 2 columns left: NotTestable;
// - 2x2: Fisher's exact test (fisherExact2x2);
// - larger, every expected count >= 5: Pearson's chi-square test, as R's
//   chisq.test(t, correct = FALSE);
// - larger, some expected count < 5: the Fisher-Freeman-Halton exact test, as R's
//   fisher.test(t)$p.value (same tolerance, 3.45254e-7 on the log probability), by enumerating
//   every table with the observed margins; if there are more than kMaxEnumeratedTables of them,
//   a Monte Carlo estimate from kMonteCarloSamples tables drawn with the observed margins, as R's
//   fisher.test(t, simulate.p.value = TRUE, B = kMonteCarloSamples): p = (1 + hits) / (B + 1), so
//   never 0. The draws come from std::mt19937_64 seeded with `seed` and our own sampler: the same
//   seed gives the same p-value on every platform, but not R's simulated value.
// The enumeration can take about a second before giving up on a table too large for it.
// Throws std::invalid_argument on a negative count or rows of different lengths.
IndependenceTest testIndependence(const std::vector<std::vector<long long>> &table, std::uint64_t seed = 20140323);

} // namespace vigie::core::stats
