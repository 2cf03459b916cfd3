// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ReportData.h"
#include "charts/Chart.h"

#include <QString>

#include <vector>

namespace vigie::report {

// The observatory report of a study: a self-contained HTML file (charts as inline SVG, no
// external file) and a PDF (A4, the same content, charts as vector drawings), in French or English.
//
// Needs a QGuiApplication (fonts); the CLI makes an offscreen one.
struct ReportFiles
{
    QString html, pdf;
};

// The charts the report shows, in order (also for tests).
std::vector<charts::Chart> reportCharts(const core::ReportData &data);

// The HTML document. `forPdf`: charts as <img src="chart:N"> for QTextDocument, not inline SVG.
QString reportHtml(const core::ReportData &data, bool forPdf);

// Writes DIR/rapport.html and DIR/rapport.pdf (report.html / report.pdf in English), creating DIR.
// False with `error` naming the file when something cannot be written.
bool writeReport(const core::ReportData &data, const QString &dir, ReportFiles *files, QString *error);

} // namespace vigie::report
