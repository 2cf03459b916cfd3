// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement measures against published worked examples and the values printed by
// tests/data/statistics/reference.R (R 4.2.2; kappa2 and kripp.alpha written there as the irr
// package computes them, irr not being in Debian 12).
#include "analysis/Agreement.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <stdexcept>
#include <vector>

using namespace vigie::core::stats;
using Catch::Matchers::WithinAbs;

namespace {

// Coders x units with std::nullopt for a value not given, turned into units of given values.
std::vector<std::vector<int>> units(const std::vector<std::vector<std::optional<int>>> &codersByUnits)
{
    std::vector<std::vector<int>> out(codersByUnits.front().size());
    for (const auto &coder : codersByUnits)
        for (std::size_t u = 0; u < coder.size(); ++u)
            if (coder[u])
                out[u].push_back(*coder[u]);
    return out;
}

constexpr std::nullopt_t NA = std::nullopt;

} // namespace

TEST_CASE("Cohen's kappa matches the textbook example and R", "[statistics][agreement]")
{
    // 50 items: both yes 20, first yes second no 5, first no second yes 10, both no 15:
    // po = 0.7, pe = 0.5, kappa = 0.4.
    CHECK_THAT(cohenKappa({ { 15, 10 }, { 5, 20 } }), WithinAbs(0.4, 1e-12));
    CHECK_THAT(cohenKappa({ { 15, 10 }, { 5, 20 } }), WithinAbs(0.39999999999999991, 1e-12));
    CHECK_THAT(cohenKappa({ { 2, 1, 0 }, { 0, 2, 1 }, { 1, 0, 3 } }), WithinAbs(0.54545454545454541, 1e-12));
    CHECK_THAT(cohenKappa({ { 35, 5 }, { 15, 45 } }), WithinAbs(0.60000000000000009, 1e-12));
    CHECK(cohenKappa({ { 10, 0 }, { 0, 10 } }) == 1.0);
    CHECK(std::isnan(cohenKappa({ { 0, 0 }, { 0, 0 } })));
    CHECK(std::isnan(cohenKappa({ { 7, 0 }, { 0, 0 } }))); // one category throughout: pe = 1
    CHECK_THROWS_AS(cohenKappa({ { 1, 2 } }), std::invalid_argument);
    CHECK_THROWS_AS(cohenKappa({ { 1, -2 }, { 0, 1 } }), std::invalid_argument);
}

TEST_CASE("Krippendorff's alpha matches Krippendorff's worked example and R", "[statistics][agreement]")
{
    // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: four observers,
    // twelve units, missing values; nominal alpha = 0.743.
    const auto example = units({ { 1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA },
                                 { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3 },
                                 { NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA },
                                 { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA } });
    CHECK_THAT(krippendorffAlphaNominal(example), WithinAbs(0.743, 5e-4));
    CHECK_THAT(krippendorffAlphaNominal(example), WithinAbs(0.74342105263157898, 1e-12));
    CHECK_THAT(krippendorffAlphaNominal(units({ { 1, 1, 0, 0, 1, 0, 1, 1, 0, 0 }, { 1, 0, 0, 0, 1, 0, 1, 1, 1, 0 } })),
               WithinAbs(0.62, 1e-12));
    CHECK_THAT(krippendorffAlphaNominal(
                   units({ { 1, 1, 0, NA, 1, 0, 1, 1 }, { 1, 0, 0, 0, 1, NA, 1, 1 }, { NA, 1, 0, 0, 1, 0, 0, 1 } })),
               WithinAbs(0.62962962962962965, 1e-12));
    CHECK(krippendorffAlphaNominal(units({ { 1, 0, 1 }, { 1, 0, 1 } })) == 1.0);
    CHECK(std::isnan(krippendorffAlphaNominal({}))); // nothing to pair
    CHECK(std::isnan(krippendorffAlphaNominal({ { 1 }, { 0 } }))); // one value per unit
    CHECK(std::isnan(krippendorffAlphaNominal({ { 1, 1 }, { 1, 1 } }))); // one value throughout: De = 0
}

TEST_CASE("Wilson on a weighted share is prop.test's formula on the effective size", "[statistics][agreement]")
{
    const Proportion a = wilsonWeighted(0.8, 37.5);
    CHECK_THAT(a.low, WithinAbs(0.64704668342691973, 1e-12));
    CHECK_THAT(a.high, WithinAbs(0.89720116466152922, 1e-12));
    const Proportion b = wilsonWeighted(0.95, 12.25);
    CHECK_THAT(b.low, WithinAbs(0.69131146896370277, 1e-12));
    CHECK_THAT(b.high, WithinAbs(0.99383461523231209, 1e-12));
    // With integer counts it is wilson() (prop.test(161, 268, correct = FALSE)).
    const Proportion c = wilsonWeighted(161.0 / 268.0, 268);
    const Proportion d = wilson(161, 268);
    CHECK_THAT(c.low, WithinAbs(d.low, 1e-12));
    CHECK_THAT(c.high, WithinAbs(d.high, 1e-12));
    CHECK(std::isnan(wilsonWeighted(0.5, 0).low));
}

TEST_CASE("Rogan-Gladen corrects a share and carries the three uncertainties", "[statistics][agreement]")
{
    const CorrectedShare a = roganGladen(0.2, 500, 0.9, 60, 0.95, 140);
    REQUIRE(a.corrected);
    CHECK_THAT(a.share, WithinAbs(0.17647058823529399, 1e-12)); // (0.2 + 0.95 - 1) / 0.85
    CHECK_THAT(a.low, WithinAbs(0.12013930875661964, 1e-12));
    CHECK_THAT(a.high, WithinAbs(0.23280186771396832, 1e-12));
    const CorrectedShare b = roganGladen(0.6, 268, 0.85, 40, 0.9, 60);
    CHECK_THAT(b.share, WithinAbs(0.66666666666666663, 1e-12));
    CHECK_THAT(b.low, WithinAbs(0.53655613467398233, 1e-12));
    CHECK_THAT(b.high, WithinAbs(0.79677719865935093, 1e-12));
    const CorrectedShare c = roganGladen(0.87, 75, 0.95, 120, 0.8, 30);
    CHECK_THAT(c.share, WithinAbs(0.8933333333333332, 1e-12));
    CHECK_THAT(c.low, WithinAbs(0.77988622416804221, 1e-12));
    CHECK(c.high == 1.0);
    // A perfect dictionary changes nothing but the interval's width.
    const CorrectedShare perfect = roganGladen(0.3, 200, 1, 50, 1, 50);
    CHECK_THAT(perfect.share, WithinAbs(0.3, 1e-15));
    CHECK(perfect.status == CorrectedShare::Status::Corrected);
    CHECK(correctionNote(perfect, true).empty());

    const CorrectedShare few = roganGladen(0.3, 200, 0.9, 6, 0.95, 80);
    CHECK_FALSE(few.corrected);
    CHECK(std::isnan(few.share));
    CHECK(few.status == CorrectedShare::Status::TooFewCoded);
    CHECK(correctionNote(few, false).find("rests on 6 coded units and the specificity on 80") != std::string::npos);
    CHECK(correctionNote(few, true).find("repose sur 6 unités codées") != std::string::npos);
    CHECK(roganGladen(0.3, 200, 0.5, 50, 0.55, 50).status == CorrectedShare::Status::NotDiscriminating); // J = 0.05
    CHECK(roganGladen(0.3, 0, 0.9, 50, 0.9, 50).status == CorrectedShare::Status::NoProgramme);
    const CorrectedShare clipped = roganGladen(0.02, 300, 0.9, 50, 0.9, 50); // (0.02 - 0.1) / 0.8 < 0
    CHECK(clipped.corrected);
    CHECK(clipped.share == 0.0);
    CHECK(clipped.status == CorrectedShare::Status::Clipped);
    CHECK_FALSE(correctionNote(clipped, true).empty());
}

TEST_CASE("the dictionary's scores against a coder, weighted back to the study", "[statistics][agreement]")
{
    // Simple random sample: 10 found (8 right), 4 missed, 26 rightly left out.
    std::vector<BinaryItem> items;
    for (int k = 0; k < 8; ++k)
        items.push_back({ true, true });
    for (int k = 0; k < 2; ++k)
        items.push_back({ true, false });
    for (int k = 0; k < 4; ++k)
        items.push_back({ false, true });
    for (int k = 0; k < 26; ++k)
        items.push_back({ false, false });
    const ClassifierScores s = scoreClassifier(items, 1000, 7);
    CHECK(s.items == 40);
    CHECK(s.truePositives == 8);
    CHECK(s.falsePositives == 2);
    CHECK(s.falseNegatives == 4);
    CHECK(s.trueNegatives == 26);
    CHECK_THAT(s.precision.share, WithinAbs(0.8, 1e-15));
    CHECK_THAT(s.recall.share, WithinAbs(8.0 / 12.0, 1e-15));
    CHECK_THAT(s.specificity.share, WithinAbs(26.0 / 28.0, 1e-15));
    const Proportion p = wilson(8, 10);
    CHECK_THAT(s.precision.low, WithinAbs(p.low, 1e-12)); // unweighted: plain Wilson
    CHECK_THAT(s.precision.high, WithinAbs(p.high, 1e-12));
    CHECK_THAT(s.f1, WithinAbs(16.0 / 22.0, 1e-15));
    CHECK_THAT(s.kappa, WithinAbs(cohenKappa({ { 26, 2 }, { 4, 8 } }), 1e-15));
    CHECK(s.f1Low < s.f1);
    CHECK(s.f1 < s.f1High);
    CHECK(s.bootstrapReplicates == 1000);
    // The same seed gives the same interval; another seed another one, close to it.
    const ClassifierScores again = scoreClassifier(items, 1000, 7);
    CHECK(again.f1Low == s.f1Low);
    CHECK(again.f1High == s.f1High);
    const ClassifierScores other = scoreClassifier(items, 1000, 8);
    CHECK_THAT(other.f1Low, WithinAbs(s.f1Low, 0.05));

    // Stratified on the dictionary's verdict: 10 tagged items drawn from 100 tagged passages,
    // 30 untagged from 900 untagged. The weights give the study's recall, not the sample's.
    std::vector<BinaryItem> stratified;
    for (const BinaryItem &i : items)
        stratified.push_back({ i.predicted, i.actual, i.predicted ? 10.0 : 30.0, i.predicted ? 1 : 0 });
    const ClassifierScores w = scoreClassifier(stratified, 500, 7);
    CHECK_THAT(w.precision.share, WithinAbs(0.8, 1e-15)); // one weight among the tagged
    CHECK_THAT(w.recall.share, WithinAbs(80.0 / (80.0 + 120.0), 1e-15)); // 8 x 10 found, 4 x 30 missed
    CHECK_THAT(w.f1, WithinAbs(160.0 / (160.0 + 20.0 + 120.0), 1e-15));
    CHECK_THAT(w.recallEffectiveSize, WithinAbs(200.0 * 200.0 / (8 * 100.0 + 4 * 900.0), 1e-12));
    CHECK(w.kappa == s.kappa); // kappa is on the items as coded

    CHECK_THROWS_AS(scoreClassifier({ { true, true, -1 } }), std::invalid_argument);
    const ClassifierScores none = scoreClassifier({});
    CHECK(std::isnan(none.f1));
    CHECK(std::isnan(none.precision.share));
}
