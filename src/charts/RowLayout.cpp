// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rows: StackedShares, and GroupedBars with many groups (ChartLayout.h, usesRows()). One row per
// group, its label and note in columns left of the plot; the value axis runs along the bottom.
#include "charts/LayoutBuilder.h"

#include "charts/NumberFormat.h"
#include "charts/Palette.h"

#include <algorithm>
#include <cmath>

namespace vigie::charts::detail {

namespace {

using Role = TextItem::Role;

} // namespace

// The columns left of the plot: labels (left-aligned, elided past 36 % of the width), then notes
// (right-aligned against the plot).
struct LayoutBuilder::RowColumns
{
    double labelWidth = 0;
    double noteWidth = 0;
    double noteRight = 0;
    double plotLeft = 0;
};

double LayoutBuilder::layoutRows(double left, double top, double width, double bottom, bool natural)
{
    const int groups = std::max(groupCount(m_chart), 1);
    const int seriesCount = static_cast<int>(m_chart.series.size());
    const bool stacked = m_chart.kind == Chart::Kind::StackedShares;
    const QFontMetricsF fmAxis = metrics(m_fonts.axis), fmLabel = metrics(m_fonts.label);

    const RowColumns columns = planRowColumns(left, width);
    QStringList tickTexts;
    const std::vector<double> ticks = rowTicks(left, width, columns.plotLeft, tickTexts);
    const double tickWidth = widest(fmAxis, tickTexts);
    const double plotRight = std::max(left + width - tickWidth / 2, columns.plotLeft + m_b);

    // Header band: the group axis' title over the label column; tick labels over the plot too when
    // the rows are many, so that the top rows need not be read against a scale far below.
    const bool topTicks = groups > 20;
    double y = top, headerEnd = top;
    if (!m_chart.groupAxisLabel.isEmpty())
        headerEnd = addParagraph(Role::AxisTitle, m_chart.groupAxisLabel, m_fonts.axis, kMutedColor, left, top,
                                 std::max(columns.plotLeft - left - tickWidth / 2 - 0.5 * m_b, 4 * m_b), 2);
    if (topTicks)
        headerEnd = std::max(headerEnd, top + fmAxis.height());
    if (headerEnd > top)
        y = headerEnd + 0.3 * m_b;

    const std::vector<QString> valueTitle = wrapText(m_chart.valueAxisLabel, fmAxis, plotRight - columns.plotLeft, 2);
    const double bottomBand = 0.3 * m_b + fmAxis.height()
        + (valueTitle.empty() ? 0 : 0.4 * m_b + static_cast<double>(valueTitle.size()) * fmAxis.lineSpacing());
    const double naturalRow = stacked ? std::max(2.3 * m_b, 1.3 * fmLabel.lineSpacing())
                                      : std::max(1.3 * fmLabel.lineSpacing(), seriesCount * 0.8 * m_b + 0.6 * m_b);
    const double rowsBottom = natural ? y + groups * naturalRow : bottom - bottomBand;
    if (rowsBottom - y < std::max(3 * m_b, groups * 0.25 * m_b) || plotRight - columns.plotLeft < 4 * m_b)
        m_scene.fits = false;
    const QRectF plot(QPointF(columns.plotLeft, y), QPointF(plotRight, std::max(rowsBottom, y + m_b)));
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

    const Axis axis = addRowAxis(plot, ticks, tickTexts, top, topTicks);
    double end = plot.bottom() + 0.3 * m_b + fmAxis.height();
    if (!valueTitle.empty())
        end = addParagraph(Role::AxisTitle, m_chart.valueAxisLabel, m_fonts.axis, kMutedColor, plot.left(),
                           end + 0.4 * m_b, plot.width(), 2, true);

    addRowLabels(columns, left, rowsTop, row);
    for (int g = 0; g < groups; ++g) {
        const double centre = rowsTop + (g + 0.5) * row;
        if (stacked)
            addStackedRow(g, centre, row, axis, plot);
        else
            addBarRow(g, centre, row, axis, plot);
    }
    const double zero = axis.map(0);
    m_scene.lines.push_back({ QLineF(zero, plot.top(), zero, plot.bottom()), kAxisColor, 0.1 * m_b });
    return end;
}

LayoutBuilder::RowColumns LayoutBuilder::planRowColumns(double left, double width) const
{
    const int groups = std::max(groupCount(m_chart), 1);
    const QFontMetricsF fmLabel = metrics(m_fonts.label), fmNote = metrics(m_fonts.note);
    RowColumns columns;
    for (int g = 0; g < groups; ++g) {
        columns.labelWidth = std::max(columns.labelWidth, fmLabel.horizontalAdvance(groupLabel(m_chart, g)));
        columns.noteWidth = std::max(columns.noteWidth, fmNote.horizontalAdvance(groupNote(m_chart, g)));
    }
    columns.labelWidth = std::min(columns.labelWidth, 0.36 * width);
    columns.noteWidth = std::min(columns.noteWidth, 0.16 * width);
    columns.noteRight = left + columns.labelWidth + (columns.noteWidth > 0 ? 0.6 * m_b + columns.noteWidth : 0);
    columns.plotLeft = columns.noteRight + 0.8 * m_b;
    return columns;
}

// As many ticks as fit with their labels 2.2 label widths apart, 2 to 6; `texts` gets their labels.
std::vector<double> LayoutBuilder::rowTicks(double left, double width, double plotLeft, QStringList &texts) const
{
    const bool share = m_chart.scale == Chart::Scale::Share;
    const QFontMetricsF fmAxis = metrics(m_fonts.axis);
    const auto [dataLow, dataHigh] = dataRange(m_chart);
    std::vector<double> ticks = niceTicks(dataLow, dataHigh, 6, share);
    texts = tickLabels(ticks);
    for (int pass = 0; pass < 2; ++pass) {
        const double tickWidth = widest(fmAxis, texts);
        const double length = left + width - tickWidth / 2 - plotLeft;
        const int count = std::clamp(static_cast<int>(length / (2.2 * tickWidth)) + 1, 2, 6);
        ticks = niceTicks(dataLow, dataHigh, count, share);
        texts = tickLabels(ticks);
    }
    return ticks;
}

// Gridlines, and tick labels under the plot (and at `top` too with topTicks).
Axis LayoutBuilder::addRowAxis(const QRectF &plot, const std::vector<double> &ticks, const QStringList &texts,
                               double top, bool topTicks)
{
    const QFontMetricsF fmAxis = metrics(m_fonts.axis);
    const Axis axis { ticks.front(), ticks.back(), plot.left(), plot.right() };
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const double tx = axis.map(ticks[i]);
        m_scene.gridLines.push_back({ QLineF(tx, plot.top(), tx, plot.bottom()), kGridColor, 0.07 * m_b });
        const QString &text = texts[static_cast<qsizetype>(i)];
        const double tw = fmAxis.horizontalAdvance(text);
        addText(Role::Tick, text, m_fonts.axis, kMutedColor, QPointF(tx - tw / 2, plot.bottom() + 0.3 * m_b));
        if (topTicks)
            addText(Role::Tick, text, m_fonts.axis, kMutedColor, QPointF(tx - tw / 2, top));
    }
    return axis;
}

// Each labelStep-th row's label and note, centred on the row.
void LayoutBuilder::addRowLabels(const RowColumns &columns, double left, double rowsTop, double row)
{
    const int groups = std::max(groupCount(m_chart), 1);
    const QFontMetricsF fmLabel = metrics(m_fonts.label), fmNote = metrics(m_fonts.note);
    const double plotLeft = m_scene.plot.left();
    for (int g = 0; g < groups; g += m_scene.labelStep) {
        const double centre = rowsTop + (g + 0.5) * row;
        // A thinned label gets a tick pointing at its row.
        if (m_scene.labelStep > 1)
            m_scene.lines.push_back({ QLineF(plotLeft - 0.4 * m_b, centre, plotLeft, centre), kAxisColor, 0.08 * m_b });
        QString label = groupLabel(m_chart, g);
        if (fmLabel.horizontalAdvance(label) > columns.labelWidth)
            label = fmLabel.elidedText(label, Qt::ElideRight, columns.labelWidth);
        if (!label.isEmpty())
            addText(Role::GroupLabel, label, m_fonts.label, kTextColor, QPointF(left, centre - fmLabel.height() / 2),
                    g);
        QString note = groupNote(m_chart, g);
        if (fmNote.horizontalAdvance(note) > columns.noteWidth)
            note = fmNote.elidedText(note, Qt::ElideRight, columns.noteWidth);
        if (!note.isEmpty())
            addText(Role::GroupNote, note, m_fonts.note, kMutedColor,
                    QPointF(columns.noteRight - fmNote.horizontalAdvance(note), centre - fmNote.height() / 2), g);
    }
}

// StackedShares: one bar split into the series' shares, white hairlines between segments, each
// share written inside its segment when it fits.
void LayoutBuilder::addStackedRow(int group, double centre, double row, const Axis &axis, const QRectF &plot)
{
    const QFontMetricsF fmValue = metrics(m_fonts.value);
    const double thickness = std::min(row * 0.72, 1.8 * m_b);
    double cumulative = 0;
    for (int s = 0; s < static_cast<int>(m_chart.series.size()); ++s) {
        const Bar *bar = barAt(m_chart.series[static_cast<std::size_t>(s)], group);
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
}

// GroupedBars in rows: the group's bars stacked one under the other in 80 % of the row, with
// their whiskers and value labels.
void LayoutBuilder::addBarRow(int group, double centre, double row, const Axis &axis, const QRectF &plot)
{
    const int seriesCount = static_cast<int>(m_chart.series.size());
    const double zero = axis.map(0);
    const double groupThickness = std::min(row * 0.8, std::max(seriesCount, 1) * 1.5 * m_b);
    const double thickness = seriesCount > 0 ? groupThickness / seriesCount : 0;
    const double gap = std::min(0.12 * thickness, 0.12 * m_b);
    for (int s = 0; s < seriesCount; ++s) {
        const Bar *bar = barAt(m_chart.series[static_cast<std::size_t>(s)], group);
        if (!bar || !std::isfinite(bar->value))
            continue;
        const QColor fill = colorOf(m_chart, s);
        const double top0 = centre - groupThickness / 2 + s * thickness;
        const double end0 = axis.map(bar->value);
        const QRectF rect(QPointF(std::min(zero, end0), top0 + gap / 2),
                          QPointF(std::max(zero, end0), top0 + thickness - gap / 2));
        m_scene.boxes.push_back({ rect, fill });
        addWhisker(*bar, axis, rect.center().y(), std::min(0.45 * rect.height(), 0.8 * m_b), false, rect, fill);
        const double clear = axis.map(std::min(bar->value, lowEnd(*bar))) - zero;
        const double outer
            = bar->value >= 0 ? std::max(end0, axis.map(highEnd(*bar))) : std::min(end0, axis.map(lowEnd(*bar)));
        addValueLabel(rect, fill, bar->value, clear, outer, false, zero, plot);
    }
}

} // namespace vigie::charts::detail
