// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The barometer view on the demo study: the header's counts, the three charts and the numbers
// behind them, declared categories against detected sectors as SQL counts them, the cities, every
// export, and the message of a study without projects.
#include "gui/barometer/BarometerView.h"
#include "GuiTestSupport.h"
#include "gazetteer/Gazetteer.h"
#include "gui/common/ChartView.h"
#include "gui/common/StudySession.h"
#include "import/Importer.h"
#include "import/Manifest.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QXmlStreamReader>

#include <filesystem>
#include <random>

namespace fs = std::filesystem;
using namespace vigie;

namespace {

using vigie::test::demoStudy;
using vigie::test::fileHead;
using vigie::test::TempDir;

int rowOf(const QTableWidget &table, const QString &label)
{
    for (int r = 0; r < table.rowCount(); ++r)
        if (table.item(r, 0) && table.item(r, 0)->text() == label)
            return r;
    return -1;
}

std::int64_t scalar(gui::StudySession &session, const std::string &sql)
{
    return session.store().database().scalarInt(sql).value_or(-1);
}

const QString kLeisure = QStringLiteral("Loisirs et tourisme");

} // namespace

TEST_CASE("the barometer view shows the demo's projects, cities and categories", "[barometer]")
{
    gui::StudySession session;
    gui::BarometerView view(session);
    REQUIRE(session.open(demoStudy(), nullptr));
    REQUIRE_FALSE(view.isShowingMessage());

    // "1 128 projets dans 24 communes", numbers as French writes them.
    CHECK(view.headerText() == QStringLiteral("%1 projets dans 24 communes").arg(QLocale().toString(1128)));
    CHECK_FALSE(view.headerText().contains(QStringLiteral("1128")));

    // Share of projects per category: nine categories, the demo's shares.
    const auto &chart = view.chartView(gui::BarometerView::CategoryChart)->chart();
    REQUIRE(chart.groups.size() == 9);
    REQUIRE(chart.series.size() == 1);
    CHECK_FALSE(chart.watermark.isEmpty()); // the demo is synthetic
    const auto leisure = std::find(chart.groups.begin(), chart.groups.end(), kLeisure) - chart.groups.begin();
    REQUIRE(leisure < 9);
    CHECK(chart.groupNotes[static_cast<std::size_t>(leisure)] == QStringLiteral("n = 180"));
    CHECK(chart.series[0].bars[static_cast<std::size_t>(leisure)].value == Approx(180.0 / 1128));
    const QTableWidget &numbers = *view.numbersTable(gui::BarometerView::CategoryChart);
    const int row = rowOf(numbers, kLeisure);
    REQUIRE(row >= 0);
    CHECK(numbers.item(row, 1)->text() == QStringLiteral("180"));
    CHECK(numbers.item(row, 2)->text().startsWith(QStringLiteral("16\u202F%  (14 – 18\u202F%)")));
    CHECK(numbers.item(numbers.rowCount() - 1, 1)->text() == QLocale().toString(1128)); // "Ensemble"

    // The data behind the chart (CSV/XLSX): one row per category, adding up to every project.
    const gui::TableData &data = view.chartView(gui::BarometerView::CategoryChart)->data();
    REQUIRE(data.rows.size() == 9);
    double sum = 0, shares = 0;
    for (const auto &r : data.rows) {
        REQUIRE(r[1].number);
        sum += *r[1].number;
        shares += *r[2].number;
    }
    CHECK(sum == 1128);
    CHECK(shares == Approx(1.0));

    // Projects by category and size class: each category's row adds up to its projects (the demo
    // has no project without a city).
    const auto &sizes = view.chartView(gui::BarometerView::SizeChart)->chart();
    REQUIRE(sizes.groups.size() == 9);
    REQUIRE(sizes.series.size() == view.result().bySize.size());
    const gui::TableData &sizeData = view.chartView(gui::BarometerView::SizeChart)->data();
    REQUIRE(sizeData.rows.size() == 9);
    for (const auto &r : sizeData.rows) {
        double inClasses = 0;
        for (std::size_t c = 1; c + 1 < r.size(); ++c)
            inClasses += *r[c].number;
        CHECK(inClasses == *r.back().number);
    }

    // Maturity: each category's stacked shares add up to 1, stages in their order.
    const auto &maturity = view.chartView(gui::BarometerView::MaturityChart)->chart();
    CHECK(maturity.kind == charts::Chart::Kind::StackedShares);
    REQUIRE(maturity.groups.size() == 9);
    REQUIRE(maturity.series.size() == 5);
    CHECK(maturity.series.front().name == QStringLiteral("Idée"));
    CHECK(maturity.series.back().name == QStringLiteral("En service"));
    for (std::size_t g = 0; g < maturity.groups.size(); ++g) {
        double total = 0;
        for (const auto &s : maturity.series)
            total += s.bars[g].value;
        INFO(maturity.groups[g].toStdString());
        CHECK(total == Approx(1.0));
    }

    // Per city: the 24 cities, with their size class, adding up to every project.
    const QTableWidget &cities = *view.cityTable();
    REQUIRE(cities.rowCount() == 24);
    double inCities = 0;
    for (int r = 0; r < cities.rowCount(); ++r) {
        CHECK_FALSE(cities.item(r, 1)->text().isEmpty()); // size class
        CHECK_FALSE(cities.item(r, 4)->text().isEmpty()); // most frequent category
        inCities += cities.item(r, 2)->data(Qt::UserRole).toDouble();
        if (r > 0) // most projects first
            CHECK(cities.item(r, 2)->data(Qt::UserRole).toDouble()
                  <= cities.item(r - 1, 2)->data(Qt::UserRole).toDouble());
    }
    CHECK(inCities == 1128);
    CHECK(view.cityData().rows.size() == 24);
}

TEST_CASE("declared categories against detected sectors count what SQL counts", "[barometer]")
{
    gui::StudySession session;
    gui::BarometerView view(session);
    REQUIRE(session.open(demoStudy(), nullptr));
    const QTableWidget &table = *view.declaredDetectedTable();
    const auto &r = view.result();
    REQUIRE(r.detected.size() == 8);
    REQUIRE(table.columnCount() == 2 + 8 + 1); // category, projects, sectors, none
    REQUIRE(table.rowCount() == 9 + 1); // categories, total
    const std::string version = std::to_string(session.store().currentDictionaryVersion());

    for (const QString &category : { kLeisure, QStringLiteral("e-citoyenneté"), QStringLiteral("Énergie") }) {
        INFO(category.toStdString());
        const int row = rowOf(table, category);
        REQUIRE(row >= 0);
        const std::string quoted = "'" + category.toStdString() + "'";
        CHECK(table.item(row, 1)->data(Qt::UserRole).toLongLong()
              == scalar(session, "SELECT count(*) FROM projects WHERE category = " + quoted));
        for (int c = 2; c < 2 + 8; ++c) {
            const std::string sector = table.horizontalHeaderItem(c)->data(Qt::UserRole).toString().toStdString();
            INFO(sector);
            REQUIRE_FALSE(sector.empty());
            CHECK(
                table.item(row, c)->data(Qt::UserRole).toLongLong()
                == scalar(session,
                          "SELECT count(DISTINCT p.id) FROM projects p JOIN project_theme_counts t ON t.project = p.id "
                          "WHERE p.category = "
                              + quoted + " AND t.theme = '" + sector + "' AND t.dictionary_version = " + version));
        }
        CHECK(table.item(row, 10)->data(Qt::UserRole).toLongLong()
              == scalar(session,
                        "SELECT count(*) FROM projects p WHERE p.category = " + quoted
                            + " AND NOT EXISTS (SELECT 1 FROM project_theme_counts t WHERE t.project = p.id "
                              "AND t.dictionary_version = "
                            + version
                            + " AND t.theme IN ('loisirs_tourisme', 'transports_mobilite', 'citoyennete', "
                              "'education', 'energie_environnement', 'developpement_economique', 'sante_social', "
                              "'administration'))"));
    }
    // The leisure projects are mostly found in the leisure sector: the dictionary agrees.
    const int leisure = rowOf(table, kLeisure);
    int leisureColumn = -1;
    for (int c = 2; c < 10; ++c)
        if (table.horizontalHeaderItem(c)->data(Qt::UserRole).toString() == QStringLiteral("loisirs_tourisme"))
            leisureColumn = c;
    REQUIRE(leisureColumn >= 0);
    CHECK(table.item(leisure, leisureColumn)->data(Qt::UserRole).toLongLong() > 180 / 2);
    // The total row is the barometer's detected count of each sector.
    for (std::size_t s = 0; s < r.detected.size(); ++s)
        CHECK(table.item(9, static_cast<int>(s) + 2)->data(Qt::UserRole).toLongLong() == r.detected[s].projects);
    // The export holds the same numbers, one row per category.
    const gui::TableData &data = view.declaredDetectedData();
    REQUIRE(data.rows.size() == 9);
    CHECK(*data.rows[static_cast<std::size_t>(leisure)][static_cast<std::size_t>(leisureColumn)].number
          == table.item(leisure, leisureColumn)->data(Qt::UserRole).toDouble());
}

TEST_CASE("each barometer chart exports PNG, SVG, PDF, CSV and XLSX", "[barometer]")
{
    gui::StudySession session;
    gui::BarometerView view(session);
    REQUIRE(session.open(demoStudy(), nullptr));
    TempDir out;
    for (const auto which :
         { gui::BarometerView::CategoryChart, gui::BarometerView::SizeChart, gui::BarometerView::MaturityChart }) {
        INFO("chart " << which);
        const gui::ChartView &chart = *view.chartView(which);
        QString error;
        REQUIRE(chart.exportTo(out.file("c.png"), QSize(1600, 1100), 200, &error));
        CHECK(fileHead(out.file("c.png"), 8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        REQUIRE(chart.exportTo(out.file("c.svg"), {}, 0, &error));
        {
            QFile f(out.file("c.svg"));
            REQUIRE(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            QString text;
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::Characters)
                    text += xml.text();
            CHECK_FALSE(xml.hasError());
            CHECK(text.contains(chart.chart().title));
        }
        REQUIRE(chart.exportTo(out.file("c.pdf"), {}, 0, &error));
        CHECK(fileHead(out.file("c.pdf"), 5) == QByteArray("%PDF-"));
        REQUIRE(chart.exportTo(out.file("c.csv"), {}, 0, &error));
        CHECK(fileHead(out.file("c.csv"), 3) == QByteArray("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(fileHead(out.file("c.csv"), 100000));
        CHECK(csv.count(QStringLiteral("\r\n")) == 1 + 9); // header, nine categories
        CHECK(csv.contains(QStringLiteral("\r\n") + kLeisure + QLatin1Char(';')));
        REQUIRE(chart.exportTo(out.file("c.xlsx"), {}, 0, &error));
        CHECK(fileHead(out.file("c.xlsx"), 2) == QByteArray("PK"));
    }
    // The category chart's CSV: the count and the share with a point, as the dashboard writes them.
    REQUIRE(view.chartView(gui::BarometerView::CategoryChart)->exportTo(out.file("cat.csv"), {}, 0, nullptr));
    CHECK(QString::fromUtf8(fileHead(out.file("cat.csv"), 100000)).contains(kLeisure + QStringLiteral(";180;0.1596;")));
    // The two plain tables write the same way.
    REQUIRE(gui::writeTableCsv(view.declaredDetectedData(), out.file("dd.csv"), nullptr));
    CHECK(QString::fromUtf8(fileHead(out.file("dd.csv"), 100000)).count(QStringLiteral("\r\n")) == 1 + 9);
    REQUIRE(gui::writeTableXlsx(view.cityData(), out.file("cities.xlsx"), nullptr));
    CHECK(fileHead(out.file("cities.xlsx"), 2) == QByteArray("PK"));
}

TEST_CASE("a study without projects shows how to import them, not an empty chart", "[barometer]")
{
    gui::StudySession session;
    gui::BarometerView view(session);
    CHECK(view.isShowingMessage()); // no study yet
    TempDir dir;
    REQUIRE(session.open(dir.file("vide.vigie"), nullptr, true));
    CHECK(view.isShowingMessage());
    CHECK(view.messageText() == QStringLiteral("Aucun projet de baromètre dans cette étude — Fichier › Importer…"));
    CHECK(view.chartView(gui::BarometerView::CategoryChart)->chart().groups.empty());
    CHECK(view.declaredDetectedTable()->rowCount() == 0);
    CHECK(view.cityTable()->rowCount() == 0);

    // The demo study replaces the message with the charts, and an empty one brings it back.
    REQUIRE(session.open(demoStudy(), nullptr));
    CHECK_FALSE(view.isShowingMessage());
    CHECK(view.chartView(gui::BarometerView::CategoryChart)->chart().groups.size() == 9);
    REQUIRE(session.open(dir.file("vide.vigie"), nullptr, true));
    CHECK(view.isShowingMessage());
    CHECK(view.chartView(gui::BarometerView::MaturityChart)->chart().groups.empty());
}

TEST_CASE("projects without a known city are counted, and said so", "[barometer]")
{
    // Five projects in three cities; Saint-Denis without a department cannot be placed.
    TempDir dir;
    {
        auto store = core::CorpusStore::open(dir.file("etude.vigie").toStdString());
        const auto g = core::Gazetteer::load(VIGIE_GAZETTEER_DIR);
        core::Importer importer(store, g);
        std::atomic_bool cancel { false };
        const std::string file = VIGIE_TEST_DATA_DIR "/import/projects.csv";
        REQUIRE(importer.importProjects(core::readProjects(file), file, {}, cancel).imported == 5);
    }
    gui::StudySession session;
    gui::BarometerView view(session);
    REQUIRE(session.open(dir.file("etude.vigie"), nullptr, true));
    REQUIRE_FALSE(view.isShowingMessage());
    CHECK(view.headerText() == QStringLiteral("5 projets dans 3 communes"));
    auto *details = view.findChild<QLabel *>(QStringLiteral("barometerDetails"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("dont 1 sans commune connue")));
    CHECK(view.chartView(gui::BarometerView::CategoryChart)->chart().watermark.isEmpty()); // real data
    // The size table keeps every project: a column for the one whose size is unknown.
    const gui::TableData &sizes = view.chartView(gui::BarometerView::SizeChart)->data();
    REQUIRE(sizes.header.contains(QStringLiteral("Taille inconnue")));
    double unknown = 0;
    for (const auto &row : sizes.rows) {
        double inColumns = 0;
        for (std::size_t c = 1; c + 1 < row.size(); ++c)
            inColumns += *row[c].number;
        CHECK(inColumns == *row.back().number);
        unknown += *row[row.size() - 2].number;
    }
    CHECK(unknown == 1);
    CHECK(view.cityTable()->rowCount() == 3);
}

TEST_CASE("screenshots of the barometer for a person to look at", "[.look]")
{
    gui::StudySession session;
    gui::BarometerView view(session);
    REQUIRE(session.open(demoStudy(), nullptr));
    view.resize(1110, 760);
    view.show();
    const QString dir = qEnvironmentVariable("VIGIE_LOOK_DIR", QStringLiteral("/tmp/look"));
    QDir().mkpath(dir);
    for (int tab = 0; tab < 5; ++tab) {
        view.setCurrentTab(tab);
        view.grab().save(QStringLiteral("%1/barometer-%2.png").arg(dir).arg(tab + 1));
    }
    TempDir empty;
    REQUIRE(session.open(empty.file("vide.vigie"), nullptr, true));
    view.grab().save(QStringLiteral("%1/barometer-empty.png").arg(dir));
}
