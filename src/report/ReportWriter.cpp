// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportWriter.h"
#include "report/HtmlReport.h"

#include "analysis/Export.h"
#include "charts/ChartExport.h"
#include "charts/ChartPainter.h"
#include "charts/NumberFormat.h"
#include "charts/StudyCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <cmath>

namespace vigie::report {

namespace {

using charts::barometerCategoryChart;
using charts::barometerMaturityChart;
using charts::barometerSizeChart;
using charts::ChartContext;
using charts::crosstabChart;
using charts::Measure;
using core::ReportData;
using detail::q;
using detail::Text;

// The custom text object that paints a chart into the PDF as vector graphics.
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;

class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const std::vector<charts::Chart> &charts, double width)
        : m_charts(charts)
        , m_width(width)
    { }
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return charts::preferredSize(chart(format), m_width);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        painter->save();
        painter->fillRect(rect, Qt::white);
        charts::paintChart(*painter, rect, chart(format));
        painter->restore();
    }

private:
    const charts::Chart &chart(const QTextFormat &format) const
    {
        return m_charts.at(static_cast<std::size_t>(format.intProperty(kChartIndex)));
    }
    const std::vector<charts::Chart> &m_charts;
    double m_width;
};

} // namespace

std::vector<charts::Chart> reportCharts(const ReportData &d)
{
    ChartContext c;
    c.french = d.french;
    c.synthetic = d.synthetic;
    const Text t { d.french };
    c.source = t("étude %1, %2 programmes", "study %1, %2 programmes")
                   .arg(QFileInfo(q(d.study)).fileName(), t.num(d.headline.total.programmes))
                   .toStdString();
    c.dictionary = d.dictionaryName + " " + d.dictionaryVersion;
    std::vector<charts::Chart> out;
    out.push_back(crosstabChart(d.headline, c, Measure::Share,
                                t("Part des programmes qui parlent du numérique, par taille de commune",
                                  "Share of programmes that talk about digital, by city size")
                                    .toStdString()));
    // The themes, in two charts of at most six so the bars stay readable.
    core::CrosstabResult part = d.byTheme;
    const std::size_t n = d.byTheme.themes.size();
    for (std::size_t from = 1, chunk = 0; from < n; from += 6, ++chunk) {
        const std::size_t to = std::min(n, from + 6);
        part.themes.assign(d.byTheme.themes.begin() + static_cast<std::ptrdiff_t>(from),
                           d.byTheme.themes.begin() + static_cast<std::ptrdiff_t>(to));
        part.themeLabels.assign(d.byTheme.themeLabels.begin() + static_cast<std::ptrdiff_t>(from),
                                d.byTheme.themeLabels.begin() + static_cast<std::ptrdiff_t>(to));
        part.themeColours.clear(); // none unless one per theme: the chart then takes its palette
        if (d.byTheme.themeColours.size() == n)
            part.themeColours.assign(d.byTheme.themeColours.begin() + static_cast<std::ptrdiff_t>(from),
                                     d.byTheme.themeColours.begin() + static_cast<std::ptrdiff_t>(to));
        part.rows = d.byTheme.rows;
        for (auto &row : part.rows)
            row.cells.assign(row.cells.begin() + static_cast<std::ptrdiff_t>(from),
                             row.cells.begin() + static_cast<std::ptrdiff_t>(to));
        out.push_back(
            crosstabChart(part, c, Measure::Share,
                          t("Thèmes du numérique par taille de commune (%1/%2)", "Digital themes by city size (%1/%2)")
                              .arg(chunk + 1)
                              .arg((n - 1 + 5) / 6)
                              .toStdString()));
    }
    if (d.projects > 0) {
        out.push_back(barometerCategoryChart(d.barometer, c));
        out.push_back(barometerSizeChart(d.barometer, c));
        out.push_back(barometerMaturityChart(d.barometer, c));
    }
    return out;
}

QString reportHtml(const ReportData &d, bool forPdf)
{
    return detail::HtmlReport(d, forPdf).html();
}

bool writeReport(const ReportData &d, const QString &dir, ReportFiles *files, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create the folder %1").arg(dir));
    const QString base = QDir(dir).filePath(d.french ? QStringLiteral("rapport") : QStringLiteral("report"));
    const QString htmlPath = base + QStringLiteral(".html"), pdfPath = base + QStringLiteral(".pdf");

    QFile html(htmlPath);
    if (!html.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1: %2").arg(htmlPath, html.errorString()));
    const QByteArray bytes = reportHtml(d, false).toUtf8();
    if (html.write(bytes) != bytes.size() || !html.flush())
        return fail(QStringLiteral("cannot write %1: %2").arg(htmlPath, html.errorString()));
    html.close();

    QPdfWriter pdf(pdfPath);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    pdf.setTitle(d.french ? QStringLiteral("Le numérique dans les programmes municipaux")
                          : QStringLiteral("Digital policy in municipal programmes"));
    pdf.setCreator(QStringLiteral("Vigie"));
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // Any letter spacing turns ligatures off: with them, "fictives" and "chiffres" reach the PDF as
    // "ﬁ" and "ﬀ" glyphs, and neither search nor copy finds the words.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    doc.setDefaultFont(font);
    const QSizeF page = pdf.pageLayout().paintRect(QPageLayout::Point).size();
    doc.setPageSize(page);
    doc.setDocumentMargin(0);
    const auto charts = reportCharts(d);
    ChartObject object(charts, page.width());
    doc.documentLayout()->registerHandler(kChartObject, &object);
    doc.setHtml(reportHtml(d, true));
    // Swap the chart placeholders for the vector chart object.
    QTextCursor cursor(&doc);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!fragment.charFormat().isImageFormat() || !image.name().startsWith(QLatin1String("chart:")))
                continue;
            QTextCharFormat chartFormat;
            chartFormat.setObjectType(kChartObject);
            chartFormat.setProperty(kChartIndex, image.name().mid(6).toInt());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), chartFormat);
            break; // the block's fragments changed
        }
    }
    doc.print(&pdf);
    if (!QFileInfo(pdfPath).exists() || QFileInfo(pdfPath).size() == 0)
        return fail(QStringLiteral("cannot write %1").arg(pdfPath));
    if (files)
        *files = { htmlPath, pdfPath };
    return true;
}

} // namespace vigie::report

#include "ReportWriter.moc"
