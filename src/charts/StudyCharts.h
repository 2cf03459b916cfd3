// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/Chart.h"

#include <string>
#include <vector>

namespace vigie::core {
struct BarometerResult;
struct CrosstabResult;
} // namespace vigie::core

namespace vigie::charts {

// The study's charts, built from core results: the window shows them and the report embeds them,
// so both show the same numbers.
struct ChartContext
{
    bool french = true;
    bool synthetic = false; // adds the "synthetic data" watermark
    std::string source; // "Étude etude.vigie, 268 programmes"
    std::string dictionary; // "Vigie – thèmes du numérique 2026.1"
};

enum class Measure { Share, PerTenThousandWords };

// Share of programmes mentioning each theme of `result`, one series per theme, grouped as the
// crosstab is (size class, department...), whiskers for the 95 % intervals, n under each group.
// Each theme in its `themeColours` colour (seriesColors(): the palette's when it has none, when
// its colour is invalid or when an earlier theme of the chart already shows it); all on the palette
// when `themeColours` does not have one entry per theme.
Chart crosstabChart(const core::CrosstabResult &result, const ChartContext &context, Measure measure = Measure::Share,
                    const std::string &title = {});

// Barometer: share of projects per declared category; projects per category by size class;
// maturity stages by category (stacked shares). On the palette (stages: a blue scale): no series
// is a dictionary theme.
Chart barometerCategoryChart(const core::BarometerResult &result, const ChartContext &context);
Chart barometerSizeChart(const core::BarometerResult &result, const ChartContext &context);
Chart barometerMaturityChart(const core::BarometerResult &result, const ChartContext &context);

// The footnote every chart carries: source, dictionary, and the watermark's notice.
QString chartFootnote(const ChartContext &context, const QString &extra = {});

} // namespace vigie::charts
