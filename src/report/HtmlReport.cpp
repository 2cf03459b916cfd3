// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's sections 1 to 5 and 7, and the helpers every section uses.
#include "report/HtmlReport.h"
#include "report/ReportWriter.h"

#include "analysis/Export.h"
#include "charts/ChartExport.h"
#include "charts/ChartPainter.h"
#include "charts/NumberFormat.h"
#include "charts/StudyCharts.h"

#include <QFileInfo>

namespace vigie::report::detail {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString esc(const std::string &s)
{
    return q(s).toHtmlEscaped();
}

QString Text::num(std::int64_t n) const
{
    QString s = locale().toString(static_cast<qlonglong>(n));
    return french ? s.replace(QChar(0x00A0), QChar(0x202F)) : s;
}

QString Text::pct(double share, int decimals) const
{
    if (std::isnan(share))
        return QStringLiteral("—");
    return charts::formatPercent(share, locale(), decimals);
}

QString Text::interval(const core::stats::Proportion &p) const
{
    return interval(p.low, p.high);
}

QString Text::interval(double low, double high) const
{
    if (std::isnan(low))
        return QStringLiteral("—");
    return QStringLiteral("%1 – %2").arg(pct(low), pct(high));
}

QString pValue(const Text &t, double p)
{
    if (std::isnan(p))
        return QStringLiteral("—");
    if (p < 0.001)
        return t("p < 0,001", "p < 0.001");
    return QStringLiteral("p = ") + t.locale().toString(p, 'f', 3);
}

QString testSentence(const Text &t, const core::stats::IndependenceTest &test)
{
    using M = core::stats::IndependenceTest::Method;
    QString name;
    switch (test.method) {
    case M::ChiSquare:
        name = t("test du khi-deux d'indépendance", "chi-square test of independence");
        break;
    case M::FisherExact:
        name = t("test exact de Fisher", "Fisher's exact test");
        break;
    case M::FisherMonteCarlo:
        name = t("test exact de Fisher (Monte Carlo, %1 tirages)", "Fisher's exact test (Monte Carlo, %1 draws)")
                   .arg(t.num(test.monteCarloSamples));
        break;
    case M::NotTestable:
        return t("Pas de test possible (un seul groupe ou aucune différence observable).",
                 "Not testable (a single group, or nothing that can differ).");
    }
    QString s = t("Différence entre les groupes : %1, %2", "Difference between groups: %1, %2")
                    .arg(name, pValue(t, test.pValue));
    if (test.method == M::ChiSquare || test.method == M::FisherMonteCarlo)
        s += t(" (khi-deux = %1, %2 ddl)", " (chi-square = %1, %2 df)")
                 .arg(t.decimal(test.chiSquare, 2))
                 .arg(test.degreesOfFreedom);
    s += QStringLiteral(".");
    if (test.lowExpectedWarning)
        s += t(" Attention : des effectifs attendus sont inférieurs à 5.",
               " Warning: some expected counts are below 5.");
    return s;
}

QString svgInline(const charts::Chart &chart)
{
    const QSizeF size = charts::preferredSize(chart, 720);
    QString svg = QString::fromUtf8(charts::renderSvg(chart, size));
    const int start = svg.indexOf(QLatin1String("<svg"));
    return start < 0 ? svg : svg.mid(start);
}

HtmlReport::HtmlReport(const ReportData &d, bool forPdf)
    : m_d(d)
    , m_t { d.french }
    , m_forPdf(forPdf)
    , m_charts(reportCharts(d))
    // QTextDocument (the PDF) sizes tables to their content unless told: full width, smaller type.
    , m_table(forPdf ? QStringLiteral("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\" "
                                      "style=\"font-size:7.5pt\">")
                     : QStringLiteral("<table>"))
{ }

QString HtmlReport::html()
{
    writeHead();
    if (m_d.synthetic)
        writeSyntheticNotice();
    writeKeyFigures();
    writeThemes();
    writeBarometer();
    writePromiseAndPractice();
    writeMethod();
    writeValidation();
    writeEvidence();
    writeEnd();
    return m_h;
}

// The next chart of reportCharts(), nothing once they are used up.
QString HtmlReport::nextChart()
{
    const std::size_t i = m_nextChart++;
    if (i >= m_charts.size())
        return {};
    if (m_forPdf)
        return QStringLiteral("<p><img src=\"chart:%1\"></p>\n").arg(i);
    return QStringLiteral("<figure>") + svgInline(m_charts[i]) + QStringLiteral("</figure>\n");
}

const core::CrosstabCell &HtmlReport::headlineTotal() const
{
    static const core::CrosstabCell kEmpty {};
    const auto &hl = m_d.headline;
    return hl.total.cells.empty() ? kEmpty : hl.total.cells[0];
}

// A corrected share with its interval, or a dash (the caveat under the table says why).
QString HtmlReport::correctedText(const std::vector<std::vector<core::stats::CorrectedShare>> &shares, std::size_t row,
                                  std::size_t theme) const
{
    if (row >= shares.size() || theme >= shares[row].size() || !shares[row][theme].corrected)
        return QStringLiteral("—");
    const auto &k = shares[row][theme];
    return QStringLiteral("%1<br><small>%2</small>").arg(m_t.pct(k.share), m_t.interval(k.low, k.high));
}

// Up to the title and the line saying when and from which study the report was made.
void HtmlReport::writeHead()
{
    const auto &t = m_t;
    const QString title = t("Le numérique dans les programmes municipaux", "Digital policy in municipal programmes");
    m_h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(m_d.french ? "fr" : "en");
    m_h += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n");
    if (!m_forPdf)
        m_h += QStringLiteral(
            "<style>\n"
            "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            "color:#222;line-height:1.45}\n"
            "h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #0072B2}\n"
            "table{border-collapse:collapse;margin:1em 0;font-size:.92em}"
            "th,td{border:1px solid #bbb;padding:.3em .6em;vertical-align:top}"
            "th{background:#eef3f8;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
            ".synthetic{border:3px solid #D55E00;background:#fff3e8;color:#8a3200;padding:.8em 1em;"
            "font-weight:bold;margin:1em 0}\n"
            ".kwic td{border:none;border-bottom:1px solid #e4e4e4}.kwic .l{text-align:right;color:#555}"
            ".kwic .m{font-weight:bold;color:#0b4f8a;white-space:nowrap}.kwic .r{color:#555}"
            ".kwic .src{font-size:.85em;color:#777}\n"
            "figure{margin:1em 0}figure svg{max-width:100%;height:auto}.meta{color:#555}\n"
            "</style>\n");
    m_h += QStringLiteral("</head>\n<body>\n");
    m_h += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n");
    m_h += QStringLiteral("<p class=\"meta\">")
        + esc(t("Rapport d'observatoire établi par Vigie le %1 à partir de l'étude %2.",
                "Observatory report made by Vigie on %1 from the study %2.")
                  .arg(q(m_d.generatedAt.substr(0, 10)), QFileInfo(q(m_d.study)).fileName()))
        + QStringLiteral("</p>\n");
}

// The framed notice under the title of a synthetic study (the demo).
void HtmlReport::writeSyntheticNotice()
{
    const QString notice = esc(q(core::syntheticNotice(m_d.french)));
    m_h += m_forPdf
        ? QStringLiteral("<table width=\"100%\" cellpadding=\"8\" border=\"1\" style=\"border-color:#D55E00\">"
                         "<tr><td bgcolor=\"#fff3e8\"><b><font color=\"#8a3200\">")
            + notice + QStringLiteral("</font></b></td></tr></table>\n")
        : QStringLiteral("<div class=\"synthetic\">") + notice + QStringLiteral("</div>\n");
}

// 1. Key figures: the lead paragraph, the headline table by size class, its test and its chart.
void HtmlReport::writeKeyFigures()
{
    const auto &t = m_t;
    const auto &hl = m_d.headline;
    m_h += QStringLiteral("<h2>") + esc(t("1. Chiffres clés", "1. Key figures")) + QStringLiteral("</h2>\n<p>");
    writeKeyFiguresLead();
    writeHeadlineTable();
    if (!hl.tests.empty())
        m_h += QStringLiteral("<p>") + esc(testSentence(t, hl.tests[0])) + QStringLiteral("</p>\n");
    m_h += nextChart();
}

void HtmlReport::writeKeyFiguresLead()
{
    const auto &t = m_t;
    const auto &d = m_d;
    const auto &total = headlineTotal();
    QString lead;
    if (d.candidates > 0)
        lead = t("Sur %1 candidats, %2 ont un programme en ligne. ", "Of %1 candidates, %2 have a programme online. ")
                   .arg(t.num(d.candidates), t.num(d.programmes));
    lead
        += t("Des %1 programmes (%2 communes), %3 parlent du numérique, soit %4 (intervalle de confiance à 95 % : %5).",
             "Of %1 programmes (%2 cities), %3 talk about digital: %4 (95 % confidence interval: %5).")
               .arg(t.num(d.headline.total.programmes), t.num(d.communes), t.num(total.mentioning),
                    t.pct(total.share.share), t.interval(total.share));
    if (corrected() && !d.headlineCorrected.back().empty() && d.headlineCorrected.back()[0].corrected) {
        const auto &k = d.headlineCorrected.back()[0];
        lead += QLatin1Char(' ')
            + t("Corrigée des erreurs du dictionnaire mesurées à la main (section 6), cette part est de %1 (%2).",
                "Corrected for the dictionary's errors measured by hand (section 6), this share is %1 (%2).")
                  .arg(t.pct(k.share), t.interval(k.low, k.high));
    }
    QStringList byClass;
    for (const auto &row : d.headline.rows)
        byClass << QStringLiteral("%1 (%2)").arg(t.pct(row.cells[0].share.share), q(row.label));
    if (!byClass.isEmpty())
        lead += QStringLiteral(" ") + t("Par taille de commune (habitants) : ", "By city size (inhabitants): ")
            + byClass.join(QStringLiteral(", ")) + QStringLiteral(".");
    m_h += esc(lead) + QStringLiteral("</p>\n");
}

void HtmlReport::writeHeadlineTable()
{
    const auto &t = m_t;
    const auto &hl = m_d.headline;
    // Widths for QTextDocument, which otherwise gives the unbreakable intervals what the labels need.
    const bool c = corrected();
    const auto th = [&](const char *width, const QString &label) {
        m_h += QStringLiteral("<th width=\"%1\">").arg(QLatin1String(width)) + esc(label) + QStringLiteral("</th>");
    };
    m_h += m_table + QStringLiteral("<tr>");
    th(c ? "18%" : "24%", t("Taille de la commune", "City size"));
    th(c ? "10%" : "13%", t("Programmes", "Programmes"));
    th(c ? "10%" : "13%", t("Parlent du numérique", "Talk about digital"));
    th(c ? "8%" : "10%", t("Part", "Share"));
    th(c ? "15%" : "20%", t("IC à 95 %", "95 % CI"));
    th(c ? "9%" : "20%", t("Mentions pour 10 000 mots", "Mentions per 10,000 words"));
    if (c) {
        th("15%", t("Part corrigée", "Corrected share"));
        th("15%", t("IC à 95 %", "95 % CI"));
    }
    m_h += QStringLiteral("</tr>\n");
    for (std::size_t r = 0; r < hl.rows.size(); ++r)
        writeHeadlineRow(hl.rows[r], false, r);
    core::CrosstabRow all = hl.total;
    all.label = t("Ensemble", "All").toStdString();
    writeHeadlineRow(all, true, hl.rows.size());
    m_h += QStringLiteral("</table>\n");
    if (corrected())
        m_h += boxOpen() + QStringLiteral("<p><small>") + esc(correctionCaveat(hl, m_d.headlineCorrected))
            + QStringLiteral("</small></p>\n") + boxClose();
}

void HtmlReport::writeHeadlineRow(const core::CrosstabRow &row, bool bold, std::size_t index)
{
    const auto &t = m_t;
    const auto &cell = row.cells[0];
    const QString b0 = bold ? QStringLiteral("<b>") : QString(), b1 = bold ? QStringLiteral("</b>") : QString();
    m_h += QStringLiteral("<tr><td>") + b0 + esc(row.label.empty() ? t("Ensemble", "All").toStdString() : row.label)
        + b1 + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.num(row.programmes)
        + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.num(cell.mentioning)
        + QStringLiteral("</td><td class=\"n\" align=\"right\">") + b0 + t.pct(cell.share.share) + b1
        + QStringLiteral("</td><td class=\"n\" align=\"right\" style=\"white-space:nowrap\">") + t.interval(cell.share)
        + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.decimal(cell.perTenThousandWords)
        + QStringLiteral("</td>");
    if (corrected()) {
        const auto *k = index < m_d.headlineCorrected.size() && !m_d.headlineCorrected[index].empty()
            ? &m_d.headlineCorrected[index][0]
            : nullptr;
        const bool shown = k && k->corrected;
        m_h += QStringLiteral("<td class=\"n\" align=\"right\">") + b0 + (shown ? t.pct(k->share) : QStringLiteral("—"))
            + b1 + QStringLiteral("</td><td class=\"n\" align=\"right\" style=\"white-space:nowrap\">")
            + (shown ? t.interval(k->low, k->high) : QStringLiteral("—")) + QStringLiteral("</td>");
    }
    m_h += QStringLiteral("</tr>\n");
}

// 2. Digital themes: the root and each theme below it, by size class with tests, then their charts.
void HtmlReport::writeThemes()
{
    const auto &t = m_t;
    const auto &d = m_d;
    const auto &total = headlineTotal();
    m_h += QStringLiteral("<h2>") + esc(t("2. Les thèmes du numérique", "2. Digital themes"))
        + QStringLiteral("</h2>\n");
    m_h += QStringLiteral("<p>")
        + esc(t(
            "Un programme compte pour un thème s'il contient au moins une mention d'un terme du thème ou de ses "
            "sous-thèmes. Les parts sont calculées sur l'ensemble des programmes et sur ceux qui parlent du numérique.",
            "A programme counts for a theme when it has at least one mention of a term of the theme or its sub-themes. "
            "Shares are of all programmes and of those that talk about digital."))
        + QStringLiteral("</p>\n");
    m_h += m_table + QStringLiteral("<tr><th width=\"20%\">") + esc(t("Thème", "Theme")) + QStringLiteral("</th><th>")
        + esc(t("Programmes", "Programmes")) + QStringLiteral("</th><th>") + esc(t("Part de tous", "Share of all"))
        + (corrected() ? QStringLiteral("</th><th>") + esc(t("Part corrigée (IC à 95 %)", "Corrected share (95 % CI)"))
                       : QString())
        + QStringLiteral("</th><th>") + esc(t("Part des programmes numériques", "Share of digital programmes"))
        + QStringLiteral("</th><th>") + esc(t("Mentions", "Mentions")) + QStringLiteral("</th>");
    for (const auto &row : d.byTheme.rows)
        m_h += QStringLiteral("<th>") + esc(row.label) + QStringLiteral("</th>");
    m_h += QStringLiteral("<th>") + esc(t("Test", "Test")) + QStringLiteral("</th></tr>\n");
    for (std::size_t i = 0; i < d.byTheme.themes.size(); ++i) {
        const auto &cell = d.byTheme.total.cells[i];
        const double ofDigital
            = total.mentioning > 0 ? static_cast<double>(cell.mentioning) / static_cast<double>(total.mentioning) : NAN;
        m_h += QStringLiteral("<tr><td>") + (i == 0 ? QStringLiteral("<b>") : QStringLiteral("&#160;&#160;"))
            + esc(d.byTheme.themeLabels[i]) + (i == 0 ? QStringLiteral("</b>") : QString())
            + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.num(cell.mentioning)
            + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.pct(cell.share.share)
            + (corrected() ? QStringLiteral("</td><td class=\"n\" align=\"right\">")
                       + correctedText(d.byThemeCorrected, d.byTheme.rows.size(), i)
                           : QString())
            + QStringLiteral("</td><td class=\"n\" align=\"right\">")
            + (i == 0 ? QStringLiteral("—") : t.pct(ofDigital))
            + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.num(cell.mentions) + QStringLiteral("</td>");
        for (const auto &row : d.byTheme.rows)
            m_h += QStringLiteral("<td class=\"n\" align=\"right\">") + t.pct(row.cells[i].share.share)
                + QStringLiteral("</td>");
        const QString p = i < d.byTheme.tests.size() ? pValue(t, d.byTheme.tests[i].pValue) : QStringLiteral("—");
        m_h += QStringLiteral("<td class=\"n\" align=\"right\">") + esc(p) + QStringLiteral("</td></tr>\n");
    }
    m_h += QStringLiteral("</table>\n");
    if (corrected())
        m_h += boxOpen() + QStringLiteral("<p><small>") + esc(correctionCaveat(d.byTheme, d.byThemeCorrected))
            + QStringLiteral("</small></p>\n") + boxClose();
    // The theme charts: those reportCharts() made after the headline one, six themes each.
    while (m_nextChart < m_charts.size() && m_nextChart < 1 + (d.byTheme.themes.size() - 1 + 5) / 6)
        m_h += nextChart();
}

// 3. The barometer: projects by declared category, detected sector and city size; maturity stages.
void HtmlReport::writeBarometer()
{
    const auto &t = m_t;
    m_h += QStringLiteral("<h2>")
        + esc(t("3. Le baromètre des projets des villes", "3. The barometer of cities' projects"))
        + QStringLiteral("</h2>\n");
    if (m_d.projects == 0) {
        m_h += QStringLiteral("<p>")
            + esc(t("L'étude ne contient aucun projet de baromètre.", "The study has no barometer projects."))
            + QStringLiteral("</p>\n");
        return;
    }
    const auto &b = m_d.barometer;
    m_h += QStringLiteral("<p>")
        + esc(t("%1 projets dans %2 communes. Catégories telles que déclarées par les villes, puis secteurs "
                "détectés par le dictionnaire (un projet peut relever de plusieurs secteurs).",
                "%1 projects in %2 cities. Categories as the cities declared them, then sectors the dictionary "
                "detects (a project may belong to several).")
                  .arg(t.num(b.projects), t.num(b.cities)))
        + QStringLiteral("</p>\n");
    writeCountTable(t("Catégorie déclarée", "Declared category"), b.declared);
    m_h += nextChart();
    writeCountTable(t("Secteur détecté", "Detected sector"), b.detected);
    writeCountTable(t("Taille de la commune", "City size"), b.bySize);
    m_h += nextChart();
    writeMaturityTable();
    m_h += nextChart();
}

void HtmlReport::writeCountTable(const QString &head, const std::vector<core::BarometerCount> &rows)
{
    const auto &t = m_t;
    m_h += m_table + QStringLiteral("<tr><th>") + esc(head) + QStringLiteral("</th><th>")
        + esc(t("Projets", "Projects")) + QStringLiteral("</th><th>") + esc(t("Part", "Share"))
        + QStringLiteral("</th><th>") + esc(t("IC à 95 %", "95 % CI")) + QStringLiteral("</th></tr>\n");
    for (const auto &r : rows)
        m_h += QStringLiteral("<tr><td>") + esc(r.label.empty() ? t("(sans)", "(none)").toStdString() : r.label)
            + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.num(r.projects)
            + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.pct(r.share.share)
            + QStringLiteral("</td><td class=\"n\" align=\"right\">") + t.interval(r.share)
            + QStringLiteral("</td></tr>\n");
    m_h += QStringLiteral("</table>\n");
}

// Maturity stages by declared category.
void HtmlReport::writeMaturityTable()
{
    const auto &t = m_t;
    const auto &b = m_d.barometer;
    m_h += m_table + QStringLiteral("<tr><th>") + esc(t("Catégorie", "Category")) + QStringLiteral("</th>");
    for (const auto &s : b.stages)
        m_h += QStringLiteral("<th>") + esc(s.empty() ? t("(non renseignée)", "(not given)").toStdString() : s)
            + QStringLiteral("</th>");
    m_h += QStringLiteral("</tr>\n");
    for (std::size_t r = 0; r < b.declared.size(); ++r) {
        m_h += QStringLiteral("<tr><td>") + esc(b.declared[r].label) + QStringLiteral("</td>");
        for (std::size_t s = 0; s < b.stages.size(); ++s)
            m_h += QStringLiteral("<td class=\"n\" align=\"right\">") + t.num(b.stagesByCategory[r][s])
                + QStringLiteral("</td>");
        m_h += QStringLiteral("</tr>\n");
    }
    m_h += QStringLiteral("</table>\n");
}

// 4. Promise and practice, for the cities in both the programmes and the barometer.
void HtmlReport::writePromiseAndPractice()
{
    const auto &t = m_t;
    m_h += boxOpen() + QStringLiteral("<h2>") + esc(t("4. Promesses et réalisations", "4. Promise and practice"))
        + QStringLiteral("</h2>\n");
    if (m_d.cities.empty()) {
        m_h += QStringLiteral("<p>")
            + esc(t("Aucune commune n'a à la fois des programmes et des projets dans l'étude.",
                    "No city has both programmes and projects in the study."))
            + QStringLiteral("</p>\n") + boxClose();
        return;
    }
    m_h += boxClose();
    writePromiseSummary();
    writePromiseByCity();
}

// Per theme: cities, promised, run, both, promised only, run only.
void HtmlReport::writePromiseSummary()
{
    const auto &t = m_t;
    const auto &d = m_d;
    m_h += boxOpen() + QStringLiteral("<p>")
        + esc(t("Pour les %1 communes présentes à la fois dans les programmes et dans le baromètre : thèmes promis "
                "par la liste élue (mentionnés dans son programme) et projets de la ville qui mentionnent le même "
                "thème.",
                "For the %1 cities present in both the programmes and the barometer: themes the elected list "
                "promised (mentioned in its programme) and the city's projects mentioning the same theme.")
                  .arg(d.cities.size()))
        + QStringLiteral("</p>\n") + boxClose();
    m_h += m_table + QStringLiteral("<tr><th width=\"26%\">") + esc(t("Thème", "Theme")) + QStringLiteral("</th><th>")
        + esc(t("Villes (liste élue connue)", "Cities (elected list known)")) + QStringLiteral("</th><th>")
        + esc(t("Promis", "Promised")) + QStringLiteral("</th><th>") + esc(t("Réalisé", "Run"))
        + QStringLiteral("</th><th>") + esc(t("Promis et réalisé", "Promised and run")) + QStringLiteral("</th><th>")
        + esc(t("Promis, pas de projet", "Promised, no project")) + QStringLiteral("</th><th>")
        + esc(t("Projet sans promesse", "Project, not promised")) + QStringLiteral("</th></tr>\n");
    for (std::size_t i = 0; i < d.themes.size(); ++i) {
        const auto &s = d.promise[i];
        m_h += QStringLiteral("<tr><td>") + esc(d.themes[i].label) + QStringLiteral("</td>");
        for (const auto v : { s.cities, s.promised, s.run, s.both, s.promisedOnly, s.runOnly })
            m_h += QStringLiteral("<td class=\"n\" align=\"right\">") + t.num(v) + QStringLiteral("</td>");
        m_h += QStringLiteral("</tr>\n");
    }
    m_h += QStringLiteral("</table>\n");
}

// City by city: which themes were promised and run (with project counts), promised only, run only.
void HtmlReport::writePromiseByCity()
{
    const auto &t = m_t;
    const auto &d = m_d;
    // (In a one-cell table for the PDF: see boxOpen().)
    m_h += (m_forPdf ? QStringLiteral("<table width=\"100%\"><tr><td>") : QStringLiteral("<p>"))
        + esc(t("Par commune : thèmes promis par la liste élue et nombre de projets de la ville qui les mentionnent.",
                "By city: themes the elected list promised, and the number of the city's projects mentioning them."))
        + (m_forPdf ? QStringLiteral("</td></tr></table>\n") : QStringLiteral("</p>\n")) + m_table
        + QStringLiteral("<tr><th width=\"16%\">") + esc(t("Commune", "City"))
        + QStringLiteral("</th><th width=\"18%\">") + esc(t("Liste élue", "Elected list")) + QStringLiteral("</th><th>")
        + esc(t("Promis et réalisé (projets)", "Promised and run (projects)")) + QStringLiteral("</th><th>")
        + esc(t("Promis, sans projet", "Promised, no project")) + QStringLiteral("</th><th>")
        + esc(t("Projets sans promesse", "Projects, not promised")) + QStringLiteral("</th></tr>\n");
    for (const auto &c : d.cities) {
        QStringList both, promisedOnly, runOnly;
        for (std::size_t i = 1; i < d.themes.size(); ++i) {
            const QString label = esc(d.themes[i].label);
            const auto n = c.projects[i];
            if (c.promised[i] && n > 0)
                both << label + QStringLiteral(" (") + t.num(n) + QStringLiteral(")");
            else if (c.promised[i])
                promisedOnly << label;
            else if (n > 0)
                runOnly << label + QStringLiteral(" (") + t.num(n) + QStringLiteral(")");
        }
        m_h += QStringLiteral("<tr><td>") + esc(c.name) + QStringLiteral("<br><small>") + esc(c.sizeClass)
            + QStringLiteral(", ") + esc(t("%1 projets", "%1 projects").arg(t.num(c.projectCount)))
            + QStringLiteral("</small></td><td>")
            + (c.electedList.empty() ? esc(t("(sans programme)", "(no programme)")) : esc(c.electedList))
            + QStringLiteral("</td><td>") + both.join(QStringLiteral(", ")) + QStringLiteral("</td><td>")
            + promisedOnly.join(QStringLiteral(", ")) + QStringLiteral("</td><td>") + runOnly.join(QStringLiteral(", "))
            + QStringLiteral("</td></tr>\n");
    }
    m_h += QStringLiteral("</table>\n");
}

// 5. Method: corpus, dictionary, counting rules, size classes, statistics; then every theme's terms.
void HtmlReport::writeMethod()
{
    const auto &t = m_t;
    const auto &d = m_d;
    const auto &hl = d.headline;
    m_h += boxOpen();
    m_h += QStringLiteral("<h2>") + esc(t("5. Méthode", "5. Method")) + QStringLiteral("</h2>\n<ul>\n");
    writeMethodItem(
        t("Corpus : %1 programmes, %2 mots, %3 communes ; %4 projets de baromètre dans %5 communes.",
          "Corpus: %1 programmes, %2 words, %3 cities; %4 barometer projects in %5 cities.")
            .arg(t.num(d.programmes), t.num(d.words), t.num(d.communes), t.num(d.projects), t.num(d.projectCities)));
    if (hl.notPrimary > 0) // docs/counting.md §7
        writeMethodItem(
            (hl.notPrimary == 1
                 ? t("Un document par liste et par tour : 1 document n'est pas compté, un autre document de sa liste "
                     "(profession de foi, programme…) passant avant lui.",
                     "One document per list and round: 1 document is not counted, another document of its list "
                     "(candidate statement, programme…) coming before it.")
                 : t("Un document par liste et par tour : %1 documents ne sont pas comptés, un autre document de "
                     "leur liste (profession de foi, programme…) passant avant eux.",
                     "One document per list and round: %1 documents are not counted, another document of their "
                     "list (candidate statement, programme…) coming before them."))
                .arg(t.num(hl.notPrimary)));
    if (d.lists > 0)
        writeMethodItem(t("Listes : %1 listes d'après les fichiers des candidats, dont %2 avec au moins un document "
                          "dans l'étude (%3) ; les parts portent sur les listes qui ont un document.",
                          "Lists: %1 lists from the candidate files, %2 of them with at least one document in the "
                          "study (%3); the shares are over the lists with a document.")
                            .arg(t.num(d.lists), t.num(d.listsWithDocument),
                                 t.pct(static_cast<double>(d.listsWithDocument) / static_cast<double>(d.lists))));
    if (d.ocrDocuments > 0) // docs/formats.md, "Scanned pages"
        writeMethodItem(
            t("Texte lu par OCR : %1 documents sans couche texte utilisable (%2 pages) ont été lus par "
              "reconnaissance de caractères (Tesseract, français), confiance moyenne %3 sur 100 ; la liste des "
              "programmes et l'export disent lesquels.",
              "Text read by OCR: %1 documents without a usable text layer (%2 pages) were read by optical "
              "character recognition (Tesseract, French), mean confidence %3 out of 100; the programmes list and "
              "the export say which.")
                .arg(t.num(d.ocrDocuments), t.num(d.ocrPages), t.num(std::llround(d.ocrConfidence))));
    writeMethodItem(
        t("Dictionnaire : %1, version %2 (empreinte %3), %4 termes et %5 exclusions ; liste des termes ci-dessous.",
          "Dictionary: %1, version %2 (fingerprint %3), %4 terms and %5 exclusions; terms listed below.")
            .arg(q(d.dictionaryName), q(d.dictionaryVersion), q(d.dictionaryFingerprint.substr(0, 12)))
            .arg(d.dictionaryTerms)
            .arg(d.dictionaryExclusions));
    writeMethodItem(t(
        "Règles de comptage : texte découpé en mots par ICU (élisions, traits d'union, césures de fin de ligne "
        "réparées), comparaison sans casse ni accents, singulier et pluriel confondus ; la correspondance la plus "
        "longue l'emporte et un mot n'est compté qu'une fois ; une exclusion (« ville connectée à Paris par le RER ») "
        "annule la mention ; une mention d'un sous-thème compte aussi pour ses parents. Détail : docs/counting.md.",
        "Counting rules: text split into words by ICU (elisions, hyphens, repaired line-end hyphenation), matched "
        "without case or accents, singular and plural alike; the longest match wins and a word counts once; an "
        "exclusion (\"ville connectée à Paris par le RER\") cancels the mention; a mention of a sub-theme also counts "
        "for its parents. Details: docs/counting.md."));
    QStringList classes;
    for (const auto &c : d.sizes.classes())
        classes << q(c.label);
    writeMethodItem(t("Tailles de commune (population municipale INSEE, liste officielle des communes) : %1.",
                      "City sizes (INSEE municipal population, official list of communes): %1.")
                        .arg(classes.join(QStringLiteral(", "))));
    writeMethodItem(
        t("Part : programmes qui mentionnent le thème / programmes du groupe, avec l'intervalle de confiance de Wilson "
          "à 95 %. Différence entre groupes : test du khi-deux d'indépendance, ou test exact de Fisher "
          "(Fisher-Freeman-Halton, par Monte Carlo au-delà de 2 × 10^7 tableaux) dès qu'un effectif attendu est "
          "inférieur à 5. Détail : docs/statistics.md.",
          "Share: programmes mentioning the theme / programmes in the group, with the 95 % Wilson confidence interval. "
          "Difference between groups: chi-square test of independence, or Fisher's exact test (Fisher-Freeman-Halton, "
          "Monte Carlo past 2 × 10^7 tables) when an expected count is below 5. Details: docs/statistics.md."));
    if (!hl.tests.empty() && !hl.tests[0].note.empty())
        writeMethodItem(t("Test du tableau principal : ", "Test of the headline table: ") + q(hl.tests[0].note));
    m_h += QStringLiteral("</ul>\n");
    writeThemeTerms();
    m_h += boxClose();
}

// Every theme of the report with the dictionary's terms for it.
void HtmlReport::writeThemeTerms()
{
    const auto &t = m_t;
    for (const auto &th : m_d.themes) {
        QStringList terms;
        for (const auto &term : th.terms)
            terms << q(term);
        m_h += QStringLiteral("<p><b>") + esc(th.label) + QStringLiteral("</b> (") + esc(q(th.id))
            + QStringLiteral(", ")
            + esc(t("%1 termes, %2 exclusions", "%1 terms, %2 exclusions").arg(th.terms.size()).arg(th.exclusions))
            + QStringLiteral(") : <small>") + esc(terms.join(QStringLiteral(" · "))) + QStringLiteral("</small></p>\n");
    }
}

// 6. Evidence: per theme, a few concordance lines from different programmes.
void HtmlReport::writeEvidence()
{
    const auto &t = m_t;
    const auto &d = m_d;
    m_h += boxOpen() + QStringLiteral("<h2>")
        + esc(t("7. Extraits : les mentions en contexte", "7. Evidence: mentions in context"))
        + QStringLiteral("</h2>\n<p>")
        + esc(t("Pour chaque thème, quelques mentions tirées de programmes différents, telles que le dictionnaire les "
                "a trouvées.",
                "For each theme, a few mentions from different programmes, as the dictionary found them."))
        + QStringLiteral("</p>\n") + boxClose();
    for (std::size_t i = 0; i < d.themes.size(); ++i) {
        // In the PDF the theme's name is the table's first row: QTextDocument drew no text for a
        // heading or paragraph between two of these tables.
        const QString label = esc(d.themes[i].label);
        const bool none = i >= d.samples.size() || d.samples[i].empty();
        if (!m_forPdf)
            m_h += QStringLiteral("<h3>") + label + QStringLiteral("</h3>\n");
        m_h += QStringLiteral("<table class=\"kwic\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\">\n");
        if (m_forPdf)
            m_h += QStringLiteral("<tr><td colspan=\"3\"><br><b><big>") + label
                + QStringLiteral("</big></b></td></tr>\n");
        if (none)
            m_h += QStringLiteral("<tr><td colspan=\"3\">") + esc(t("Aucune mention.", "No mention."))
                + QStringLiteral("</td></tr>\n");
        static const std::vector<core::ConcordanceSample> kNone;
        for (const auto &s : none ? kNone : d.samples[i]) {
            m_h += QStringLiteral("<tr><td class=\"l\" align=\"right\" width=\"40%\">…") + esc(s.line.left)
                + QStringLiteral("</td><td class=\"m\"><b><font color=\"#0b4f8a\">") + esc(s.line.match)
                + QStringLiteral("</font></b></td><td class=\"r\" width=\"40%\">") + esc(s.line.right)
                + QStringLiteral("…</td></tr>\n")
                + QStringLiteral("<tr><td></td><td colspan=\"2\" class=\"src\"><small><font color=\"#777777\">")
                + esc(s.listName) + QStringLiteral(" (") + esc(s.candidate) + QStringLiteral("), ") + esc(s.commune)
                + QStringLiteral("</font></small></td></tr>\n");
        }
        m_h += QStringLiteral("</table>\n");
    }
}

void HtmlReport::writeEnd()
{
    m_h += QStringLiteral("</body>\n</html>\n");
    if (m_d.french) // French typography: no line break before ":" and ";"
        m_h.replace(QStringLiteral(" : "), QStringLiteral("\u00A0: "))
            .replace(QStringLiteral(" ; "), QStringLiteral("\u00A0; "));
}

} // namespace vigie::report::detail
