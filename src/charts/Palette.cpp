// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/Palette.h"

#include <algorithm>
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

// Two bars closer than this (CIE76 ΔE) read as the same series. The default dictionary's most alike
// theme colours are 18 apart, Okabe and Ito's 26.
constexpr double kMinDistance = 10;
// A bar whose contrast with the white page is below this does not show (Okabe and Ito's yellow: 1.3).
constexpr double kMinContrastOnWhite = 1.1;

// Every chart is drawn on white: a translucent colour is what it looks like there.
QColor onWhite(const QColor &color)
{
    if (color.alphaF() >= 1.0)
        return color;
    const double a = color.alphaF();
    return QColor::fromRgbF(static_cast<float>(color.redF() * a + (1 - a)),
                            static_cast<float>(color.greenF() * a + (1 - a)),
                            static_cast<float>(color.blueF() * a + (1 - a)));
}

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG relative luminance of an sRGB colour.
double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

// CIE L*a*b* (D65) of an sRGB colour.
std::array<double, 3> lab(const QColor &color)
{
    const double r = linear(color.redF()), g = linear(color.greenF()), b = linear(color.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

bool tooClose(const QColor &a, const QColor &b)
{
    const auto p = lab(onWhite(a)), q = lab(onWhite(b));
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) < kMinDistance;
}

bool clashes(const QColor &color, const std::vector<QColor> &taken)
{
    for (const QColor &other : taken)
        if (other.isValid() && tooClose(color, other))
            return true;
    return false;
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

std::vector<QColor> seriesColors(const std::vector<QColor> &wanted)
{
    // Wanted colours first, so that a palette colour given to one series never displaces a theme's
    // own colour in a later one.
    std::vector<QColor> colors(wanted.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const QColor &color = wanted[i];
        if (color.isValid() && contrastRatio(color, Qt::white) >= kMinContrastOnWhite && !clashes(color, colors))
            colors[i] = color;
    }
    const int paletteSize = 2 * static_cast<int>(kOkabeIto.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (colors[i].isValid())
            continue;
        const int index = static_cast<int>(i);
        int k = 0;
        while (k < paletteSize && clashes(seriesColor(index + k), colors))
            ++k;
        colors[i] = seriesColor(k < paletteSize ? index + k : index); // every palette colour taken: its own
    }
    return colors;
}

QColor textColorOn(const QColor &background)
{
    const double withBlack = contrastRatio(background, Qt::black);
    const double withWhite = contrastRatio(background, Qt::white);
    return withBlack >= withWhite ? QColor(Qt::black) : QColor(Qt::white);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    // As in WCAG 2: (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
    const double la = luminance(onWhite(a)), lb = luminance(onWhite(b));
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace vigie::charts
