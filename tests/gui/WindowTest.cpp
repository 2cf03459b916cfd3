// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the dashboard, offscreen, on the demo study: views, the synthetic banner, the
// crosstab behind the chart, the background tests, and every export format.
#include "GuiTestSupport.h"
#include "analysis/Export.h"
#include "analysis/TableExport.h"
#include "charts/ChartExport.h"
#include "gazetteer/Gazetteer.h"
#include "gui/common/ChartView.h"
#include "gui/common/StudySession.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Views.h"
#include "import/Importer.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QXmlStreamReader>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using namespace vigie;

namespace {

using vigie::test::demoStudy;
using vigie::test::fileHead;
using vigie::test::IsolatedSettings;
using vigie::test::TempDir;

// Answers the next question box the window asks (its event loop runs the timer).
void answerNextQuestion(QMessageBox::StandardButton answer, QString *asked)
{
    QTimer::singleShot(0, [answer, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextQuestion(answer, asked); // not shown yet
        *asked = box->text();
        box->button(answer)->click();
    });
}

} // namespace

TEST_CASE("the window opens a study with its views, and marks a synthetic one", "[window]")
{
    IsolatedSettings settings;
    gui::StudySession session;
    gui::MainWindow window(session);
    gui::addViews(window, session);
    CHECK(window.viewKeys()
          == QStringList { "dashboard", "programmes", "concordance", "barometer", "dictionary", "validation" });
    REQUIRE(window.openStudy(demoStudy()));
    CHECK(session.isSynthetic());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("syntheticBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("fictives")));
    CHECK(QSettings().value(QStringLiteral("lastStudy")).toString() == session.path());

    // A path with no study there (a typo): the window asks; "No" creates nothing and keeps the
    // open study, "Yes" makes an empty study there.
    TempDir other;
    QString asked;
    answerNextQuestion(QMessageBox::No, &asked);
    CHECK_FALSE(window.openStudy(other.file("vide.vigie")));
    CHECK(asked.contains(QStringLiteral("vide.vigie")));
    CHECK_FALSE(QFile::exists(other.file("vide.vigie")));
    CHECK(session.isSynthetic());
    answerNextQuestion(QMessageBox::Yes, &asked);
    // A plain study: no banner.
    REQUIRE(window.openStudy(other.file("vide.vigie")));
    CHECK_FALSE(session.isSynthetic());
    CHECK(banner->isHidden());
    CHECK(QSettings().value(QStringLiteral("recentStudies")).toStringList().size() == 2);

    // Not a study: refused, the open one stays.
    QFile junk(other.file("pas-une-etude.vigie"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("ceci n'est pas une base SQLite, mais un texte assez long pour en avoir l'air.");
    junk.close();
    QString error;
    CHECK_FALSE(session.open(other.file("pas-une-etude.vigie"), &error));
    CHECK(error.contains(QStringLiteral("not a Vigie study")));
    CHECK(session.path().endsWith(QStringLiteral("vide.vigie")));
    // Nor is an empty file, nor a missing one: opening never makes a study out of them.
    QFile empty(other.file("vide-aussi.vigie"));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK_FALSE(session.open(other.file("vide-aussi.vigie"), &error));
    CHECK(error.contains(QStringLiteral("empty file")));
    CHECK(QFileInfo(other.file("vide-aussi.vigie")).size() == 0);
    CHECK_FALSE(session.open(other.file("absente.vigie"), &error));
    CHECK(error.contains(QStringLiteral("no such study")));
    CHECK_FALSE(QFile::exists(other.file("absente.vigie")));
    CHECK(session.path().endsWith(QStringLiteral("vide.vigie")));
}

TEST_CASE("the views' dividers are where the user left them", "[window]")
{
    IsolatedSettings settings;
    QByteArray moved;
    {
        gui::StudySession session;
        gui::MainWindow window(session);
        gui::addViews(window, session);
        REQUIRE(window.openStudy(demoStudy()));
        window.resize(1280, 800);
        window.show();
        auto *columns
            = window.view(QStringLiteral("dictionary"))->findChild<QSplitter *>(QStringLiteral("dictionaryColumns"));
        REQUIRE(columns);
        columns->setSizes({ 500, 300, 300 });
        moved = columns->saveState();
        REQUIRE(window.close());
    }
    gui::StudySession session;
    gui::MainWindow window(session);
    gui::addViews(window, session);
    auto *columns
        = window.view(QStringLiteral("dictionary"))->findChild<QSplitter *>(QStringLiteral("dictionaryColumns"));
    REQUIRE(columns);
    CHECK(columns->saveState() == moved);
}

TEST_CASE("the report is written off the GUI thread, and Cancel writes nothing", "[window][report]")
{
    IsolatedSettings settings;
    gui::StudySession session;
    gui::MainWindow window(session);
    REQUIRE(window.openStudy(demoStudy()));
    TempDir out;
    QSignalSpy finished(&window, &gui::MainWindow::reportFinished);

    window.startReport(out.file("annule"));
    CHECK(window.isWritingReport());
    window.cancelReport();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().isEmpty());
    CHECK_FALSE(QFile::exists(out.file("annule/rapport.html")));
    CHECK_FALSE(window.isWritingReport());

    finished.clear();
    window.startReport(out.file("rapport"));
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.at(0).at(0).toBool());
    const QStringList files = finished.at(0).at(2).toStringList();
    REQUIRE(files.size() == 2);
    CHECK(files[0].endsWith(QStringLiteral("rapport.html")));
    CHECK(fileHead(files[1], 5) == "%PDF-");
}

TEST_CASE("the study is written as a REFI-QDA project off the GUI thread, and says what it holds", "[window][export]")
{
    IsolatedSettings settings;
    gui::StudySession session;
    gui::MainWindow window(session);
    REQUIRE(window.openStudy(demoStudy()));
    TempDir out;
    QSignalSpy finished(&window, &gui::MainWindow::qdaExported);

    window.exportQda(out.file("etude.qdpx"));
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.at(0).at(0).toBool());
    const QString said = finished.at(0).at(1).toString();
    CHECK(said.startsWith(QStringLiteral("etude.qdpx est écrit : 268 programmes (sources de texte), 21 thèmes")));
    CHECK(fileHead(out.file("etude.qdpx"), 2) == "PK");
    // The message box says the same, without blocking the window.
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    REQUIRE(box);
    CHECK(box->text() == said);
    box->close();

    // A place that cannot be written: why, in a warning, and nothing left behind.
    finished.clear();
    window.exportQda(out.file("absent/etude.qdpx"));
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().startsWith(QStringLiteral("Le projet REFI-QDA n'a pas été écrit")));
    CHECK_FALSE(QFile::exists(out.file("absent/etude.qdpx.part")));
    if (auto *warning = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
        warning->close();
}

TEST_CASE("the dashboard shows the crosstab of the chosen themes and grouping", "[window][dashboard]")
{
    gui::StudySession session;
    gui::DashboardView view(session);
    QSignalSpy tests(&view, &gui::DashboardView::testsFinished);
    REQUIRE(session.open(demoStudy(), nullptr));
    const auto &r = view.result();
    REQUIRE(r.rows.size() == 3);
    CHECK(r.themes
          == std::vector<std::string> { "numerique", "open_data", "ville_connectee", "e_sante", "french_tech" });
    CHECK(r.total.cells[0].mentioning == 161);
    CHECK(r.rows[2].cells[0].mentioning == 35);
    // The chart shows the same groups, as typed, and the synthetic watermark.
    const auto &chart = view.chartView()->chart();
    REQUIRE(chart.groups.size() == 3);
    CHECK(chart.groups[0] == QString::fromUtf8("< 50\u00A0000"));
    CHECK(chart.groupNotes[2] == QStringLiteral("n = 40"));
    CHECK_FALSE(chart.watermark.isEmpty());
    REQUIRE(chart.series.size() == 5);
    CHECK(chart.series[0].bars[2].value == Approx(35.0 / 40));
    // The table beside it: three groups and the total.
    CHECK(view.table()->rowCount() == 4);
    CHECK(view.table()->item(3, 1)->text() == QStringLiteral("268"));
    // The tests arrive from their thread.
    REQUIRE(tests.wait(10000));
    CHECK(view.testText().contains(QStringLiteral("khi-deux")));
    CHECK(view.testText().contains(QStringLiteral("p &lt; 0,001"))); // rich text: shows "p < 0,001"
    CHECK_FALSE(view.testText().contains(QStringLiteral("&amp;lt;")));

    view.setGrouping(2); // départements
    CHECK(view.result().by == core::Grouping::Department);
    CHECK(view.result().rows.size() > 50);
    REQUIRE(tests.wait(30000));
    view.setThemes({ QStringLiteral("e_administration") });
    REQUIRE(view.result().themes.size() == 1);
    CHECK(view.result().total.cells[0].mentioning == 52);
    view.setPerTenThousandWords(true);
    CHECK(view.chartView()->chart().scale == charts::Chart::Scale::Number);
}

TEST_CASE("the dashboard says why its chart is empty when no programme has a commune", "[window][dashboard]")
{
    TempDir dir;
    const QString study = dir.file("sans-commune.vigie");
    {
        std::ofstream(dir.file("a.txt").toStdString()) << "La ville ouvrira ses données publiques.";
        std::ofstream(dir.file("b.txt").toStdString()) << "Un guichet numérique unique.";
        auto store = core::CorpusStore::open(study.toStdString());
        core::Importer importer(store, core::Gazetteer::bundled());
        std::atomic_bool cancel { false };
        const auto entries
            = core::Importer::entriesForPaths({ dir.file("a.txt").toStdString(), dir.file("b.txt").toStdString() });
        REQUIRE(importer.importProgrammes(entries.entries, {}, cancel).imported == 2);
    }
    gui::StudySession session;
    gui::DashboardView view(session);
    REQUIRE(session.open(study, nullptr));
    CHECK(view.result().rows.empty());
    CHECK(view.result().total.programmes == 2);
    const auto &chart = view.chartView()->chart();
    CHECK(chart.groups.empty());
    CHECK(chart.emptyNote.startsWith(QStringLiteral("Aucun des 2 programmes de l'étude n'a de commune")));
    CHECK(view.testText() == QStringLiteral("Aucun groupe : pas de test de différence."));
    // The exports carry it too: the PNG has the note's letters, which the same chart with a blank
    // note has not.
    QString error;
    REQUIRE(view.chartView()->exportTo(dir.file("vide.png"), QSize(800, 500), 96, &error));
    charts::Chart silent = chart;
    silent.emptyNote = QStringLiteral(" "); // laid out the same way, without a letter
    REQUIRE(charts::writePng(silent, dir.file("muet.png"), QSize(800, 500), 96, &error));
    const auto darkPixels = [](const QImage &image) {
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        return dark;
    };
    CHECK(darkPixels(QImage(dir.file("vide.png"))) > darkPixels(QImage(dir.file("muet.png"))) + 500);
}

TEST_CASE("the window says when another program has changed the study, and reloads on request", "[window][writers]")
{
    IsolatedSettings settings;
    TempDir dir;
    const QString study = dir.file("etude.vigie");
    std::ofstream(dir.file("a.txt").toStdString()) << "La ville ouvrira ses données publiques.";
    std::ofstream(dir.file("b.txt").toStdString()) << "Un guichet numérique unique.";
    const auto importFile = [&](const char *name) {
        // Another program: its own connection, its own commit.
        auto store = core::CorpusStore::open(study.toStdString());
        core::Importer importer(store, core::Gazetteer::bundled());
        std::atomic_bool cancel { false };
        const auto entries = core::Importer::entriesForPaths({ dir.file(name).toStdString() });
        REQUIRE(importer.importProgrammes(entries.entries, {}, cancel).imported == 1);
    };
    importFile("a.txt");
    gui::StudySession session;
    REQUIRE(session.open(study, nullptr));
    gui::MainWindow window(session);
    window.show();
    auto *bar = window.findChild<QWidget *>(QStringLiteral("elsewhereBar"));
    REQUIRE(bar);
    QSignalSpy elsewhere(&session, &gui::StudySession::changedElsewhere);
    // Nothing written: no bar after a look.
    session.checkElsewhere();
    CHECK(elsewhere.count() == 0);
    CHECK_FALSE(bar->isVisible());

    importFile("b.txt");
    REQUIRE(elsewhere.wait(10000)); // looked at every two seconds
    CHECK(bar->isVisible());
    CHECK(session.summary().contains(QStringLiteral("2 programmes")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("elsewhereText"))
              ->text()
              .startsWith(QStringLiteral("Un autre programme a modifié l'étude")));
    session.checkElsewhere(); // said once, not every two seconds
    CHECK(elsewhere.count() == 1);
    QSignalSpy changed(&session, &gui::StudySession::studyChanged);
    window.findChild<QPushButton *>(QStringLiteral("reloadStudy"))->click();
    CHECK(changed.count() == 1);
    CHECK_FALSE(bar->isVisible());
    session.checkElsewhere(); // the reload took the change in
    CHECK(elsewhere.count() == 1);
}

TEST_CASE("the window offers to undo an import that did not end, and undoes it on request", "[window][import]")
{
    IsolatedSettings settings;
    TempDir dir;
    const QString study = dir.file("etude.vigie");
    std::vector<core::ManifestEntry> entries;
    for (int i = 0; i < 8; ++i) {
        const std::string file = dir.file("p" + std::to_string(i) + ".txt").toStdString();
        std::ofstream(file) << "Programme " << i << " : la ville ouvrira ses données publiques.";
        core::ManifestEntry e;
        e.file = file;
        entries.push_back(std::move(e));
    }
    {
        // Another program stopped after 3 files and kept them.
        auto store = core::CorpusStore::open(study.toStdString());
        core::Importer importer(store, core::Gazetteer::bundled());
        std::atomic_bool cancel { false };
        int started = 0;
        const core::ProgressSink progress = [&](std::int64_t, std::int64_t, const std::string &current) {
            if (!current.empty() && ++started == 3)
                cancel = true;
        };
        REQUIRE(importer.importProgrammes(entries, progress, cancel).imported == 3);
    }
    gui::StudySession session;
    gui::MainWindow window(session);
    window.show();
    REQUIRE(session.open(study, nullptr));
    auto *bar = window.findChild<QWidget *>(QStringLiteral("interruptedBar"));
    REQUIRE(bar);
    CHECK_FALSE(bar->isHidden()); // shown, whether or not the window is on screen yet
    const QString text = window.findChild<QLabel *>(QStringLiteral("interruptedText"))->text();
    CHECK(text.startsWith(QStringLiteral("L'import de 8 programmes commencé le ")));
    CHECK(text.contains(QStringLiteral("arrêté par Annuler : 3 sont dans l'étude, 5 restent à importer.")));
    CHECK(window.findChild<QPushButton *>(QStringLiteral("resumeImport"))->isEnabled());

    QSignalSpy changed(&session, &gui::StudySession::studyChanged);
    QString asked;
    answerNextQuestion(QMessageBox::Yes, &asked);
    window.findChild<QPushButton *>(QStringLiteral("undoInterrupted"))->click();
    CHECK(asked.contains(QStringLiteral("les 3 programmes que cet import a ajoutés")));
    REQUIRE(changed.wait(30000));
    CHECK(session.store().programmeCount() == 0);
    CHECK(bar->isHidden());
}

TEST_CASE("every chart export writes a valid file, and names the file when it cannot", "[window][export]")
{
    gui::StudySession session;
    gui::DashboardView view(session);
    REQUIRE(session.open(demoStudy(), nullptr));
    TempDir out;
    QString error;
    const gui::ChartView &chart = *view.chartView();
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
        CHECK(text.contains(QString::fromUtf8("< 50\u00A0000")));
    }
    REQUIRE(chart.exportTo(out.file("c.pdf"), {}, 0, &error));
    CHECK(fileHead(out.file("c.pdf"), 5) == QByteArray("%PDF-"));
    REQUIRE(chart.exportTo(out.file("c.csv"), {}, 0, &error));
    const QString csv = QString::fromUtf8(fileHead(out.file("c.csv"), 100000));
    CHECK(fileHead(out.file("c.csv"), 3) == QByteArray("\xEF\xBB\xBF")); // a BOM: spreadsheets read UTF-8
    CHECK(csv.count(QStringLiteral("\r\n")) == 5); // header, three groups, total
    CHECK(csv.contains(QStringLiteral("Ensemble;268;161;0.6007")));
    CHECK(csv.count(QStringLiteral("DONNÉES FICTIVES")) == 4); // the demo study: every row says so
    REQUIRE(chart.exportTo(out.file("c.xlsx"), {}, 0, &error));
    CHECK(fileHead(out.file("c.xlsx"), 2) == QByteArray("PK"));

    CHECK_FALSE(chart.exportTo(out.file("absent/c.csv"), {}, 0, &error));
    CHECK(error.contains(QStringLiteral("absent/c.csv")));
    CHECK_FALSE(chart.exportTo(out.file("absent/c.xlsx"), {}, 0, &error));
    CHECK(error.contains(QStringLiteral("absent/c.xlsx")));
}

TEST_CASE("screenshots of the dashboard for a person to look at", "[.look]")
{
    gui::StudySession session;
    gui::DashboardView view(session);
    REQUIRE(session.open(demoStudy(), nullptr));
    view.resize(1110, 760);
    view.show();
    const QString dir = qEnvironmentVariable("VIGIE_LOOK_DIR", QStringLiteral("/tmp/look"));
    QDir().mkpath(dir);
    for (int grouping : { 1, 2, 4 }) {
        view.setGrouping(grouping);
        QSignalSpy tests(&view, &gui::DashboardView::testsFinished);
        tests.wait(30000);
        view.grab().save(QStringLiteral("%1/dashboard-%2.png").arg(dir).arg(grouping));
    }
}

TEST_CASE("a CSV export cannot smuggle a formula into a spreadsheet", "[window][export]")
{
    TempDir out;
    gui::TableData table;
    table.header = { QStringLiteral("candidat"), QStringLiteral("écart") };
    table.rows.push_back(
        { { QStringLiteral("=HYPERLINK(\"http://x\";\"clic\")"), std::nullopt }, { QStringLiteral("-3"), -3.0 } });
    table.rows.push_back({ { QStringLiteral("@SUM(A1)"), std::nullopt }, { QStringLiteral("+2"), std::nullopt } });
    REQUIRE(gui::writeTableCsv(table, out.file("t.csv"), nullptr));
    const QStringList lines = QString::fromUtf8(fileHead(out.file("t.csv"), 10000)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 3);
    CHECK(lines[1] == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";-3"));
    CHECK(lines[2] == QStringLiteral("'@SUM(A1);'+2"));
    CHECK(core::csvField("-vigie") == "'-vigie");
    CHECK(core::csvField("=1,2") == "\"'=1,2\"");
    CHECK(core::csvField("Lyon") == "Lyon");
}
