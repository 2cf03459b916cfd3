// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's validation: the demo's coded sample with its measures and disagreements, the shares
// corrected beside the raw ones with their caveat, in French and English; and what a study
// without a validation, or with paragraphs only, says instead.
#include "GuiTestSupport.h"
#include "analysis/ReportData.h"
#include "report/ReportWriter.h"
#include "storage/CorpusStore.h"
#include "tagging/ThemeMatcher.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace vigie;
using vigie::test::demoStudy;
using vigie::test::TempDir;

TEST_CASE("the report carries the validation and the corrected shares", "[report][validation]")
{
    auto store = core::CorpusStore::open(demoStudy().toStdString());
    const core::ReportData d = core::collectReport(store, {});
    REQUIRE(d.validations.size() == 1);
    const auto &v = d.validations[0];
    CHECK(v.summary.synthetic);
    CHECK(v.summary.design.unit == core::SampleUnit::Programme);
    REQUIRE(v.coders.size() == 2);
    CHECK(v.coders[0].second == 80);
    // The measures are the core's for the same sample, codes and dictionary.
    core::ValidationStore validation(store);
    const auto matcher = core::ThemeMatcher::compile(store.dictionary(store.currentDictionaryVersion()));
    const auto measured
        = core::measureValidation(*validation.sample(v.summary.id), validation.codes(v.summary.id), matcher);
    REQUIRE(v.result.scores.size() == measured.scores.size());
    for (std::size_t i = 0; i < measured.scores.size(); ++i) {
        CHECK(v.result.scores[i].scores.precision.share == measured.scores[i].scores.precision.share);
        CHECK(v.result.scores[i].scores.f1Low == measured.scores[i].scores.f1Low);
    }
    // At most three disagreements per theme, each one of the result's, with an excerpt and a source.
    REQUIRE(v.examples.size() == v.result.themes.size());
    for (std::size_t t = 0; t < v.examples.size(); ++t) {
        CHECK(v.examples[t].size() <= 3);
        for (const auto &e : v.examples[t]) {
            CHECK(e.theme == v.result.themes[t]);
            CHECK_FALSE(e.excerpt.empty());
            CHECK_FALSE(e.commune.empty());
        }
    }
    CHECK(v.examples[0].size() == 3); // numerique: the coders disagree with it more than three times

    // The correction: the first usable source, applied to the headline and theme tables.
    REQUIRE(d.correction);
    CHECK(d.correction->source.coder == d.correctionSources.usable.front().coder);
    const auto expected = core::correctCrosstab(d.headline, *d.correction);
    REQUIRE(d.headlineCorrected.size() == expected.size());
    CHECK(d.headlineCorrected.back()[0].share == expected.back()[0].share);
    REQUIRE(d.headlineCorrected.back()[0].corrected);
    CHECK(d.byThemeCorrected.size() == d.byTheme.rows.size() + 1);

    const QString fr = report::reportHtml(d, false);
    CHECK(fr.contains(QStringLiteral("6. Validation du dictionnaire")));
    CHECK(fr.contains(QStringLiteral("6.1 Démonstration (codes fictifs)")));
    CHECK(fr.contains(QStringLiteral("Codeur B (fictif)")));
    CHECK(fr.contains(QStringLiteral("Part corrigée")));
    CHECK(fr.contains(QStringLiteral("Ces codes sont fictifs")));
    CHECK(fr.contains(QStringLiteral("repéré par le dictionnaire, pas par")));
    CHECK(fr.contains(QStringLiteral("stratifiés par taille de commune")));
    // The corrected total as the lead says it (French typography: narrow no-break space before %).
    const QString corrected = QString::number(std::lround(100 * d.headlineCorrected.back()[0].share));
    CHECK(fr.contains(QStringLiteral("cette part est de %1\u202F%").arg(corrected)));

    core::ReportOptions english;
    english.french = false;
    const QString en = report::reportHtml(core::collectReport(store, english), false);
    CHECK(en.contains(QStringLiteral("6. Validation of the dictionary")));
    CHECK(en.contains(QStringLiteral("Corrected share")));
    CHECK(en.contains(QStringLiteral("tagged by the dictionary, not by")));
    CHECK_FALSE(en.contains(QStringLiteral("Part corrigée")));
}

TEST_CASE("a report without a validation says the shares are the dictionary's", "[report][validation]")
{
    TempDir dir;
    const std::string path = (dir.dir / "sans-validation.vigie").string();
    std::filesystem::copy_file(demoStudy().toStdString(), path);
    auto store = core::CorpusStore::open(path);
    core::ValidationStore validation(store);
    for (const auto &s : validation.samples())
        validation.remove(s.id);
    core::ReportData d = core::collectReport(store, {});
    CHECK(d.validations.empty());
    CHECK_FALSE(d.correction);
    QString html = report::reportHtml(d, false);
    CHECK(html.contains(QStringLiteral("Aucun échantillon codé à la main")));
    CHECK_FALSE(html.contains(QStringLiteral("Part corrigée")));

    // A coded sample of paragraphs is reported, but corrects nothing.
    core::SampleDesign design;
    design.size = 12;
    core::Sample sample = core::drawSample(store, design, { "numerique", "open_data" });
    validation.save(sample);
    validation.putCode(sample.id, { 1, "Alice", { "numerique" }, "", "" });
    d = core::collectReport(store, {});
    REQUIRE(d.validations.size() == 1);
    CHECK(d.correctionSources.paragraphSamples == 1);
    CHECK_FALSE(d.correction);
    html = report::reportHtml(d, false);
    CHECK(html.contains(QStringLiteral("12 paragraphes")));
    CHECK(html.contains(QStringLiteral("Un seul codeur")));
    CHECK(html.contains(QStringLiteral("Parts non corrigées")));
}
