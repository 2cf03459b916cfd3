// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace vigie::charts {

// What a chart shows, as plain data: the window, the exports and the report all paint it with
// paintChart() (ChartPainter.h), so a PNG, an SVG, a PDF and the screen show the same thing.
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
    // Why there is nothing to show, written where the bars would be when there are no groups
    // ("Aucun programme n'a de commune..."): a chart never stays blank without a word.
    QString emptyNote;
    QString watermark; // e.g. "DONNÉES FICTIVES" for the synthetic demo study; empty: none
    QLocale locale = QLocale(QLocale::French, QLocale::France); // number format: "55 %", "50 000"
};

} // namespace vigie::charts
