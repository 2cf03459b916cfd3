// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/Chart.h"
#include "charts/ChartExport.h"
#include "charts/ChartLayout.h"
#include "charts/ChartPainter.h"
#include "charts/NumberFormat.h"
#include "charts/Palette.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QTemporaryDir>
#include <QTransform>
#include <QXmlStreamReader>

#include <cmath>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

using namespace Qt::Literals::StringLiterals;
using vigie::charts::Bar;
using vigie::charts::Chart;
using vigie::charts::Series;

namespace {

const QChar kNarrowNbsp(0x202F);

// Deterministic values in [0, 1).
double pseudoRandom(unsigned &state)
{
    state = state * 1664525u + 1013904223u;
    return static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
}

// A share with its 95 % Wilson interval, as the crosstab gives it.
Bar shareBar(int mentioning, int programmes)
{
    const double p = static_cast<double>(mentioning) / programmes, n = programmes, z = 1.959964;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z / (1 + z * z / n) * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return Bar { p, centre - half, centre + half };
}

// The study's headline chart: four themes by city-size class.
Chart headlineChart()
{
    Chart chart;
    chart.title = u"Numérique dans les programmes municipaux 2020 : les grandes villes en parlent davantage"_s;
    chart.subtitle = u"Part des programmes qui mentionnent chaque thème, par taille de commune"_s;
    chart.valueAxisLabel = u"Part des programmes (%)"_s;
    chart.groupAxisLabel = u"Taille de la commune (habitants)"_s;
    chart.groups = { u"< 50 000"_s, u"50 000 – 200 000"_s, u"> 200 000"_s };
    chart.groupNotes = { u"n = 143"_s, u"n = 61"_s, u"n = 22"_s };
    const std::vector<std::pair<QString, std::vector<int>>> themes = {
        { u"Données ouvertes"_s, { 31, 28, 15 } },
        { u"Inclusion numérique"_s, { 79, 40, 17 } },
        { u"Ville intelligente"_s, { 12, 19, 14 } },
        { u"Cybersécurité"_s, { 4, 6, 7 } },
    };
    const std::vector<int> programmes = { 143, 61, 22 };
    for (const auto &[name, counts] : themes) {
        Series series { name, {}, {} };
        for (std::size_t g = 0; g < counts.size(); ++g)
            series.bars.push_back(shareBar(counts[g], programmes[g]));
        chart.series.push_back(series);
    }
    chart.footnote = u"Source : corpus Vigie des programmes des listes arrivées en tête au premier tour des "
                     "élections municipales de 2020 (226 programmes, 218 communes). Dictionnaire des thèmes "
                     "fr 2026.1. Intervalles de confiance à 95 % (score de Wilson). Différences entre classes "
                     "de taille : test exact de Fisher–Freeman–Halton, p = 0,003 pour l'inclusion numérique."_s;
    chart.watermark = u"DONNÉES FICTIVES — ÉTUDE DE DÉMONSTRATION"_s;
    return chart;
}

const QStringList &departments()
{
    static const QStringList names = {
        u"Ain"_s,
        u"Aisne"_s,
        u"Allier"_s,
        u"Alpes-de-Haute-Provence"_s,
        u"Hautes-Alpes"_s,
        u"Alpes-Maritimes"_s,
        u"Ardèche"_s,
        u"Ardennes"_s,
        u"Ariège"_s,
        u"Aube"_s,
        u"Aude"_s,
        u"Aveyron"_s,
        u"Bouches-du-Rhône"_s,
        u"Calvados"_s,
        u"Cantal"_s,
        u"Charente"_s,
        u"Charente-Maritime"_s,
        u"Cher"_s,
        u"Corrèze"_s,
        u"Corse-du-Sud"_s,
        u"Haute-Corse"_s,
        u"Côte-d'Or"_s,
        u"Côtes-d'Armor"_s,
        u"Creuse"_s,
        u"Dordogne"_s,
        u"Doubs"_s,
        u"Drôme"_s,
        u"Eure"_s,
        u"Eure-et-Loir"_s,
        u"Finistère"_s,
        u"Gard"_s,
        u"Haute-Garonne"_s,
        u"Gers"_s,
        u"Gironde"_s,
        u"Hérault"_s,
        u"Ille-et-Vilaine"_s,
        u"Indre"_s,
        u"Indre-et-Loire"_s,
        u"Isère"_s,
        u"Jura"_s,
        u"Landes"_s,
        u"Loir-et-Cher"_s,
        u"Loire"_s,
        u"Haute-Loire"_s,
        u"Loire-Atlantique"_s,
        u"Loiret"_s,
        u"Lot"_s,
        u"Lot-et-Garonne"_s,
        u"Lozère"_s,
        u"Maine-et-Loire"_s,
        u"Manche"_s,
        u"Marne"_s,
        u"Haute-Marne"_s,
        u"Mayenne"_s,
        u"Meurthe-et-Moselle"_s,
        u"Meuse"_s,
        u"Morbihan"_s,
        u"Moselle"_s,
        u"Nièvre"_s,
        u"Nord"_s,
        u"Oise"_s,
        u"Orne"_s,
        u"Pas-de-Calais"_s,
        u"Puy-de-Dôme"_s,
        u"Pyrénées-Atlantiques"_s,
        u"Hautes-Pyrénées"_s,
        u"Pyrénées-Orientales"_s,
        u"Bas-Rhin"_s,
        u"Haut-Rhin"_s,
        u"Rhône"_s,
        u"Haute-Saône"_s,
        u"Saône-et-Loire"_s,
        u"Sarthe"_s,
        u"Savoie"_s,
        u"Haute-Savoie"_s,
        u"Paris"_s,
        u"Seine-Maritime"_s,
        u"Seine-et-Marne"_s,
        u"Yvelines"_s,
        u"Deux-Sèvres"_s,
        u"Somme"_s,
        u"Tarn"_s,
        u"Tarn-et-Garonne"_s,
        u"Var"_s,
        u"Vaucluse"_s,
        u"Vendée"_s,
        u"Vienne"_s,
        u"Haute-Vienne"_s,
        u"Vosges"_s,
        u"Yonne"_s,
        u"Territoire de Belfort"_s,
        u"Essonne"_s,
        u"Hauts-de-Seine"_s,
        u"Seine-Saint-Denis"_s,
        u"Val-de-Marne"_s,
        u"Val-d'Oise"_s,
        u"Guadeloupe"_s,
        u"Martinique"_s,
        u"Guyane"_s,
        u"La Réunion"_s,
        u"Mayotte"_s,
    };
    return names;
}

// `groups` groups (departments, then numbered regions), `seriesCount` series of shares.
Chart groupsChart(int groups, int seriesCount)
{
    Chart chart;
    chart.title = u"Inclusion numérique par département"_s;
    chart.subtitle = u"Part des programmes qui mentionnent le thème"_s;
    chart.valueAxisLabel = u"Part des programmes (%)"_s;
    chart.groupAxisLabel = u"Département"_s;
    unsigned state = 7;
    for (int g = 0; g < groups; ++g) {
        chart.groups.push_back(g < departments().size() ? departments()[g] : u"Groupe %1"_s.arg(g + 1));
        chart.groupNotes.push_back(u"n = %1"_s.arg(3 + static_cast<int>(pseudoRandom(state) * 300)));
    }
    for (int s = 0; s < seriesCount; ++s) {
        Series series { u"Thème %1"_s.arg(s + 1), {}, {} };
        for (int g = 0; g < groups; ++g) {
            const int n = 10 + static_cast<int>(pseudoRandom(state) * 200);
            series.bars.push_back(shareBar(static_cast<int>(pseudoRandom(state) * n), n));
        }
        chart.series.push_back(series);
    }
    chart.footnote = u"Source : corpus Vigie 2020."_s;
    return chart;
}

// Barometer: maturity stages by project category.
Chart stackedChart(int categories = 9)
{
    static const QStringList names = {
        u"Administration numérique"_s,
        u"Inclusion numérique"_s,
        u"Données ouvertes"_s,
        u"Ville intelligente"_s,
        u"Infrastructures et très haut débit"_s,
        u"Éducation"_s,
        u"Santé"_s,
        u"Mobilités"_s,
        u"Participation citoyenne"_s,
        u"Culture"_s,
        u"Tourisme"_s,
        u"Sécurité"_s,
    };
    Chart chart;
    chart.kind = Chart::Kind::StackedShares;
    chart.title = u"Maturité des projets numériques par catégorie"_s;
    chart.subtitle = u"Répartition des projets déclarés entre les étapes, de l'idée au service en place"_s;
    chart.valueAxisLabel = u"Part des projets de la catégorie (%)"_s;
    chart.groupAxisLabel = u"Catégorie"_s;
    const QStringList stages = { u"Idée"_s, u"Étude"_s, u"Financé"_s, u"En travaux"_s, u"En service"_s };
    unsigned state = 11;
    std::vector<std::vector<double>> weights(static_cast<std::size_t>(categories));
    for (int c = 0; c < categories; ++c) {
        chart.groups.push_back(names[c % names.size()]);
        chart.groupNotes.push_back(u"n = %1"_s.arg(12 + static_cast<int>(pseudoRandom(state) * 90)));
        double total = 0;
        for (int s = 0; s < stages.size(); ++s) {
            weights[static_cast<std::size_t>(c)].push_back(0.05 + pseudoRandom(state));
            total += weights[static_cast<std::size_t>(c)].back();
        }
        for (double &w : weights[static_cast<std::size_t>(c)])
            w /= total;
    }
    for (int s = 0; s < stages.size(); ++s) {
        Series series { stages[s], {}, {} };
        for (int c = 0; c < categories; ++c)
            series.bars.push_back(Bar { weights[static_cast<std::size_t>(c)][static_cast<std::size_t>(s)], {}, {} });
        chart.series.push_back(series);
    }
    chart.footnote = u"Source : baromètre Vigie des projets déclarés par les communes (données fictives)."_s;
    return chart;
}

// Barometer: projects per category by size class, counts.
Chart countsChart()
{
    Chart chart;
    chart.scale = Chart::Scale::Number;
    chart.title = u"Projets par catégorie et taille de commune"_s;
    chart.valueAxisLabel = u"Projets"_s;
    chart.groups = { u"Administration"_s, u"Inclusion"_s, u"Données"_s, u"Ville intelligente"_s, u"Éducation"_s };
    const std::vector<std::vector<double>> values
        = { { 1250, 830, 410, 220, 975 }, { 512, 640, 388, 190, 415 }, { 140, 260, 301, 188, 96 } };
    const QStringList classes = { u"< 50 000"_s, u"50 000 – 200 000"_s, u"> 200 000"_s };
    for (std::size_t s = 0; s < values.size(); ++s) {
        Series series { classes[static_cast<qsizetype>(s)], {}, {} };
        for (double v : values[s])
            series.bars.push_back(Bar { v, {}, {} });
        chart.series.push_back(series);
    }
    chart.footnote = u"Source : baromètre Vigie."_s;
    return chart;
}

QSize pngSize(const Chart &chart, int widthPx, int dpi)
{
    const double logical = widthPx * 96.0 / dpi;
    const QSizeF size = vigie::charts::preferredSize(chart, logical);
    return QSize(widthPx, static_cast<int>(std::ceil(size.height() * dpi / 96.0)));
}

bool allWhite(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                return false;
    return true;
}

// A text box shrunk by a quarter unit, so that lines that merely touch do not count as overlapping.
QPolygonF inkBox(const vigie::charts::detail::TextItem &item)
{
    QTransform transform;
    transform.translate(item.origin.x(), item.origin.y());
    transform.rotate(item.angle);
    return transform.map(QPolygonF(QRectF(QPointF(0, 0), item.size).adjusted(0.25, 0.25, -0.25, -0.25)));
}

// Every text item inside the area, and no two overlapping.
void checkTextLayout(const vigie::charts::detail::Scene &scene)
{
    const QRectF area = scene.area.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const auto &item : scene.texts) {
        INFO("text \"" << item.text.toStdString() << "\" at " << item.origin.x() << ", " << item.origin.y());
        CHECK(area.contains(item.outline().boundingRect()));
    }
    for (std::size_t i = 0; i < scene.texts.size(); ++i) {
        for (std::size_t j = i + 1; j < scene.texts.size(); ++j) {
            const auto &a = scene.texts[i], &b = scene.texts[j];
            INFO("\"" << a.text.toStdString() << "\" and \"" << b.text.toStdString() << "\"");
            CHECK_FALSE(inkBox(a).intersects(inkBox(b)));
        }
    }
}

QString normalised(QString text)
{
    return text.replace(kNarrowNbsp, u' ').simplified();
}

struct SvgText
{
    bool wellFormed = false;
    QString title;
    QStringList texts; // every <text> element, decoded
};

SvgText readSvg(const QByteArray &svg)
{
    SvgText result;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"title")
            result.title = xml.readElementText();
        else if (xml.name() == u"text")
            result.texts << xml.readElementText();
    }
    result.wellFormed = !xml.hasError();
    return result;
}

} // namespace

TEST_CASE("formatValue writes French and English numbers", "[charts]")
{
    Chart french;
    CHECK(vigie::charts::formatValue(french, 0.55) == u"55"_s + kNarrowNbsp + u'%');
    CHECK(vigie::charts::formatValue(french, 0.125, 1) == u"12,5"_s + kNarrowNbsp + u'%');
    CHECK(vigie::charts::formatValue(french, -0.0001) == u"0"_s + kNarrowNbsp + u'%');
    french.scale = Chart::Scale::Number;
    CHECK(vigie::charts::formatValue(french, 50000) == u"50"_s + kNarrowNbsp + u"000"_s);
    CHECK(vigie::charts::formatValue(french, 1234567) == u"1"_s + kNarrowNbsp + u"234"_s + kNarrowNbsp + u"567"_s);
    CHECK(vigie::charts::formatValue(french, 12.5, 1) == u"12,5"_s);

    Chart english;
    english.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    CHECK(vigie::charts::formatValue(english, 0.55) == u"55%"_s);
    english.scale = Chart::Scale::Number;
    CHECK(vigie::charts::formatValue(english, 50000) == u"50,000"_s);
    CHECK(vigie::charts::formatValue(english, 12.5, 1) == u"12.5"_s);
}

TEST_CASE("The palette's colours are distinct and labels contrast with them", "[charts]")
{
    QSet<QRgb> seen;
    for (int i = 0; i < 16; ++i)
        seen.insert(vigie::charts::seriesColor(i).rgb());
    CHECK(seen.size() == 16);
    CHECK(vigie::charts::seriesColor(0) == QColor(0xE6, 0x9F, 0x00));
    CHECK(vigie::charts::seriesColor(4) == QColor(0x00, 0x72, 0xB2));
    CHECK(vigie::charts::seriesColor(7) == QColor(0x99, 0x99, 0x99)); // grey, not black: whiskers are black
    CHECK(vigie::charts::seriesColor(16) == vigie::charts::seriesColor(0));
    CHECK(vigie::charts::textColorOn(QColor(0xF0, 0xE4, 0x42)) == QColor(Qt::black));
    CHECK(vigie::charts::textColorOn(QColor(0x00, 0x72, 0xB2)) == QColor(Qt::white));
    CHECK(vigie::charts::textColorOn(QColor(Qt::black)) == QColor(Qt::white));
}

TEST_CASE("Text wraps at spaces but not inside numbers or after a lone symbol", "[charts]")
{
    using vigie::charts::detail::wrapText;
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(12);
    const QFontMetricsF fm(font);
    const QString range = u"50 000 – 200 000"_s;
    const double narrow = fm.horizontalAdvance(u"200 000 –"_s) + 1;
    CHECK(wrapText(range, fm, narrow, 3) == std::vector<QString> { u"50 000 –"_s, u"200 000"_s });
    CHECK(wrapText(u"< 50 000"_s, fm, fm.horizontalAdvance(u"50 000"_s), 3, true).empty());
    CHECK(wrapText(u"< 50 000"_s, fm, 1000, 3, true) == std::vector<QString> { u"< 50 000"_s });
    CHECK(wrapText(u"Auvergne-Rhône-Alpes"_s, fm, fm.horizontalAdvance(u"Auvergne-Rhône-"_s) + 1, 3)
          == std::vector<QString> { u"Auvergne-Rhône-"_s, u"Alpes"_s });
    const auto elided = wrapText(u"un deux trois quatre cinq six"_s, fm, fm.horizontalAdvance(u"un deux"_s) + 1, 2);
    REQUIRE(elided.size() == 2);
    CHECK(elided[1].endsWith(QChar(0x2026)));
}

TEST_CASE("Axis ticks step by 1, 2 or 5 and cover the data", "[charts]")
{
    using vigie::charts::detail::niceTicks;
    const auto same = [](const std::vector<double> &ticks, const std::vector<double> &expected) {
        if (ticks.size() != expected.size())
            return false;
        for (std::size_t i = 0; i < ticks.size(); ++i)
            if (ticks[i] != Approx(expected[i]).margin(1e-12))
                return false;
        return true;
    };
    CHECK(same(niceTicks(0, 1, 6, true), { 0, 0.2, 0.4, 0.6, 0.8, 1 })); // 0 %, 20 %, ... 100 %
    CHECK(same(niceTicks(0, 0.62, 6, true), { 0, 0.2, 0.4, 0.6, 0.8 }));
    CHECK(same(niceTicks(0, 0.62, 8, true), { 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 }));
    CHECK(same(niceTicks(0, 1, 5, true), { 0, 0.25, 0.5, 0.75, 1 }));
    CHECK(same(niceTicks(0, 1250, 6, false), { 0, 500, 1000, 1500 }));
    CHECK(same(niceTicks(0, 137, 6, false), { 0, 50, 100, 150 }));
    CHECK(same(niceTicks(-155, 403, 8, false), { -200, -100, 0, 100, 200, 300, 400, 500 }));
    CHECK(niceTicks(0, 0, 6, false).size() >= 2);
}

TEST_CASE("Texts stay inside the area and never overlap", "[charts]")
{
    using vigie::charts::detail::layoutChart;
    const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(3780); // 96 dpi
        image.setDotsPerMeterY(3780);
        return image;
    }();
    struct Case
    {
        const char *name;
        Chart chart;
    };
    const std::vector<Case> cases = {
        { "headline, 3 groups", headlineChart() },
        { "12 groups, 2 series", groupsChart(12, 2) },
        { "12 groups, 1 series", groupsChart(12, 1) },
        { "24 groups, 1 series", groupsChart(24, 1) },
        { "100 groups", groupsChart(100, 1) },
        { "100 groups, 3 series", groupsChart(100, 3) },
        { "3 groups, 10 series", groupsChart(3, 10) },
        { "stacked, 9 x 5", stackedChart(9) },
        { "counts", countsChart() },
    };
    for (const Case &c : cases) {
        for (double width : { 360.0, 510.0, 768.0, 1200.0 }) {
            DYNAMIC_SECTION(c.name << " at " << width << " units")
            {
                const QSizeF preferred = vigie::charts::preferredSize(c.chart, width);
                const auto scene = layoutChart(c.chart, QRectF(QPointF(7, 5), preferred), &device);
                CHECK(scene.fits);
                CHECK(scene.labelStep == 1); // at its preferred size, every group is labelled
                checkTextLayout(scene);
                // A squat area: the chart shrinks or thins its labels, never overlaps.
                checkTextLayout(layoutChart(c.chart, QRectF(0, 0, width, width * 0.5), &device));
            }
        }
    }
}

TEST_CASE("Many groups: rows, taller charts, thinned labels only when squeezed", "[charts]")
{
    using vigie::charts::detail::layoutChart;
    CHECK_FALSE(vigie::charts::detail::usesRows(headlineChart()));
    CHECK(vigie::charts::detail::usesRows(groupsChart(100, 1)));
    CHECK(vigie::charts::preferredSize(stackedChart(12), 768).height()
          > vigie::charts::preferredSize(stackedChart(4), 768).height());
    CHECK(vigie::charts::preferredSize(groupsChart(100, 1), 768).height()
          > vigie::charts::preferredSize(groupsChart(12, 1), 768).height());
    Chart longFootnote = headlineChart();
    longFootnote.footnote += u' ' + longFootnote.footnote;
    CHECK(vigie::charts::preferredSize(longFootnote, 768).height()
          > vigie::charts::preferredSize(headlineChart(), 768).height());

    // 100 rows in 500 units: labels thinned to one in several, still inside and apart.
    const QImage device(1, 1, QImage::Format_ARGB32_Premultiplied);
    const auto squeezed = layoutChart(groupsChart(100, 1), QRectF(0, 0, 768, 500), &device);
    CHECK(squeezed.labelStep > 1);
    checkTextLayout(squeezed);
    // Columns too narrow for horizontal labels rotate them.
    const auto rotated = layoutChart(groupsChart(12, 2), QRectF(0, 0, 768, 600), &device);
    CHECK(rotated.labelAngle == -45);
}

TEST_CASE("The same chart at 180 mm in a PDF and 1600 px at 200 dpi has the same layout", "[charts]")
{
    using vigie::charts::detail::layoutChart;
    const Chart chart = headlineChart();
    const QSizeF points = vigie::charts::preferredSize(chart, 180 / 25.4 * 72);
    const QSizeF pixels = vigie::charts::preferredSize(chart, 1600 * 96.0 / 200);
    CHECK(pixels.height() / pixels.width() == Approx(points.height() / points.width()).epsilon(0.03));
    const QImage device(1, 1, QImage::Format_ARGB32_Premultiplied);
    const auto a = layoutChart(chart, QRectF(QPointF(0, 0), points), &device);
    const auto b = layoutChart(chart, QRectF(QPointF(0, 0), pixels), &device);
    REQUIRE(a.texts.size() == b.texts.size());
    for (std::size_t i = 0; i < a.texts.size(); ++i)
        CHECK(a.texts[i].text == b.texts[i].text); // same line breaks
}

TEST_CASE("PNG exports have the asked size and show the chart", "[charts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::vector<std::pair<const char *, Chart>> charts = { { "headline", headlineChart() },
                                                                 { "departments", groupsChart(100, 1) },
                                                                 { "stacked", stackedChart(9) },
                                                                 { "counts", countsChart() } };
    for (const auto &[name, chart] : charts) {
        INFO(name);
        const QSize size = pngSize(chart, 1600, 200);
        const QString path = dir.filePath(QString::fromLatin1(name) + u".png"_s);
        QString error;
        REQUIRE(vigie::charts::writePng(chart, path, size, 200, &error));
        CHECK(error.isEmpty());
        QImageReader reader(path);
        CHECK(reader.format() == "png");
        const QImage image = reader.read();
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == size);
        CHECK(image.dotsPerMeterX() == 7874);
        CHECK_FALSE(allWhite(image));
    }

    Chart plain = headlineChart();
    plain.watermark.clear();
    const QSize size(800, 600);
    CHECK(vigie::charts::renderImage(plain, size) != vigie::charts::renderImage(headlineChart(), size));
}

TEST_CASE("SVG exports are XML with the text kept as text, as typed", "[charts]")
{
    Chart chart = headlineChart();
    chart.groups.push_back(u"<b>"_s); // must show literally, not as markup
    for (Series &series : chart.series)
        series.bars.push_back(Bar { 0.5, {}, {} });
    chart.groupNotes.push_back(u"n = 9"_s);
    chart.title = u"Villes < 50 000 & autres"_s;

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"chart.svg"_s);
    QString error;
    REQUIRE(vigie::charts::writeSvg(chart, path, vigie::charts::preferredSize(chart, 510), &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("&lt; 50 000"));

    const SvgText svg = readSvg(bytes);
    REQUIRE(svg.wellFormed);
    CHECK(svg.title == chart.title);
    for (const QString &group : chart.groups) {
        INFO(group.toStdString());
        CHECK(svg.texts.contains(group));
    }
    const QString all = normalised(svg.texts.join(u' '));
    CHECK(all.contains(normalised(chart.title)));
    CHECK(all.contains(normalised(chart.footnote)));
    CHECK(all.contains(chart.watermark));
    CHECK(svg.texts.contains(u"n = 143"_s));
    CHECK(svg.texts.contains(u"Données ouvertes"_s));
}

TEST_CASE("PDF exports are one page of the chart's size", "[charts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Chart chart = stackedChart(9);
    const QSizeF size = vigie::charts::preferredSize(chart, 180 / 25.4 * 72);
    const QString path = dir.filePath(u"chart.pdf"_s);
    QString error;
    REQUIRE(vigie::charts::writePdf(chart, path, size, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.count("/Type /Page") - pdf.count("/Type /Pages") == 1);
    // Qt writes the media box in points, rounded.
    CHECK(pdf.contains(QByteArray("/MediaBox [0 0 ") + QByteArray::number(qRound(size.width()))));
}

TEST_CASE("An empty chart paints without failing", "[charts]")
{
    const QImage image = vigie::charts::renderImage(Chart {}, QSize(300, 200));
    REQUIRE(image.size() == QSize(300, 200));
    CHECK_FALSE(allWhite(image)); // the axis at least
    CHECK(vigie::charts::preferredSize(Chart {}, 300).height() > 0);
}

TEST_CASE("Write errors name the file", "[charts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"missing/chart"_s);
    const Chart chart = headlineChart();
    QString error;
    CHECK_FALSE(vigie::charts::writePng(chart, path + u".png"_s, QSize(400, 300), 96, &error));
    CHECK(error.startsWith(u"cannot write "_s + path + u".png"_s));
    CHECK_FALSE(vigie::charts::writeSvg(chart, path + u".svg"_s, QSizeF(400, 300), &error));
    CHECK(error.contains(path + u".svg"_s));
    CHECK_FALSE(vigie::charts::writePdf(chart, path + u".pdf"_s, QSizeF(400, 300), &error));
    CHECK(error.contains(path + u".pdf"_s));
    CHECK_FALSE(vigie::charts::writePng(chart, dir.filePath(u"empty.png"_s), QSize(0, 0), 96, &error));
    CHECK(error.contains(u"empty.png"_s));
}

// Not run by default: writes sample charts to look at (VIGIE_CHART_LOOK_DIR, default
// /tmp/charts-look): `gui_tests "[.look]"`.
TEST_CASE("Sample charts to look at", "[.look]")
{
    const QString dirPath = qEnvironmentVariable("VIGIE_CHART_LOOK_DIR", QDir::tempPath() + u"/charts-look"_s);
    REQUIRE(QDir().mkpath(dirPath));
    const QDir dir(dirPath);
    Chart departmentsMarked = groupsChart(100, 1);
    departmentsMarked.watermark = u"DONNÉES FICTIVES"_s;
    const std::vector<std::pair<const char *, Chart>> charts = {
        { "headline", headlineChart() }, { "departments", departmentsMarked }, { "regions", groupsChart(12, 2) },
        { "stacked", stackedChart(9) },  { "counts", countsChart() },          { "themes", groupsChart(3, 10) },
    };
    for (const auto &[name, chart] : charts) {
        const QString base = dir.filePath(QString::fromLatin1(name));
        QString error;
        CHECK(vigie::charts::writePng(chart, base + u".png"_s, pngSize(chart, 1600, 200), 200, &error));
        const QSizeF points = vigie::charts::preferredSize(chart, 180 / 25.4 * 72);
        CHECK(vigie::charts::writeSvg(chart, base + u".svg"_s, points, &error));
        CHECK(vigie::charts::writePdf(chart, base + u".pdf"_s, points, &error));
    }
    // Squeezed: the headline in a small window, the 100 groups in a window-sized area.
    CHECK(vigie::charts::writePng(headlineChart(), dir.filePath(u"headline-small.png"_s), QSize(560, 380), 96));
    CHECK(vigie::charts::writePng(groupsChart(100, 1), dir.filePath(u"departments-squeezed.png"_s), QSize(1000, 700),
                                  96));
}
