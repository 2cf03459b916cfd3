// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/NumberFormat.h"

#include "charts/Chart.h"

#include <algorithm>
#include <cmath>

namespace vigie::charts {

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
