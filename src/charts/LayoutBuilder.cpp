// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/LayoutBuilder.h"

#include "charts/NumberFormat.h"
#include "charts/Palette.h"

#include <QFontInfo>
#include <QGuiApplication>
#include <QPaintDevice>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::charts::detail {

namespace {

using Role = TextItem::Role;

// Whiskers over a bar need this contrast with it (WCAG 2.1's minimum for graphics); every palette
// colour has it with the dark whisker, a dark theme colour (#332288) does not.
constexpr double kMinWhiskerContrast = 3;

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

// Tick labels: as many decimals as the step needs.
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

} // namespace

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

double widest(const QFontMetricsF &metrics, const QStringList &texts)
{
    double width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

LayoutBuilder::LayoutBuilder(const Chart &chart, const QRectF &area, const QPaintDevice *device, double base)
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

// Top to bottom: titles, legend, the plot with its axes and labels (columns or rows), footnote;
// the watermark over everything.
Scene LayoutBuilder::build(bool natural)
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
    // No group: no bars to tell apart, the empty note says why.
    const bool legend = (m_chart.series.size() > 1 || m_chart.kind == Chart::Kind::StackedShares)
        && (groupCount(m_chart) > 0 || m_chart.emptyNote.isEmpty());
    if (legend && !m_chart.series.empty())
        y = addLegend(inner.left(), y, inner.width()) + gap;

    const QFontMetricsF fmFoot = metrics(m_fonts.footnote);
    const std::vector<QString> footnote = wrapText(m_chart.footnote, fmFoot, inner.width(), 8);
    const double footHeight = static_cast<double>(footnote.size()) * fmFoot.lineSpacing();
    const double middleBottom
        = natural ? std::numeric_limits<double>::max() : inner.bottom() - (footnote.empty() ? 0 : footHeight + gap);
    double middleEnd = 0;
    if (groupCount(m_chart) == 0 && !m_chart.emptyNote.isEmpty()) {
        // No bars: the reason, centred where they would be, a third of the way down.
        const QFontMetricsF fm = metrics(m_fonts.label);
        const double room = natural ? 6 * fm.lineSpacing() : std::max(0.0, middleBottom - y);
        const double top = y + std::min(room / 3, 2 * fm.lineSpacing());
        middleEnd = addParagraph(Role::EmptyNote, m_chart.emptyNote, m_fonts.label, kMutedColor, inner.left() + 2 * m_b,
                                 top, inner.width() - 4 * m_b, 6, true);
        if (natural)
            middleEnd = std::max(middleEnd, y + room);
    } else {
        middleEnd = usesRows(m_chart) ? layoutRows(inner.left(), y, inner.width(), middleBottom, natural)
                                      : layoutColumns(inner.left(), y, inner.width(), middleBottom, natural);
    }
    m_scene.rows = usesRows(m_chart);
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

TextItem &LayoutBuilder::addText(Role role, const QString &text, const QFont &font, const QColor &color, QPointF origin,
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

double LayoutBuilder::addParagraph(Role role, const QString &text, const QFont &font, const QColor &color, double x,
                                   double y, double width, int maxLines, bool centred)
{
    const QFontMetricsF fm = metrics(font);
    for (const QString &line : wrapText(text, fm, width, maxLines)) {
        const double indent = centred ? (width - fm.horizontalAdvance(line)) / 2 : 0;
        addText(role, line, font, color, QPointF(x + indent, y));
        y += fm.lineSpacing();
    }
    return y;
}

// Swatch and name per series, flowing left to right and onto as many rows as needed.
double LayoutBuilder::addLegend(double x, double y, double width)
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

QStringList LayoutBuilder::tickLabels(const std::vector<double> &ticks) const
{
    const int decimals = ticks.size() > 1 ? decimalsFor(m_chart, ticks[1] - ticks[0]) : 0;
    QStringList labels;
    for (double tick : ticks)
        labels << formatValue(m_chart, tick, decimals);
    return labels;
}

// The interval across the bar `rect` (coordinates `a` along the value axis, `b` across it). Dark,
// except where it lies over a bar too dark for it (a theme's colour may be): there in
// textColorOn(fill), so that the low end still shows.
void LayoutBuilder::addWhisker(const Bar &bar, const Axis &axis, double centre, double cap, bool vertical,
                               const QRectF &rect, const QColor &fill)
{
    if (!hasLow(bar) && !hasHigh(bar))
        return;
    const double from = axis.map(lowEnd(bar));
    const double to = axis.map(highEnd(bar));
    const double width = 0.09 * m_b;
    const auto line = [&](double a1, double b1, double a2, double b2, const QColor &color) {
        m_scene.lines.push_back(vertical ? LineItem { QLineF(b1, a1, b2, a2), color, width }
                                         : LineItem { QLineF(a1, b1, a2, b2), color, width });
    };
    const QColor over = contrastRatio(kWhiskerColor, fill) >= kMinWhiskerContrast ? kWhiskerColor : textColorOn(fill);
    const double barStart = vertical ? rect.top() : rect.left(), barEnd = vertical ? rect.bottom() : rect.right();
    const double low = std::min(from, to), high = std::max(from, to);
    const double overStart = std::clamp(barStart, low, high), overEnd = std::clamp(barEnd, low, high);
    if (over == kWhiskerColor || overStart >= overEnd) {
        line(from, centre, to, centre, kWhiskerColor);
    } else {
        if (low < overStart)
            line(low, centre, overStart, centre, kWhiskerColor);
        line(overStart, centre, overEnd, centre, over);
        if (overEnd < high)
            line(overEnd, centre, high, centre, kWhiskerColor);
    }
    const auto capColor = [&](double a) {
        return a > barStart && a < barEnd ? over : kWhiskerColor;
    };
    if (hasLow(bar))
        line(from, centre - cap / 2, from, centre + cap / 2, capColor(from));
    if (hasHigh(bar))
        line(to, centre - cap / 2, to, centre + cap / 2, capColor(to));
}

// The value's label: inside the bar at its base when the part of the bar the whisker does not
// cross (`clear`, from the base) is long enough, else just past the bar or whisker (`outerEnd`),
// else none. Vertical bars grow up from `base`, horizontal ones right from it.
void LayoutBuilder::addValueLabel(const QRectF &bar, const QColor &fill, double value, double clear, double outerEnd,
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
void LayoutBuilder::addWatermark()
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

} // namespace vigie::charts::detail
