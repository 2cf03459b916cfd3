// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/Chart.h"

#include <QStringList>

#include <QWidget>
#include <optional>
#include <vector>

class QToolButton;

namespace vigie::gui {

// The data behind a chart, as the table exports write it: a header row, then rows of cells.
// Numbers are kept as numbers (XLSX cells are numeric) with the text shown for them.
struct TableData
{
    struct Cell
    {
        QString text;
        std::optional<double> number;
    };
    QString title;
    QString synthetic; // non-empty for the synthetic demo study: a last column says so on every row
    QStringList header;
    std::vector<std::vector<Cell>> rows;
};

// Writes the table as CSV (UTF-8 with BOM, ";" separated: what French spreadsheets open) or XLSX
// (libxlsxwriter). False with `error` naming the file when it cannot be written.
bool writeTableCsv(const TableData &table, const QString &path, QString *error);
bool writeTableXlsx(const TableData &table, const QString &path, QString *error);

// A chart on screen, painted by vigie_charts at the widget's size, with an export button: PNG (size
// and DPI chosen), SVG and PDF (vector), the data as CSV and XLSX, and copy to the clipboard.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setChart(const charts::Chart &chart, const TableData &data);
    const charts::Chart &chart() const { return m_chart; }
    const TableData &data() const { return m_data; }

    // Export without dialogs (the menu's actions ask for the file, then call these).
    bool exportTo(const QString &path, QSize pngPixels, int pngDpi, QString *error) const; // by extension
    void copyToClipboard() const;

    QSize sizeHint() const override { return { 720, 480 }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void exportWithDialog(const QString &format);
    void updateMinimumHeight();

    charts::Chart m_chart;
    TableData m_data;
    QToolButton *m_export = nullptr;
};

} // namespace vigie::gui
