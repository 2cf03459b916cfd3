// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/StudyCharts.h"

#include "analysis/Barometer.h"
#include "analysis/Crosstab.h"
#include "analysis/Export.h"
#include "charts/Palette.h"

#include <cmath>

namespace vigie::charts {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString tr(const ChartContext &c, const char *fr, const char *en)
{
    return QString::fromUtf8(c.french ? fr : en);
}

Chart base(const ChartContext &c)
{
    Chart chart;
    chart.locale
        = c.french ? QLocale(QLocale::French, QLocale::France) : QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (c.synthetic)
        chart.watermark = tr(c, "DONNÉES FICTIVES — ÉTUDE DE DÉMONSTRATION", "SYNTHETIC DATA — DEMONSTRATION STUDY");
    return chart;
}

QString groupAxis(core::Grouping g, const ChartContext &c)
{
    return QString::fromUtf8(core::groupingSpec(g).axis(c.french));
}

// Why a crosstab has no group: no programme at all, or none with a value for the grouping.
QString emptyCrosstabNote(const core::CrosstabResult &r, const ChartContext &c, const QLocale &locale)
{
    if (r.total.programmes == 0)
        return tr(c, "L'étude n'a encore aucun programme : importez-en pour voir ce graphique.",
                  "The study has no programme yet: import some to see this chart.");
    const QString axis = groupAxis(r.by, c);
    const bool place = r.by == core::Grouping::SizeClass || r.by == core::Grouping::Department
        || r.by == core::Grouping::Region || r.by == core::Grouping::Commune;
    if (r.total.programmes == 1)
        return (place ? tr(c,
                           "Le programme de l'étude n'a pas de commune : le regroupement par « %1 » n'a donc aucun "
                           "groupe. Indiquez sa ville (manifeste ou aperçu de l'import) et importez-le de nouveau.",
                           "The study's programme has no commune, so grouping by “%1” gives no group. Give its city "
                           "(manifest or import preview) and import it again.")
                      : tr(c,
                           "Le programme de l'étude n'a pas de valeur pour le regroupement par « %1 » : complétez "
                           "ses métadonnées à l'import.",
                           "The study's programme has no value for grouping by “%1”: complete its metadata on "
                           "import."))
            .arg(axis);
    return (place ? tr(c,
                       "Aucun des %1 programmes de l'étude n'a de commune : le regroupement par « %2 » n'a donc "
                       "aucun groupe. Indiquez leur ville (manifeste ou aperçu de l'import) et importez-les de "
                       "nouveau.",
                       "None of the study's %1 programmes has a commune, so grouping by “%2” gives no group. Give "
                       "their city (manifest or import preview) and import them again.")
                  : tr(c,
                       "Aucun des %1 programmes de l'étude n'a de valeur pour le regroupement par « %2 » : complétez "
                       "leurs métadonnées à l'import.",
                       "None of the study's %1 programmes has a value for grouping by “%2”: complete their metadata "
                       "on import."))
        .arg(locale.toString(static_cast<qlonglong>(r.total.programmes)), axis);
}

QString noProjectsNote(const ChartContext &c)
{
    return tr(c, "L'étude n'a aucun projet de baromètre : importez une liste de projets pour voir ce graphique.",
              "The study has no barometer project: import a projects list to see this chart.");
}

} // namespace

QString chartFootnote(const ChartContext &c, const QString &extra)
{
    QStringList parts;
    if (!c.source.empty())
        parts << tr(c, "Source : ", "Source: ") + q(c.source);
    if (!c.dictionary.empty())
        parts << tr(c, "Dictionnaire : ", "Dictionary: ") + q(c.dictionary);
    if (!extra.isEmpty())
        parts << extra;
    if (c.synthetic)
        parts << q(core::syntheticNotice(c.french));
    for (QString &p : parts) // joined with ". ": no sentence keeps its own final point
        while (p.endsWith(QLatin1Char('.')))
            p.chop(1);
    return parts.join(QStringLiteral(". ")) + (parts.isEmpty() ? QString() : QStringLiteral("."));
}

Chart crosstabChart(const core::CrosstabResult &r, const ChartContext &c, Measure measure, const std::string &title)
{
    Chart chart = base(c);
    const bool share = measure == Measure::Share;
    chart.scale = share ? charts::Chart::Scale::Share : charts::Chart::Scale::Number;
    chart.title = !title.empty() ? q(title)
        : share ? tr(c, "Part des programmes qui mentionnent chaque thème", "Share of programmes mentioning each theme")
                : tr(c, "Mentions pour 10 000 mots", "Mentions per 10,000 words");
    chart.valueAxisLabel = share ? tr(c, "Part des programmes (%)", "Share of programmes (%)")
                                 : tr(c, "Mentions pour 10 000 mots", "Mentions per 10,000 words");
    chart.groupAxisLabel = groupAxis(r.by, c);
    for (const auto &row : r.rows) {
        chart.groups.push_back(q(row.label));
        chart.groupNotes.push_back(QStringLiteral("n = ")
                                   + chart.locale.toString(static_cast<qlonglong>(row.programmes)));
    }
    // Each theme in its dictionary colour, as the reader's highlights and the chips show it.
    std::vector<QColor> wanted(r.themes.size());
    if (r.themeColours.size() == r.themes.size())
        for (std::size_t t = 0; t < wanted.size(); ++t)
            wanted[t] = QColor::fromString(q(r.themeColours[t]));
    const std::vector<QColor> colours = seriesColors(wanted);
    for (std::size_t t = 0; t < r.themes.size(); ++t) {
        charts::Series s;
        s.name = q(t < r.themeLabels.size() ? r.themeLabels[t] : r.themes[t]);
        s.color = colours[t];
        for (const auto &row : r.rows) {
            const auto &cell = row.cells[t];
            charts::Bar b;
            if (share) {
                b.value = std::isnan(cell.share.share) ? 0 : cell.share.share;
                if (!std::isnan(cell.share.low)) {
                    b.low = cell.share.low;
                    b.high = cell.share.high;
                }
            } else {
                b.value = cell.perTenThousandWords;
            }
            s.bars.push_back(b);
        }
        chart.series.push_back(s);
    }
    if (r.rows.empty())
        chart.emptyNote = emptyCrosstabNote(r, c, chart.locale);
    QString extra = share ? tr(c, "Barres d'erreur : intervalle de confiance à 95 % (Wilson). n : programmes du groupe",
                               "Error bars: 95 % confidence interval (Wilson). n: programmes in the group")
                          : tr(c, "n : programmes du groupe", "n: programmes in the group");
    chart.footnote = chartFootnote(c, extra);
    return chart;
}

Chart barometerCategoryChart(const core::BarometerResult &r, const ChartContext &c)
{
    Chart chart = base(c);
    chart.title = tr(c, "Part des projets par catégorie", "Share of projects by category");
    chart.valueAxisLabel = tr(c, "Part des projets (%)", "Share of projects (%)");
    chart.groupAxisLabel = tr(c, "Catégorie déclarée", "Declared category");
    charts::Series s;
    s.name = tr(c, "Projets", "Projects");
    for (const auto &d : r.declared) {
        chart.groups.push_back(d.label.empty() ? tr(c, "(sans catégorie)", "(none)") : q(d.label));
        chart.groupNotes.push_back(QStringLiteral("n = ") + chart.locale.toString(static_cast<qlonglong>(d.projects)));
        s.bars.push_back({ d.share.share, d.share.low, d.share.high });
    }
    chart.series.push_back(s);
    chart.footnote
        = chartFootnote(c,
                        tr(c, "%1 projets dans %2 communes. Barres d'erreur : intervalle de confiance à 95 % (Wilson)",
                           "%1 projects in %2 cities. Error bars: 95 % confidence interval (Wilson)")
                            .arg(chart.locale.toString(static_cast<qlonglong>(r.projects)))
                            .arg(chart.locale.toString(static_cast<qlonglong>(r.cities))));
    if (r.projects == 0)
        chart.emptyNote = noProjectsNote(c);
    return chart;
}

Chart barometerSizeChart(const core::BarometerResult &r, const ChartContext &c)
{
    Chart chart = base(c);
    chart.scale = charts::Chart::Scale::Number;
    chart.title = tr(c, "Projets par catégorie et taille de commune", "Projects by category and city size");
    chart.valueAxisLabel = tr(c, "Projets", "Projects");
    chart.groupAxisLabel = tr(c, "Catégorie déclarée", "Declared category");
    for (const auto &d : r.declared)
        chart.groups.push_back(d.label.empty() ? tr(c, "(sans catégorie)", "(none)") : q(d.label));
    for (std::size_t k = 0; k < r.bySize.size(); ++k) {
        charts::Series s;
        s.name = q(r.bySize[k].label);
        for (std::size_t row = 0; row < r.declared.size(); ++row)
            s.bars.push_back({ static_cast<double>(r.sizesByCategory[row][k]), {}, {} });
        chart.series.push_back(s);
    }
    chart.footnote = chartFootnote(c);
    if (r.projects == 0)
        chart.emptyNote = noProjectsNote(c);
    return chart;
}

Chart barometerMaturityChart(const core::BarometerResult &r, const ChartContext &c)
{
    Chart chart = base(c);
    chart.kind = charts::Chart::Kind::StackedShares;
    chart.title = tr(c, "Maturité des projets par catégorie", "Project maturity by category");
    chart.valueAxisLabel = tr(c, "Part des projets de la catégorie (%)", "Share of the category's projects (%)");
    for (std::size_t row = 0; row < r.declared.size(); ++row) {
        chart.groups.push_back(r.declared[row].label.empty() ? tr(c, "(sans catégorie)", "(none)")
                                                             : q(r.declared[row].label));
        chart.groupNotes.push_back(QStringLiteral("n = ")
                                   + chart.locale.toString(static_cast<qlonglong>(r.declared[row].projects)));
    }
    for (std::size_t k = 0; k < r.stages.size(); ++k) {
        charts::Series s;
        s.name = r.stages[k].empty() ? tr(c, "(non renseignée)", "(not given)") : q(r.stages[k]);
        // Stages are ordered (idea to in service): one hue from light to dark reads as an order
        // and survives colour blindness; a stage not given is grey.
        const double f = r.stages.size() > 1 ? static_cast<double>(k) / static_cast<double>(r.stages.size() - 1) : 1.0;
        s.color = r.stages[k].empty()
            ? QColor(0x99, 0x99, 0x99)
            : QColor::fromRgbF(static_cast<float>(0.78 - 0.75 * f), static_cast<float>(0.86 - 0.67 * f),
                               static_cast<float>(0.94 - 0.52 * f));
        for (std::size_t row = 0; row < r.declared.size(); ++row) {
            const double n = static_cast<double>(r.declared[row].projects);
            s.bars.push_back({ n > 0 ? static_cast<double>(r.stagesByCategory[row][k]) / n : 0.0, {}, {} });
        }
        chart.series.push_back(s);
    }
    chart.footnote = chartFootnote(c);
    if (r.projects == 0)
        chart.emptyNote = noProjectsNote(c);
    return chart;
}

} // namespace vigie::charts
