// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Statistics.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <numbers>
#include <random>
#include <stdexcept>

namespace vigie::core::stats {

namespace {

// lgamma without the global `signgam` that std::lgamma writes on glibc (a data race when tests
// run on several threads). Every argument here is positive, so the sign is always +1.
double logGamma(double x)
{
    int sign = 0;
    return lgamma_r(x, &sign);
}

} // namespace

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

// R's tolerances, so that tables whose probabilities tie in exact arithmetic but differ by rounding
// are counted as R counts them: fisher.test's 2x2 branch (relative, on probabilities), FEXACT's
// r x c branch (absolute, on log probabilities), and simulate.p.value (relative, on the statistic).
constexpr double kFisher2x2RelativeTolerance = 1e-7;
constexpr double kFexactLogTolerance = 3.45254e-7;
constexpr double kMonteCarloRelativeTolerance = 64 * kEpsilon;

// Totals up to 2^53 stay exact in a double, which every formula here goes through.
constexpr long long kMaxTotal = 1LL << 53;

// log(n!) from a table up to the largest total the caller needs; std::lgamma above it, so that a
// table with a huge total but a small column does not allocate gigabytes.
class LogFactorial
{
public:
    explicit LogFactorial(long long upTo)
    {
        const long long cached = std::min<long long>(upTo, 1'000'000);
        m_table.resize(static_cast<std::size_t>(cached) + 1);
        for (std::size_t i = 0; i < m_table.size(); ++i)
            m_table[i] = logGamma(static_cast<double>(i) + 1.0);
    }
    double operator()(long long n) const
    {
        return static_cast<std::size_t>(n) < m_table.size() ? m_table[static_cast<std::size_t>(n)]
                                                            : logGamma(static_cast<double>(n) + 1.0);
    }

private:
    std::vector<double> m_table;
};

// Neumaier's compensated sum: the exact test adds up to kMaxEnumeratedTables terms.
class CompensatedSum
{
public:
    void add(double x)
    {
        const double t = m_sum + x;
        m_compensation += std::abs(m_sum) >= std::abs(x) ? (m_sum - t) + x : (x - t) + m_sum;
        m_sum = t;
    }
    double value() const { return m_sum + m_compensation; }

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

// Lower tail of the standard normal, accurate in relative terms far into the tail.
double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

// Acklam's approximation for p <= 0.5 (relative error below 1.2e-9), then one Halley step.
double lowerNormalQuantile(double p)
{
    static constexpr double a[] = { -3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                    1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00 };
    static constexpr double b[] = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                    6.680131188771972e+01, -1.328068155288572e+01 };
    static constexpr double c[] = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                    -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00 };
    static constexpr double d[]
        = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
    constexpr double pLow = 0.02425;

    double x;
    if (p < pLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    }
    // Halley's step on F(x) - p. The density underflows below x ~ -38.5 (p subnormal): keep Acklam there.
    const double density = std::exp(-0.5 * x * x) / std::sqrt(2.0 * std::numbers::pi);
    if (density > 0.0) {
        // Near the centre x is small and F(x) - p cancels: take it from erf and p - 0.5 (exact for
        // p >= 0.25) so that x keeps its relative accuracy; in the tail erfc keeps it.
        const double residual = p >= 0.25 ? 0.5 * std::erf(x / std::numbers::sqrt2) - (p - 0.5) : normalCdf(x) - p;
        const double u = residual / density;
        x -= u / (1.0 + 0.5 * x * u);
    }
    return x;
}

// Regularized upper incomplete gamma Q(a, x) for a > 0, x > 0 (Numerical Recipes' gser / gcf).
double upperIncompleteGammaQ(double a, double x)
{
    constexpr int kMaxIterations = 100'000;
    const double logPrefactor = -x + a * std::log(x) - logGamma(a);
    if (x < a + 1.0) {
        // Series for P; Q is at least ~0.08 in this region, so 1 - P loses no relative accuracy.
        double ap = a;
        double term = 1.0 / a;
        double sum = term;
        for (int i = 0; i < kMaxIterations; ++i) {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if (std::abs(term) < std::abs(sum) * kEpsilon)
                break;
        }
        return std::max(0.0, 1.0 - sum * std::exp(logPrefactor));
    }
    // Continued fraction for Q, modified Lentz: keeps relative accuracy for tiny Q.
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < kMaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < kEpsilon)
            break;
    }
    return std::exp(logPrefactor) * h;
}

// Draws from the hypergeometric distribution: successes among `draws` items taken without
// replacement from `population` items of which `marked` are marked. Inversion that starts at the
// mode and walks outwards to the more probable neighbour (Patefield's idea): about one standard
// deviation of steps, and no underflow from starting at the lower end of a wide support.
long long sampleHypergeometric(long long population, long long marked, long long draws, double u,
                               const LogFactorial &lf)
{
    const long long lo = std::max(0LL, draws - (population - marked));
    const long long hi = std::min(draws, marked);
    if (lo == hi)
        return lo;
    const long long unmarked = population - marked;
    const auto guess = static_cast<long long>(static_cast<double>(draws + 1) * static_cast<double>(marked + 1)
                                              / static_cast<double>(population + 2));
    const long long mode = std::clamp(guess, lo, hi);
    const double logMode = lf(marked) - lf(mode) - lf(marked - mode) + lf(unmarked) - lf(draws - mode)
        - lf(unmarked - draws + mode) - (lf(population) - lf(draws) - lf(population - draws));
    double cumulative = std::exp(logMode);
    if (u < cumulative)
        return mode;
    long long down = mode;
    long long up = mode;
    double pDown = cumulative;
    double pUp = cumulative;
    for (;;) {
        const auto dn = static_cast<double>(down);
        const auto un = static_cast<double>(up);
        const double nextDown = down > lo ? pDown * dn * static_cast<double>(unmarked - draws + down)
                / (static_cast<double>(marked - down + 1) * static_cast<double>(draws - down + 1))
                                          : -1.0;
        const double nextUp = up < hi ? pUp * static_cast<double>(marked - up) * static_cast<double>(draws - up)
                / ((un + 1.0) * static_cast<double>(unmarked - draws + up + 1))
                                      : -1.0;
        // Nothing left to add (support exhausted or the rest underflows): u fell in the rounding
        // error of the cumulative sum.
        if (nextDown <= 0.0 && nextUp <= 0.0)
            return mode;
        if (nextDown >= nextUp) {
            --down;
            pDown = nextDown;
            cumulative += pDown;
            if (u < cumulative)
                return down;
        } else {
            ++up;
            pUp = nextUp;
            cumulative += pUp;
            if (u < cumulative)
                return up;
        }
    }
}

// A table without its empty rows and columns, with its margins.
struct Reduced
{
    std::vector<std::vector<long long>> cells;
    std::vector<long long> rowTotals;
    std::vector<long long> colTotals;
    long long total = 0;

    std::size_t rows() const { return rowTotals.size(); }
    std::size_t cols() const { return colTotals.size(); }
};

// sum over cells of log(x!): the probability of a table given its margins is
// exp(logConstant - this), with logConstant = sum log(r_i!) + sum log(c_j!) - log(N!).
double sumLogFactorials(const std::vector<std::vector<long long>> &cells, const LogFactorial &lf)
{
    double s = 0.0;
    for (const auto &row : cells)
        for (long long x : row)
            s += lf(x);
    return s;
}

double logConstant(const Reduced &t, const LogFactorial &lf)
{
    double s = -lf(t.total);
    for (long long r : t.rowTotals)
        s += lf(r);
    for (long long c : t.colTotals)
        s += lf(c);
    return s;
}

// Full enumeration of the tables with the margins of `t`: row by row, each row cell by cell; in
// each row the last cell is what is left of the row total, and the last row is what is left of the
// column totals. The bounds on each cell leave the rest always completable, so every leaf is a table.
class Enumerator
{
public:
    Enumerator(const Reduced &t, const LogFactorial &lf, double logThreshold, long long cap)
        : m_t(t)
        , m_lf(lf)
        , m_logConstant(logConstant(t, lf))
        , m_logThreshold(logThreshold)
        , m_cap(cap)
        , m_colLeft(t.colTotals)
    { }

    // False if there are more than `cap` tables.
    bool run()
    {
        fillRow(0, 0.0);
        return !m_aborted;
    }
    double pValue() const { return m_sum.value(); }
    long long tables() const { return m_tables; }

private:
    void fillRow(std::size_t i, double partial)
    {
        if (i + 1 == m_t.rows()) {
            double s = partial;
            for (long long x : m_colLeft)
                s += m_lf(x);
            if (++m_tables > m_cap) {
                m_aborted = true;
                return;
            }
            const double logP = m_logConstant - s;
            if (logP <= m_logThreshold)
                m_sum.add(std::exp(logP));
            return;
        }
        fillCell(i, 0, m_t.rowTotals[i], partial);
    }

    void fillCell(std::size_t i, std::size_t j, long long rowLeft, double partial)
    {
        if (j + 1 == m_t.cols()) {
            m_colLeft[j] -= rowLeft;
            fillRow(i + 1, partial + m_lf(rowLeft));
            m_colLeft[j] += rowLeft;
            return;
        }
        long long room = 0; // what the columns after j can still take
        for (std::size_t k = j + 1; k < m_t.cols(); ++k)
            room += m_colLeft[k];
        const long long lo = std::max(0LL, rowLeft - room);
        const long long hi = std::min(rowLeft, m_colLeft[j]);
        for (long long x = lo; x <= hi && !m_aborted; ++x) {
            m_colLeft[j] -= x;
            fillCell(i, j + 1, rowLeft - x, partial + m_lf(x));
            m_colLeft[j] += x;
        }
    }

    const Reduced &m_t;
    const LogFactorial &m_lf;
    const double m_logConstant;
    const double m_logThreshold;
    const long long m_cap;
    std::vector<long long> m_colLeft;
    CompensatedSum m_sum;
    long long m_tables = 0;
    bool m_aborted = false;
};

// How many tables have the margins of `t`, counted up to `cap` + 1, when one side has two
// categories (theme mentioned or not, the crosstab's case); -1 when not counted. With two rows, a table is
// its first row: x_j in [0, c_j] summing to r_1, counted by dynamic programming over the columns.
// This decides at once whether to enumerate: the enumerator itself only learns that it must give
// up after walking `cap` tables (2 s on a 106-department table).
long long countTwoWayTables(const Reduced &t, long long cap)
{
    const bool twoRows = t.rows() == 2;
    if (!twoRows && t.cols() != 2)
        return -1;
    const std::vector<long long> &bounds = twoRows ? t.colTotals : t.rowTotals;
    // Counting the first row's tables or the second's is the same: take the smaller total.
    const long long target
        = std::min(twoRows ? t.rowTotals[0] : t.colTotals[0], twoRows ? t.rowTotals[1] : t.colTotals[1]);
    if (target > 10'000'000)
        return -1; // not worth the memory: let the enumerator find out
    std::vector<long long> ways(static_cast<std::size_t>(target) + 1, 0); // ways[s]: prefixes summing to s
    ways[0] = 1;
    for (long long bound : bounds) {
        // new[s] = sum of old[s - x] for x in [0, bound], as a running window. Entries are kept
        // at most cap + 1 (min is monotone, so the saturated count is exact up to cap + 1); the
        // window over saturated entries stays exact: at most (target + 1) (cap + 1).
        std::vector<long long> next(ways.size(), 0);
        long long window = 0;
        for (std::size_t s = 0; s < ways.size(); ++s) {
            window += ways[s];
            if (s >= static_cast<std::size_t>(bound) + 1)
                window -= ways[s - static_cast<std::size_t>(bound) - 1];
            next[s] = std::min(window, cap + 1);
        }
        ways.swap(next);
    }
    return std::min(ways.back(), cap + 1);
}

// A uniform double in [0, 1) from the top 53 bits: unlike std::uniform_real_distribution, the same on
// every standard library.
double uniform01(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// Sum of log(x!) over a random table with the margins of `t` (Patefield's algorithm: each cell
// drawn from its hypergeometric distribution given the cells before it, as R's r2dtable).
double randomTableSumLogFactorials(const Reduced &t, const LogFactorial &lf, std::mt19937_64 &rng,
                                   std::vector<long long> &colLeft)
{
    colLeft = t.colTotals;
    double s = 0.0;
    for (std::size_t i = 0; i + 1 < t.rows(); ++i) {
        long long rowLeft = t.rowTotals[i];
        long long population = 0;
        for (long long c : colLeft)
            population += c;
        for (std::size_t j = 0; j + 1 < t.cols(); ++j) {
            const long long x = sampleHypergeometric(population, colLeft[j], rowLeft, uniform01(rng), lf);
            population -= colLeft[j];
            colLeft[j] -= x;
            rowLeft -= x;
            s += lf(x);
        }
        colLeft.back() -= rowLeft;
        s += lf(rowLeft);
    }
    for (long long x : colLeft)
        s += lf(x);
    return s;
}

std::string counted(std::size_t n, const char *what)
{
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

// ", after leaving out 1 empty row and 2 empty columns", or nothing.
std::string droppedClause(std::size_t droppedRows, std::size_t droppedCols)
{
    if (droppedRows + droppedCols == 0)
        return {};
    std::string clause = ", after leaving out ";
    if (droppedRows > 0)
        clause += counted(droppedRows, "empty row");
    if (droppedRows > 0 && droppedCols > 0)
        clause += " and ";
    if (droppedCols > 0)
        clause += counted(droppedCols, "empty column");
    return clause;
}

} // namespace

Proportion wilson(long long successes, long long total, double confidence)
{
    if (successes < 0 || total < 0 || successes > total)
        throw std::invalid_argument("wilson: need 0 <= successes <= total");
    if (!(confidence > 0.0 && confidence < 1.0))
        throw std::invalid_argument("wilson: confidence must be strictly between 0 and 1");
    Proportion result;
    result.successes = successes;
    result.total = total;
    if (total == 0)
        return result;
    // Same operations as R 4.2's prop.test, so the bounds agree to the last digits.
    const auto n = static_cast<double>(total);
    const double estimate = static_cast<double>(successes) / n;
    const double z = normalQuantile((1.0 + confidence) / 2.0);
    const double z22n = z * z / (2.0 * n);
    const double spread = z * std::sqrt(estimate * (1.0 - estimate) / n + z22n / (2.0 * n));
    result.share = estimate;
    result.high = estimate >= 1.0 ? 1.0 : std::min(1.0, (estimate + z22n + spread) / (1.0 + 2.0 * z22n));
    result.low = estimate <= 0.0 ? 0.0 : std::max(0.0, (estimate + z22n - spread) / (1.0 + 2.0 * z22n));
    return result;
}

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return kNaN;
    if (p == 0.0)
        return -kInf;
    if (p == 1.0)
        return kInf;
    // 1 - p is exact for p >= 0.5 (Sterbenz), and the lower tail is where erfc is accurate.
    return p <= 0.5 ? lowerNormalQuantile(p) : -lowerNormalQuantile(1.0 - p);
}

double chiSquareSurvival(double x, int df)
{
    if (df < 1)
        throw std::invalid_argument("chiSquareSurvival: df must be at least 1");
    if (std::isnan(x))
        return kNaN;
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return upperIncompleteGammaQ(0.5 * df, 0.5 * x);
}

double fisherExact2x2(long long a, long long b, long long c, long long d)
{
    if (a < 0 || b < 0 || c < 0 || d < 0)
        throw std::invalid_argument("fisherExact2x2: negative count");
    if (a > kMaxTotal || b > kMaxTotal - a || c > kMaxTotal - a - b || d > kMaxTotal - a - b - c)
        throw std::invalid_argument("fisherExact2x2: total too large");
    // R's notation: first column total m, second n, first row total k; x = a ranges over lo..hi.
    const long long m = a + c;
    const long long n = b + d;
    const long long k = a + b;
    const long long lo = std::max(0LL, k - n);
    const long long hi = std::min(k, m);
    if (lo == hi)
        return 1.0;
    auto logDensity = [&](long long x) {
        const auto lf = [](long long v) {
            return logGamma(static_cast<double>(v) + 1.0);
        };
        return -lf(x) - lf(m - x) - lf(k - x) - lf(n - k + x);
    };
    std::vector<double> density(static_cast<std::size_t>(hi - lo + 1));
    double maxLog = -kInf;
    for (long long x = lo; x <= hi; ++x) {
        density[static_cast<std::size_t>(x - lo)] = logDensity(x);
        maxLog = std::max(maxLog, density[static_cast<std::size_t>(x - lo)]);
    }
    for (double &v : density)
        v = std::exp(v - maxLog);
    const double threshold = density[static_cast<std::size_t>(a - lo)] * (1.0 + kFisher2x2RelativeTolerance);
    CompensatedSum all;
    CompensatedSum asExtreme;
    for (double v : density) {
        all.add(v);
        if (v <= threshold)
            asExtreme.add(v);
    }
    return std::min(1.0, asExtreme.value() / all.value());
}

IndependenceTest testIndependence(const std::vector<std::vector<long long>> &table, std::uint64_t seed)
{
    using Method = IndependenceTest::Method;
    const std::size_t rows = table.size();
    const std::size_t cols = rows == 0 ? 0 : table.front().size();
    std::vector<long long> rowTotals(rows, 0);
    std::vector<long long> colTotals(cols, 0);
    long long total = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (table[i].size() != cols)
            throw std::invalid_argument("testIndependence: rows of different lengths");
        for (std::size_t j = 0; j < cols; ++j) {
            const long long x = table[i][j];
            if (x < 0)
                throw std::invalid_argument("testIndependence: negative count");
            if (x > kMaxTotal - total)
                throw std::invalid_argument("testIndependence: total too large");
            rowTotals[i] += x;
            colTotals[j] += x;
            total += x;
        }
    }

    IndependenceTest result;
    result.expected.assign(rows, std::vector<double>(cols, 0.0));
    result.adjustedResiduals.assign(rows, std::vector<double>(cols, kNaN));

    Reduced t;
    std::vector<std::size_t> keptRows;
    std::vector<std::size_t> keptCols;
    for (std::size_t i = 0; i < rows; ++i)
        if (rowTotals[i] > 0)
            keptRows.push_back(i);
    for (std::size_t j = 0; j < cols; ++j)
        if (colTotals[j] > 0)
            keptCols.push_back(j);
    for (std::size_t i : keptRows) {
        t.rowTotals.push_back(rowTotals[i]);
        auto &row = t.cells.emplace_back();
        for (std::size_t j : keptCols)
            row.push_back(table[i][j]);
    }
    for (std::size_t j : keptCols)
        t.colTotals.push_back(colTotals[j]);
    t.total = total;
    const std::string dropped = droppedClause(rows - keptRows.size(), cols - keptCols.size());

    // Expected counts as R's outer(sr, sc) / n.
    const auto n = static_cast<double>(total);
    for (std::size_t i : keptRows) {
        for (std::size_t j : keptCols) {
            const double e = static_cast<double>(rowTotals[i]) * static_cast<double>(colTotals[j]) / n;
            result.expected[i][j] = e;
            result.minExpected = std::isnan(result.minExpected) ? e : std::min(result.minExpected, e);
            if (e < 5.0)
                ++result.cellsBelow5;
        }
    }
    result.lowExpectedWarning = result.cellsBelow5 > 0;

    if (t.rows() < 2 || t.cols() < 2) {
        result.note = "Not testable: fewer than two non-empty rows or columns remain" + dropped + ".";
        return result;
    }

    // Pearson's statistic, and R's stdres with V = r c (n - r) (n - c) / n^3.
    double chiSquare = 0.0;
    for (std::size_t i : keptRows) {
        const auto r = static_cast<double>(rowTotals[i]);
        for (std::size_t j : keptCols) {
            const auto c = static_cast<double>(colTotals[j]);
            const double e = result.expected[i][j];
            const double deviation = static_cast<double>(table[i][j]) - e;
            chiSquare += deviation * deviation / e;
            result.adjustedResiduals[i][j] = deviation / std::sqrt(c * r * (n - r) * (n - c) / (n * n * n));
        }
    }
    result.chiSquare = chiSquare;
    result.degreesOfFreedom = static_cast<int>((t.rows() - 1) * (t.cols() - 1));
    result.chiSquarePValue = chiSquareSurvival(chiSquare, result.degreesOfFreedom);

    const std::string shape = std::to_string(t.rows()) + "x" + std::to_string(t.cols());
    const std::string lowCells = std::to_string(result.cellsBelow5) + " of " + std::to_string(t.rows() * t.cols())
        + " expected counts are below 5";

    if (t.rows() == 2 && t.cols() == 2) {
        result.method = Method::FisherExact;
        result.pValue = fisherExact2x2(t.cells[0][0], t.cells[0][1], t.cells[1][0], t.cells[1][1]);
        result.note = "Fisher's exact test was used because the table is 2x2" + dropped + ".";
        return result;
    }
    if (result.cellsBelow5 == 0) {
        result.method = Method::ChiSquare;
        result.pValue = result.chiSquarePValue;
        result.note = "Pearson's chi-square test without continuity correction was used on the " + shape
            + " table because every expected count is at least 5" + dropped + ".";
        return result;
    }

    const LogFactorial lf(total);
    const double observedSum = sumLogFactorials(t.cells, lf);
    Enumerator enumerator(t, lf, logConstant(t, lf) - observedSum + kFexactLogTolerance, kMaxEnumeratedTables);
    if (countTwoWayTables(t, kMaxEnumeratedTables) <= kMaxEnumeratedTables && enumerator.run()) { // -1: try
        result.method = Method::FisherExact;
        result.pValue = std::min(1.0, enumerator.pValue());
        result.note = "The Fisher-Freeman-Halton exact test was used on the " + shape + " table, enumerating all "
            + std::to_string(enumerator.tables()) + " tables with its margins, because " + lowCells + dropped + ".";
        return result;
    }

    // A table is as extreme as the observed one when it is no more probable, i.e. when its sum of
    // log factorials is at least the observed one; R allows 64 ulps.
    std::mt19937_64 rng(seed);
    std::vector<long long> scratch;
    const double cutoff = observedSum / (1.0 + kMonteCarloRelativeTolerance);
    long long hits = 0;
    for (long long s = 0; s < kMonteCarloSamples; ++s)
        if (randomTableSumLogFactorials(t, lf, rng, scratch) >= cutoff)
            ++hits;
    result.method = Method::FisherMonteCarlo;
    result.monteCarloSamples = kMonteCarloSamples;
    result.pValue = static_cast<double>(1 + hits) / static_cast<double>(kMonteCarloSamples + 1);
    result.note = "A Monte Carlo Fisher-Freeman-Halton test with " + std::to_string(kMonteCarloSamples)
        + " random tables was used on the " + shape + " table because " + lowCells + " and it has more than "
        + std::to_string(kMaxEnumeratedTables) + " tables with its margins to enumerate" + dropped + ".";
    return result;
}

} // namespace vigie::core::stats
