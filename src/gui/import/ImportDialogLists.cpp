// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog and the lists of an election (issue 13): the file-name patterns that join
// documents to their lists, the Ministry's candidate files imported after the documents, and
// what they gave in the report. The rest of the dialog is in ImportDialog.cpp.
#include "gui/import/ImportDialog.h"

#include "gui/common/Common.h"
#include "gui/import/ImportProblemText.h"
#include "storage/CorpusStore.h"
#include "ui_ImportDialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QTreeWidgetItem>

namespace vigie::gui {

std::vector<core::NamePattern> ImportDialog::namePatterns()
{
    const QString text = m_ui->pattern->text().trimmed();
    if (text.isEmpty())
        return {};
    try {
        return { core::NamePattern::parse(text.toStdString()) };
    } catch (const core::NamePatternError &e) {
        using Problem = core::NamePatternError::Problem;
        const QString placeholder = QStringLiteral("{%1}").arg(fromStd(e.placeholder()));
        QString why;
        switch (e.problem()) {
        case Problem::UnknownPlaceholder:
            why = tr("%1 n'est pas un repère connu ({insee}, {department}, {panel}, {round}, {year}, {candidate}, "
                     "{kind}, {*})")
                      .arg(placeholder);
            break;
        case Problem::UnclosedBrace:
            why = tr("une accolade « { » n'est pas refermée (écrivez « {{ » pour une accolade)");
            break;
        case Problem::StrayBrace:
            why = tr("une accolade « } » ne ferme aucun repère (écrivez « }} » pour une accolade)");
            break;
        case Problem::RepeatedPlaceholder:
            why = tr("%1 figure deux fois").arg(placeholder);
            break;
        case Problem::NoInsee:
            why = tr("il manque {insee} : un document est rattaché à sa liste par le code INSEE de sa commune");
            break;
        }
        m_errors << tr("Noms de fichiers « %1 » : %2").arg(text, why);
        return {};
    }
}

std::vector<QString> ImportDialog::unmatchedPatterns(const std::string &text,
                                                     const std::vector<core::ManifestEntry> &entries)
{
    if (text.empty() || entries.empty())
        return {};
    try {
        if (core::readsAnyName(core::NamePattern::parse(text), entries))
            return {};
        return { fromStd(text) };
    } catch (const core::NamePatternError &) {
        return {}; // said before the import (namePatterns())
    }
}

void ImportDialog::importLists(core::CorpusStore &store, const core::Gazetteer &gazetteer,
                               const std::vector<std::string> &files, const std::vector<std::string> &results,
                               const core::ProgressSink &progress, const std::atomic_bool &cancel, Outcome &outcome)
{
    for (const std::string &file : files) {
        if (cancel.load())
            return;
        try {
            core::ListImportReport r
                = core::importCandidateFile(store, gazetteer, file, std::nullopt, progress, cancel);
            if (r.cancelled)
                outcome.listErrors.emplace_back(fromStd(file), tr("import annulé"));
            else
                outcome.lists.push_back(std::move(r));
        } catch (const core::ImportError &e) {
            outcome.listErrors.emplace_back(fromStd(file), ImportProblemText::reason(e.problem()));
        } catch (const std::exception &e) {
            outcome.listErrors.emplace_back(fromStd(file), fromStd(e.what()));
        }
    }
    // The results after the lists they complete; each file is one transaction of a second or less.
    for (const std::string &file : results) {
        if (cancel.load())
            return;
        if (progress)
            progress(0, 0, file);
        try {
            outcome.results.push_back(core::importResultsFile(store, file, std::nullopt, std::nullopt));
        } catch (const core::ImportError &e) {
            outcome.listErrors.emplace_back(fromStd(file), ImportProblemText::reason(e.problem()));
        } catch (const std::exception &e) {
            outcome.listErrors.emplace_back(fromStd(file), fromStd(e.what()));
        }
    }
}

void ImportDialog::showListReports()
{
    const QLocale locale;
    const auto group = [this](const QString &title, QStyle::StandardPixmap icon) {
        return reportGroup(title, icon);
    };
    const auto child = &ImportDialog::reportChild;
    constexpr std::size_t kShown = 50; // rows left out, per file; the rest is counted
    for (const core::ListImportReport &r : m_listReports) {
        const QString name = QFileInfo(fromStd(r.file)).fileName();
        auto *g
            = group(tr("Listes de %1 (%2, tour %3)").arg(name).arg(r.year).arg(r.round), QStyle::SP_FileDialogInfoView);
        child(g, tr("%1 listes").arg(locale.toString(r.lists)),
              tr("%1 nouvelles, %2 mises à jour, %3 candidats lus ; %4 avec un document dans l'étude")
                  .arg(locale.toString(r.added), locale.toString(r.updated), locale.toString(r.rows),
                       locale.toString(r.withDocuments)));
        if (r.yearsFromLists > 0)
            child(g, tr("Documents sans année"),
                  tr("l'année de ces listes (%1) donnée aux documents nommés sans année qui ont leur commune, "
                     "leur panneau et leur tour : %2")
                      .arg(r.year)
                      .arg(locale.toString(r.yearsFromLists)));
        for (std::size_t i = 0; i < r.problems.size() && i < kShown; ++i)
            child(g, tr("%1, ligne %2").arg(name).arg(r.problems[i].line),
                  tr("ligne ignorée : %1").arg(ImportProblemText::reason(r.problems[i])));
        if (r.problems.size() > kShown)
            child(
                g, name,
                tr("et %1 autres lignes ignorées").arg(locale.toString(static_cast<int>(r.problems.size() - kShown))));
        for (std::size_t i = 0; i < r.unresolved.size() && i < kShown; ++i)
            child(g, tr("%1, ligne %2").arg(name).arg(r.unresolved[i].line),
                  tr("« %1 » (%2) n'est pas une commune de la liste officielle : liste %3 enregistrée sans commune")
                      .arg(fromStd(r.unresolved[i].insee), fromStd(r.unresolved[i].communeName))
                      .arg(r.unresolved[i].panel));
        if (r.unresolved.size() > kShown)
            child(g, name,
                  tr("et %1 autres listes sans commune")
                      .arg(locale.toString(static_cast<int>(r.unresolved.size() - kShown))));
    }
    for (const core::ResultsImportReport &r : m_resultsReports) {
        const QString name = QFileInfo(fromStd(r.file)).fileName();
        auto *g = group(tr("Résultats de %1 (%2, tour %3)").arg(name).arg(r.year).arg(r.round),
                        QStyle::SP_FileDialogInfoView);
        child(g, tr("%1 listes").arg(locale.toString(r.results)),
              tr("%1 communes lues ; %2 listes de l'étude ont leurs sièges, %3 élues ; %4 absentes de l'étude "
                 "(importez d'abord le fichier des candidats du tour)")
                  .arg(locale.toString(static_cast<qlonglong>(r.rows)), locale.toString(r.matched),
                       locale.toString(r.elected), locale.toString(static_cast<int>(r.unmatched.size()))));
        for (std::size_t i = 0; i < r.problems.size() && i < kShown; ++i)
            child(g, tr("%1, ligne %2").arg(name).arg(r.problems[i].line),
                  tr("liste ignorée : %1").arg(ImportProblemText::reason(r.problems[i])));
    }
    for (const QString &pattern : m_patternsUnmatched) {
        auto *g = group(tr("Noms de fichiers « %1 » : aucun nom ne suit ce modèle").arg(pattern),
                        QStyle::SP_MessageBoxWarning);
        child(g, pattern,
              tr("aucun des documents n'a été rattaché à sa liste par ce modèle : vérifiez-le (les repères, les "
                 "séparateurs) sur un nom de fichier"));
    }
    if (!m_unjoined.empty()) {
        auto *g = group(tr("Documents sans liste (%1) : comptés comme des listes à part")
                            .arg(locale.toString(static_cast<int>(m_unjoined.size()))),
                        QStyle::SP_MessageBoxWarning);
        for (std::size_t i = 0; i < m_unjoined.size() && i < kShown; ++i) {
            const auto &d = m_unjoined[i];
            const QString where = tr("liste %1 de %2 (%3), tour %4")
                                      .arg(d.panel)
                                      .arg(fromStd(d.communeName), fromStd(d.insee))
                                      .arg(d.round);
            child(g, QFileInfo(fromStd(d.source)).fileName(),
                  d.why == core::UnjoinedDocument::Why::NoYear
                      ? tr("%1, sans année : rattaché à aucune liste (indiquez l'année avec {year} dans le modèle "
                           "de noms, ou importez le fichier des candidats de l'élection)")
                            .arg(where)
                      : tr("%1 : les listes de %2 de l'étude n'en ont pas de ce numéro")
                            .arg(where)
                            .arg(static_cast<qlonglong>(*d.year)));
        }
        if (m_unjoined.size() > kShown)
            child(g, {}, tr("et %1 autres").arg(locale.toString(static_cast<int>(m_unjoined.size() - kShown))));
    }
    if (!m_listErrors.empty()) {
        auto *g = group(tr("Fichiers des candidats ou des résultats non lus (rien n'en a été enregistré)"),
                        QStyle::SP_MessageBoxCritical);
        for (const auto &[file, why] : m_listErrors)
            child(g, QFileInfo(file).fileName(), why);
    }
}

} // namespace vigie::gui
