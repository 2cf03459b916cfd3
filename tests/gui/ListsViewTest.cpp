// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the lists of an election (issue 13), on the fixture round of
// tests/data/professions-foi/: the programmes view shows the lists without a document and which
// document of a list is counted; the dashboard puts the true denominator beside the shares.
#include "GuiTestSupport.h"
#include "analysis/ProgrammeFacts.h"
#include "gui/common/StudySession.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/programmes/ProgrammesModel.h"
#include "gui/programmes/ProgrammesView.h"
#include "gui/window/PrecedenceMenu.h"
#include "import/Importer.h"
#include "import/ListImport.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemDelegate>
#include <QComboBox>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>

using namespace vigie;
using vigie::test::TempDir;

namespace {

const std::string kRound = VIGIE_TEST_DATA_DIR "/professions-foi";

// A study holding the fixture round: six documents, then the candidate file's ten lists.
QString roundStudy(const TempDir &dir)
{
    const QString path = dir.file("tour.vigie");
    auto store = core::CorpusStore::open(path.toStdString());
    core::Importer importer(store, core::Gazetteer::bundled());
    std::atomic_bool cancel { false };
    const core::PathEntries found = core::Importer::entriesForPaths({ kRound });
    REQUIRE(importer.importProgrammes(found.entries, {}, cancel).imported == 6);
    REQUIRE(found.candidateFiles.size() == 1);
    core::importCandidateFile(store, core::Gazetteer::bundled(), found.candidateFiles[0], std::nullopt, {}, cancel);
    return path;
}

} // namespace

TEST_CASE("the programmes view shows the lists without a document, and which document counts", "[programmes][lists]")
{
    TempDir dir;
    gui::StudySession session;
    REQUIRE(session.open(roundStudy(dir), nullptr));
    gui::ProgrammesView view(session);
    gui::ProgrammesModel &model = view.model();
    REQUIRE(model.rowCount() == 11); // 6 documents and the 5 lists without one
    CHECK(model.hasLists());
    int listsOnly = 0;
    int notCounted = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto &record = model.record(r);
        listsOnly += record.listOnly;
        notCounted += !record.listOnly && !record.primary;
        if (record.listOnly) {
            CHECK(record.id < 0);
            CHECK(model.index(r, gui::ProgrammesModel::Themes).data().toString() == QStringLiteral("aucun document"));
        }
        if (record.candidate == QStringLiteral("Zoé GARNIER")) {
            CHECK(record.listOnly);
            CHECK(record.listName == QStringLiteral("Lyon écologie solidaire"));
            CHECK(record.commune == QStringLiteral("Lyon"));
        }
        if (!record.listOnly && !record.primary)
            CHECK(model.index(r, gui::ProgrammesModel::Document).data().toString()
                  == QStringLiteral("FALC, non compté"));
    }
    CHECK(listsOnly == 5);
    CHECK(notCounted == 1);

    // The Thèmes cell of a list without a document says so in ink, not only to screen readers.
    auto *table = view.findChild<QTableView *>();
    REQUIRE(table);
    QAbstractItemDelegate *delegate = table->itemDelegateForColumn(gui::ProgrammesModel::Themes);
    REQUIRE(delegate);
    QModelIndex bare;
    for (int r = 0; r < table->model()->rowCount() && !bare.isValid(); ++r)
        if (table->model()->index(r, gui::ProgrammesModel::Themes).data() == QStringLiteral("aucun document"))
            bare = table->model()->index(r, gui::ProgrammesModel::Themes);
    REQUIRE(bare.isValid());
    QImage cell(240, 24, QImage::Format_RGB32);
    cell.fill(Qt::white);
    {
        QPainter painter(&cell);
        QStyleOptionViewItem option;
        option.rect = cell.rect();
        option.font = table->font();
        option.palette = table->palette();
        option.widget = table;
        delegate->paint(&painter, option, bare);
    }
    int ink = 0;
    for (int y = 0; y < cell.height(); ++y)
        for (int x = 0; x < cell.width(); ++x)
            ink += qGray(cell.pixel(x, y)) < 160 ? 1 : 0;
    CHECK(ink > 20);
    CHECK(view.countText().startsWith(QStringLiteral("11 lignes sur 11 : 5 documents comptés, 1 non compté")));
    CHECK(view.countText().contains(QStringLiteral("5 listes sans document")));
    CHECK(view.countText().contains(QStringLiteral("(80 %)"))); // 4 of the 5 counted documents

    auto *documents = view.findChild<QComboBox *>(QStringLiteral("documentFilter"));
    REQUIRE(documents);
    documents->setCurrentIndex(2); // lists without a document
    CHECK(view.filterModel().rowCount() == 5);
    documents->setCurrentIndex(1); // documents counted
    CHECK(view.filterModel().rowCount() == 5);
    CHECK(view.countText().startsWith(QStringLiteral("5 lignes sur 11 : 5 documents comptés")));
}

TEST_CASE("the dashboard gives the share of lists with a document beside the theme shares", "[dashboard][lists]")
{
    TempDir dir;
    gui::StudySession session;
    gui::DashboardView view(session);
    REQUIRE(session.open(roundStudy(dir), nullptr));
    const core::CoverageResult &c = view.coverage();
    REQUIRE(c.rows.size() == 3);
    CHECK(c.total.lists == 10);
    CHECK(c.total.withDocument == 5);
    QTableWidget *table = view.table();
    REQUIRE(table->columnCount() >= 4);
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Listes"));
    CHECK(table->horizontalHeaderItem(3)->text() == QStringLiteral("Programmes"));
    const int total = table->rowCount() - 1;
    CHECK(table->item(total, 1)->text() == QStringLiteral("10"));
    CHECK(table->item(total, 2)->text().startsWith(QStringLiteral("5 · 50")));
    CHECK(table->item(total, 3)->text() == QStringLiteral("5")); // one document per list
    CHECK(table->item(0, 2)->text().startsWith(QStringLiteral("1 · 33"))); // < 50,000: 1 of 3 lists
}

TEST_CASE("Réglages › Document compté par liste sets the study's precedence and reloads the figures", "[lists]")
{
    TempDir dir;
    gui::StudySession session;
    REQUIRE(session.open(roundStudy(dir), nullptr));
    QMenu settings;
    gui::PrecedenceMenu precedence(session, &settings, nullptr);
    QMenu *menu = precedence.menu();
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    REQUIRE(actions.size() >= 3);
    CHECK(actions[0]->isChecked()); // the default
    QSignalSpy changed(&session, &gui::StudySession::studyChanged);
    actions[2]->trigger(); // easy-read first
    CHECK(changed.count() == 1);
    CHECK(core::documentPrecedenceText(core::documentPrecedence(session.store()))
          == "falc,profession_foi,programme,accessible,tract");
    // The Lyon list 1 is now counted by its easy-read twin; still one document per list.
    gui::ProgrammesView view(session);
    for (int r = 0; r < view.model().rowCount(); ++r) {
        const auto &record = view.model().record(r);
        if (!record.listOnly && record.commune == QStringLiteral("Lyon") && record.panel == 1)
            CHECK(record.primary == (record.kind == QStringLiteral("FALC")));
    }
    // A precedence set elsewhere (vigie-cli lists precedence) is shown as the study's own.
    core::setDocumentPrecedence(session.store(), *core::parseDocumentPrecedence("tract"));
    emit menu->aboutToShow();
    CHECK(menu->actions()[3]->text().startsWith(QStringLiteral("Ordre de l'étude : tract,")));
    CHECK(menu->actions()[3]->isChecked());
}
