// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/Chart.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace vigie::charts {

// Raster at `sizePx` pixels and `dpi` (fonts scale with dpi: 96 is screen size, 300 print).
QImage renderImage(const Chart &chart, QSize sizePx, int dpi = 96);
// Vector. `size` in points (1/72 in). Returns the SVG document (UTF-8), text kept as text.
QByteArray renderSvg(const Chart &chart, QSizeF size);
// Writers: false with `error` set ("cannot write FILE: reason") when the file cannot be written.
bool writePng(const Chart &chart, const QString &path, QSize sizePx, int dpi, QString *error = nullptr);
bool writeSvg(const Chart &chart, const QString &path, QSizeF size, QString *error = nullptr);
bool writePdf(const Chart &chart, const QString &path, QSizeF size, QString *error = nullptr);

} // namespace vigie::charts
