// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fichier › Surveiller un dossier…: files dropped into the folder reach the study and the views,
// a bad one is reported in the status bar, and the menu entry stops the watch.
#include "gui/window/FolderWatcher.h"
#include "GuiTestSupport.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QWidget>

#include <filesystem>
#include <fstream>

using namespace vigie;
using vigie::test::TempDir;

TEST_CASE("a watched folder's new files reach the study and the views", "[window][watch]")
{
    TempDir dir;
    const QString study = dir.file("etude.vigie");
    core::CorpusStore::open(study.toStdString());
    std::filesystem::create_directories(dir.dir / "arrivees");
    gui::StudySession session;
    REQUIRE(session.open(study, nullptr));
    QWidget window;
    QStatusBar bar(&window);
    QAction action(QStringLiteral("Surveiller un dossier…"), &window);
    gui::FolderWatcher watcher(session, &action, &bar, &window);
    QSignalSpy reloaded(&session, &gui::StudySession::studyChanged);
    QSignalSpy rounds(&watcher, &gui::FolderWatcher::roundDone);

    watcher.start(dir.file("arrivees"));
    CHECK(watcher.isWatching());
    CHECK(action.text() == QStringLiteral("Arrêter la surveillance de « arrivees »"));
    CHECK(watcher.statusText() == QStringLiteral("Surveillance de « arrivees » : en attente de documents"));

    std::ofstream(dir.dir / "arrivees" / "lyon.txt") << "Nous déploierons la fibre optique partout.\n";
    QTRY_VERIFY_WITH_TIMEOUT(session.store().programmeCount() == 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000); // the views reload
    QTRY_VERIFY_WITH_TIMEOUT(watcher.statusText().contains(QStringLiteral("lyon.txt importé à")), 10000);
    CHECK(watcher.statusText().startsWith(QStringLiteral("Surveillance de « arrivees » : 1 importés")));

    std::ofstream(dir.dir / "arrivees" / "image.txt") << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.statusText().contains(QStringLiteral("1 à voir")), 60000);
    auto *label = bar.findChild<QLabel *>(QStringLiteral("watchStatus"));
    REQUIRE(label);
    CHECK(label->toolTip().contains(QStringLiteral("image.txt")));
    CHECK(session.store().programmeCount() == 1);

    action.trigger(); // "Arrêter la surveillance"
    CHECK_FALSE(watcher.isWatching());
    CHECK(action.text() == QStringLiteral("Surveiller un dossier…"));
    CHECK(label->isHidden());
}
