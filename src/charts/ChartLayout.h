// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to vigie_charts (and its tests): the layout paintChart() draws, computed before anything is
// drawn. Keeping the geometry apart from the painting lets the tests check that every piece of text
// lies inside the area and that no two overlap, for any number of groups, without reading pixels.
// The entry points and text helpers are in ChartLayout.cpp; the layout itself in LayoutBuilder.h.

#include "charts/Chart.h"

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

class QFontMetricsF;
class QPaintDevice;

namespace vigie::charts::detail {

// One line of plain text. Its box is `size` (advance × ascent + descent) with its top-left corner at
// `origin`, rotated by `angle` degrees (clockwise, as QPainter::rotate) around `origin`.
struct TextItem
{
    enum class Role {
        Title,
        Subtitle,
        Legend,
        AxisTitle,
        Tick,
        GroupLabel,
        GroupNote,
        ValueLabel,
        Footnote,
        EmptyNote
    };
    Role role = Role::Title;
    QString text;
    QFont font;
    QColor color;
    QPointF origin;
    QSizeF size;
    double ascent = 0;
    double angle = 0;
    int group = -1; // for GroupLabel and GroupNote: the group's index

    QPolygonF outline() const; // the box, in the area's coordinates
};

struct BoxItem
{
    QRectF rect;
    QColor fill;
};

struct LineItem
{
    QLineF line;
    QColor color;
    double width = 1;
};

// The watermark: `text` centred on `center`, rotated by `angle` degrees.
struct WatermarkItem
{
    QString text;
    QFont font;
    QPointF center;
    double angle = 0;
    QColor color;
};

struct Scene
{
    // The scene's coordinates are the area's times `scale`: Qt rounds font sizes to whole pixels,
    // which at 7 units would make text 7 % too wide or narrow; laid out 16 times larger and painted
    // scaled back, text keeps its proportions at every size.
    double scale = 1;
    QRectF area;
    QRectF plot; // where the bars are; the value axis runs along its left (columns) or bottom edge (rows)
    double baseSize = 0; // the body text size, in logical units; every other size derives from it
    bool rows = false; // bars run horizontally, one row per group (StackedShares, or many groups)
    double labelAngle = 0; // group labels: 0 (horizontal, wrapped) or -45 (rotated)
    int labelStep = 1; // every labelStep-th group label is drawn (1: all)
    bool fits = true; // false: the area is too small even at the smallest text size
    std::vector<LineItem> gridLines; // under the bars
    std::vector<BoxItem> boxes; // bars, segments, legend swatches
    std::vector<LineItem> lines; // over the bars: axis, whiskers, segment separators
    std::vector<TextItem> texts;
    std::vector<WatermarkItem> watermarks; // drawn last, translucent
};

// Lays `chart` out in `area`; `device` is the one that will be painted on (its DPI sets the fonts'
// point sizes, so that sizes in logical units are the same on every device).
Scene layoutChart(const Chart &chart, const QRectF &area, const QPaintDevice *device);

// The height, in logical units, that `chart` needs at `width` to fit everything at its width's text
// size (what preferredSize() rounds up).
double naturalHeight(const Chart &chart, double width);

// Whether bars run horizontally, one row per group: StackedShares always, GroupedBars when there are
// too many groups or bars for columns to stay readable. Depends on the data only, never on the
// area, so the window and the exports show the same kind of chart.
bool usesRows(const Chart &chart);

// Splits `text` into lines no wider than `width` (and at '\n'), at spaces, except between two
// digits ("50 000"), before a lone symbol ("n = 3", "55 %") or after one other than a dash
// ("< 50 000"), and after hyphens between letters. At most `maxLines`: the last one is elided. A word wider than
// `width` is elided too unless `exact`, in which case the result is empty: the caller then knows the text does not fit
// as typed.
std::vector<QString> wrapText(const QString &text, const QFontMetricsF &metrics, double width, int maxLines,
                              bool exact = false);

// Values for the axis ticks, from 0 or below to `high` or above, in steps of 1, 2 or 5 × 10^k,
// at most `maxCount` of them. Shares stop at 100 % when the data does.
std::vector<double> niceTicks(double low, double high, int maxCount, bool share);

} // namespace vigie::charts::detail
