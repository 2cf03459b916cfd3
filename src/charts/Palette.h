// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace vigie::charts {

// Okabe and Ito's palette (distinguishable with the common colour-vision deficiencies), then the
// same hues darker for series beyond the eighth. Index wraps around.
QColor seriesColor(int index);
// A colour for text drawn on top of `background` (black or white, whichever contrasts more).
QColor textColorOn(const QColor &background);

} // namespace vigie::charts
