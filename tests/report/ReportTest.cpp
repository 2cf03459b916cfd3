// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The observatory report on the demo study: the numbers it shows are the study's, the HTML holds
// its charts, the PDF is a real multi-page document, and the synthetic study is marked as such.
#include "GuiTestSupport.h"
#include "analysis/Export.h"
#include "analysis/ReportData.h"
#include "gazetteer/Gazetteer.h"
#include "report/ReportWriter.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>
#include <poppler-document.h>
#include <poppler-page.h>

#include <QFile>

#include <QXmlStreamReader>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <set>

namespace fs = std::filesystem;
using namespace vigie;

namespace {

using vigie::test::demoStudy;
using vigie::test::TempDir;

// The demo study, built once for the file's tests.
QString readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("the report's figures are the study's", "[report]")
{
    auto store = core::CorpusStore::open(demoStudy().toStdString());
    const core::ReportData d = core::collectReport(store, {});
    CHECK(d.synthetic);
    CHECK(d.programmes == 268);
    CHECK(d.candidates == 527);
    CHECK(d.headline.total.cells[0].mentioning == 161);
    REQUIRE(d.headline.rows.size() == 3);
    CHECK(d.headline.rows[0].cells[0].mentioning == 77);
    REQUIRE(d.themes.size() == 12);
    CHECK(d.themes[0].id == "numerique");
    CHECK(d.byTheme.total.cells[1].mentioning == 24); // open data
    CHECK(d.barometer.projects == 1128);
    // Promise and practice: the barometer's 24 cities all have programmes; the summary adds up.
    CHECK(d.cities.size() == 24);
    for (std::size_t t = 0; t < d.themes.size(); ++t) {
        const auto &s = d.promise[t];
        INFO(d.themes[t].id);
        CHECK(s.both + s.promisedOnly == s.promised);
        CHECK(s.both + s.runOnly == s.run);
        std::int64_t promised = 0;
        for (const auto &c : d.cities)
            promised += c.electedList.empty() ? 0 : c.promised[t];
        CHECK(promised == s.promised);
    }
    // Evidence: samples from different programmes, each showing a match of its theme.
    REQUIRE(d.samples.size() == d.themes.size());
    for (std::size_t t = 0; t < d.samples.size(); ++t) {
        CHECK(d.samples[t].size() == 4);
        std::set<std::int64_t> programmes;
        for (const auto &s : d.samples[t]) {
            programmes.insert(s.line.programme);
            CHECK_FALSE(s.line.match.empty());
            CHECK_FALSE(s.commune.empty());
        }
        CHECK(programmes.size() == d.samples[t].size());
    }
}

TEST_CASE("the report is written as self-contained HTML and a PDF, in French and English", "[report]")
{
    auto store = core::CorpusStore::open(demoStudy().toStdString());
    TempDir out;
    report::ReportFiles files;
    QString error;
    const core::ReportData fr = core::collectReport(store, {});
    REQUIRE(report::writeReport(fr, QString::fromStdString(out.dir.string()), &files, &error));
    CHECK(files.html.endsWith("rapport.html"));
    const QString html = readAll(files.html);
    CHECK(html.contains(QString::fromStdString(core::syntheticNotice(true)).toHtmlEscaped()));
    CHECK(html.count(QStringLiteral("<svg")) == static_cast<int>(report::reportCharts(fr).size()));
    CHECK(html.contains(QStringLiteral("DONNÉES FICTIVES"))); // in the charts
    CHECK(html.contains(QStringLiteral("55\u202F%"))); // the French way
    CHECK(html.contains(QStringLiteral("&lt; 50\u00A0000"))); // labels as typed, escaped
    CHECK_FALSE(html.contains(QStringLiteral("src=\"http"))); // nothing external
    CHECK_FALSE(html.contains(QStringLiteral("<link")));
    for (const auto &t : fr.themes)
        CHECK(html.contains(QString::fromStdString(t.label).toHtmlEscaped()));
    // Well-formed enough for an XML reader once the doctype is dropped: tags balance.
    QXmlStreamReader xml(html.mid(html.indexOf(QStringLiteral("<html")))
                             .replace(QStringLiteral("<br>"), QStringLiteral("<br/>"))
                             .replace(QStringLiteral("<meta charset=\"utf-8\">"), QString()));
    while (!xml.atEnd())
        xml.readNext();
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    CHECK_FALSE(xml.hasError());

    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(files.pdf.toStdString()));
    REQUIRE(pdf);
    CHECK(pdf->pages() >= 8);
    std::unique_ptr<poppler::page> first(pdf->create_page(0));
    const auto text = first->text().to_utf8();
    const std::string firstPage(text.begin(), text.end());
    CHECK_THAT(firstPage, Catch::Contains("Données fictives"));
    CHECK_THAT(firstPage, Catch::Contains("Chiffres clés"));
    // Every section reaches the PDF (QTextDocument once laid out, but never drew, the paragraphs
    // that followed a table spanning a page break: the method section was missing).
    std::string all;
    for (int p = 0; p < pdf->pages(); ++p) {
        std::unique_ptr<poppler::page> page(pdf->create_page(p));
        const auto bytes = page->text().to_utf8();
        all.append(bytes.begin(), bytes.end());
        all += '\n';
    }
    for (const char *heading : { "1. Chiffres clés", "2. Les thèmes du numérique", "3. Le baromètre",
                                 "4. Promesses et réalisations", "5. Méthode", "6. Validation du dictionnaire",
                                 "7. Extraits", "Règles de comptage", "Par commune", "Différence entre les groupes" }) {
        INFO(heading);
        CHECK_THAT(all, Catch::Contains(heading));
    }
    for (const auto &theme : fr.themes) {
        INFO(theme.label);
        CHECK_THAT(all, Catch::Contains(theme.label));
    }

    core::ReportOptions english;
    english.french = false;
    const core::ReportData en = core::collectReport(store, english);
    REQUIRE(report::writeReport(en, QString::fromStdString(out.dir.string()), &files, &error));
    CHECK(files.html.endsWith("report.html"));
    const QString enHtml = readAll(files.html);
    CHECK(enHtml.contains(QStringLiteral("Key figures")));
    CHECK(enHtml.contains(QStringLiteral("SYNTHETIC DATA")));
    CHECK(enHtml.contains(QStringLiteral("55%")));
}

TEST_CASE("a report that cannot be written says which file", "[report]")
{
    auto store = core::CorpusStore::open(demoStudy().toStdString());
    const core::ReportData d = core::collectReport(store, {});
    TempDir out;
    const fs::path blocker = out.dir / "fichier";
    {
        std::ofstream(blocker) << "x";
    }
    QString error;
    CHECK_FALSE(report::writeReport(d, QString::fromStdString((blocker / "rapport").string()), nullptr, &error));
    CHECK(error.contains(QStringLiteral("fichier")));
}
