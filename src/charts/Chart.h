// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace vigie::charts {

// What a chart shows, as plain data: the window, the exports and the report all paint it with
// paintChart(), so a PNG, an SVG, a PDF and the screen show the same thing.
//
// Two kinds:
//  - GroupedBars: for each group on the horizontal axis (e.g. a city-size class), one bar per
//    series (e.g. a theme), with an optional 95 % interval whisker and a value label; under each
//    group, its name and a note (e.g. "n = 123").
//  - StackedShares: one horizontal bar per group (e.g. a project category), split into the
//    series' shares (e.g. maturity stages), each bar summing to 100 %.
struct Bar
{
    double value = 0; // a share in [0, 1] (Scale::Share) or any number (Scale::Number)
    std::optional<double> low, high; // the interval, same unit as value
};

struct Series
{
    QString name; // in the legend
    std::vector<Bar> bars; // one per group, in group order
    std::optional<QColor> color; // default: the palette's colour for this series' index
};

struct Chart
{
    enum class Kind { GroupedBars, StackedShares };
    enum class Scale { Share, Number };

    Kind kind = Kind::GroupedBars;
    Scale scale = Scale::Share;
    QString title;
    QString subtitle; // e.g. "Part des programmes qui mentionnent chaque thème"
    QString valueAxisLabel; // e.g. "Part des programmes (%)"
    QString groupAxisLabel; // e.g. "Taille de la commune (habitants)"
    std::vector<QString> groups; // labels exactly as given: "< 50 000" must show as typed
    std::vector<QString> groupNotes; // one per group or empty, e.g. "n = 161"
    std::vector<Series> series;
    QString footnote; // source, dictionary version, test; wraps to several lines
    QString watermark; // e.g. "DONNÉES FICTIVES" for the synthetic demo study; empty: none
    QLocale locale = QLocale(QLocale::French, QLocale::France); // number format: "55 %", "50 000"
};

// Paints `chart` into `area` (logical units: pixels on screen, points in PDF/SVG). Everything
// (title, legend, axes, labels, notes, footnote) fits inside `area`: text is wrapped or elided,
// never cut. Works on any QPainter: widget, QImage, QSvgGenerator, QPdfWriter.
void paintChart(QPainter &painter, const QRectF &area, const Chart &chart);

// The size at which the chart reads well, in logical units, for a given width (height grows with
// the number of groups for StackedShares and with the footnote's length).
QSizeF preferredSize(const Chart &chart, double width);

// A finite share in [0, 1] as a percentage, the way `locale` writes it: "55 %" with a narrow
// no-break space in French, "55%" in English. The one place this typography rule lives: charts,
// report and window tables all call it.
QString formatPercent(double share, const QLocale &locale, int decimals = 0);

// Formats a value as the chart does: "55 %" (Share, French) / "55%" (English), "12,5" / "12.5".
QString formatValue(const Chart &chart, double value, int decimals = 0);

} // namespace vigie::charts
