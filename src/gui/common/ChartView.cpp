// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/ChartView.h"

#include "analysis/TableExport.h"
#include "charts/ChartExport.h"
#include "charts/ChartPainter.h"
#include "ui_PngExportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QToolButton>

#include <cmath>
#include <functional>

namespace vigie::gui {

namespace {

// The window's tables in core's terms: core writes every CSV and XLSX file Vigie makes.
core::Table coreTable(const TableData &table)
{
    core::Table out;
    out.title = table.title.toStdString();
    out.synthetic = table.synthetic.toStdString();
    out.syntheticHeader = QObject::tr("données").toStdString();
    for (const QString &h : table.header)
        out.header.push_back(h.toStdString());
    for (const auto &row : table.rows) {
        auto &cells = out.rows.emplace_back();
        for (const auto &c : row)
            cells.push_back({ c.text.toStdString(), c.number });
    }
    return out;
}

bool written(const std::function<void()> &write, const QString &path, QString *error)
{
    try {
        write();
        return true;
    } catch (const core::ExportError &e) {
        if (error)
            *error = QObject::tr("impossible d'écrire %1 : %2").arg(path, QString::fromStdString(e.reason()));
        return false;
    }
}

} // namespace

bool writeTableCsv(const TableData &table, const QString &path, QString *error)
{
    return written(
        [&] {
            core::writeTableCsvFile(coreTable(table), QFile::encodeName(path).toStdString(),
                                    core::CsvDialect::frenchSpreadsheet());
        },
        path, error);
}

bool writeTableXlsx(const TableData &table, const QString &path, QString *error)
{
    return written([&] { core::writeTableXlsxFile(coreTable(table), QFile::encodeName(path).toStdString()); }, path,
                   error);
}

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(360, 260);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("Exporter"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Image PNG…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("Image vectorielle SVG…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    menu->addAction(tr("Document PDF…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    menu->addSeparator();
    menu->addAction(tr("Données en CSV…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    menu->addAction(tr("Données en XLSX…"), this, [this] { exportWithDialog(QStringLiteral("xlsx")); });
    menu->addSeparator();
    menu->addAction(tr("Copier l'image"), this, &ChartView::copyToClipboard);
    m_export->setMenu(menu);
}

void ChartView::setChart(const charts::Chart &chart, const TableData &data)
{
    m_chart = chart;
    m_data = data;
    // A chart of the synthetic study carries its watermark; the numbers behind it say so too.
    if (m_data.synthetic.isEmpty() && !chart.watermark.isEmpty())
        m_data.synthetic = chart.watermark;
    updateMinimumHeight();
    update();
}

void ChartView::updateMinimumHeight()
{
    // A chart of many groups (departments) is drawn as rows and needs its height: it then grows,
    // and the scroll area around it scrolls, rather than squeezing a hundred rows into the window.
    const int groups = static_cast<int>(m_chart.groups.size());
    const int wanted
        = groups > 16 ? static_cast<int>(charts::preferredSize(m_chart, std::max(width(), 400) - 8).height()) + 8 : 260;
    if (minimumHeight() != wanted)
        setMinimumHeight(std::min(wanted, 30000));
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    charts::paintChart(p, QRectF(rect()).adjusted(4, 4, -4 - m_export->width(), -4), m_chart);
}

void ChartView::resizeEvent(QResizeEvent *)
{
    updateMinimumHeight();
    m_export->adjustSize();
    m_export->move(width() - m_export->width() - 4, 4);
}

bool ChartView::exportTo(const QString &path, QSize pngPixels, int pngDpi, QString *error) const
{
    const QString ext = QFileInfo(path).suffix().toLower();
    const QSizeF vector = charts::preferredSize(m_chart, 510); // points: 180 mm wide
    if (ext == QLatin1String("png"))
        return charts::writePng(m_chart, path, pngPixels, pngDpi, error);
    if (ext == QLatin1String("svg"))
        return charts::writeSvg(m_chart, path, vector, error);
    if (ext == QLatin1String("pdf"))
        return charts::writePdf(m_chart, path, vector, error);
    if (ext == QLatin1String("csv"))
        return writeTableCsv(m_data, path, error);
    if (ext == QLatin1String("xlsx"))
        return writeTableXlsx(m_data, path, error);
    if (error)
        *error = tr("format inconnu : %1").arg(path);
    return false;
}

void ChartView::copyToClipboard() const
{
    const QSizeF size = charts::preferredSize(m_chart, 1200);
    QApplication::clipboard()->setImage(charts::renderImage(m_chart, size.toSize(), 144));
}

void ChartView::exportWithDialog(const QString &format)
{
    QSize pixels(1600, 0);
    int dpi = 200;
    if (format == QLatin1String("png")) {
        QDialog dialog(this);
        Ui::PngExportDialog form;
        form.setupUi(&dialog);
        if (dialog.exec() != QDialog::Accepted)
            return;
        dpi = form.pngDpi->value();
        // The height the chart needs at that width, in the chart's 96-dpi logical units.
        const double logicalWidth = form.pngWidth->value() * 96.0 / dpi;
        const QSizeF logical = charts::preferredSize(m_chart, logicalWidth);
        pixels = QSize(form.pngWidth->value(), static_cast<int>(std::ceil(logical.height() * dpi / 96.0)));
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter"), m_chart.title + QLatin1Char('.') + format,
                                                      QStringLiteral("*.") + format);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, pixels, dpi, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace vigie::gui
