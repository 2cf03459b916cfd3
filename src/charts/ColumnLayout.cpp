// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Columns: GroupedBars with few groups (ChartLayout.h, usesRows()). The value axis runs up the
// plot's left edge; each group's bars stand side by side in its slot, its label and note under it.
#include "charts/LayoutBuilder.h"

#include <QTransform>

#include <algorithm>
#include <cmath>

namespace vigie::charts::detail {

namespace {

using Role = TextItem::Role;

// Group labels start this far under the plot, notes this far under the labels (× the base size).
constexpr double kLabelTop = 0.4;
constexpr double kNoteGap = 0.15;

// As many ticks as fit with 2.6 tick-label heights between them, 2 to 8.
int tickCount(double length, const QFontMetricsF &fmAxis)
{
    return std::clamp(static_cast<int>(length / (2.6 * fmAxis.height())) + 1, 2, 8);
}

} // namespace

// Where the group labels go, decided before the plot's height: they take their height from it.
struct LayoutBuilder::ColumnLabels
{
    bool horizontal = true; // false: rotated by 45°
    double plotLeft = 0; // rotated labels may move the plot right, so that the first ones fit
    int step = 1; // every step-th group is labelled
    double block = 0; // the labels' and notes' height under the plot, below kLabelTop
    // Horizontal: each group's label and note, wrapped; notes start under the longest label.
    std::vector<std::vector<QString>> lines, notes;
    std::size_t maxLabelLines = 0;
    // Rotated: a label and its note, one line each, as one block; each group's length (elided to it).
    double rotatedBlock = 0;
    std::vector<double> rotatedLength;
};

double LayoutBuilder::layoutColumns(double left, double top, double width, double bottom, bool natural)
{
    const bool share = m_chart.scale == Chart::Scale::Share;
    const QFontMetricsF fmAxis = metrics(m_fonts.axis);
    const double desiredPlot = std::max(14 * m_b, 0.36 * m_scene.area.width());
    double y = top;

    // The value axis' title, above the tick labels, read horizontally.
    if (!m_chart.valueAxisLabel.isEmpty())
        y = addParagraph(Role::AxisTitle, m_chart.valueAxisLabel, m_fonts.axis, kMutedColor, left, y, width, 2)
            + 0.3 * m_b;

    // Ticks first: their labels' width sets where the plot starts.
    const auto [dataLow, dataHigh] = dataRange(m_chart);
    std::vector<double> ticks
        = niceTicks(dataLow, dataHigh, tickCount(natural ? desiredPlot : (bottom - y) * 0.7, fmAxis), share);
    QStringList tickTexts = tickLabels(ticks);
    const double tickWidth = widest(fmAxis, tickTexts);
    const double plotRight = left + width - 0.2 * m_b;
    const ColumnLabels labels = planColumnLabels(left, width, left + tickWidth + 0.5 * m_b, plotRight);
    m_scene.labelAngle = labels.horizontal ? 0 : -45;
    m_scene.labelStep = labels.step;

    const std::vector<QString> groupTitle = wrapText(m_chart.groupAxisLabel, fmAxis, plotRight - labels.plotLeft, 2);
    const double groupTitleBlock
        = groupTitle.empty() ? 0 : 0.5 * m_b + static_cast<double>(groupTitle.size()) * fmAxis.lineSpacing();

    const double plotTop = y + fmAxis.height() / 2;
    double plotBottom = natural ? plotTop + desiredPlot : bottom - groupTitleBlock - labels.block - kLabelTop * m_b;
    if (plotBottom - plotTop < 4 * m_b || plotRight - labels.plotLeft < 4 * m_b)
        m_scene.fits = false;
    plotBottom = std::max(plotBottom, plotTop + m_b);
    const QRectF plot(QPointF(labels.plotLeft, plotTop),
                      QPointF(std::max(plotRight, labels.plotLeft + m_b), plotBottom));
    m_scene.plot = plot;

    // With the plot's height known, denser ticks may fit; keep them if their labels are no wider.
    if (!natural) {
        const std::vector<double> denser = niceTicks(dataLow, dataHigh, tickCount(plot.height(), fmAxis), share);
        const QStringList denserTexts = tickLabels(denser);
        if (widest(fmAxis, denserTexts) <= tickWidth + 0.01) {
            ticks = denser;
            tickTexts = denserTexts;
        }
    }
    const Axis axis = addColumnAxis(plot, ticks, tickTexts);
    addColumnBars(plot, axis);
    addColumnLabels(plot, labels);

    double end = plot.bottom() + kLabelTop * m_b + labels.block;
    if (!groupTitle.empty())
        end = addParagraph(Role::AxisTitle, m_chart.groupAxisLabel, m_fonts.axis, kMutedColor, plot.left(),
                           end + 0.5 * m_b, plot.width(), 2, true);
    return end;
}

// Group labels: horizontal and wrapped (up to 3 lines, notes 2) when every word fits its slot,
// otherwise rotated by 45°, and only every step-th one when even that would overlap.
LayoutBuilder::ColumnLabels LayoutBuilder::planColumnLabels(double left, double width, double minPlotLeft,
                                                            double plotRight) const
{
    const int groups = std::max(groupCount(m_chart), 1);
    const auto size = static_cast<std::size_t>(groups);
    const QFontMetricsF fmLabel = metrics(m_fonts.label), fmNote = metrics(m_fonts.note);
    ColumnLabels labels;
    labels.plotLeft = minPlotLeft;
    const auto slotWidth = [&] {
        return (plotRight - labels.plotLeft) / groups;
    };

    labels.lines.resize(size);
    labels.notes.resize(size);
    std::size_t maxNoteLines = 0;
    for (int g = 0; g < groups && labels.horizontal; ++g) {
        const double room = slotWidth() - 0.5 * m_b;
        const QString label = groupLabel(m_chart, g), note = groupNote(m_chart, g);
        auto &lines = labels.lines[static_cast<std::size_t>(g)];
        auto &notes = labels.notes[static_cast<std::size_t>(g)];
        lines = wrapText(label, fmLabel, room, 3, true);
        notes = wrapText(note, fmNote, room, 2, true);
        labels.horizontal = (label.isEmpty() || !lines.empty()) && (note.isEmpty() || !notes.empty());
        labels.maxLabelLines = std::max(labels.maxLabelLines, lines.size());
        maxNoteLines = std::max(maxNoteLines, notes.size());
    }
    if (labels.horizontal) {
        labels.block = static_cast<double>(labels.maxLabelLines) * fmLabel.lineSpacing();
        if (maxNoteLines > 0)
            labels.block += kNoteGap * m_b + static_cast<double>(maxNoteLines) * fmNote.lineSpacing();
        return labels;
    }

    bool anyNote = false;
    for (int g = 0; g < groups; ++g)
        anyNote = anyNote || !groupNote(m_chart, g).isEmpty();
    labels.rotatedBlock = fmLabel.height() + (anyNote ? fmNote.height() : 0);
    const double maxRotatedLength = 16 * m_b;
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
                needed, left + 0.3 * m_b + kSin45 * (lengthOf(g) + labels.rotatedBlock / 2) - (g + 0.5) * slotWidth());
        labels.plotLeft = std::min(std::max(needed, minPlotLeft), left + width / 3);
    }
    labels.step = std::max(1, static_cast<int>(std::ceil(1.08 * labels.rotatedBlock / (kSin45 * slotWidth()))));
    labels.rotatedLength.assign(size, 0);
    double longest = 0;
    for (int g = 0; g < groups; g += labels.step) {
        const double centre = labels.plotLeft + (g + 0.5) * slotWidth();
        // The block's far corner stays right of the area's left edge.
        const double room = (centre - left - kSin45 * labels.rotatedBlock / 2) / kSin45 - 0.1 * m_b;
        auto &length = labels.rotatedLength[static_cast<std::size_t>(g)];
        length = std::max(0.0, std::min(lengthOf(g), room));
        longest = std::max(longest, length);
    }
    labels.block = kSin45 * (longest + labels.rotatedBlock);
    return labels;
}

// Gridlines and tick labels, left of the plot; the axis runs up from the plot's bottom.
Axis LayoutBuilder::addColumnAxis(const QRectF &plot, const std::vector<double> &ticks, const QStringList &texts)
{
    const QFontMetricsF fmAxis = metrics(m_fonts.axis);
    const Axis axis { ticks.front(), ticks.back(), plot.bottom(), plot.top() };
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const double ty = axis.map(ticks[i]);
        m_scene.gridLines.push_back({ QLineF(plot.left(), ty, plot.right(), ty), kGridColor, 0.07 * m_b });
        const double tw = fmAxis.horizontalAdvance(texts[static_cast<qsizetype>(i)]);
        addText(Role::Tick, texts[static_cast<qsizetype>(i)], m_fonts.axis, kMutedColor,
                QPointF(plot.left() - 0.4 * m_b - tw, ty - fmAxis.height() / 2));
    }
    return axis;
}

// The group's bars side by side in 78 % of its slot, none wider than 5 × the text size, with their
// whiskers and value labels; then the line at 0, over them.
void LayoutBuilder::addColumnBars(const QRectF &plot, const Axis &axis)
{
    const int groups = std::max(groupCount(m_chart), 1);
    const int seriesCount = static_cast<int>(m_chart.series.size());
    const double zero = axis.map(0);
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
            addWhisker(*bar, axis, rect.center().x(), std::min(0.45 * rect.width(), 0.8 * m_b), true, rect, fill);
            const double clear = zero - axis.map(std::min(bar->value, lowEnd(*bar)));
            const double outer
                = bar->value >= 0 ? std::min(end, axis.map(highEnd(*bar))) : std::max(end, axis.map(lowEnd(*bar)));
            addValueLabel(rect, fill, bar->value, clear, outer, true, zero, plot);
        }
    }
    m_scene.lines.push_back({ QLineF(plot.left(), zero, plot.right(), zero), kAxisColor, 0.1 * m_b });
}

// Group labels and notes under the plot, as planned.
void LayoutBuilder::addColumnLabels(const QRectF &plot, const ColumnLabels &labels)
{
    const int groups = std::max(groupCount(m_chart), 1);
    const QFontMetricsF fmLabel = metrics(m_fonts.label), fmNote = metrics(m_fonts.note);
    const double slot = plot.width() / groups;
    const double labelsY = plot.bottom() + kLabelTop * m_b;
    for (int g = 0; g < groups; g += labels.step) {
        const double centre = plot.left() + (g + 0.5) * slot;
        if (labels.horizontal) {
            double ly = labelsY;
            for (const QString &line : labels.lines[static_cast<std::size_t>(g)]) {
                addText(Role::GroupLabel, line, m_fonts.label, kTextColor,
                        QPointF(centre - fmLabel.horizontalAdvance(line) / 2, ly), g);
                ly += fmLabel.lineSpacing();
            }
            // Notes on one row across groups, so that they read as a line of counts.
            double ny = labelsY + static_cast<double>(labels.maxLabelLines) * fmLabel.lineSpacing() + kNoteGap * m_b;
            for (const QString &line : labels.notes[static_cast<std::size_t>(g)]) {
                addText(Role::GroupNote, line, m_fonts.note, kMutedColor,
                        QPointF(centre - fmNote.horizontalAdvance(line) / 2, ny), g);
                ny += fmNote.lineSpacing();
            }
            continue;
        }
        // Rotated: the block (label, then note) ends at the slot's centre, its top corner just
        // under the axis, and runs down to the left. A thinned label gets a tick pointing at its group.
        if (labels.step > 1)
            m_scene.lines.push_back(
                { QLineF(centre, plot.bottom(), centre, plot.bottom() + 0.3 * m_b), kAxisColor, 0.08 * m_b });
        const double length = labels.rotatedLength[static_cast<std::size_t>(g)];
        const QTransform rotation = QTransform().rotate(-45);
        const QPointF anchor(centre, labelsY + kSin45 * labels.rotatedBlock / 2);
        const auto place = [&](Role role, const QString &full, const QFont &font, const QColor &color, double lineTop) {
            const QFontMetricsF fm = metrics(font);
            const QString text
                = fm.horizontalAdvance(full) > length ? fm.elidedText(full, Qt::ElideRight, length) : full;
            if (text.isEmpty())
                return;
            const double w = fm.horizontalAdvance(text);
            TextItem &item = addText(role, text, font, color,
                                     anchor - rotation.map(QPointF(w, labels.rotatedBlock / 2 - lineTop)), g);
            item.angle = -45;
        };
        place(Role::GroupLabel, groupLabel(m_chart, g), m_fonts.label, kTextColor, 0);
        place(Role::GroupNote, groupNote(m_chart, g), m_fonts.note, kMutedColor, fmLabel.height());
    }
}

} // namespace vigie::charts::detail
