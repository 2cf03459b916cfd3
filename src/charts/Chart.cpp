// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/Chart.h"

#include "charts/ChartLayout.h"
#include "charts/Palette.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace vigie::charts {

namespace {

using detail::LineItem;
using detail::Scene;
using detail::TextItem;
using Role = detail::TextItem::Role;

// Every size is a multiple of the base text size, itself a fraction of the area's width: a chart
// looks the same (only scaled) in any unit and at any size, within the clamp (docs/charts.md).
constexpr double kWidthPerBase = 60;
constexpr double kMinBase = 6;
constexpr double kMaxBase = 16;
constexpr double kSmallestBase = 4.5; // when even kMinBase does not fit the area
constexpr double kSupersample = 16; // Scene::scale

constexpr double kTitleSize = 1.3;
constexpr double kSubtitleSize = 1.0;
constexpr double kLegendSize = 0.92;
constexpr double kAxisSize = 0.85;
constexpr double kLabelSize = 0.92;
constexpr double kNoteSize = 0.8;
constexpr double kValueSize = 0.78;
constexpr double kFootnoteSize = 0.78;

// Columns stay readable up to these counts; past them, GroupedBars runs in rows.
constexpr int kMaxColumnGroups = 16;
constexpr int kMaxColumnBars = 64;

constexpr double kSin45 = std::numbers::sqrt2 / 2;

const QColor kTitleColor = QColor(0x11, 0x11, 0x11);
const QColor kSubtitleColor = QColor(0x33, 0x33, 0x33);
const QColor kTextColor = QColor(0x22, 0x22, 0x22);
const QColor kMutedColor = QColor(0x55, 0x55, 0x55);
const QColor kFootnoteColor = QColor(0x66, 0x66, 0x66);
const QColor kGridColor = QColor(0xDD, 0xDD, 0xDD);
const QColor kAxisColor = QColor(0x55, 0x55, 0x55);
const QColor kWhiskerColor = QColor(0x22, 0x22, 0x22);
// Translucent red: visible on white and on every palette colour, never hides a bar.
const QColor kWatermarkColor = QColor(0xC0, 0x10, 0x10, 0x40);

struct Fonts
{
    QFont title, subtitle, legend, axis, label, note, value, footnote;
};

QString applicationFamily()
{
    // The application font may be a generic alias ("Sans Serif"): SVG viewers need the real name.
    return QFontInfo(QGuiApplication::font()).family();
}

// A font `units` tall in the painter's logical units on a device of `dpi` logical DPI: Qt scales
// point sizes by the device's DPI, so the point size cancels it. No hinting: the same metrics on
// every device.
QFont makeFont(const QString &family, double units, bool bold, double dpi)
{
    QFont font(family);
    font.setPointSizeF(std::max(units, 0.1) * 72.0 / dpi);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off (Qt's shaper): with them, "fictives" reaches a PDF as
    // an "ﬁ" glyph that search and copy do not find. 1/64 pixel is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

int groupCount(const Chart &chart)
{
    std::size_t count = chart.groups.size();
    for (const Series &series : chart.series)
        count = std::max(count, series.bars.size());
    return static_cast<int>(count);
}

QString groupLabel(const Chart &chart, int group)
{
    return group < static_cast<int>(chart.groups.size()) ? chart.groups[static_cast<std::size_t>(group)] : QString();
}

QString groupNote(const Chart &chart, int group)
{
    return group < static_cast<int>(chart.groupNotes.size()) ? chart.groupNotes[static_cast<std::size_t>(group)]
                                                             : QString();
}

const Bar *barAt(const Series &series, int group)
{
    return group < static_cast<int>(series.bars.size()) ? &series.bars[static_cast<std::size_t>(group)] : nullptr;
}

QColor colorOf(const Chart &chart, int series)
{
    return chart.series[static_cast<std::size_t>(series)].color.value_or(seriesColor(series));
}

// An interval's ends; a missing or non-finite end is the value itself (no whisker on that side).
bool hasLow(const Bar &bar)
{
    return bar.low && std::isfinite(*bar.low);
}

bool hasHigh(const Bar &bar)
{
    return bar.high && std::isfinite(*bar.high);
}

double lowEnd(const Bar &bar)
{
    return hasLow(bar) ? *bar.low : bar.value;
}

double highEnd(const Bar &bar)
{
    return hasHigh(bar) ? *bar.high : bar.value;
}

// The values the axis must show: bars and interval ends (GroupedBars), bar totals (StackedShares).
std::pair<double, double> dataRange(const Chart &chart)
{
    double low = 0, high = 0;
    const bool stacked = chart.kind == Chart::Kind::StackedShares;
    for (int group = 0, count = groupCount(chart); group < count; ++group) {
        double total = 0;
        for (const Series &series : chart.series) {
            const Bar *bar = barAt(series, group);
            if (!bar || !std::isfinite(bar->value))
                continue;
            if (stacked) {
                total += std::max(bar->value, 0.0);
                continue;
            }
            low = std::min({ low, bar->value, lowEnd(*bar) });
            high = std::max({ high, bar->value, highEnd(*bar) });
        }
        high = std::max(high, total);
    }
    if (stacked && chart.scale == Chart::Scale::Share)
        high = std::max(high, 1.0);
    return { low, high };
}

int decimalsFor(const Chart &chart, double step)
{
    const double value = chart.scale == Chart::Scale::Share ? step * 100 : step;
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled)))
            break;
        ++decimals;
    }
    return decimals;
}

// Value labels: whole percents for shares; numbers as precise as the data, up to one decimal.
int valueDecimals(const Chart &chart)
{
    if (chart.scale == Chart::Scale::Share)
        return 0;
    for (const Series &series : chart.series)
        for (const Bar &bar : series.bars)
            if (std::isfinite(bar.value) && std::abs(bar.value - std::round(bar.value)) > 1e-9)
                return 1;
    return 0;
}

double widest(const QFontMetricsF &metrics, const QStringList &texts)
{
    double width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

// Maps a value to a coordinate along the value axis.
struct Axis
{
    double low = 0, high = 1; // values at the two ends
    double start = 0, end = 1; // coordinates of the two ends
    double map(double value) const { return start + (value - low) / (high - low) * (end - start); }
};

class Builder
{
public:
    Builder(const Chart &chart, const QRectF &area, const QPaintDevice *device, double base)
        : m_chart(chart)
        , m_device(device)
        , m_b(base)
    {
        m_scene.area = area;
        m_scene.baseSize = base;
        const QString family = applicationFamily();
        const double dpi = device ? device->logicalDpiY() : 96.0;
        m_fonts.title = makeFont(family, base * kTitleSize, true, dpi);
        m_fonts.subtitle = makeFont(family, base * kSubtitleSize, false, dpi);
        m_fonts.legend = makeFont(family, base * kLegendSize, false, dpi);
        m_fonts.axis = makeFont(family, base * kAxisSize, false, dpi);
        m_fonts.label = makeFont(family, base * kLabelSize, false, dpi);
        m_fonts.note = makeFont(family, base * kNoteSize, false, dpi);
        m_fonts.value = makeFont(family, base * kValueSize, false, dpi);
        m_fonts.footnote = makeFont(family, base * kFootnoteSize, false, dpi);
        m_watermarkFont = makeFont(family, 100, true, dpi);
        m_valueDecimals = valueDecimals(chart);
    }

    // natural: the height is what the content needs (preferredSize) rather than the area's.
    Scene build(bool natural);

private:
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, m_device); }
    TextItem &addText(Role role, const QString &text, const QFont &font, const QColor &color, QPointF origin,
                      int group = -1);
    double addParagraph(Role role, const QString &text, const QFont &font, const QColor &color, double x, double y,
                        double width, int maxLines, bool centred = false);
    double addLegend(double x, double y, double width);
    double layoutColumns(double left, double top, double width, double bottom, bool natural);
    double layoutRows(double left, double top, double width, double bottom, bool natural);
    void addValueLabel(const QRectF &bar, const QColor &fill, double value, double clear, double outerEnd,
                       bool vertical, double base, const QRectF &plot);
    void addWhisker(const Bar &bar, const Axis &axis, double centre, double cap, bool vertical);
    void addWatermark();
    QStringList tickLabels(const std::vector<double> &ticks) const;

    const Chart &m_chart;
    const QPaintDevice *m_device;
    const double m_b;
    Fonts m_fonts;
    QFont m_watermarkFont;
    int m_valueDecimals = 0;
    Scene m_scene;
};

TextItem &Builder::addText(Role role, const QString &text, const QFont &font, const QColor &color, QPointF origin,
                           int group)
{
    const QFontMetricsF fm = metrics(font);
    TextItem item;
    item.role = role;
    item.text = text;
    item.font = font;
    item.color = color;
    item.origin = origin;
    item.size = QSizeF(fm.horizontalAdvance(text), fm.height());
    item.ascent = fm.ascent();
    item.group = group;
    m_scene.texts.push_back(item);
    return m_scene.texts.back();
}

double Builder::addParagraph(Role role, const QString &text, const QFont &font, const QColor &color, double x, double y,
                             double width, int maxLines, bool centred)
{
    const QFontMetricsF fm = metrics(font);
    for (const QString &line : detail::wrapText(text, fm, width, maxLines)) {
        const double indent = centred ? (width - fm.horizontalAdvance(line)) / 2 : 0;
        addText(role, line, font, color, QPointF(x + indent, y));
        y += fm.lineSpacing();
    }
    return y;
}

// Swatch and name per series, flowing left to right and onto as many rows as needed.
double Builder::addLegend(double x, double y, double width)
{
    const QFontMetricsF fm = metrics(m_fonts.legend);
    const double swatch = 0.8 * m_b;
    const double lineHeight = std::max(fm.height(), swatch);
    const double spacing = 1.2 * m_b;
    double cursor = x;
    for (int i = 0; i < static_cast<int>(m_chart.series.size()); ++i) {
        QString name = m_chart.series[static_cast<std::size_t>(i)].name;
        const double room = width - swatch - 0.35 * m_b;
        if (fm.horizontalAdvance(name) > room)
            name = fm.elidedText(name, Qt::ElideRight, room);
        const double itemWidth = swatch + 0.35 * m_b + fm.horizontalAdvance(name);
        if (cursor > x && cursor + itemWidth > x + width) {
            cursor = x;
            y += lineHeight + 0.3 * m_b;
        }
        m_scene.boxes.push_back({ QRectF(cursor, y + (lineHeight - swatch) / 2, swatch, swatch), colorOf(m_chart, i) });
        addText(Role::Legend, name, m_fonts.legend, kTextColor,
                QPointF(cursor + swatch + 0.35 * m_b, y + (lineHeight - fm.height()) / 2));
        cursor += itemWidth + spacing;
    }
    return y + lineHeight;
}

QStringList Builder::tickLabels(const std::vector<double> &ticks) const
{
    const int decimals = ticks.size() > 1 ? decimalsFor(m_chart, ticks[1] - ticks[0]) : 0;
    QStringList labels;
    for (double tick : ticks)
        labels << formatValue(m_chart, tick, decimals);
    return labels;
}

void Builder::addWhisker(const Bar &bar, const Axis &axis, double centre, double cap, bool vertical)
{
    if (!hasLow(bar) && !hasHigh(bar))
        return;
    const double from = axis.map(lowEnd(bar));
    const double to = axis.map(highEnd(bar));
    const double width = 0.09 * m_b;
    const auto line = [&](double a1, double b1, double a2, double b2) {
        m_scene.lines.push_back(vertical ? LineItem { QLineF(b1, a1, b2, a2), kWhiskerColor, width }
                                         : LineItem { QLineF(a1, b1, a2, b2), kWhiskerColor, width });
    };
    line(from, centre, to, centre);
    if (hasLow(bar))
        line(from, centre - cap / 2, from, centre + cap / 2);
    if (hasHigh(bar))
        line(to, centre - cap / 2, to, centre + cap / 2);
}

// The value's label: inside the bar at its base when the part of the bar the whisker does not
// cross (`clear`, from the base) is long enough, else just past the bar or whisker (`outerEnd`),
// else none. Vertical bars grow up from `base`, horizontal ones right from it.
void Builder::addValueLabel(const QRectF &bar, const QColor &fill, double value, double clear, double outerEnd,
                            bool vertical, double base, const QRectF &plot)
{
    if (!std::isfinite(value))
        return;
    const QString text = formatValue(m_chart, value, m_valueDecimals);
    const QFontMetricsF fm = metrics(m_fonts.value);
    const double w = fm.horizontalAdvance(text), h = fm.height();
    const double inset = 0.25 * m_b;
    const bool positive = value >= 0;
    if (vertical) {
        if (w + 0.2 * m_b > bar.width())
            return;
        const double x = bar.center().x() - w / 2;
        if (positive && clear >= h + 2 * inset) {
            addText(Role::ValueLabel, text, m_fonts.value, textColorOn(fill), QPointF(x, base - inset - h));
            return;
        }
        const double y = positive ? outerEnd - inset - h : outerEnd + inset;
        if (y >= plot.top() && y + h <= plot.bottom())
            addText(Role::ValueLabel, text, m_fonts.value, kTextColor, QPointF(x, y));
        return;
    }
    if (h > bar.height() * 1.05)
        return;
    const double y = bar.center().y() - h / 2;
    if (positive && clear >= w + 2 * inset) {
        addText(Role::ValueLabel, text, m_fonts.value, textColorOn(fill), QPointF(base + inset, y));
        return;
    }
    const double x = positive ? outerEnd + inset : outerEnd - inset - w;
    if (x >= plot.left() && x + w <= plot.right())
        addText(Role::ValueLabel, text, m_fonts.value, kTextColor, QPointF(x, y));
}

// Across the plot, as large as its diagonal allows; on a tall plot, once per band so that every
// part of the data carries it.
void Builder::addWatermark()
{
    const QString text = m_chart.watermark.trimmed();
    if (text.isEmpty())
        return;
    const QRectF zone = m_scene.plot.isValid() && !m_scene.plot.isEmpty() ? m_scene.plot : m_scene.area;
    const QFontMetricsF fm = metrics(m_watermarkFont);
    const double bandHeight = std::min(zone.height(), zone.width() * 0.6);
    const double angle = -std::atan2(bandHeight, zone.width()) * 180 / std::numbers::pi;
    const double diagonal = std::hypot(zone.width(), bandHeight);
    // The font is 100 units tall in m_watermarkFont: scale it to fill 85 % of the diagonal, no taller
    // than a quarter of the band, no smaller than the title.
    double units = 100 * 0.85 * diagonal / std::max(fm.horizontalAdvance(text), 1.0);
    units = std::min(units, 100 * 0.25 * bandHeight / fm.height());
    units = std::max(units, m_b * kTitleSize);
    const int bands = std::max(1, static_cast<int>(zone.height() / (bandHeight * 1.15)));
    const double dpi = m_device ? m_device->logicalDpiY() : 96.0;
    const QFont font = makeFont(m_watermarkFont.family(), units, true, dpi);
    for (int band = 0; band < bands; ++band) {
        const QPointF centre(zone.center().x(), zone.top() + (band + 0.5) * zone.height() / bands);
        m_scene.watermarks.push_back({ text, font, centre, angle, kWatermarkColor });
    }
}

double Builder::layoutColumns(double left, double top, double width, double bottom, bool natural)
{
    const int groups = std::max(groupCount(m_chart), 1);
    const int seriesCount = static_cast<int>(m_chart.series.size());
    const bool share = m_chart.scale == Chart::Scale::Share;
    const QFontMetricsF fmAxis = metrics(m_fonts.axis), fmLabel = metrics(m_fonts.label),
                        fmNote = metrics(m_fonts.note);
    const double desiredPlot = std::max(14 * m_b, 0.36 * m_scene.area.width());
    double y = top;

    // The value axis' title, above the tick labels, read horizontally.
    if (!m_chart.valueAxisLabel.isEmpty())
        y = addParagraph(Role::AxisTitle, m_chart.valueAxisLabel, m_fonts.axis, kMutedColor, left, y, width, 2)
            + 0.3 * m_b;

    // Ticks first: their labels' width sets where the plot starts.
    const auto [dataLow, dataHigh] = dataRange(m_chart);
    const auto maxTicks = [&](double length) {
        return std::clamp(static_cast<int>(length / (2.6 * fmAxis.height())) + 1, 2, 8);
    };
    std::vector<double> ticks
        = detail::niceTicks(dataLow, dataHigh, maxTicks(natural ? desiredPlot : (bottom - y) * 0.7), share);
    QStringList tickTexts = tickLabels(ticks);
    const double tickWidth = widest(fmAxis, tickTexts);

    const double minPlotLeft = left + tickWidth + 0.5 * m_b;
    const double plotRight = left + width - 0.2 * m_b;
    double plotLeft = minPlotLeft;
    const auto slotWidth = [&] {
        return (plotRight - plotLeft) / groups;
    };

    // Group labels: horizontal and wrapped (up to 3 lines, notes 2) when every word fits its slot,
    // otherwise rotated by 45°, and only every labelStep-th one when even that would overlap.
    bool anyNote = false;
    for (int g = 0; g < groups; ++g)
        anyNote = anyNote || !groupNote(m_chart, g).isEmpty();
    std::vector<std::vector<QString>> labelLines(static_cast<std::size_t>(groups)),
        noteLines(static_cast<std::size_t>(groups));
    bool horizontal = true;
    std::size_t maxLabelLines = 0, maxNoteLines = 0;
    for (int g = 0; g < groups && horizontal; ++g) {
        const double room = slotWidth() - 0.5 * m_b;
        const QString label = groupLabel(m_chart, g), note = groupNote(m_chart, g);
        auto &lines = labelLines[static_cast<std::size_t>(g)];
        auto &notes = noteLines[static_cast<std::size_t>(g)];
        lines = detail::wrapText(label, fmLabel, room, 3, true);
        notes = detail::wrapText(note, fmNote, room, 2, true);
        horizontal = (label.isEmpty() || !lines.empty()) && (note.isEmpty() || !notes.empty());
        maxLabelLines = std::max(maxLabelLines, lines.size());
        maxNoteLines = std::max(maxNoteLines, notes.size());
    }
    const double labelTop = 0.4 * m_b; // from the plot's bottom
    const double noteGap = 0.15 * m_b;
    double labelBlock = 0;
    const double rotatedBlock = fmLabel.height() + (anyNote ? fmNote.height() : 0);
    const double maxRotatedLength = 16 * m_b;
    std::vector<double> rotatedLength(static_cast<std::size_t>(groups), 0);
    int step = 1;
    if (horizontal) {
        labelBlock = static_cast<double>(maxLabelLines) * fmLabel.lineSpacing();
        if (maxNoteLines > 0)
            labelBlock += noteGap + static_cast<double>(maxNoteLines) * fmNote.lineSpacing();
    } else {
        const auto lengthOf = [&](int g) {
            return std::min(maxRotatedLength,
                            std::max(fmLabel.horizontalAdvance(groupLabel(m_chart, g)),
                                     fmNote.horizontalAdvance(groupNote(m_chart, g))));
        };
        // Move the plot right so that the first labels, which run down to the left, need not be
        // elided; at most to a third of the width.
        for (int pass = 0; pass < 4; ++pass) {
            double needed = minPlotLeft;
            for (int g = 0; g < groups; ++g)
                needed = std::max(
                    needed, left + 0.3 * m_b + kSin45 * (lengthOf(g) + rotatedBlock / 2) - (g + 0.5) * slotWidth());
            plotLeft = std::min(std::max(needed, minPlotLeft), left + width / 3);
        }
        step = std::max(1, static_cast<int>(std::ceil(1.08 * rotatedBlock / (kSin45 * slotWidth()))));
        double longest = 0;
        for (int g = 0; g < groups; g += step) {
            const double centre = plotLeft + (g + 0.5) * slotWidth();
            // The block's far corner stays right of the area's left edge.
            const double room = (centre - left - kSin45 * rotatedBlock / 2) / kSin45 - 0.1 * m_b;
            rotatedLength[static_cast<std::size_t>(g)] = std::max(0.0, std::min(lengthOf(g), room));
            longest = std::max(longest, rotatedLength[static_cast<std::size_t>(g)]);
        }
        labelBlock = kSin45 * (longest + rotatedBlock);
    }
    m_scene.labelAngle = horizontal ? 0 : -45;
    m_scene.labelStep = step;

    const std::vector<QString> groupTitle = detail::wrapText(m_chart.groupAxisLabel, fmAxis, plotRight - plotLeft, 2);
    const double groupTitleBlock
        = groupTitle.empty() ? 0 : 0.5 * m_b + static_cast<double>(groupTitle.size()) * fmAxis.lineSpacing();

    const double plotTop = y + fmAxis.height() / 2;
    double plotBottom = natural ? plotTop + desiredPlot : bottom - groupTitleBlock - labelBlock - labelTop;
    if (plotBottom - plotTop < 4 * m_b || plotRight - plotLeft < 4 * m_b)
        m_scene.fits = false;
    plotBottom = std::max(plotBottom, plotTop + m_b);
    const QRectF plot(QPointF(plotLeft, plotTop), QPointF(std::max(plotRight, plotLeft + m_b), plotBottom));
    m_scene.plot = plot;

    // With the plot's height known, denser ticks may fit; keep them if their labels are no wider.
    if (!natural) {
        const std::vector<double> denser = detail::niceTicks(dataLow, dataHigh, maxTicks(plot.height()), share);
        const QStringList denserTexts = tickLabels(denser);
        if (widest(fmAxis, denserTexts) <= tickWidth + 0.01) {
            ticks = denser;
            tickTexts = denserTexts;
        }
    }
    const Axis axis { ticks.front(), ticks.back(), plot.bottom(), plot.top() };
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const double ty = axis.map(ticks[i]);
        m_scene.gridLines.push_back({ QLineF(plot.left(), ty, plot.right(), ty), kGridColor, 0.07 * m_b });
        const double tw = fmAxis.horizontalAdvance(tickTexts[static_cast<qsizetype>(i)]);
        addText(Role::Tick, tickTexts[static_cast<qsizetype>(i)], m_fonts.axis, kMutedColor,
                QPointF(plot.left() - 0.4 * m_b - tw, ty - fmAxis.height() / 2));
    }
    const double zero = axis.map(0);

    // Bars: the group's bars side by side in 78 % of its slot, none wider than 5 × the text size.
    const double slot = plot.width() / groups;
    const double barWidth = seriesCount > 0 ? std::min(slot * 0.78 / seriesCount, 5 * m_b) : 0;
    const double barGap = std::min(0.12 * barWidth, 0.15 * m_b);
    for (int g = 0; g < groups; ++g) {
        const double centre = plot.left() + (g + 0.5) * slot;
        const double groupLeft = centre - barWidth * seriesCount / 2;
        for (int s = 0; s < seriesCount; ++s) {
            const Bar *bar = barAt(m_chart.series[static_cast<std::size_t>(s)], g);
            if (!bar || !std::isfinite(bar->value))
                continue;
            const QColor fill = colorOf(m_chart, s);
            const double end = axis.map(bar->value);
            const QRectF rect(QPointF(groupLeft + s * barWidth + barGap / 2, std::min(zero, end)),
                              QPointF(groupLeft + (s + 1) * barWidth - barGap / 2, std::max(zero, end)));
            m_scene.boxes.push_back({ rect, fill });
            addWhisker(*bar, axis, rect.center().x(), std::min(0.45 * rect.width(), 0.8 * m_b), true);
            const double clear = zero - axis.map(std::min(bar->value, lowEnd(*bar)));
            const double outer
                = bar->value >= 0 ? std::min(end, axis.map(highEnd(*bar))) : std::max(end, axis.map(lowEnd(*bar)));
            addValueLabel(rect, fill, bar->value, clear, outer, true, zero, plot);
        }
    }
    m_scene.lines.push_back({ QLineF(plot.left(), zero, plot.right(), zero), kAxisColor, 0.1 * m_b });

    // Group labels and notes.
    const double labelsY = plot.bottom() + labelTop;
    for (int g = 0; g < groups; g += step) {
        const double centre = plot.left() + (g + 0.5) * slot;
        if (horizontal) {
            double ly = labelsY;
            for (const QString &line : labelLines[static_cast<std::size_t>(g)]) {
                addText(Role::GroupLabel, line, m_fonts.label, kTextColor,
                        QPointF(centre - fmLabel.horizontalAdvance(line) / 2, ly), g);
                ly += fmLabel.lineSpacing();
            }
            // Notes on one row across groups, so that they read as a line of counts.
            double ny = labelsY + static_cast<double>(maxLabelLines) * fmLabel.lineSpacing() + noteGap;
            for (const QString &line : noteLines[static_cast<std::size_t>(g)]) {
                addText(Role::GroupNote, line, m_fonts.note, kMutedColor,
                        QPointF(centre - fmNote.horizontalAdvance(line) / 2, ny), g);
                ny += fmNote.lineSpacing();
            }
            continue;
        }
        // Rotated: the block (label, then note) ends at the slot's centre, its top corner just
        // under the axis, and runs down to the left. A thinned label gets a tick pointing at its group.
        if (step > 1)
            m_scene.lines.push_back(
                { QLineF(centre, plot.bottom(), centre, plot.bottom() + 0.3 * m_b), kAxisColor, 0.08 * m_b });
        const double length = rotatedLength[static_cast<std::size_t>(g)];
        const QTransform rotation = QTransform().rotate(-45);
        const QPointF anchor(centre, labelsY + kSin45 * rotatedBlock / 2);
        const auto place = [&](Role role, const QString &full, const QFont &font, const QColor &color, double lineTop) {
            const QFontMetricsF fm = metrics(font);
            const QString text
                = fm.horizontalAdvance(full) > length ? fm.elidedText(full, Qt::ElideRight, length) : full;
            if (text.isEmpty())
                return;
            const double w = fm.horizontalAdvance(text);
            TextItem &item
                = addText(role, text, font, color, anchor - rotation.map(QPointF(w, rotatedBlock / 2 - lineTop)), g);
            item.angle = -45;
        };
        place(Role::GroupLabel, groupLabel(m_chart, g), m_fonts.label, kTextColor, 0);
        place(Role::GroupNote, groupNote(m_chart, g), m_fonts.note, kMutedColor, fmLabel.height());
    }

    double end = labelsY + labelBlock;
    if (!groupTitle.empty())
        end = addParagraph(Role::AxisTitle, m_chart.groupAxisLabel, m_fonts.axis, kMutedColor, plot.left(),
                           end + 0.5 * m_b, plot.width(), 2, true);
    return end;
}

double Builder::layoutRows(double left, double top, double width, double bottom, bool natural)
{
    const int groups = std::max(groupCount(m_chart), 1);
    const int seriesCount = static_cast<int>(m_chart.series.size());
    const bool stacked = m_chart.kind == Chart::Kind::StackedShares;
    const bool share = m_chart.scale == Chart::Scale::Share;
    const QFontMetricsF fmAxis = metrics(m_fonts.axis), fmLabel = metrics(m_fonts.label),
                        fmNote = metrics(m_fonts.note);

    // Columns left of the plot: labels (left-aligned, elided past 36 % of the width), then notes
    // (right-aligned against the plot).
    double labelWidth = 0, noteWidth = 0;
    for (int g = 0; g < groups; ++g) {
        labelWidth = std::max(labelWidth, fmLabel.horizontalAdvance(groupLabel(m_chart, g)));
        noteWidth = std::max(noteWidth, fmNote.horizontalAdvance(groupNote(m_chart, g)));
    }
    labelWidth = std::min(labelWidth, 0.36 * width);
    noteWidth = std::min(noteWidth, 0.16 * width);
    const double noteRight = left + labelWidth + (noteWidth > 0 ? 0.6 * m_b + noteWidth : 0);
    const double plotLeft = noteRight + 0.8 * m_b;

    const auto [dataLow, dataHigh] = dataRange(m_chart);
    std::vector<double> ticks = detail::niceTicks(dataLow, dataHigh, 6, share);
    QStringList tickTexts = tickLabels(ticks);
    // As many ticks as fit with their labels 2.2 label widths apart.
    for (int pass = 0; pass < 2; ++pass) {
        const double tickWidth = widest(fmAxis, tickTexts);
        const double length = left + width - tickWidth / 2 - plotLeft;
        const int count = std::clamp(static_cast<int>(length / (2.2 * tickWidth)) + 1, 2, 6);
        ticks = detail::niceTicks(dataLow, dataHigh, count, share);
        tickTexts = tickLabels(ticks);
    }
    const double tickWidth = widest(fmAxis, tickTexts);
    const double plotRight = std::max(left + width - tickWidth / 2, plotLeft + m_b);

    // Header band: the group axis' title over the label column; tick labels over the plot too when
    // the rows are many, so that the top rows need not be read against a scale far below.
    const bool topTicks = groups > 20;
    double y = top, headerEnd = top;
    if (!m_chart.groupAxisLabel.isEmpty())
        headerEnd = addParagraph(Role::AxisTitle, m_chart.groupAxisLabel, m_fonts.axis, kMutedColor, left, top,
                                 std::max(plotLeft - left - tickWidth / 2 - 0.5 * m_b, 4 * m_b), 2);
    if (topTicks)
        headerEnd = std::max(headerEnd, top + fmAxis.height());
    if (headerEnd > top)
        y = headerEnd + 0.3 * m_b;

    const std::vector<QString> valueTitle = detail::wrapText(m_chart.valueAxisLabel, fmAxis, plotRight - plotLeft, 2);
    const double bottomBand = 0.3 * m_b + fmAxis.height()
        + (valueTitle.empty() ? 0 : 0.4 * m_b + static_cast<double>(valueTitle.size()) * fmAxis.lineSpacing());
    const double naturalRow = stacked ? std::max(2.3 * m_b, 1.3 * fmLabel.lineSpacing())
                                      : std::max(1.3 * fmLabel.lineSpacing(), seriesCount * 0.8 * m_b + 0.6 * m_b);
    const double rowsBottom = natural ? y + groups * naturalRow : bottom - bottomBand;
    if (rowsBottom - y < std::max(3 * m_b, groups * 0.25 * m_b) || plotRight - plotLeft < 4 * m_b)
        m_scene.fits = false;
    const QRectF plot(QPointF(plotLeft, y), QPointF(plotRight, std::max(rowsBottom, y + m_b)));
    m_scene.plot = plot;
    // Rows thinner than a line of text: labels for every labelStep-th row only, and the rows inset
    // by half a line less half a row, so that the first and last labels, centred on their rows,
    // stay within the plot's height.
    double rowsTop = plot.top(), row = plot.height() / groups;
    m_scene.labelStep = std::max(1, static_cast<int>(std::ceil(1.05 * fmLabel.height() / row)));
    if (m_scene.labelStep > 1) {
        const double rowsHeight
            = groups > 1 ? std::max((plot.height() - fmLabel.height()) / (1.0 - 1.0 / groups), 0.0) : plot.height();
        rowsTop = plot.top() + (plot.height() - rowsHeight) / 2;
        row = rowsHeight / groups;
    }

    const Axis axis { ticks.front(), ticks.back(), plot.left(), plot.right() };
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const double tx = axis.map(ticks[i]);
        m_scene.gridLines.push_back({ QLineF(tx, plot.top(), tx, plot.bottom()), kGridColor, 0.07 * m_b });
        const QString &text = tickTexts[static_cast<qsizetype>(i)];
        const double tw = fmAxis.horizontalAdvance(text);
        addText(Role::Tick, text, m_fonts.axis, kMutedColor, QPointF(tx - tw / 2, plot.bottom() + 0.3 * m_b));
        if (topTicks)
            addText(Role::Tick, text, m_fonts.axis, kMutedColor, QPointF(tx - tw / 2, top));
    }
    double end = plot.bottom() + 0.3 * m_b + fmAxis.height();
    if (!valueTitle.empty())
        end = addParagraph(Role::AxisTitle, m_chart.valueAxisLabel, m_fonts.axis, kMutedColor, plot.left(),
                           end + 0.4 * m_b, plot.width(), 2, true);
    const double zero = axis.map(0);

    for (int g = 0; g < groups; g += m_scene.labelStep) {
        const double centre = rowsTop + (g + 0.5) * row;
        // A thinned label gets a tick pointing at its row.
        if (m_scene.labelStep > 1)
            m_scene.lines.push_back(
                { QLineF(plot.left() - 0.4 * m_b, centre, plot.left(), centre), kAxisColor, 0.08 * m_b });
        QString label = groupLabel(m_chart, g);
        if (fmLabel.horizontalAdvance(label) > labelWidth)
            label = fmLabel.elidedText(label, Qt::ElideRight, labelWidth);
        if (!label.isEmpty())
            addText(Role::GroupLabel, label, m_fonts.label, kTextColor, QPointF(left, centre - fmLabel.height() / 2),
                    g);
        QString note = groupNote(m_chart, g);
        if (fmNote.horizontalAdvance(note) > noteWidth)
            note = fmNote.elidedText(note, Qt::ElideRight, noteWidth);
        if (!note.isEmpty())
            addText(Role::GroupNote, note, m_fonts.note, kMutedColor,
                    QPointF(noteRight - fmNote.horizontalAdvance(note), centre - fmNote.height() / 2), g);
    }

    const QFontMetricsF fmValue = metrics(m_fonts.value);
    for (int g = 0; g < groups; ++g) {
        const double centre = rowsTop + (g + 0.5) * row;
        if (stacked) {
            // One bar split into the series' shares, white hairlines between segments.
            const double thickness = std::min(row * 0.72, 1.8 * m_b);
            double cumulative = 0;
            for (int s = 0; s < seriesCount; ++s) {
                const Bar *bar = barAt(m_chart.series[static_cast<std::size_t>(s)], g);
                if (!bar || !std::isfinite(bar->value) || bar->value <= 0)
                    continue;
                const double x0 = axis.map(cumulative), x1 = axis.map(cumulative + bar->value);
                cumulative += bar->value;
                const QRectF rect(QPointF(x0, centre - thickness / 2), QPointF(x1, centre + thickness / 2));
                const QColor fill = colorOf(m_chart, s);
                m_scene.boxes.push_back({ rect, fill });
                if (x0 > plot.left())
                    m_scene.lines.push_back({ QLineF(x0, rect.top(), x0, rect.bottom()), Qt::white, 0.1 * m_b });
                const QString text = formatValue(m_chart, bar->value, m_valueDecimals);
                const double tw = fmValue.horizontalAdvance(text);
                if (tw + 0.4 * m_b <= rect.width() && fmValue.height() <= thickness)
                    addText(Role::ValueLabel, text, m_fonts.value, textColorOn(fill),
                            QPointF(rect.center().x() - tw / 2, centre - fmValue.height() / 2));
            }
            continue;
        }
        const double groupThickness = std::min(row * 0.8, std::max(seriesCount, 1) * 1.5 * m_b);
        const double thickness = seriesCount > 0 ? groupThickness / seriesCount : 0;
        const double gap = std::min(0.12 * thickness, 0.12 * m_b);
        for (int s = 0; s < seriesCount; ++s) {
            const Bar *bar = barAt(m_chart.series[static_cast<std::size_t>(s)], g);
            if (!bar || !std::isfinite(bar->value))
                continue;
            const QColor fill = colorOf(m_chart, s);
            const double top0 = centre - groupThickness / 2 + s * thickness;
            const double end0 = axis.map(bar->value);
            const QRectF rect(QPointF(std::min(zero, end0), top0 + gap / 2),
                              QPointF(std::max(zero, end0), top0 + thickness - gap / 2));
            m_scene.boxes.push_back({ rect, fill });
            addWhisker(*bar, axis, rect.center().y(), std::min(0.45 * rect.height(), 0.8 * m_b), false);
            const double clear = axis.map(std::min(bar->value, lowEnd(*bar))) - zero;
            const double outer
                = bar->value >= 0 ? std::max(end0, axis.map(highEnd(*bar))) : std::min(end0, axis.map(lowEnd(*bar)));
            addValueLabel(rect, fill, bar->value, clear, outer, false, zero, plot);
        }
    }
    m_scene.lines.push_back({ QLineF(zero, plot.top(), zero, plot.bottom()), kAxisColor, 0.1 * m_b });
    return end;
}

Scene Builder::build(bool natural)
{
    const QRectF area = m_scene.area;
    const double pad = 0.9 * m_b, gap = 0.7 * m_b;
    const QRectF inner = area.adjusted(pad, pad, -pad, -pad);
    double y = inner.top();
    y = addParagraph(Role::Title, m_chart.title, m_fonts.title, kTitleColor, inner.left(), y, inner.width(), 3);
    if (y > inner.top() && !m_chart.subtitle.isEmpty())
        y += 0.15 * m_b;
    y = addParagraph(Role::Subtitle, m_chart.subtitle, m_fonts.subtitle, kSubtitleColor, inner.left(), y, inner.width(),
                     3);
    if (y > inner.top())
        y += gap;
    // One series needs no legend: the subtitle says what the bars measure.
    const bool legend = m_chart.series.size() > 1 || m_chart.kind == Chart::Kind::StackedShares;
    if (legend && !m_chart.series.empty())
        y = addLegend(inner.left(), y, inner.width()) + gap;

    const QFontMetricsF fmFoot = metrics(m_fonts.footnote);
    const std::vector<QString> footnote = detail::wrapText(m_chart.footnote, fmFoot, inner.width(), 8);
    const double footHeight = static_cast<double>(footnote.size()) * fmFoot.lineSpacing();
    const double middleBottom
        = natural ? std::numeric_limits<double>::max() : inner.bottom() - (footnote.empty() ? 0 : footHeight + gap);
    const double middleEnd = detail::usesRows(m_chart)
        ? layoutRows(inner.left(), y, inner.width(), middleBottom, natural)
        : layoutColumns(inner.left(), y, inner.width(), middleBottom, natural);
    m_scene.rows = detail::usesRows(m_chart);
    double footTop = natural ? middleEnd + gap : inner.bottom() - footHeight;
    if (footnote.empty())
        footTop = natural ? middleEnd : inner.bottom();
    if (!natural && (middleEnd > footTop - (footnote.empty() ? 0 : gap) + 0.01 || inner.width() < 10 * m_b))
        m_scene.fits = false;
    for (const QString &line : footnote) {
        addText(Role::Footnote, line, m_fonts.footnote, kFootnoteColor, QPointF(inner.left(), footTop));
        footTop += fmFoot.lineSpacing();
    }
    if (natural)
        m_scene.area.setHeight(footTop + pad - area.top());
    addWatermark();
    return std::move(m_scene);
}

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

namespace detail {

QPolygonF TextItem::outline() const
{
    QTransform transform;
    transform.translate(origin.x(), origin.y());
    transform.rotate(angle);
    return transform.map(QPolygonF(QRectF(QPointF(0, 0), size)));
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

Scene layoutChart(const Chart &chart, const QRectF &area, const QPaintDevice *device)
{
    const QRectF scaled(area.topLeft() * kSupersample, area.size() * kSupersample);
    // Start from the width's text size and shrink it until everything fits the area.
    double base = baseSizeFor(area.width());
    Scene scene;
    for (int attempt = 0; attempt < 20; ++attempt) {
        scene = Builder(chart, scaled, device, base * kSupersample).build(false);
        if (scene.fits || base <= kSmallestBase)
            break;
        base = std::max(kSmallestBase, base * 0.9);
    }
    scene.scale = kSupersample;
    return scene;
}

} // namespace detail

void paintChart(QPainter &painter, const QRectF &area, const Chart &chart)
{
    if (area.isEmpty())
        return;
    const Scene scene = detail::layoutChart(chart, area, painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(1 / scene.scale, 1 / scene.scale);
    painter.fillRect(scene.area, Qt::white);
    const auto drawLines = [&](const std::vector<LineItem> &lines) {
        for (const LineItem &line : lines) {
            painter.setPen(QPen(line.color, line.width, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(line.line);
        }
    };
    drawLines(scene.gridLines);
    for (const detail::BoxItem &box : scene.boxes)
        painter.fillRect(box.rect, box.fill);
    drawLines(scene.lines);
    for (const TextItem &text : scene.texts) {
        painter.setFont(text.font);
        painter.setPen(text.color);
        if (text.angle == 0) {
            painter.drawText(QPointF(text.origin.x(), text.origin.y() + text.ascent), text.text);
            continue;
        }
        painter.save();
        painter.translate(text.origin);
        painter.rotate(text.angle);
        painter.drawText(QPointF(0, text.ascent), text.text);
        painter.restore();
    }
    // Only a watermark on a tiny chart could reach past the area.
    if (!scene.watermarks.empty())
        painter.setClipRect(scene.area, Qt::IntersectClip);
    for (const detail::WatermarkItem &mark : scene.watermarks) {
        const QFontMetricsF fm(mark.font, painter.device());
        painter.save();
        painter.setFont(mark.font);
        painter.setPen(mark.color);
        painter.translate(mark.center);
        painter.rotate(mark.angle);
        painter.drawText(QPointF(-fm.horizontalAdvance(mark.text) / 2, (fm.ascent() - fm.descent()) / 2), mark.text);
        painter.restore();
    }
    painter.restore();
}

QSizeF preferredSize(const Chart &chart, double width)
{
    if (!(width > 0))
        return {};
    const Scene scene
        = Builder(chart, QRectF(0, 0, width * kSupersample, 0), measuringDevice(), baseSizeFor(width) * kSupersample)
              .build(true);
    return QSizeF(width, std::ceil(scene.area.height() / kSupersample));
}

QString formatValue(const Chart &chart, double value, int decimals)
{
    if (!std::isfinite(value))
        return QString(QChar(0x2013));
    if (chart.scale == Chart::Scale::Share)
        return formatPercent(value, chart.locale, decimals);
    decimals = std::clamp(decimals, 0, 6);
    // No "-0" for a value that rounds to zero.
    return chart.locale.toString(std::round(std::abs(value) * std::pow(10.0, decimals)) == 0 ? 0.0 : value, 'f',
                                 decimals);
}

QString formatPercent(double share, const QLocale &locale, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    double shown = share * 100;
    // No "-0 %" for a value that rounds to zero.
    if (std::round(std::abs(shown) * std::pow(10.0, decimals)) == 0)
        shown = 0;
    const QString number = locale.toString(shown, 'f', decimals);
    // French typography: a narrow no-break space before the percent sign ("55 %").
    return locale.language() == QLocale::French ? number + QChar(0x202F) + u'%' : number + u'%';
}

} // namespace vigie::charts
