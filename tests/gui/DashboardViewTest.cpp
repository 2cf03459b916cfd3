// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's corrected shares: measured off the GUI thread on the demo's synthetic
// validation, shown beside each raw share and in the exported table, the same figures the core
// computes; and what it says when the study's validations cannot correct programme shares.
#include "gui/dashboard/DashboardView.h"
#include "GuiTestSupport.h"
#include "gui/common/ChartView.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"
#include "tagging/ThemeMatcher.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QSignalSpy>
#include <QTableWidget>

#include <filesystem>

using namespace vigie;
using vigie::test::demoStudy;
using vigie::test::TempDir;

TEST_CASE("the dashboard shows each share corrected by the demo's validation", "[dashboard][validation]")
{
    gui::StudySession session;
    gui::DashboardView view(session);
    QSignalSpy ready(&view, &gui::DashboardView::correctionReady);
    REQUIRE(session.open(demoStudy(), nullptr));
    REQUIRE(ready.wait(30000));
    // "Sans correction", then the synthetic sample's two coders, the first chosen.
    QComboBox *choice = view.correctionChoice();
    REQUIRE(choice->count() == 3);
    CHECK(choice->currentIndex() == 1);
    CHECK(choice->itemText(1).startsWith(QStringLiteral("Codeur A")));

    const auto &r = view.result();
    const auto &corrected = view.corrected();
    REQUIRE(corrected.size() == r.rows.size() + 1);
    // The same figures as the core's correction with coder A's codes.
    const auto sources = core::correctionSources(session.store());
    REQUIRE(sources.usable.size() == 2);
    const auto measured = core::measureCorrection(
        session.store(), sources.usable[0],
        core::ThemeMatcher::compile(session.store().dictionary(session.store().currentDictionaryVersion())));
    const auto expected = core::correctCrosstab(r, measured);
    for (std::size_t row = 0; row < expected.size(); ++row)
        for (std::size_t t = 0; t < r.themes.size(); ++t) {
            CHECK(corrected[row][t].status == expected[row][t].status);
            if (expected[row][t].corrected)
                CHECK(corrected[row][t].share == expected[row][t].share);
        }
    REQUIRE(corrected.back()[0].corrected); // numerique: enough coded programmes on both sides
    CHECK_FALSE(corrected.back()[1].corrected); // open data: too few programmes the coder found it in

    // Beside each raw share in the table, and in the exported table's columns.
    const QString total = view.table()->item(static_cast<int>(r.rows.size()), 2)->text();
    CHECK(total.contains(QStringLiteral("\n→ ") + gui::formatShare(corrected.back()[0].share)));
    CHECK(view.table()->item(static_cast<int>(r.rows.size()), 3)->text().endsWith(QStringLiteral("→ —")));
    const auto &data = view.chartView()->data();
    CHECK(data.header.contains(QStringLiteral("Numérique : part corrigée, IC haut")));
    const int column = static_cast<int>(data.header.indexOf(QStringLiteral("Numérique : part corrigée")));
    REQUIRE(column > 0);
    CHECK(data.rows.back()[static_cast<std::size_t>(column)].number == corrected.back()[0].share);
    // The caveat says whose codes, that they are invented, and why open data is not corrected.
    CHECK(view.correctionText().contains(QStringLiteral("Codeur A")));
    CHECK(view.correctionText().contains(QStringLiteral("Codes fictifs")));
    CHECK(view.correctionText().contains(QStringLiteral("trop peu de programmes codés")));
    CHECK(view.correctionText().contains(QStringLiteral("Open data (")));

    // Without correction: raw shares only.
    choice->setCurrentIndex(0);
    emit choice->activated(0);
    REQUIRE((ready.count() >= 2 || ready.wait(10000)));
    CHECK(view.corrected().empty());
    CHECK_FALSE(view.table()->item(0, 2)->text().contains(QStringLiteral("→")));
    CHECK_FALSE(view.chartView()->data().header.contains(QStringLiteral("Numérique : part corrigée")));
}

TEST_CASE("the dashboard says why a study's validations cannot correct its shares", "[dashboard][validation]")
{
    TempDir dir;
    const QString study = dir.file("sans-validation.vigie");
    std::filesystem::copy_file(demoStudy().toStdString(), study.toStdString());
    {
        auto store = core::CorpusStore::open(study.toStdString());
        core::ValidationStore validation(store);
        for (const auto &s : validation.samples())
            validation.remove(s.id);
    }
    gui::StudySession session;
    gui::DashboardView view(session);
    QSignalSpy ready(&view, &gui::DashboardView::correctionReady);
    REQUIRE(session.open(study, nullptr));
    REQUIRE((ready.count() >= 1 || ready.wait(10000)));
    CHECK(view.correctionChoice()->count() == 1);
    CHECK_FALSE(view.correctionChoice()->isEnabled());
    CHECK(view.correctionText().contains(QStringLiteral("aucune validation")));

    // A sample of paragraphs measures the dictionary but cannot correct programme shares.
    core::SampleDesign design;
    design.size = 20;
    core::Sample sample = core::drawSample(session.store(), design, { "numerique", "open_data", "ville_connectee" });
    core::ValidationStore(session.store()).save(sample);
    session.notifyChanged();
    REQUIRE((ready.count() >= 2 || ready.wait(10000)));
    CHECK(view.corrected().empty());
    CHECK(view.correctionText().contains(QStringLiteral("programmes entiers")));
    CHECK(view.correctionText().contains(QStringLiteral("paragraphes")));
}
