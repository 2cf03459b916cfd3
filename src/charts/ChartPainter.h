// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/Chart.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace vigie::charts {

// Paints `chart` into `area` (logical units: pixels on screen, points in PDF/SVG). Everything
// (title, legend, axes, labels, notes, footnote) fits inside `area`: text is wrapped or elided,
// never cut. Works on any QPainter: widget, QImage, QSvgGenerator, QPdfWriter.
void paintChart(QPainter &painter, const QRectF &area, const Chart &chart);

// The size at which the chart reads well, in logical units, for a given width (height grows with
// the number of groups for StackedShares and with the footnote's length).
QSizeF preferredSize(const Chart &chart, double width);

} // namespace vigie::charts
