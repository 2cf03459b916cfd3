// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's section 6, "Validation": each coded sample's design, coders, agreement, the
// dictionary's precision, recall and F1 against each coder, and disagreements to read; and the
// caveat of the corrected shares that sections 1 and 2 show.
#include "report/HtmlReport.h"

#include "analysis/Groupings.h"

namespace vigie::report::detail {

namespace {

QString unitText(const Text &t, core::SampleUnit unit)
{
    return unit == core::SampleUnit::Programme ? t("programmes entiers", "whole programmes")
                                               : t("paragraphes", "paragraphs");
}

QString frameText(const Text &t, core::SampleFrame frame)
{
    switch (frame) {
    case core::SampleFrame::All:
        return t("parmi tous", "from all of them");
    case core::SampleFrame::Tagged:
        return t("parmi ceux que le dictionnaire repère (précision seule)",
                 "from those the dictionary tags (precision only)");
    case core::SampleFrame::Untagged:
        return t("parmi ceux que le dictionnaire ne repère pas (rappel seul)",
                 "from those the dictionary does not tag (recall only)");
    case core::SampleFrame::Both:
        return t("repérés et non repérés tirés à part", "tagged and untagged drawn apart");
    }
    return {};
}

QString groupingText(const Text &t, const std::string &id)
{
    if (id == "none")
        return t("rien (tirage simple)", "nothing (simple random sample)");
    const core::GroupingSpec *g = core::findGrouping(id);
    return g ? q(std::string(g->label(t.french))).toLower() : q(id);
}

QString interval(const Text &t, double share, double low, double high)
{
    if (std::isnan(share))
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2)").arg(t.pct(share), t.interval(low, high));
}

} // namespace

QString HtmlReport::correctionCaveat(const core::CrosstabResult &table,
                                     const std::vector<std::vector<core::stats::CorrectedShare>> &shares) const
{
    if (!corrected() || shares.empty())
        return {};
    const auto &t = m_t;
    const core::ShareCorrection &c = *m_d.correction;
    QString s = t("Part corrigée : corrigée des erreurs du dictionnaire mesurées sur l'échantillon « %1 » contre les "
                  "codes de %2 (%3 programmes codés ; section 6) par la formule de Rogan et Gladen ; son intervalle à "
                  "95 % porte aussi l'incertitude de la sensibilité et de la spécificité mesurées. La même correction "
                  "vaut pour chaque groupe : elle suppose que le dictionnaire se trompe autant dans tous.",
                  "Corrected share: corrected for the dictionary's errors measured on the sample \"%1\" against the "
                  "codes of %2 (%3 programmes coded; section 6) by Rogan and Gladen's formula; its 95 % interval also "
                  "carries the uncertainty of the measured sensitivity and specificity. The same correction serves "
                  "every group: it assumes the dictionary errs as much in each.")
                    .arg(q(c.source.sampleName), q(c.source.coder))
                    .arg(c.source.coded);
    if (c.source.synthetic)
        s += QLatin1Char(' ')
            + t("Ces codes sont fictifs : la correction n'illustre que la méthode.",
                "These codes are invented: the correction only shows the method.");
    // Why a theme is not corrected, grouped by reason (the total row speaks for its theme).
    using S = core::stats::CorrectedShare::Status;
    QStringList few, blunt, outside, clipped;
    long minimum = 0;
    for (std::size_t i = 0; i < table.themes.size() && i < shares.back().size(); ++i) {
        const auto &k = shares.back()[i];
        const QString label = q(table.themeLabels[i]);
        if (k.status == S::TooFewCoded) {
            minimum = std::lround(k.minimumSize);
            few << QStringLiteral("%1 (%2, %3)")
                       .arg(label, t.num(std::lround(k.sensitivitySize)), t.num(std::lround(k.specificitySize)));
        } else if (k.status == S::NotDiscriminating)
            blunt << label;
        else if (k.status == S::NotInFrame)
            outside << label;
        else if (k.status == S::Clipped)
            clipped << label;
    }
    if (!few.isEmpty())
        s += QLatin1Char(' ')
            + t("Non corrigé, trop peu de programmes codés (il en faut %1 où le codeur trouve le thème et %1 où il ne "
                "le trouve pas ; entre parenthèses, ce qu'il y a) : %2.",
                "Not corrected, too few programmes coded (%1 are needed where the coder finds the theme and %1 where "
                "not; in brackets, what there is): %2.")
                  .arg(minimum)
                  .arg(few.join(QStringLiteral(", ")));
    if (!blunt.isEmpty())
        s += QLatin1Char(' ')
            + t("Non corrigé, le dictionnaire le distingue à peine (sensibilité + spécificité − 1 ≤ 0,1) : %1.",
                "Not corrected, the dictionary barely tells it apart (sensitivity + specificity − 1 ≤ 0.1): %1.")
                  .arg(blunt.join(QStringLiteral(", ")));
    if (!outside.isEmpty())
        s += QLatin1Char(' ')
            + t("Hors de la grille de codage, non corrigé : %1.", "Outside the coding frame, not corrected: %1.")
                  .arg(outside.join(QStringLiteral(", ")));
    if (!clipped.isEmpty())
        s += QLatin1Char(' ')
            + t("Ramené à 0 ou 100 % (l'échantillon et l'étude s'écartent plus que le hasard ne l'explique) : %1.",
                "Clipped to 0 or 100 % (the sample and the study disagree more than chance explains): %1.")
                  .arg(clipped.join(QStringLiteral(", ")));
    return s;
}

// 6. Validation.
void HtmlReport::writeValidation()
{
    const auto &t = m_t;
    const auto &d = m_d;
    m_h += boxOpen() + QStringLiteral("<h2>")
        + esc(t("6. Validation du dictionnaire", "6. Validation of the dictionary")) + QStringLiteral("</h2>\n<p>");
    if (d.validations.empty()) {
        m_h += esc(t(
                   "Aucun échantillon codé à la main dans l'étude : les chiffres de ce rapport sont ceux du "
                   "dictionnaire, sans mesure de ses erreurs. Une validation (vigie-cli sample, ou la vue Validation) "
                   "les mesure en une demi-heure.",
                   "No hand-coded sample in the study: this report's figures are the dictionary's, with no measure of "
                   "its errors. A validation (vigie-cli sample, or the Validation view) measures them in half an "
                   "hour."))
            + QStringLiteral("</p>\n") + boxClose();
        return;
    }
    m_h += esc(t(
               "Des passages tirés au hasard ont été codés à la main : pour chaque thème, le codeur dit si le passage "
               "en parle. La précision est la part des passages repérés par le dictionnaire que le codeur retient ; "
               "le rappel, la part des passages retenus par le codeur que le dictionnaire repère ; F1 les combine. "
               "Les estimations sont pondérées vers l'étude (chaque passage compte pour les passages de sa strate) ; "
               "intervalles à 95 % (Wilson ; F1 : bootstrap, 2 000 tirages). Le kappa de Cohen mesure l'accord "
               "dictionnaire-codeur au-delà du hasard, l'alpha de Krippendorff l'accord entre codeurs. Détail : "
               "docs/statistics.md.",
               "Passages drawn at random were coded by hand: for each theme, the coder says whether the passage "
               "talks about it. Precision is the share of the passages the dictionary tags that the coder keeps; "
               "recall, the share of the passages the coder keeps that the dictionary tags; F1 combines them. "
               "Estimates are weighted back to the study (each passage stands for the passages of its stratum); 95 % "
               "intervals (Wilson; F1: bootstrap, 2,000 resamples). Cohen's kappa measures agreement between the "
               "dictionary and a coder beyond chance, Krippendorff's alpha agreement between coders. Details: "
               "docs/statistics.md."))
        + QStringLiteral("</p>\n");
    if (d.otherValidations > 0)
        m_h += QStringLiteral("<p>")
            + esc(t("L'étude compte %1 autre(s) échantillon(s) codé(s), plus ancien(s), non repris ici.",
                    "The study has %1 other, older coded sample(s), not shown here.")
                      .arg(d.otherValidations))
            + QStringLiteral("</p>\n");
    m_h += boxClose();
    int number = 1;
    for (const auto &v : d.validations)
        writeValidationSample(v, number++);
    if (!corrected()) {
        const auto &s = d.correctionSources;
        m_h += boxOpen() + QStringLiteral("<p>")
            + esc(s.uncodedSamples > 0
                      ? t("Parts non corrigées : l'échantillon de programmes entiers n'est pas encore codé.",
                          "Shares not corrected: the sample of whole programmes is not coded yet.")
                      : t("Parts non corrigées : une part de programmes se corrige avec un échantillon de programmes "
                          "entiers tirés parmi tous les programmes ; les échantillons de l'étude mesurent le "
                          "dictionnaire sans pouvoir corriger ces parts.",
                          "Shares not corrected: a share of programmes is corrected with a sample of whole programmes "
                          "drawn from all of them; the study's samples measure the dictionary but cannot correct "
                          "those shares."))
            + QStringLiteral("</p>\n") + boxClose();
    }
}

void HtmlReport::writeValidationSample(const core::ReportValidation &v, int number)
{
    const auto &t = m_t;
    const auto &s = v.summary;
    m_h += boxOpen() + QStringLiteral("<h3>") + esc(QStringLiteral("6.%1 ").arg(number) + q(s.name))
        + QStringLiteral("</h3>\n<ul>\n");
    QString design = t("Plan : %1 %2 tirés %3, stratifiés par %4, allocation %5 ; graine %6, le %7.",
                       "Design: %1 %2 drawn %3, stratified by %4, %5 allocation; seed %6, on %7.")
                         .arg(t.num(s.passages), unitText(t, s.design.unit), frameText(t, s.design.frame),
                              groupingText(t, s.design.grouping),
                              s.design.allocation == core::Allocation::Equal ? t("égale", "equal")
                                                                             : t("proportionnelle", "proportional"))
                         .arg(QString::number(s.design.seed), q(s.createdAt.substr(0, 10)));
    writeMethodItem(design);
    if (s.synthetic)
        writeMethodItem(t("Codes fictifs : deux codeurs inventés, dont les erreurs sont tirées à des taux connus "
                          "(étude de démonstration).",
                          "Invented codes: two invented coders whose errors are drawn at known rates (demonstration "
                          "study)."));
    QStringList coders;
    for (const auto &[name, n] : v.coders)
        coders << t("%1 (%2 codés)", "%1 (%2 coded)").arg(q(name), t.num(n));
    writeMethodItem(t("Codeurs : %1. Verdicts du dictionnaire : %2.", "Coders: %1. Dictionary verdicts: %2.")
                        .arg(coders.join(QStringLiteral(", ")), q(v.dictionaryLabel)));
    if (v.result.coders.size() >= 2) {
        QStringList alphas;
        for (std::size_t i = 0; i < v.result.themes.size(); ++i) {
            const std::string &theme = v.result.themes[i];
            const double a = v.result.alpha.at(theme);
            alphas << QStringLiteral("%1 %2").arg(q(v.themeLabels[i]),
                                                  std::isnan(a) ? QStringLiteral("—") : t.decimal(a, 2));
        }
        writeMethodItem(t("Accord entre codeurs (alpha de Krippendorff, nominal) : %1.",
                          "Agreement between coders (Krippendorff's alpha, nominal): %1.")
                            .arg(alphas.join(QStringLiteral(", "))));
    } else {
        writeMethodItem(t("Un seul codeur : pas de mesure d'accord entre codeurs.",
                          "One coder: no agreement between coders to measure."));
    }
    m_h += QStringLiteral("</ul>\n") + boxClose();
    writeValidationScores(v);
    writeDisagreements(v);
}

void HtmlReport::writeValidationScores(const core::ReportValidation &v)
{
    const auto &t = m_t;
    const auto &r = v.result;
    m_h += m_table + QStringLiteral("<tr><th width=\"18%\">") + esc(t("Thème", "Theme")) + QStringLiteral("</th><th>")
        + esc(t("Codeur", "Coder")) + QStringLiteral("</th><th>")
        + esc(t("Trouvés, à tort, manqués", "Found, wrongly, missed")) + QStringLiteral("</th><th>")
        + esc(t("Précision (IC à 95 %)", "Precision (95 % CI)")) + QStringLiteral("</th><th>")
        + esc(t("Rappel (IC à 95 %)", "Recall (95 % CI)")) + QStringLiteral("</th><th>")
        + esc(t("F1 (IC à 95 %)", "F1 (95 % CI)")) + QStringLiteral("</th><th>") + esc(t("Kappa", "Kappa"))
        + QStringLiteral("</th></tr>\n");
    for (const auto &row : r.scores) {
        const auto &c = row.scores;
        const auto at = std::find(r.themes.begin(), r.themes.end(), row.theme) - r.themes.begin();
        const QString label = at < static_cast<long>(v.themeLabels.size())
            ? q(v.themeLabels[static_cast<std::size_t>(at)])
            : q(row.theme);
        const QString cell = QStringLiteral("</td><td class=\"n\" align=\"right\">");
        m_h += QStringLiteral("<tr><td>") + esc(label) + QStringLiteral("</td><td>") + esc(row.coder) + cell
            + esc(QStringLiteral("%1 · %2 · %3")
                      .arg(t.num(c.truePositives), t.num(c.falsePositives), t.num(c.falseNegatives)))
            + cell
            + esc(r.precisionEstimable ? interval(t, c.precision.share, c.precision.low, c.precision.high)
                                       : t("non estimable", "not estimable"))
            + cell
            + esc(r.recallEstimable ? interval(t, c.recall.share, c.recall.low, c.recall.high)
                                    : t("non estimable", "not estimable"))
            + cell + esc(interval(t, c.f1, c.f1Low, c.f1High)) + cell
            + (std::isnan(c.kappa) ? QStringLiteral("—") : t.decimal(c.kappa, 2)) + QStringLiteral("</td></tr>\n");
    }
    m_h += QStringLiteral("</table>\n");
}

void HtmlReport::writeDisagreements(const core::ReportValidation &v)
{
    const auto &t = m_t;
    m_h += boxOpen() + QStringLiteral("<p><b>")
        + esc(t("Désaccords à lire (les premiers de chaque thème, dans l'ordre de codage)",
                "Disagreements to read (each theme's first, in coding order)"))
        + QStringLiteral("</b></p>\n<ul>\n");
    bool any = false;
    for (std::size_t i = 0; i < v.examples.size(); ++i)
        for (const auto &e : v.examples[i]) {
            any = true;
            const QString direction = e.dictionary
                ? t("repéré par le dictionnaire, pas par %1", "tagged by the dictionary, not by %1").arg(q(e.coder))
                : t("retenu par %1, manqué par le dictionnaire", "kept by %1, missed by the dictionary")
                      .arg(q(e.coder));
            QString source = e.candidate.empty() ? QString() : q(e.candidate);
            if (!e.commune.empty())
                source += (source.isEmpty() ? QString() : QStringLiteral(", ")) + q(e.commune);
            m_h += QStringLiteral("<li><b>") + esc(q(v.themeLabels[i])) + QStringLiteral("</b>, ")
                + esc(t("passage %1", "passage %1").arg(e.position)) + QStringLiteral(" — ") + esc(direction)
                + t(" : «\u00A0<i>", ": “<i>") + esc(q(e.excerpt)) + t("</i>\u00A0»", "</i>”")
                + (source.isEmpty() ? QString()
                                    : QStringLiteral(" <small>— ") + esc(source) + QStringLiteral("</small>"))
                + QStringLiteral("</li>\n");
        }
    if (!any)
        m_h += QStringLiteral("<li>") + esc(t("Aucun désaccord.", "No disagreement.")) + QStringLiteral("</li>\n");
    m_h += QStringLiteral("</ul>\n") + boxClose();
}

} // namespace vigie::report::detail
