// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartLayout.h"

#include "charts/LayoutBuilder.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTransform>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace vigie::charts::detail {

namespace {

// Every size is a multiple of the base text size, itself a fraction of the area's width: a chart
// looks the same (only scaled) in any unit and at any size, within the clamp (docs/charts.md).
constexpr double kWidthPerBase = 60;
constexpr double kMinBase = 6;
constexpr double kMaxBase = 16;
constexpr double kSmallestBase = 4.5; // when even kMinBase does not fit the area
constexpr double kSupersample = 16; // Scene::scale

// Columns stay readable up to these counts; past them, GroupedBars runs in rows.
constexpr int kMaxColumnGroups = 16;
constexpr int kMaxColumnBars = 64;

double baseSizeFor(double width)
{
    return std::clamp(width / kWidthPerBase, kMinBase, kMaxBase);
}

// A device with a known DPI to measure text on when there is no painter yet.
const QPaintDevice *measuringDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(2835); // 72 dpi: logical units are points
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return &device;
}

bool isBreakSymbol(const QString &token)
{
    return token.size() == 1 && !token.front().isLetterOrNumber();
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014);
}

} // namespace

QPolygonF TextItem::outline() const
{
    QTransform transform;
    transform.translate(origin.x(), origin.y());
    transform.rotate(angle);
    return transform.map(QPolygonF(QRectF(QPointF(0, 0), size)));
}

Scene layoutChart(const Chart &chart, const QRectF &area, const QPaintDevice *device)
{
    const QRectF scaled(area.topLeft() * kSupersample, area.size() * kSupersample);
    // Start from the width's text size and shrink it until everything fits the area.
    double base = baseSizeFor(area.width());
    Scene scene;
    for (int attempt = 0; attempt < 20; ++attempt) {
        scene = LayoutBuilder(chart, scaled, device, base * kSupersample).build(false);
        if (scene.fits || base <= kSmallestBase)
            break;
        base = std::max(kSmallestBase, base * 0.9);
    }
    scene.scale = kSupersample;
    return scene;
}

double naturalHeight(const Chart &chart, double width)
{
    const Scene scene = LayoutBuilder(chart, QRectF(0, 0, width * kSupersample, 0), measuringDevice(),
                                      baseSizeFor(width) * kSupersample)
                            .build(true);
    return scene.area.height() / kSupersample;
}

bool usesRows(const Chart &chart)
{
    if (chart.kind == Chart::Kind::StackedShares)
        return true;
    const int groups = groupCount(chart);
    return groups > kMaxColumnGroups || groups * std::max(static_cast<int>(chart.series.size()), 1) > kMaxColumnBars;
}

std::vector<QString> wrapText(const QString &text, const QFontMetricsF &metrics, double width, int maxLines, bool exact)
{
    std::vector<QString> lines;
    if (text.isEmpty() || maxLines < 1)
        return lines;
    const double tolerance = 0.01;
    const auto fits = [&](const QString &line) {
        return metrics.horizontalAdvance(line) <= width + tolerance;
    };

    for (const QString &paragraph : text.split(u'\n')) {
        // Pieces between break opportunities; spaceBefore: joined to the previous piece by a space.
        struct Piece
        {
            QString text;
            bool spaceBefore = false;
        };
        std::vector<Piece> pieces;
        const QStringList tokens = paragraph.split(u' ');
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            const QString &token = tokens[t];
            // Breaks after a hyphen between letters: "Auvergne-|Rhône-|Alpes".
            QStringList parts;
            qsizetype from = 0;
            for (qsizetype i = 1; i + 1 < token.size(); ++i) {
                if (token[i] == u'-' && token[i - 1].isLetter() && token[i + 1].isLetter()) {
                    parts << token.mid(from, i + 1 - from);
                    from = i + 1;
                }
            }
            parts << token.mid(from);
            for (qsizetype p = 0; p < parts.size(); ++p) {
                if (p > 0) {
                    pieces.push_back({ parts[p], false });
                    continue;
                }
                if (t == 0) {
                    pieces.push_back({ parts[p], false });
                    continue;
                }
                // No break inside "50 000", next to a lone symbol ("< 50", "n = 3", "55 %"),
                // except after a dash.
                const QString &previous = tokens[t - 1];
                const bool keep = previous.isEmpty() || token.isEmpty()
                    || (previous.back().isDigit() && token.front().isDigit()) || isBreakSymbol(token)
                    || (isBreakSymbol(previous) && !isDash(previous.front()));
                if (keep)
                    pieces.back().text += u' ' + parts[p];
                else
                    pieces.push_back({ parts[p], true });
            }
        }

        QString line;
        bool open = false;
        for (const Piece &piece : pieces) {
            if (open) {
                const QString candidate = line + (piece.spaceBefore ? u" "_s : QString()) + piece.text;
                if (fits(candidate)) {
                    line = candidate;
                    continue;
                }
                lines.push_back(line);
            }
            line = piece.text;
            open = true;
            if (!fits(line)) {
                if (exact)
                    return {};
                lines.push_back(metrics.elidedText(line, Qt::ElideRight, width));
                open = false;
            }
        }
        if (open)
            lines.push_back(line);
    }
    if (static_cast<int>(lines.size()) > maxLines) {
        if (exact)
            return {};
        QStringList rest;
        for (std::size_t i = static_cast<std::size_t>(maxLines) - 1; i < lines.size(); ++i)
            rest << lines[i];
        lines.resize(static_cast<std::size_t>(maxLines));
        lines.back() = metrics.elidedText(rest.join(u' '), Qt::ElideRight, width);
    }
    return lines;
}

std::vector<double> niceTicks(double low, double high, int maxCount, bool share)
{
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (!std::isfinite(low) || !std::isfinite(high))
        low = 0, high = 1;
    if (high - low < 1e-12)
        high = low + 1;
    maxCount = std::max(maxCount, 2);
    // Shares also step by 25 %: 0, 25, 50, 75, 100 reads better than 0, 50, 100.
    const std::vector<double> multipliers
        = share ? std::vector<double> { 1, 2, 2.5, 5 } : std::vector<double> { 1, 2, 5 };
    const double rough = (high - low) / (maxCount - 1);
    double step = 0;
    for (int exponent = static_cast<int>(std::floor(std::log10(rough))) - 1; step == 0; ++exponent) {
        for (double multiplier : multipliers) {
            const double candidate = multiplier * std::pow(10.0, exponent);
            const double first = std::floor(low / candidate + 1e-9), last = std::ceil(high / candidate - 1e-9);
            if (last - first + 1 <= maxCount) {
                step = candidate;
                break;
            }
        }
    }
    std::vector<double> ticks;
    const auto first = static_cast<long long>(std::floor(low / step + 1e-9));
    const auto last = static_cast<long long>(std::ceil(high / step - 1e-9));
    for (long long k = first; k <= last; ++k)
        ticks.push_back(static_cast<double>(k) * step);
    return ticks;
}

} // namespace vigie::charts::detail
