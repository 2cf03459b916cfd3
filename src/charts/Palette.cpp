// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/Palette.h"

#include <array>
#include <cmath>

namespace vigie::charts {

namespace {

// Okabe and Ito (2008), in their order, except the eighth colour: their black would hide the black
// whiskers and the dark value labels drawn over bars, so a mid grey takes its place (docs/charts.md).
constexpr std::array<QRgb, 8> kOkabeIto = {
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0x009E73, // bluish green
    0xF0E442, // yellow
    0x0072B2, // blue
    0xD55E00, // vermillion
    0xCC79A7, // reddish purple
    0x999999, // grey instead of black
};

// WCAG relative luminance of an sRGB colour.
double luminance(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

} // namespace

QColor seriesColor(int index)
{
    const int count = static_cast<int>(kOkabeIto.size());
    const int wrapped = ((index % (2 * count)) + 2 * count) % (2 * count);
    const QColor color = QColor::fromRgb(kOkabeIto[static_cast<std::size_t>(wrapped % count)]);
    // Past the eighth series, the same hues darker: still told apart by the legend's order.
    return wrapped < count ? color : color.darker(150);
}

QColor textColorOn(const QColor &background)
{
    // Contrast ratios as in WCAG 2: (L1 + 0.05) / (L2 + 0.05). Translucent backgrounds count as
    // if painted on white, which is what every chart is drawn on.
    QColor opaque = background;
    if (background.alphaF() < 1.0) {
        const double a = background.alphaF();
        opaque = QColor::fromRgbF(static_cast<float>(background.redF() * a + (1 - a)),
                                  static_cast<float>(background.greenF() * a + (1 - a)),
                                  static_cast<float>(background.blueF() * a + (1 - a)));
    }
    const double l = luminance(opaque);
    const double withBlack = (l + 0.05) / 0.05;
    const double withWhite = 1.05 / (l + 0.05);
    return withBlack >= withWhite ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace vigie::charts
