// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace vigie::charts {

struct Chart;

// A finite share in [0, 1] as a percentage, the way `locale` writes it: "55 %" with a narrow
// no-break space in French, "55%" in English. The one place this typography rule lives: charts,
// report and window tables all call it.
QString formatPercent(double share, const QLocale &locale, int decimals = 0);

// Formats a value as the chart does: "55 %" (Share, French) / "55%" (English), "12,5" / "12.5".
// Not finite: an en dash.
QString formatValue(const Chart &chart, double value, int decimals = 0);

} // namespace vigie::charts
