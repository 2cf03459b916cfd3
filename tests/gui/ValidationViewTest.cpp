// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The validation view on a copy of the demo study: coding with the keyboard, blind until coded,
// codes stored, measures recomputed off the GUI thread, disagreements, a sample drawn from the
// view, and the view in English.
#include "gui/validation/ValidationView.h"
#include "GuiTestSupport.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <filesystem>

using namespace vigie;
using vigie::test::demoStudy;
using vigie::test::TempDir;

namespace {

struct Fixture
{
    test::IsolatedSettings settings;
    TempDir dir;
    QString path = dir.file("demo.vigie");
    core::Sample sample;

    Fixture()
    {
        std::filesystem::copy_file(demoStudy().toStdString(), path.toStdString());
        auto store = core::CorpusStore::open(path.toStdString(), core::CorpusStore::Opening::Existing);
        core::SampleDesign design;
        design.size = 12;
        design.seed = 5;
        sample = core::drawSample(store, design,
                                  { "numerique", "open_data", "ville_connectee", "e_sante", "french_tech" });
        core::ValidationStore(store).save(sample);
    }
};

bool waitFor(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(10000);
}

} // namespace

TEST_CASE("a coder codes passages with the keyboard, blind until each is coded", "[validation]")
{
    Fixture f;
    gui::StudySession session;
    REQUIRE(session.open(f.path, nullptr));
    gui::ValidationView view(session);
    view.resize(1300, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    REQUIRE(view.sample());
    CHECK(view.sample()->passages.size() == 12);
    CHECK(view.currentPosition() == 1);
    view.setCoder(QStringLiteral("Claire"));
    CHECK(view.progressText().startsWith(QStringLiteral("Passage 1 sur 12")));
    CHECK_FALSE(view.isVerdictShown());
    CHECK(view.verdictText().contains(QStringLiteral("masqué")));

    // Digits toggle the frame's themes; Enter stores and moves on.
    auto *focus = view.findChild<QWidget *>(QStringLiteral("measures"));
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_1);
    CHECK(view.themeBox(0)->isChecked());
    QTest::keyClick(focus, Qt::Key_1);
    CHECK_FALSE(view.themeBox(0)->isChecked());
    QTest::keyClick(focus, Qt::Key_1);
    QTest::keyClick(focus, Qt::Key_3);
    QSignalSpy measured(&view, &gui::ValidationView::measuresUpdated);
    QTest::keyClick(focus, Qt::Key_Return);
    CHECK(view.currentPosition() == 2);
    CHECK_FALSE(view.isVerdictShown()); // the next one is not coded yet
    CHECK(view.lastResultText().startsWith(QStringLiteral("Passage n° 1 : le dictionnaire y trouve")));
    {
        auto store = core::CorpusStore::open(f.path.toStdString(), core::CorpusStore::Opening::Existing);
        const auto codes = core::ValidationStore(store).codes(view.sample()->id);
        REQUIRE(codes.size() == 1);
        CHECK(codes[0].coder == "Claire");
        CHECK(codes[0].position == 1);
        CHECK(codes[0].themes == std::vector<std::string> { "numerique", "ville_connectee" });
    }
    // In the note field, digits are the note's.
    auto *note = view.findChild<QLineEdit *>(QStringLiteral("note"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("12 mai"));
    CHECK(note->text() == QStringLiteral("12 mai"));
    CHECK_FALSE(view.themeBox(0)->isChecked());
    CHECK_FALSE(view.themeBox(1)->isChecked());
    QTest::keyClick(note, Qt::Key_Return); // stored with no theme, and its note
    CHECK(view.currentPosition() == 3);

    // Backspace goes back: passage 2, coded, its verdict shown now.
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Backspace);
    CHECK(view.currentPosition() == 2);
    CHECK(view.isVerdictShown());
    CHECK(view.verdictText().startsWith(QStringLiteral("Verdict du dictionnaire")));
    CHECK(note->text() == QStringLiteral("12 mai"));

    // The measures, computed in the background, follow the codes.
    REQUIRE(waitFor(measured));
    while (measured.wait(500)) { // the last recomputation wins
    }
    const QTableWidget *table = view.measuresTable();
    REQUIRE(table->rowCount() == 5); // five themes, one coder
    CHECK(table->item(0, 1)->text() == QStringLiteral("Claire\n2 codés"));
    // Against what the dictionary says of the two passages.
    auto matcher = core::ThemeMatcher::compile(session.store().dictionary(session.store().currentDictionaryVersion()));
    core::Tagger tagger(matcher);
    int expected = 0;
    const std::vector<std::vector<std::string>> coded = { { "numerique", "ville_connectee" }, {} };
    for (int k = 0; k < 2; ++k) {
        const auto verdict = core::dictionaryVerdict(tagger, view.sample()->themes, view.sample()->passages[k].text);
        for (const std::string &theme : view.sample()->themes)
            expected += (std::find(verdict.begin(), verdict.end(), theme) != verdict.end())
                != (std::find(coded[k].begin(), coded[k].end(), theme) != coded[k].end());
    }
    CHECK(view.disagreementsTable()->rowCount() == expected);
}

TEST_CASE("a sample drawn from the view is stored and shown, in English too", "[validation]")
{
    Fixture f;
    test::EnglishInterface english;
    gui::StudySession session;
    REQUIRE(session.open(f.path, nullptr));
    gui::ValidationView view(session);
    REQUIRE(view.sample());
    QSignalSpy shown(&view, &gui::ValidationView::sampleShown);
    core::SampleDesign design;
    design.size = 7;
    design.seed = 9;
    design.frame = core::SampleFrame::Both;
    view.drawSample(design, { "numerique", "open_data" });
    REQUIRE(waitFor(shown));
    REQUIRE(view.sample());
    CHECK(view.sample()->id == f.sample.id + 1);
    CHECK(view.sample()->passages.size() == 7);
    CHECK(view.themeBox(1) != nullptr);
    CHECK(view.themeBox(2) == nullptr);
    CHECK(view.progressText().startsWith(QStringLiteral("Passage 1 of 7")));
    CHECK(view.measuresTable()->horizontalHeaderItem(2)->text() == QStringLiteral("Precision"));
}
