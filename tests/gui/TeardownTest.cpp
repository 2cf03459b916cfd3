// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Closing the window while work runs off the GUI thread: every kind of job (import, tests of
// difference, concordance, live hit counts, dictionary save, report) is cancelled and waited for
// by the window's destruction; nothing is delivered to a destroyed view and the study is intact.
#include "GuiTestSupport.h"
#include "gui/common/Background.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dictionary/DictionaryView.h"
#include "gui/import/ImportDialog.h"
#include "gui/import/ImportPreviewModel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Views.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>

#include <functional>
#include <memory>

#include <QTest>

using namespace vigie;

namespace {

using vigie::test::demoStudy;
using vigie::test::IsolatedSettings;
using vigie::test::TempDir;

// A study of its own (a copy of the demo: saves and imports change it), the window with its views.
struct Window
{
    IsolatedSettings settings;
    TempDir dir;
    QString path = dir.file("etude.vigie");
    gui::StudySession session;
    std::unique_ptr<gui::MainWindow> window;

    Window()
    {
        REQUIRE(QFile::copy(demoStudy(), path));
        window = std::make_unique<gui::MainWindow>(session);
        gui::addViews(*window, session);
        REQUIRE(window->openStudy(path));
        // What opening starts (the validation view measures the demo's sample) ends first, so
        // that each test counts only the job it starts.
        for (int waited = 0; gui::Background::liveJobs() > 0 && waited < 10000; waited += 10)
            QTest::qWait(10);
        REQUIRE(gui::Background::liveJobs() == 0);
    }

    template <typename View> View *view() const
    {
        auto *v = window->findChild<View *>();
        REQUIRE(v);
        return v;
    }

    // Starts the job, checks that it runs, destroys the window (as closing it does), then checks
    // that every job was waited for and that the study is whole.
    void closeWhile(const std::function<void()> &start)
    {
        const int before = gui::Background::liveJobs();
        start();
        CHECK(gui::Background::liveJobs() > before);
        window.reset();
        CHECK(gui::Background::liveJobs() == before);
        QCoreApplication::processEvents(); // whatever was queued for the views finds them gone
        auto store = core::CorpusStore::open(path.toStdString());
        auto check = store.database().prepare("PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.columnText(0) == "ok");
    }

    std::int64_t programmes() const { return core::CorpusStore::open(path.toStdString()).programmeCount(); }
};

} // namespace

TEST_CASE("closing the window during a report waits for it", "[window][teardown]")
{
    Window w;
    TempDir out;
    w.closeWhile([&] { w.window->startReport(out.file("rapport")); });
}

TEST_CASE("closing the window during the tests of difference waits for them", "[window][teardown]")
{
    Window w;
    auto *dashboard = w.view<gui::DashboardView>();
    w.closeWhile([&] {
        dashboard->setGrouping(2); // departments: the exact test runs long enough to be caught
    });
}

TEST_CASE("closing the window during a concordance waits for it", "[window][teardown]")
{
    Window w;
    auto *concordance = w.view<gui::ConcordanceView>();
    w.closeWhile([&] {
        concordance->setThemeQuery(QStringLiteral("numerique"));
        concordance->search();
    });
}

TEST_CASE("closing the window during a live hit count waits for it", "[window][teardown]")
{
    Window w;
    auto *dictionary = w.view<gui::DictionaryView>();
    w.closeWhile([&] { dictionary->countHits(); });
}

TEST_CASE("closing the window during a dictionary save rolls it back and waits", "[window][teardown]")
{
    Window w;
    auto *dictionary = w.view<gui::DictionaryView>();
    std::int64_t version = 0;
    {
        auto store = core::CorpusStore::open(w.path.toStdString());
        version = store.currentDictionaryVersion();
    }
    w.closeWhile([&] {
        QString error;
        REQUIRE(dictionary->saveAs(QStringLiteral("fermeture-1"), &error));
    });
    // Cancelled by the close: the save did not happen, or it did whole; never half.
    auto store = core::CorpusStore::open(w.path.toStdString());
    const auto current = store.currentDictionaryVersion();
    const auto mentions = store.database().scalarInt(
        "SELECT count(*) FROM programme_mentions WHERE dictionary_version = " + std::to_string(current));
    CHECK(mentions > 0);
    if (current != version)
        CHECK(store.dictionary(current).version() == "fermeture-1");
}

TEST_CASE("closing the window during an import rolls it back and waits", "[window][teardown]")
{
    Window w;
    auto *dialog = new gui::ImportDialog(w.session, { QStringLiteral(VIGIE_TEST_DATA_DIR "/import/programmes") },
                                         w.window.get());
    REQUIRE(dialog->canImport());
    const int files = dialog->previewModel()->includedCount();
    w.closeWhile([&] { dialog->start(); }); // the dialog is the window's child: it goes with it
    // One transaction: all of it (it ended before the close) or none of it (cancelled), never part.
    const auto after = w.programmes();
    CHECK((after == 268 || after == 268 + files));
}
