// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to vigie_charts: the object that lays one chart out into a Scene (ChartLayout.h), and
// the look every piece of it shares. Its members are defined in three files: LayoutBuilder.cpp
// (what every chart has: titles, legend, footnote, whiskers, value labels, watermark),
// ColumnLayout.cpp (vertical bars, group labels under them) and RowLayout.cpp (horizontal bars,
// one row per group).

#include "charts/Chart.h"
#include "charts/ChartLayout.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QStringList>

#include <numbers>
#include <utility>

class QPaintDevice;

namespace vigie::charts::detail {

// Every size is a multiple of the base text size (docs/charts.md, "Sizes and fonts").
constexpr double kTitleSize = 1.3;
constexpr double kSubtitleSize = 1.0;
constexpr double kLegendSize = 0.92;
constexpr double kAxisSize = 0.85;
constexpr double kLabelSize = 0.92;
constexpr double kNoteSize = 0.8;
constexpr double kValueSize = 0.78;
constexpr double kFootnoteSize = 0.78;

constexpr double kSin45 = std::numbers::sqrt2 / 2;

inline const QColor kTitleColor = QColor(0x11, 0x11, 0x11);
inline const QColor kSubtitleColor = QColor(0x33, 0x33, 0x33);
inline const QColor kTextColor = QColor(0x22, 0x22, 0x22);
inline const QColor kMutedColor = QColor(0x55, 0x55, 0x55);
inline const QColor kFootnoteColor = QColor(0x66, 0x66, 0x66);
inline const QColor kGridColor = QColor(0xDD, 0xDD, 0xDD);
inline const QColor kAxisColor = QColor(0x55, 0x55, 0x55);
inline const QColor kWhiskerColor = QColor(0x22, 0x22, 0x22);
// Translucent red: visible on white and on every palette colour, never hides a bar.
inline const QColor kWatermarkColor = QColor(0xC0, 0x10, 0x10, 0x40);

// Reading the chart's data, tolerant of ragged input: a series may have fewer bars than there are
// groups, the notes fewer entries than the groups.
int groupCount(const Chart &chart);
QString groupLabel(const Chart &chart, int group);
QString groupNote(const Chart &chart, int group);
const Bar *barAt(const Series &series, int group); // nullptr past the series' last bar
QColor colorOf(const Chart &chart, int series); // the series' own colour, else the palette's
// An interval's ends; a missing or non-finite end is the value itself (no whisker on that side).
bool hasLow(const Bar &bar);
bool hasHigh(const Bar &bar);
double lowEnd(const Bar &bar);
double highEnd(const Bar &bar);
// The values the axis must show: bars and interval ends (GroupedBars), bar totals (StackedShares).
std::pair<double, double> dataRange(const Chart &chart);
double widest(const QFontMetricsF &metrics, const QStringList &texts);

// Maps a value to a coordinate along the value axis.
struct Axis
{
    double low = 0, high = 1; // values at the two ends
    double start = 0, end = 1; // coordinates of the two ends
    double map(double value) const { return start + (value - low) / (high - low) * (end - start); }
};

// One use: construct, build(), discard. `base` is the base text size in the area's units.
class LayoutBuilder
{
public:
    LayoutBuilder(const Chart &chart, const QRectF &area, const QPaintDevice *device, double base);

    // natural: the height is what the content needs (preferredSize) rather than the area's.
    Scene build(bool natural);

private:
    struct Fonts
    {
        QFont title, subtitle, legend, axis, label, note, value, footnote;
    };
    struct ColumnLabels; // ColumnLayout.cpp
    struct RowColumns; // RowLayout.cpp

    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, m_device); }
    TextItem &addText(TextItem::Role role, const QString &text, const QFont &font, const QColor &color, QPointF origin,
                      int group = -1);
    double addParagraph(TextItem::Role role, const QString &text, const QFont &font, const QColor &color, double x,
                        double y, double width, int maxLines, bool centred = false);
    double addLegend(double x, double y, double width);
    void addValueLabel(const QRectF &bar, const QColor &fill, double value, double clear, double outerEnd,
                       bool vertical, double base, const QRectF &plot);
    void addWhisker(const Bar &bar, const Axis &axis, double centre, double cap, bool vertical, const QRectF &rect,
                    const QColor &fill);
    void addWatermark();
    QStringList tickLabels(const std::vector<double> &ticks) const;

    // Columns (ColumnLayout.cpp): from the value axis' title at `top` down to the group axis'
    // title; returns where it ends.
    double layoutColumns(double left, double top, double width, double bottom, bool natural);
    ColumnLabels planColumnLabels(double left, double width, double minPlotLeft, double plotRight) const;
    Axis addColumnAxis(const QRectF &plot, const std::vector<double> &ticks, const QStringList &texts);
    void addColumnBars(const QRectF &plot, const Axis &axis);
    void addColumnLabels(const QRectF &plot, const ColumnLabels &labels);

    // Rows (RowLayout.cpp): from the header band at `top` down to the value axis' title.
    double layoutRows(double left, double top, double width, double bottom, bool natural);
    RowColumns planRowColumns(double left, double width) const;
    std::vector<double> rowTicks(double left, double width, double plotLeft, QStringList &texts) const;
    Axis addRowAxis(const QRectF &plot, const std::vector<double> &ticks, const QStringList &texts, double top,
                    bool topTicks);
    void addRowLabels(const RowColumns &columns, double left, double rowsTop, double row);
    void addStackedRow(int group, double centre, double row, const Axis &axis, const QRectF &plot);
    void addBarRow(int group, double centre, double row, const Axis &axis, const QRectF &plot);

    const Chart &m_chart;
    const QPaintDevice *m_device;
    const double m_b;
    Fonts m_fonts;
    QFont m_watermarkFont;
    int m_valueDecimals = 0;
    Scene m_scene;
};

} // namespace vigie::charts::detail
