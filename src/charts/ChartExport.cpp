// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartExport.h"

#include "charts/ChartPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace vigie::charts {

namespace {

// Logical units of a raster: 1/96 in, whatever its DPI, as on a screen at 100 %. A 1600 px image at
// 200 dpi is painted as a 768-unit-wide chart scaled by 200/96.
constexpr double kLogicalDpi = 96;
// Vector exports: logical units are points; the PDF's device resolution only sets coordinate precision.
constexpr int kPdfResolution = 1200;

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::charts", text);
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = tr("cannot write %1: %2").arg(path, reason);
    return false;
}

bool validSize(QSizeF size)
{
    return size.width() >= 1 && size.height() >= 1 && size.width() < 1e6 && size.height() < 1e6;
}

// The SVG's <desc>: what the title does not say.
QString description(const Chart &chart)
{
    QStringList parts;
    for (const QString &part : { chart.subtitle, chart.footnote, chart.watermark })
        if (!part.isEmpty())
            parts << part;
    return parts.isEmpty() ? chart.title : parts.join(u"\n"_s);
}

} // namespace

QImage renderImage(const Chart &chart, QSize sizePx, int dpi)
{
    if (sizePx.isEmpty() || dpi <= 0)
        return {};
    QImage image(sizePx, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    const double scale = dpi / kLogicalDpi;
    painter.scale(scale, scale);
    paintChart(painter, QRectF(0, 0, sizePx.width() / scale, sizePx.height() / scale), chart);
    painter.end();
    return image;
}

QByteArray renderSvg(const Chart &chart, QSizeF size)
{
    if (!validSize(size))
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    // 72 dpi: one user unit is one point, so width and height in mm are the chart's size.
    generator.setResolution(72);
    generator.setSize(QSize(static_cast<int>(std::ceil(size.width())), static_cast<int>(std::ceil(size.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    // Qt 6.4 writes the title and description as they are, unescaped: a "<" would break the XML
    // (ChartTest checks it parses).
    generator.setTitle(chart.title.toHtmlEscaped());
    generator.setDescription(description(chart).toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paintChart(painter, QRectF(QPointF(0, 0), size), chart);
    painter.end();
    return buffer.data();
}

bool writePng(const Chart &chart, const QString &path, QSize sizePx, int dpi, QString *error)
{
    const QImage image = renderImage(chart, sizePx, dpi);
    if (image.isNull())
        return fail(error, path,
                    tr("invalid size %1 × %2 px at %3 dpi").arg(sizePx.width()).arg(sizePx.height()).arg(dpi));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return fail(error, path, writer.errorString());
    if (!file.commit())
        return fail(error, path, file.errorString());
    return true;
}

bool writeSvg(const Chart &chart, const QString &path, QSizeF size, QString *error)
{
    const QByteArray svg = renderSvg(chart, size);
    if (svg.isEmpty())
        return fail(error, path, tr("invalid size %1 × %2 pt").arg(size.width()).arg(size.height()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    if (file.write(svg) != svg.size() || !file.commit())
        return fail(error, path, file.errorString());
    return true;
}

bool writePdf(const Chart &chart, const QString &path, QSizeF size, QString *error)
{
    if (!validSize(size))
        return fail(error, path, tr("invalid size %1 × %2 pt").arg(size.width()).arg(size.height()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setTitle(chart.title);
        writer.setCreator(u"Vigie"_s);
        // One page exactly the chart's size, no margins.
        const QPageSize page(size, QPageSize::Point, QString(), QPageSize::ExactMatch);
        if (!writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0))))
            return fail(error, path, tr("invalid page size"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, path, tr("cannot start the PDF"));
        const double scale = kPdfResolution / 72.0;
        painter.scale(scale, scale);
        paintChart(painter, QRectF(QPointF(0, 0), size), chart);
        painter.end();
    }
    if (!file.commit())
        return fail(error, path, file.errorString());
    return true;
}

} // namespace vigie::charts
