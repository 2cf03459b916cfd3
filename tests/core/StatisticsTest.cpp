// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Expected values were printed by R 4.2.2 (2022-11-10 r83330) running tests/data/statistics/reference.R
// (prop.test, qnorm, pchisq, chisq.test, fisher.test) and copied here with all 17 digits. Rerun that
// script to add a case; tables are written row by row in both places.
#include "analysis/Statistics.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace vigie::core::stats;
using Catch::Matchers::WithinRel;
using Method = IndependenceTest::Method;
using Table = std::vector<std::vector<long long>>;
using Matrix = std::vector<std::vector<double>>;

namespace {

constexpr double kClosedForm = 1e-9; // relative, for closed forms and series
constexpr double kExact = 1e-6; // relative, for Fisher exact p-values
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Same shape, and each cell within `rel` of the expected value; NaN only where NaN is expected.
void checkMatrix(const Matrix &actual, const Matrix &expected, double rel)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        REQUIRE(actual[i].size() == expected[i].size());
        for (std::size_t j = 0; j < expected[i].size(); ++j) {
            INFO("cell " << i << ", " << j);
            if (std::isnan(expected[i][j]))
                CHECK(std::isnan(actual[i][j]));
            else
                CHECK_THAT(actual[i][j], WithinRel(expected[i][j], rel));
        }
    }
}

} // namespace

TEST_CASE("Wilson intervals match R's prop.test without continuity correction", "[statistics]")
{
    struct Case
    {
        long long x, n;
        double confidence, low, high;
    };
    // prop.test(x, n, conf.level, correct = FALSE)$conf.int
    const std::vector<Case> cases = {
        { 0, 10, 0.95, 0, 0.27753279986288915 },
        { 10, 10, 0.95, 0.72246720013711085, 1 },
        { 161, 268, 0.95, 0.54108679203208854, 0.6575584044521543 },
        { 24, 161, 0.95, 0.10226535352240076, 0.21222748821521414 },
        { 1, 1, 0.95, 0.2065493143772375, 1 },
        { 5, 7, 0.90, 0.40866754551119777, 0.90043415643771285 },
        { 5, 7, 0.99, 0.27807585064470974, 0.94194782007203837 },
        { 1, 1000, 0.95, 0.00017654637062607817, 0.0056425585979579338 },
        { 999, 1000, 0.95, 0.99435744140204207, 0.99982345362937386 },
        { 37, 80, 0.95, 0.35747993562785257, 0.57095642408731206 },
    };
    for (const Case &c : cases) {
        INFO(c.x << "/" << c.n << " at " << c.confidence);
        const Proportion p = wilson(c.x, c.n, c.confidence);
        CHECK(p.successes == c.x);
        CHECK(p.total == c.n);
        CHECK_THAT(p.share, WithinRel(static_cast<double>(c.x) / static_cast<double>(c.n), kClosedForm));
        CHECK_THAT(p.low, WithinRel(c.low, kClosedForm));
        CHECK_THAT(p.high, WithinRel(c.high, kClosedForm));
    }
    // A theme no programme of a class mentions still gets an upper bound, and the bounds stay in [0, 1].
    CHECK(wilson(0, 10).low == 0.0);
    CHECK(wilson(10, 10).high == 1.0);
    CHECK(wilson(0, 10).high > 0.2);
}

TEST_CASE("Wilson interval of an empty group is NaN, bad counts are refused", "[statistics]")
{
    const Proportion empty = wilson(0, 0);
    CHECK(empty.total == 0);
    CHECK(std::isnan(empty.share));
    CHECK(std::isnan(empty.low));
    CHECK(std::isnan(empty.high));
    CHECK_THROWS_AS(wilson(-1, 10), std::invalid_argument);
    CHECK_THROWS_AS(wilson(11, 10), std::invalid_argument);
    CHECK_THROWS_AS(wilson(1, -10), std::invalid_argument);
    CHECK_THROWS_AS(wilson(1, 10, 1.0), std::invalid_argument);
    CHECK_THROWS_AS(wilson(1, 10, 0.0), std::invalid_argument);
}

TEST_CASE("normalQuantile matches R's qnorm", "[statistics]")
{
    // qnorm(p)
    const std::vector<std::pair<double, double>> cases = {
        { 0.975, 1.9599639845400536 },
        { 0.5, 0 },
        { 0.995, 2.5758293035488999 },
        { 0.025, -1.9599639845400538 },
        { 0.95, 1.6448536269514715 },
        { 1e-10, -6.3613409024040557 },
        { 0.02425, -1.9729610513118845 },
        { 0.02, -2.0537489106318225 },
        { 0.3, -0.52440051270804067 },
        { 0.7, 0.52440051270804067 },
        { 0.999, 3.0902323061678132 },
        { 1e-300, -37.047096299361201 },
        { 1 - 1e-12, 7.0344869100478356 },
        { 0.6, 0.25334710313579978 },
        // Near the centre q is tiny: relative accuracy needs care with F(x) - p.
        { 0.50000000099999997, 2.5066282037387119e-09 },
        { 0.49998999999999999, -2.5066282748960018e-05 },
    };
    for (const auto &[p, q] : cases) {
        INFO("p = " << p);
        CHECK_THAT(normalQuantile(p), WithinRel(q, 1e-12));
    }
    CHECK(normalQuantile(0.0) == -std::numeric_limits<double>::infinity());
    CHECK(normalQuantile(1.0) == std::numeric_limits<double>::infinity());
    CHECK(std::isnan(normalQuantile(-0.1)));
    CHECK(std::isnan(normalQuantile(1.5)));
    CHECK(std::isnan(normalQuantile(kNaN)));
}

TEST_CASE("chiSquareSurvival matches R's pchisq upper tail", "[statistics]")
{
    struct Case
    {
        double x;
        int df;
        double p;
    };
    // pchisq(x, df, lower.tail = FALSE)
    const std::vector<Case> cases = {
        { 3.84, 1, 0.050043521248705224 },   { 3.8414588206941236, 1, 0.049999999999999982 },
        { 10, 3, 0.018566135463043233 },     { 100, 1, 1.5239706048321054e-23 },
        { 0.5, 2, 0.77880078307140488 },     { 25, 8, 0.0015545578430110672 },
        { 200, 150, 0.0039731859708216086 }, { 0.001, 5, 0.99999999831851227 },
        { 50, 30, 0.012402060718900583 },    { 1.5, 1, 0.22067136191984676 },
        { 700, 1, 2.9902269751246203e-154 }, { 0.2, 1, 0.65472084601857694 },
        { 30, 30, 0.46565370894400965 },     { 1000, 900, 0.010994608942135853 },
        { 6, 4, 0.19914827347145581 },       { 29.5, 12, 0.0033189142753906904 },
    };
    for (const Case &c : cases) {
        INFO("x = " << c.x << ", df = " << c.df);
        CHECK_THAT(chiSquareSurvival(c.x, c.df), WithinRel(c.p, kClosedForm));
    }
    CHECK(chiSquareSurvival(0.0, 3) == 1.0);
    CHECK(chiSquareSurvival(-2.0, 3) == 1.0);
    CHECK(chiSquareSurvival(std::numeric_limits<double>::infinity(), 3) == 0.0);
    CHECK(std::isnan(chiSquareSurvival(kNaN, 3)));
    CHECK_THROWS_AS(chiSquareSurvival(1.0, 0), std::invalid_argument);
}

TEST_CASE("fisherExact2x2 matches R's fisher.test", "[statistics]")
{
    struct Case
    {
        long long a, b, c, d;
        double p;
    };
    // fisher.test(matrix(c(a, b, c, d), 2, byrow = TRUE))$p.value
    const std::vector<Case> cases = {
        { 3, 1, 1, 3, 0.48571428571428582 },
        { 0, 5, 6, 0, 0.0021645021645021658 },
        { 0, 12, 5, 8, 0.039130434782608678 },
        { 161, 107, 24, 137, 3.3680882568825005e-21 },
        { 7, 2, 3, 9, 0.029973122852379838 },
        { 10, 10, 10, 10, 0.99999999999999989 },
        { 1, 0, 0, 0, 1 },
        { 2, 30, 1, 40, 0.5781079169078398 },
    };
    for (const Case &c : cases) {
        INFO(c.a << " " << c.b << " / " << c.c << " " << c.d);
        CHECK_THAT(fisherExact2x2(c.a, c.b, c.c, c.d), WithinRel(c.p, kExact));
        // Which variable is in rows does not change the test.
        CHECK_THAT(fisherExact2x2(c.a, c.c, c.b, c.d), WithinRel(c.p, kExact));
    }
    CHECK_THROWS_AS(fisherExact2x2(1, -1, 2, 3), std::invalid_argument);
}

TEST_CASE("a size-class table with large counts uses the chi-square test, as R's chisq.test", "[statistics]")
{
    SECTION("2x3")
    {
        const IndependenceTest t = testIndependence({ { 55, 78, 40 }, { 45, 22, 10 } });
        CHECK(t.method == Method::ChiSquare);
        CHECK_THAT(t.chiSquare, WithinRel(15.830267997898055, kClosedForm));
        CHECK(t.degreesOfFreedom == 2);
        CHECK_THAT(t.chiSquarePValue, WithinRel(0.00036517495189855776, kClosedForm));
        CHECK(t.pValue == t.chiSquarePValue);
        checkMatrix(t.expected, { { 69.2, 69.2, 34.6 }, { 30.8, 30.8, 15.4 } }, kClosedForm);
        checkMatrix(t.adjustedResiduals,
                    { { -3.970857606597344, 2.4608131646518738, 1.8494191858460862 },
                      { 3.9708576065973431, -2.4608131646518747, -1.8494191858460869 } },
                    kClosedForm);
        CHECK_THAT(t.minExpected, WithinRel(15.4, kClosedForm));
        CHECK(t.cellsBelow5 == 0);
        CHECK_FALSE(t.lowExpectedWarning);
        CHECK(t.monteCarloSamples == 0);
        CHECK_THAT(t.note, Catch::Matchers::Contains("chi-square"));
    }
    SECTION("2x5")
    {
        const IndependenceTest t = testIndependence({ { 12, 30, 45, 38, 20 }, { 40, 52, 41, 18, 6 } });
        CHECK(t.method == Method::ChiSquare);
        CHECK_THAT(t.chiSquare, WithinRel(35.425839184556125, kClosedForm));
        CHECK(t.degreesOfFreedom == 4);
        CHECK_THAT(t.pValue, WithinRel(3.7976795340481383e-07, kClosedForm));
        checkMatrix(
            t.expected,
            { { 24.966887417218544, 39.370860927152314, 41.29139072847682, 26.887417218543046, 12.483443708609272 },
              { 27.033112582781456, 42.629139072847686, 44.70860927152318, 29.112582781456954, 13.516556291390728 } },
            kClosedForm);
        checkMatrix(
            t.adjustedResiduals,
            { { -3.955857612162176, -2.426821383953957, 0.94648027084478159, 3.29329040819005, 3.086414753767377 },
              { 3.955857612162176, 2.426821383953957, -0.94648027084478159, -3.29329040819005, -3.086414753767377 } },
            kClosedForm);
        CHECK_THAT(t.minExpected, WithinRel(12.483443708609272, kClosedForm));
        CHECK_FALSE(t.lowExpectedWarning);
    }
}

TEST_CASE("empty rows and columns are left out of the test but keep their place", "[statistics]")
{
    // The 2x3 table above with an empty size class (column 1) and an empty row (row 1).
    const IndependenceTest t = testIndependence({ { 55, 0, 78, 40 }, { 0, 0, 0, 0 }, { 45, 0, 22, 10 } });
    CHECK(t.method == Method::ChiSquare);
    CHECK_THAT(t.chiSquare, WithinRel(15.830267997898055, kClosedForm));
    CHECK(t.degreesOfFreedom == 2);
    CHECK_THAT(t.pValue, WithinRel(0.00036517495189855776, kClosedForm));
    checkMatrix(t.expected, { { 69.2, 0, 69.2, 34.6 }, { 0, 0, 0, 0 }, { 30.8, 0, 30.8, 15.4 } }, kClosedForm);
    checkMatrix(t.adjustedResiduals,
                { { -3.970857606597344, kNaN, 2.4608131646518738, 1.8494191858460862 },
                  { kNaN, kNaN, kNaN, kNaN },
                  { 3.9708576065973431, kNaN, -2.4608131646518747, -1.8494191858460869 } },
                kClosedForm);
    CHECK(t.cellsBelow5 == 0); // the dropped cells' zero expected counts do not count
    CHECK_FALSE(t.lowExpectedWarning);
    CHECK_THAT(t.note, Catch::Matchers::Contains("after leaving out 1 empty row and 1 empty column"));

    // A 3x3 table that is 2x2 once emptied: Fisher's exact test on [[3, 1], [1, 3]].
    const IndependenceTest small = testIndependence({ { 3, 0, 1 }, { 0, 0, 0 }, { 1, 0, 3 } });
    CHECK(small.method == Method::FisherExact);
    CHECK_THAT(small.pValue, WithinRel(0.48571428571428582, kExact));
    CHECK(small.degreesOfFreedom == 1);
}

TEST_CASE("a 2x2 table uses Fisher's exact test, with chi-square values alongside", "[statistics]")
{
    SECTION("small counts")
    {
        const IndependenceTest t = testIndependence({ { 3, 1 }, { 1, 3 } });
        CHECK(t.method == Method::FisherExact);
        CHECK_THAT(t.pValue, WithinRel(0.48571428571428582, kExact));
        CHECK_THAT(t.chiSquare, WithinRel(2.0, kClosedForm));
        CHECK(t.degreesOfFreedom == 1);
        CHECK_THAT(t.chiSquarePValue, WithinRel(0.15729920705028447, kClosedForm));
        checkMatrix(t.expected, { { 2, 2 }, { 2, 2 } }, kClosedForm);
        checkMatrix(t.adjustedResiduals,
                    { { 1.4142135623730949, -1.4142135623730949 }, { -1.4142135623730949, 1.4142135623730949 } },
                    kClosedForm);
        CHECK(t.cellsBelow5 == 4);
        CHECK(t.lowExpectedWarning);
        CHECK_THAT(t.note, Catch::Matchers::Contains("Fisher"));
    }
    SECTION("zero cells")
    {
        const IndependenceTest t = testIndependence({ { 0, 5 }, { 6, 0 } });
        CHECK(t.method == Method::FisherExact);
        CHECK_THAT(t.pValue, WithinRel(0.0021645021645021658, kExact));
        CHECK_THAT(t.chiSquare, WithinRel(10.999999999999998, kClosedForm));
        CHECK_THAT(t.chiSquarePValue, WithinRel(0.00091111887715371309, kClosedForm));
        checkMatrix(t.expected,
                    { { 2.7272727272727271, 2.2727272727272729 }, { 3.2727272727272729, 2.7272727272727271 } },
                    kClosedForm);
        checkMatrix(t.adjustedResiduals,
                    { { -3.3166247903553998, 3.3166247903553998 }, { 3.3166247903553998, -3.3166247903553998 } },
                    kClosedForm);
        CHECK_THAT(t.minExpected, WithinRel(2.2727272727272729, kClosedForm));
        CHECK(t.lowExpectedWarning);
    }
    SECTION("large counts stay exact")
    {
        const IndependenceTest t = testIndependence({ { 161, 107 }, { 24, 137 } });
        CHECK(t.method == Method::FisherExact);
        CHECK_THAT(t.pValue, WithinRel(3.3680882568825005e-21, kExact));
        CHECK_FALSE(t.lowExpectedWarning);
    }
}

TEST_CASE("a larger table with low expected counts uses the Fisher-Freeman-Halton exact test", "[statistics]")
{
    SECTION("3x3")
    {
        const IndependenceTest t = testIndependence({ { 10, 2, 8 }, { 12, 1, 9 }, { 15, 4, 3 } });
        CHECK(t.method == Method::FisherExact);
        CHECK_THAT(t.pValue, WithinRel(0.19793952637995138, kExact));
        CHECK_THAT(t.chiSquare, WithinRel(5.8853492453492455, kClosedForm));
        CHECK(t.degreesOfFreedom == 4);
        CHECK_THAT(t.chiSquarePValue, WithinRel(0.20787563402805206, kClosedForm));
        checkMatrix(t.expected,
                    { { 11.5625, 2.1875, 6.25 }, { 12.71875, 2.40625, 6.875 }, { 12.71875, 2.40625, 6.875 } },
                    kClosedForm);
        checkMatrix(t.adjustedResiduals,
                    { { -0.8532295869229618, -0.16201060697914985, 1.0181818181818181 },
                      { -0.38302673541518401, -1.1857962237704136, 1.2065673629181863 },
                      { 1.2156935515351492, 1.3439023869398021, -2.2002110735566931 } },
                    kClosedForm);
        CHECK_THAT(t.minExpected, WithinRel(2.1875, kClosedForm));
        CHECK(t.cellsBelow5 == 3);
        CHECK(t.lowExpectedWarning);
        CHECK(t.monteCarloSamples == 0);
        CHECK_THAT(t.note, Catch::Matchers::Contains("Fisher-Freeman-Halton exact test"));
    }
    SECTION("2x4")
    {
        const IndependenceTest t = testIndependence({ { 3, 0, 2, 5 }, { 1, 4, 6, 0 } });
        CHECK(t.method == Method::FisherExact);
        CHECK_THAT(t.pValue, WithinRel(0.0026310119189375879, kExact));
        CHECK_THAT(t.chiSquare, WithinRel(11.979545454545454, kClosedForm));
        CHECK(t.degreesOfFreedom == 3);
        CHECK_THAT(t.chiSquarePValue, WithinRel(0.0074535585944567346, kClosedForm));
        checkMatrix(t.adjustedResiduals,
                    { { 1.2186715832444306, -2.1194288404250963, -1.628096833944253, 2.6867731575255847 },
                      { -1.2186715832444306, 2.1194288404250963, 1.628096833944253, -2.6867731575255847 } },
                    kClosedForm);
        CHECK(t.cellsBelow5 == 8);
        CHECK(t.lowExpectedWarning);
    }
}

TEST_CASE("a two-row table is counted before it is enumerated", "[statistics]")
{
    // 2x4: 136 tables share its margins (counted by brute force in Python); the note says so, in
    // either orientation.
    const IndependenceTest wide = testIndependence({ { 3, 0, 2, 5 }, { 1, 4, 6, 0 } });
    CHECK_THAT(wide.note, Catch::Matchers::Contains("enumerating all 136 tables"));
    const IndependenceTest tall = testIndependence({ { 3, 1 }, { 0, 4 }, { 2, 6 }, { 5, 0 } });
    CHECK_THAT(tall.note, Catch::Matchers::Contains("enumerating all 136 tables"));
    CHECK_THAT(tall.pValue, WithinRel(wide.pValue, kExact));

    // 2x30, N = 76: 9.6e14 tables, so straight to Monte Carlo (the enumerator used to walk 2e7 of
    // them first). The exact p-value, 0.024003563911493855, was computed in Python with exact
    // integers: a table's probability is prod C(c_j, x_j) / C(N, r_1), and a dynamic programme over
    // the columns keyed by (cells so far, that product) sums the tables no more probable than this
    // one. R's simulate.p.value (B = 1e5) agrees: 0.0239. (R's "exact" fisher.test(m, workspace =
    // 2e9) answers 0.00077 here, which is wrong.) Monte Carlo standard error: about 0.0005.
    const Table m = { { 3, 1, 0, 2, 1, 0, 2, 2, 0, 1, 4, 1, 1, 0, 2, 3, 0, 1, 1, 2, 0, 3, 1, 1, 2, 0, 0, 2, 1, 1 },
                      { 1, 2, 3, 0, 1, 2, 0, 1, 3, 1, 0, 2, 1, 2, 0, 1, 3, 0, 2, 1, 1, 0, 2, 1, 0, 2, 3, 0, 1, 2 } };
    const IndependenceTest t = testIndependence(m);
    CHECK(t.method == Method::FisherMonteCarlo);
    CHECK(std::abs(t.pValue - 0.024003563911493855) < 0.0025);
}

TEST_CASE("a large table with one rare column is still tested exactly", "[statistics]")
{
    // N = 2153 but the third column has 3 programmes: its expected counts are about 1, so the
    // chi-square approximation is refused even with huge other cells; 2.1 million tables to enumerate.
    const IndependenceTest t = testIndependence({ { 400, 300, 2 }, { 500, 250, 1 }, { 600, 100, 0 } });
    CHECK(t.method == Method::FisherExact);
    CHECK_THAT(t.pValue, WithinRel(3.133031078331438e-33, kExact));
    CHECK_THAT(t.chiSquare, WithinRel(142.79679105421192, kClosedForm));
    CHECK_THAT(t.chiSquarePValue, WithinRel(7.1088564969446807e-30, kClosedForm));
    CHECK_THAT(t.adjustedResiduals[2][0], WithinRel(11.240723473397765, kClosedForm));
    CHECK_THAT(t.minExpected, WithinRel(0.97538318625174181, kClosedForm));
    CHECK(t.cellsBelow5 == 3);
}

TEST_CASE("a table too large to enumerate gets a reproducible Monte Carlo p-value", "[statistics]")
{
    // 3x6, N = 81: far more than kMaxEnumeratedTables tables with these margins. R's exact
    // fisher.test(t, workspace = 2e8)$p.value is 0.24118206759393376; with 100000 draws the
    // standard error is about 0.0014, so 0.01 is 7 standard errors.
    const Table table = { { 12, 9, 6, 4, 2, 1 }, { 3, 5, 7, 9, 6, 2 }, { 2, 3, 4, 3, 2, 1 } };
    const IndependenceTest t = testIndependence(table);
    CHECK(t.method == Method::FisherMonteCarlo);
    CHECK(t.monteCarloSamples == kMonteCarloSamples);
    CHECK(std::abs(t.pValue - 0.24118206759393376) < 0.01);
    CHECK_THAT(t.chiSquare, WithinRel(12.08293063365052, kClosedForm));
    CHECK(t.degreesOfFreedom == 10);
    CHECK_THAT(t.chiSquarePValue, WithinRel(0.27954461438806932, kClosedForm));
    CHECK_THAT(t.minExpected, WithinRel(0.7407407407407407, kClosedForm));
    CHECK(t.cellsBelow5 == 10);
    CHECK(t.lowExpectedWarning);
    CHECK_THAT(t.note, Catch::Matchers::Contains("Monte Carlo"));

    // The same seed gives the same value; the seed is really used.
    CHECK(testIndependence(table).pValue == t.pValue);
    const IndependenceTest other = testIndependence(table, 7);
    CHECK(other.pValue != t.pValue);
    CHECK(std::abs(other.pValue - 0.24118206759393376) < 0.01);
}

TEST_CASE("a table with fewer than two non-empty rows or columns is not testable", "[statistics]")
{
    for (const Table &table :
         { Table {}, Table { { 5, 3, 2 } }, Table { { 0, 10 }, { 0, 7 } }, Table { { 0, 0 }, { 0, 0 } } }) {
        INFO("rows: " << table.size());
        const IndependenceTest t = testIndependence(table);
        CHECK(t.method == Method::NotTestable);
        CHECK(std::isnan(t.pValue));
        CHECK(std::isnan(t.chiSquare));
        CHECK(t.expected.size() == table.size());
        CHECK_FALSE(t.note.empty());
    }
    const IndependenceTest oneColumn = testIndependence({ { 0, 10 }, { 0, 7 } });
    checkMatrix(oneColumn.expected, { { 0, 10 }, { 0, 7 } }, kClosedForm);
    checkMatrix(oneColumn.adjustedResiduals, { { kNaN, kNaN }, { kNaN, kNaN } }, kClosedForm);
}

TEST_CASE("testIndependence refuses negative counts and ragged tables", "[statistics]")
{
    CHECK_THROWS_AS(testIndependence({ { 1, -2 }, { 3, 4 } }), std::invalid_argument);
    CHECK_THROWS_AS(testIndependence({ { 1, 2, 3 }, { 3, 4 } }), std::invalid_argument);
}
