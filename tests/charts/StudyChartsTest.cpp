// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The study's charts show each theme in its dictionary colour, as the reader and the chips do,
// keep their bars apart when two themes share a colour, and keep what is drawn over bars readable.
#include "charts/StudyCharts.h"
#include "GuiTestSupport.h"
#include "analysis/Crosstab.h"
#include "analysis/ReportData.h"
#include "charts/ChartLayout.h"
#include "charts/Palette.h"
#include "report/ReportWriter.h"
#include "storage/CorpusStore.h"

#include <catch2/catch.hpp>

#include <QImage>

#include <string>
#include <vector>

namespace Catch {
template <> struct StringMaker<QColor>
{
    static std::string convert(const QColor &color) { return color.name(QColor::HexArgb).toStdString(); }
};
} // namespace Catch

using namespace vigie;
using charts::seriesColor;

namespace {

// A crosstab of two size classes for `colours.size()` themes; `colours` as the dictionary gives them.
core::CrosstabResult crosstabWith(const std::vector<std::string> &colours)
{
    core::CrosstabResult r;
    r.by = core::Grouping::SizeClass;
    for (std::size_t t = 0; t < colours.size(); ++t) {
        r.themes.push_back("theme" + std::to_string(t));
        r.themeLabels.push_back("Thème " + std::to_string(t));
    }
    r.themeColours = colours;
    for (const char *label : { "< 50 000", "> 200 000" }) {
        core::CrosstabRow row;
        row.label = label;
        row.programmes = 120;
        for (std::size_t t = 0; t < colours.size(); ++t) {
            core::CrosstabCell cell;
            cell.mentioning = 60 + 10 * static_cast<std::int64_t>(t);
            cell.share = core::stats::wilson(cell.mentioning, row.programmes);
            row.cells.push_back(cell);
        }
        r.rows.push_back(row);
    }
    return r;
}

std::vector<QColor> seriesColours(const charts::Chart &chart)
{
    std::vector<QColor> colours;
    for (const auto &s : chart.series)
        colours.push_back(s.color.value_or(QColor()));
    return colours;
}

} // namespace

TEST_CASE("A crosstab chart shows each theme in its dictionary colour", "[charts]")
{
    auto store = core::CorpusStore::open(test::demoStudy().toStdString());
    core::CrosstabOptions options;
    options.themes = { "numerique", "open_data", "ville_connectee", "e_sante", "french_tech" };
    const core::CrosstabResult r = core::crosstab(store, options);
    const core::Dictionary dictionary = store.dictionary(r.dictionaryVersion);
    const charts::Chart chart = charts::crosstabChart(r, {});
    REQUIRE(chart.series.size() == options.themes.size());
    for (std::size_t t = 0; t < options.themes.size(); ++t) {
        const auto &theme = dictionary.themes()[static_cast<std::size_t>(dictionary.themeIndex(options.themes[t]))];
        INFO(theme.id << " " << theme.colour);
        REQUIRE(chart.series[t].color);
        CHECK(*chart.series[t].color == QColor::fromString(QString::fromStdString(theme.colour)));
    }
    CHECK(*chart.series[0].color == QColor(0x00, 0x72, 0xB2)); // numerique in data/dictionaries/fr.json
}

TEST_CASE("A theme without a usable colour takes the palette's", "[charts]")
{
    // Missing and invalid colours: the palette's colour for the series' index, as before themes had colours.
    const charts::Chart chart = charts::crosstabChart(crosstabWith({ "#D55E00", "", "bleu", "#332288" }), {});
    CHECK(
        seriesColours(chart)
        == std::vector<QColor> { QColor(0xD5, 0x5E, 0x00), seriesColor(1), seriesColor(2), QColor(0x33, 0x22, 0x88) });

    // A fallback never takes a colour another theme of the chart shows: #56B4E9 is seriesColor(1),
    // so the second theme gets the next palette colour.
    const charts::Chart taken = charts::crosstabChart(crosstabWith({ "#E69F00", "", "#56B4E9" }), {});
    CHECK(seriesColours(taken)
          == std::vector<QColor> { QColor(0xE6, 0x9F, 0x00), seriesColor(2), QColor(0x56, 0xB4, 0xE9) });

    // No colours at all (a result made before themes carried them, or one colour short): the palette.
    for (const auto &colours : { std::vector<std::string> {}, std::vector<std::string> { "#0072B2" } }) {
        core::CrosstabResult r = crosstabWith({ "#0072B2", "#009E73" });
        r.themeColours = colours;
        CHECK(seriesColours(charts::crosstabChart(r, {})) == std::vector<QColor> { seriesColor(0), seriesColor(1) });
    }
}

TEST_CASE("Two themes of one chart never share a colour", "[charts]")
{
    // The default dictionary gives "numerique" and "transports_mobilite" the same blue; a near copy
    // (#0074B4) or a colour too light to show on white (#FCFCFC) fall back too.
    const charts::Chart chart
        = charts::crosstabChart(crosstabWith({ "#0072B2", "#E69F00", "#0072B2", "#0074B4", "#FCFCFC" }), {});
    // The later ones take the palette's colour for their index, except seriesColor(4): the blue the
    // first theme shows.
    const std::vector<QColor> colours = seriesColours(chart);
    CHECK(colours
          == std::vector<QColor> { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), seriesColor(2), seriesColor(3),
                                   seriesColor(5) });
}

TEST_CASE("Labels and whiskers over bars in dark theme colours stay readable", "[charts]")
{
    // #332288 and #882255 are in the default dictionary; black is what it gives an eighth theme
    // without a colour. The dark whisker would vanish on them; value labels need their own colour.
    core::CrosstabResult r = crosstabWith({ "#332288", "#882255", "#000000", "#E69F00" });
    const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(3780);
        image.setDotsPerMeterY(3780);
        return image;
    }();
    for (const bool rows : { false, true }) {
        // 20 groups: too many for columns, so the same bars run in rows.
        if (rows)
            while (r.rows.size() < 20)
                r.rows.push_back(r.rows.front());
        DYNAMIC_SECTION((rows ? "rows" : "columns"))
        {
            const charts::Chart chart = charts::crosstabChart(r, {});
            REQUIRE(charts::detail::usesRows(chart) == rows);
            // Rows tall enough for value labels inside the bars.
            const auto scene = charts::detail::layoutChart(chart, QRectF(0, 0, 900, rows ? 2400 : 700), &device);
            int labelsOverBars = 0, whiskersOverBars = 0;
            for (const auto &box : scene.boxes) {
                if (!scene.plot.contains(box.rect))
                    continue; // a legend swatch
                const QRectF inside = box.rect.adjusted(0.5, 0.5, -0.5, -0.5);
                for (const auto &text : scene.texts) {
                    if (!inside.contains(text.outline().boundingRect().center()))
                        continue;
                    ++labelsOverBars;
                    INFO(text.text.toStdString() << " on " << box.fill.name().toStdString());
                    CHECK(charts::contrastRatio(text.color, box.fill) >= 4.5);
                }
                for (const auto &line : scene.lines) {
                    if (!inside.contains(line.line.center()))
                        continue;
                    ++whiskersOverBars;
                    INFO("whisker " << line.color.name().toStdString() << " on " << box.fill.name().toStdString());
                    CHECK(charts::contrastRatio(line.color, box.fill) >= 3);
                }
            }
            CHECK(labelsOverBars > 0);
            CHECK(whiskersOverBars > 0);
        }
    }
}

TEST_CASE("The report's theme charts show the themes in their dictionary colours", "[charts][report]")
{
    auto store = core::CorpusStore::open(test::demoStudy().toStdString());
    const core::ReportData d = core::collectReport(store, {});
    const std::vector<charts::Chart> reportCharts = report::reportCharts(d);
    // The headline, then the themes after the root, six per chart.
    REQUIRE(reportCharts.size() >= 3);
    REQUIRE(d.byTheme.themeColours.size() == d.byTheme.themes.size());
    CHECK(*reportCharts[0].series[0].color == QColor::fromString(QString::fromStdString(d.headline.themeColours[0])));
    std::size_t theme = 1;
    for (std::size_t c = 1; c < reportCharts.size() && theme < d.byTheme.themes.size(); ++c) {
        for (const auto &series : reportCharts[c].series) {
            INFO(d.byTheme.themes[theme]);
            CHECK(series.name == QString::fromStdString(d.byTheme.themeLabels[theme]));
            CHECK(*series.color == QColor::fromString(QString::fromStdString(d.byTheme.themeColours[theme])));
            ++theme;
        }
    }
    CHECK(theme == d.byTheme.themes.size());
}

TEST_CASE("a crosstab with no group says why in the chart instead of staying blank", "[charts]")
{
    core::CrosstabResult r = crosstabWith({ "#1f77b4", "#ff7f0e" });
    r.rows.clear(); // programmes imported without a commune: no size class
    r.total.programmes = 3;
    r.ungrouped = 3;
    charts::ChartContext french;
    french.french = true;
    const charts::Chart chart = charts::crosstabChart(r, french, charts::Measure::Share, "Part des programmes");
    CHECK(chart.emptyNote
          == QStringLiteral("Aucun des 3 programmes de l'étude n'a de commune : le regroupement par « Taille de la "
                            "commune (habitants) » n'a donc aucun groupe. Indiquez leur ville (manifeste ou aperçu de "
                            "l'import) et importez-les de nouveau."));
    charts::ChartContext english;
    english.french = false;
    r.total.programmes = 1;
    CHECK(charts::crosstabChart(r, english, charts::Measure::Share, "Share")
              .emptyNote.startsWith(
                  QStringLiteral("The study's programme has no commune, so grouping by “City size (inhabitants)”")));
    r.total.programmes = 0;
    CHECK(charts::crosstabChart(r, french, charts::Measure::Share, "x")
              .emptyNote.startsWith(QStringLiteral("L'étude n'a encore aucun programme")));
    r.by = core::Grouping::Year;
    r.total.programmes = 2;
    CHECK(charts::crosstabChart(r, french, charts::Measure::Share, "x")
              .emptyNote.startsWith(
                  QStringLiteral("Aucun des 2 programmes de l'étude n'a de valeur pour le regroupement par « ")));

    // Laid out: the note is there, whole, inside the area, at every size a window gives.
    for (const QSizeF size : { QSizeF(720, 480), QSizeF(420, 300), QSizeF(1400, 600) }) {
        const QRectF area(QPointF(0, 0), size);
        const charts::detail::Scene scene = charts::detail::layoutChart(chart, area, nullptr);
        QString shown;
        for (const auto &text : scene.texts) {
            if (text.role != charts::detail::TextItem::Role::EmptyNote)
                continue;
            shown += (shown.isEmpty() ? QString() : QStringLiteral(" ")) + text.text;
            const QRectF box(text.origin / scene.scale, text.size / scene.scale);
            CHECK(area.contains(box));
        }
        CHECK(shown == chart.emptyNote);
    }
}
