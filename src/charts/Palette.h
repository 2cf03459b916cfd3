// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <vector>

namespace vigie::charts {

// Okabe and Ito's palette (distinguishable with the common colour-vision deficiencies), then the
// same hues darker for series beyond the eighth. Index wraps around.
QColor seriesColor(int index);

// One colour per series, from the colours the series ask for (e.g. their themes' dictionary
// colours; an invalid QColor: none). A wanted colour is kept unless it is too light to show on
// white, or an earlier series already keeps it or one too close to tell apart (CIE76 ΔE < 10).
// The others get seriesColor(index), or the next palette colour that no series uses yet.
std::vector<QColor> seriesColors(const std::vector<QColor> &wanted);

// A colour for text drawn on top of `background` (black or white, whichever contrasts more).
QColor textColorOn(const QColor &background);

// WCAG 2 contrast ratio, from 1 (the same luminance) to 21 (black on white). Translucent colours
// count as painted on white.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace vigie::charts
