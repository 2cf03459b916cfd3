// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartPainter.h"

#include "charts/ChartLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace vigie::charts {

// Draws the laid-out scene back to front: gridlines, boxes, lines, texts, then the watermark.
void paintChart(QPainter &painter, const QRectF &area, const Chart &chart)
{
    if (area.isEmpty())
        return;
    const detail::Scene scene = detail::layoutChart(chart, area, painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(1 / scene.scale, 1 / scene.scale);
    painter.fillRect(scene.area, Qt::white);
    const auto drawLines = [&](const std::vector<detail::LineItem> &lines) {
        for (const detail::LineItem &line : lines) {
            painter.setPen(QPen(line.color, line.width, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(line.line);
        }
    };
    drawLines(scene.gridLines);
    for (const detail::BoxItem &box : scene.boxes)
        painter.fillRect(box.rect, box.fill);
    drawLines(scene.lines);
    for (const detail::TextItem &text : scene.texts) {
        painter.setFont(text.font);
        painter.setPen(text.color);
        if (text.angle == 0) {
            painter.drawText(QPointF(text.origin.x(), text.origin.y() + text.ascent), text.text);
            continue;
        }
        painter.save();
        painter.translate(text.origin);
        painter.rotate(text.angle);
        painter.drawText(QPointF(0, text.ascent), text.text);
        painter.restore();
    }
    // Only a watermark on a tiny chart could reach past the area.
    if (!scene.watermarks.empty())
        painter.setClipRect(scene.area, Qt::IntersectClip);
    for (const detail::WatermarkItem &mark : scene.watermarks) {
        const QFontMetricsF fm(mark.font, painter.device());
        painter.save();
        painter.setFont(mark.font);
        painter.setPen(mark.color);
        painter.translate(mark.center);
        painter.rotate(mark.angle);
        painter.drawText(QPointF(-fm.horizontalAdvance(mark.text) / 2, (fm.ascent() - fm.descent()) / 2), mark.text);
        painter.restore();
    }
    painter.restore();
}

QSizeF preferredSize(const Chart &chart, double width)
{
    if (!(width > 0))
        return {};
    return QSizeF(width, std::ceil(detail::naturalHeight(chart, width)));
}

} // namespace vigie::charts
