// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report's HTML writer, shared by its sections' files (private to vigie_report).
#include "analysis/ReportData.h"
#include "charts/Chart.h"

#include <QLocale>
#include <QString>

#include <cmath>
#include <cstdint>
#include <vector>

namespace vigie::report::detail {

using core::ReportData;

QString q(const std::string &s);
QString esc(const QString &s);
QString esc(const std::string &s);

// The report's language: a string in French or English, numbers and shares as that language writes them.
struct Text
{
    bool french;
    QString operator()(const char *fr, const char *en) const { return QString::fromUtf8(french ? fr : en); }
    QLocale locale() const
    {
        return french ? QLocale(QLocale::French, QLocale::France) : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    QString num(std::int64_t n) const;
    // "55 %" (narrow no-break space) in French, "55%" in English; NaN: an em dash.
    QString pct(double share, int decimals = 0) const;
    QString interval(const core::stats::Proportion &p) const;
    QString interval(double low, double high) const;
    QString decimal(double v, int decimals = 1) const { return locale().toString(v, 'f', decimals); }
};

QString pValue(const Text &t, double p);
QString testSentence(const Text &t, const core::stats::IndependenceTest &test);
QString svgInline(const charts::Chart &chart);

// Writes the report's HTML one section at a time, in the order the report shows them. Holds what
// the sections share: the data, the language, the target (browser or QTextDocument for the PDF)
// and the charts, handed out in order as the sections ask for them.
class HtmlReport
{
public:
    HtmlReport(const ReportData &d, bool forPdf);
    QString html();

private:
    void writeHead();
    void writeSyntheticNotice();
    void writeKeyFigures();
    void writeKeyFiguresLead();
    void writeHeadlineTable();
    void writeHeadlineRow(const core::CrosstabRow &row, bool bold, std::size_t index);
    void writeThemes();
    void writeBarometer();
    void writeCountTable(const QString &head, const std::vector<core::BarometerCount> &rows);
    void writeMaturityTable();
    void writePromiseAndPractice();
    void writePromiseSummary();
    void writePromiseByCity();
    void writeValidation(); // ValidationSection.cpp
    void writeValidationSample(const core::ReportValidation &v, int number);
    void writeValidationScores(const core::ReportValidation &v);
    void writeDisagreements(const core::ReportValidation &v);
    // Under a table of corrected shares: whose codes, the assumption, and why a theme is not corrected.
    QString correctionCaveat(const core::CrosstabResult &table,
                             const std::vector<std::vector<core::stats::CorrectedShare>> &shares) const;
    QString correctedText(const std::vector<std::vector<core::stats::CorrectedShare>> &shares, std::size_t row,
                          std::size_t theme) const;
    void writeMethod();
    void writeMethodItem(const QString &s) { m_h += QStringLiteral("<li>") + esc(s) + QStringLiteral("</li>\n"); }
    void writeThemeTerms();
    void writeEvidence();
    void writeEnd();
    QString nextChart();
    // In the PDF, QTextDocument drew no paragraph that followed a table spanning a page break (they
    // are laid out, never painted): the sections after the long tables go in a one-cell table there.
    QString boxOpen() const
    {
        return m_forPdf ? QStringLiteral("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>")
                        : QString();
    }
    QString boxClose() const { return m_forPdf ? QStringLiteral("</td></tr></table>\n") : QString(); }
    const core::CrosstabCell &headlineTotal() const;
    bool corrected() const { return m_d.correction.has_value() && !m_d.headlineCorrected.empty(); }

    const ReportData &m_d;
    const Text m_t;
    const bool m_forPdf;
    const std::vector<charts::Chart> m_charts;
    std::size_t m_nextChart = 0;
    const QString m_table; // the opening tag of every data table
    QString m_h;
};

} // namespace vigie::report::detail
