// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Agreement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>

namespace vigie::core::stats {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double zFor(double confidence)
{
    if (!(confidence > 0 && confidence < 1))
        throw std::invalid_argument("confidence must be strictly between 0 and 1");
    return normalQuantile(1 - (1 - confidence) / 2);
}

struct Weighted
{
    double tp = 0, fp = 0, fn = 0, tn = 0;

    void add(const BinaryItem &item)
    {
        double &cell = item.predicted ? (item.actual ? tp : fp) : (item.actual ? fn : tn);
        cell += item.weight;
    }
    double f1() const
    {
        const double denominator = 2 * tp + fp + fn;
        return denominator > 0 ? 2 * tp / denominator : kNaN;
    }
};

// Weighted share of `hit` among the items `in` selects, with Kish's effective size.
template <typename In, typename Hit>
Proportion weightedShare(const std::vector<BinaryItem> &items, In in, Hit hit, double confidence, double &effective)
{
    double sum = 0, squares = 0, hits = 0;
    long long count = 0, hitCount = 0;
    for (const BinaryItem &item : items) {
        if (!in(item))
            continue;
        sum += item.weight;
        squares += item.weight * item.weight;
        ++count;
        if (hit(item)) {
            hits += item.weight;
            ++hitCount;
        }
    }
    effective = squares > 0 ? sum * sum / squares : 0;
    Proportion p = wilsonWeighted(sum > 0 ? hits / sum : kNaN, effective, confidence);
    p.successes = hitCount;
    p.total = count;
    return p;
}

// R's default quantile (type 7) of sorted values.
double quantile7(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return kNaN;
    const double h = (static_cast<double>(sorted.size()) - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

std::size_t uniformIndex(std::mt19937_64 &rng, std::size_t n)
{
    const std::uint64_t bound = n;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t x = rng();
    while (x >= limit)
        x = rng();
    return static_cast<std::size_t>(x % bound);
}

double cohenKappa(const std::vector<std::vector<long long>> &table)
{
    const std::size_t k = table.size();
    std::vector<double> rows(k, 0), cols(k, 0);
    double total = 0, diagonal = 0;
    for (std::size_t i = 0; i < k; ++i) {
        if (table[i].size() != k)
            throw std::invalid_argument("Cohen's kappa needs a square table");
        for (std::size_t j = 0; j < k; ++j) {
            if (table[i][j] < 0)
                throw std::invalid_argument("Cohen's kappa: negative count");
            const auto n = static_cast<double>(table[i][j]);
            rows[i] += n;
            cols[j] += n;
            total += n;
            if (i == j)
                diagonal += n;
        }
    }
    if (total == 0)
        return kNaN;
    double expected = 0;
    for (std::size_t i = 0; i < k; ++i)
        expected += (rows[i] / total) * (cols[i] / total);
    if (expected >= 1)
        return kNaN;
    return (diagonal / total - expected) / (1 - expected);
}

double krippendorffAlphaNominal(const std::vector<std::vector<int>> &units)
{
    // Coincidences: each ordered pair of values from different coders of a unit, weighted 1 / (m - 1).
    std::map<std::pair<int, int>, double> coincidences;
    std::map<int, double> marginals;
    for (const std::vector<int> &values : units) {
        const std::size_t m = values.size();
        if (m < 2)
            continue;
        const double w = 1.0 / static_cast<double>(m - 1);
        for (std::size_t i = 0; i < m; ++i)
            for (std::size_t j = 0; j < m; ++j)
                if (i != j) {
                    coincidences[{ values[i], values[j] }] += w;
                    marginals[values[i]] += w;
                }
    }
    double n = 0;
    for (const auto &[value, count] : marginals)
        n += count;
    if (n < 2)
        return kNaN;
    double observed = 0; // sum of the off-diagonal coincidences
    for (const auto &[pair, count] : coincidences)
        if (pair.first != pair.second)
            observed += count;
    double expected = 0; // sum over c != k of n_c n_k
    for (const auto &[c, nc] : marginals)
        expected += nc * (n - nc);
    if (expected <= 0)
        return kNaN;
    return 1 - (n - 1) * observed / expected;
}

Proportion wilsonWeighted(double share, double effectiveSize, double confidence)
{
    Proportion p;
    p.share = share;
    if (!(effectiveSize > 0) || std::isnan(share))
        return p;
    const double z = zFor(confidence);
    const double z2 = z * z;
    const double n = effectiveSize;
    const double denominator = 1 + z2 / n;
    const double centre = (share + z2 / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(share * (1 - share) / n + z2 / (4 * n * n));
    p.low = std::max(0.0, centre - half);
    p.high = std::min(1.0, centre + half);
    return p;
}

ClassifierScores scoreClassifier(const std::vector<BinaryItem> &items, int replicates, std::uint64_t seed,
                                 double confidence)
{
    if (replicates < 0)
        throw std::invalid_argument("bootstrap replicates must not be negative");
    ClassifierScores s;
    Weighted all;
    std::map<int, std::vector<const BinaryItem *>> strata;
    for (const BinaryItem &item : items) {
        if (!(item.weight >= 0) || std::isinf(item.weight))
            throw std::invalid_argument("an item's weight must be finite and not negative");
        ++s.items;
        int &cell = item.predicted ? (item.actual ? s.truePositives : s.falsePositives)
                                   : (item.actual ? s.falseNegatives : s.trueNegatives);
        ++cell;
        all.add(item);
        strata[item.stratum].push_back(&item);
    }
    s.precision = weightedShare(
        items, [](const BinaryItem &i) { return i.predicted; }, [](const BinaryItem &i) { return i.actual; },
        confidence, s.precisionEffectiveSize);
    s.recall = weightedShare(
        items, [](const BinaryItem &i) { return i.actual; }, [](const BinaryItem &i) { return i.predicted; },
        confidence, s.recallEffectiveSize);
    s.specificity = weightedShare(
        items, [](const BinaryItem &i) { return !i.actual; }, [](const BinaryItem &i) { return !i.predicted; },
        confidence, s.specificityEffectiveSize);
    s.f1 = all.f1();
    s.kappa = cohenKappa({ { s.trueNegatives, s.falsePositives }, { s.falseNegatives, s.truePositives } });

    if (replicates > 0 && !items.empty()) {
        std::mt19937_64 rng(seed);
        std::vector<double> f1s;
        f1s.reserve(static_cast<std::size_t>(replicates));
        for (int r = 0; r < replicates; ++r) {
            Weighted w;
            for (const auto &[stratum, members] : strata)
                for (std::size_t k = 0; k < members.size(); ++k)
                    w.add(*members[uniformIndex(rng, members.size())]);
            if (const double f = w.f1(); !std::isnan(f))
                f1s.push_back(f);
        }
        std::sort(f1s.begin(), f1s.end());
        const double alpha = 1 - confidence;
        s.f1Low = quantile7(f1s, alpha / 2);
        s.f1High = quantile7(f1s, 1 - alpha / 2);
        s.bootstrapReplicates = static_cast<int>(f1s.size());
    }
    return s;
}

CorrectedShare roganGladen(double apparent, double total, double sensitivity, double sensitivitySize,
                           double specificity, double specificitySize, double confidence, double minimumSize)
{
    using S = CorrectedShare::Status;
    CorrectedShare c;
    c.sensitivitySize = std::isnan(sensitivitySize) ? 0 : sensitivitySize;
    c.specificitySize = std::isnan(specificitySize) ? 0 : specificitySize;
    c.minimumSize = minimumSize;
    const double z = zFor(confidence);
    if (std::isnan(apparent) || !(total > 0)) {
        c.status = S::NoProgramme;
        return c;
    }
    if (!(sensitivitySize >= minimumSize) || !(specificitySize >= minimumSize) || std::isnan(sensitivity)
        || std::isnan(specificity)) {
        c.status = S::TooFewCoded;
        return c;
    }
    const double j = sensitivity + specificity - 1;
    if (j <= 0.1) {
        c.status = S::NotDiscriminating;
        return c;
    }
    const double t = (apparent + specificity - 1) / j;
    const double variance
        = (apparent * (1 - apparent) / total + t * t * sensitivity * (1 - sensitivity) / sensitivitySize
           + (1 - t) * (1 - t) * specificity * (1 - specificity) / specificitySize)
        / (j * j);
    const double half = z * std::sqrt(variance);
    c.corrected = true;
    c.status = t < 0 || t > 1 ? S::Clipped : S::Corrected;
    c.share = std::clamp(t, 0.0, 1.0);
    c.low = std::clamp(t - half, 0.0, 1.0);
    c.high = std::clamp(t + half, 0.0, 1.0);
    return c;
}

std::string correctionNote(const CorrectedShare &c, bool french)
{
    using S = CorrectedShare::Status;
    const auto n = [](double v) {
        return std::to_string(static_cast<long long>(std::lround(v)));
    };
    switch (c.status) {
    case S::Corrected:
        return {};
    case S::Clipped:
        return french ? "La part corrigée sortait de 0-100 % et a été ramenée à la borne : l'échantillon codé et ce "
                        "groupe s'écartent plus que le hasard ne l'explique."
                      : "The corrected share fell outside 0-100 % and was clipped: the coded sample and this group "
                        "disagree more than chance would explain.";
    case S::NoProgramme:
        return french ? "Aucun programme dans ce groupe : rien à corriger."
                      : "No programme in this group: nothing to correct.";
    case S::TooFewCoded:
        return french ? "Trop peu de codes pour corriger : la sensibilité repose sur " + n(c.sensitivitySize)
                + " unités codées et la spécificité sur " + n(c.specificitySize) + " (il en faut au moins "
                + n(c.minimumSize) + " chacune)."
                      : "Too few codes to correct this share: the sensitivity rests on " + n(c.sensitivitySize)
                + " coded units and the specificity on " + n(c.specificitySize) + " (at least " + n(c.minimumSize)
                + " each are needed).";
    case S::NotDiscriminating:
        return french ? "Sur l'échantillon codé, le dictionnaire distingue à peine ce thème (sensibilité + "
                        "spécificité − 1 ≤ 0,1) : une part corrigée ne voudrait rien dire."
                      : "The dictionary barely tells this theme apart on the coded sample (sensitivity + "
                        "specificity - 1 is at most 0.1): a corrected share would mean nothing.";
    case S::NotInFrame:
        return french ? "Ce thème n'est pas dans la grille de codage de la validation : pas de correction."
                      : "This theme is not in the validation's coding frame: no correction.";
    }
    return {};
}

} // namespace vigie::core::stats
