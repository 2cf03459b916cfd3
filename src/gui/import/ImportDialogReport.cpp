// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's report page: the counts, then each group of files with its reasons (the
// lists and results of an election are added by ImportDialogLists.cpp). The rest of the dialog is
// in ImportDialog.cpp.
#include "gui/import/ImportDialog.h"

#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/import/ImportPreviewModel.h"
#include "gui/import/ImportProblemText.h"
#include "gui/programmes/ProgrammesModel.h"
#include "ui_ImportDialog.h"

#include <QLocale>
#include <QTreeWidget>

#include <cmath>

namespace vigie::gui {

namespace {

using Mode = ImportPreviewModel::Mode;

} // namespace

QTreeWidgetItem *ImportDialog::reportGroup(const QString &title, QStyle::StandardPixmap icon)
{
    auto *item = new QTreeWidgetItem(m_ui->reportDetails, { title });
    item->setIcon(0, styleIcon(icon));
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

void ImportDialog::reportChild(QTreeWidgetItem *parent, const QString &what, const QString &why)
{
    auto *item = new QTreeWidgetItem(parent, { what, why });
    item->setToolTip(0, what);
    item->setToolTip(1, why);
}

void ImportDialog::showReport()
{
    const bool projects = m_model->mode() == Mode::Projects;
    const QLocale locale;
    const core::ImportReport &r = m_report;
    m_ui->reportTitle->setText(r.failed == 0 ? tr("Import terminé")
                                             : tr("Import terminé, avec %1 en échec").arg(locale.toString(r.failed)));
    const auto tile = [&](int n, const QString &label, const char *colour) {
        return QStringLiteral("<td style='padding: 4px 28px 4px 0'><span style='font-size: 20pt; font-weight: "
                              "bold; color: %1'>%2</span><br/>%3</td>")
            .arg(QLatin1String(n > 0 ? colour : "#777"), locale.toString(n), label.toHtmlEscaped());
    };
    QString study = tr("Étude : %1").arg(m_session.summary());
    if (r.alreadyDone > 0)
        study += QStringLiteral(" · ")
            + tr("reprise d'un import interrompu : %1 fichiers qu'il avait déjà enregistrés n'ont pas été relus")
                  .arg(locale.toString(r.alreadyDone));
    m_ui->reportStudy->setText(study);
    m_ui->reportHint->setText(r.failed > 0 || r.unresolved > 0
                                  ? tr("Corrigez les fichiers ou le manifeste, puis importez-les de nouveau : un texte "
                                       "déjà dans l'étude est mis à jour, jamais dupliqué.")
                                  : QString());
    const int skipped = skippedCount();
    m_ui->reportCounts->setText(
        QStringLiteral("<table><tr>%1%2%3%4%5</tr></table>")
            .arg(tile(r.imported, projects ? tr("importés (nouveaux projets)") : tr("importés (nouveaux programmes)"),
                      "#1d5e2b"),
                 tile(r.updated, tr("mis à jour (déjà dans l'étude)"), "#0b4f7c"), tile(skipped, tr("ignorés"), "#555"),
                 tile(r.failed, tr("en échec"), "#a01c1c"), tile(r.unresolved, tr("sans commune"), "#a04000")));

    const auto nameOf = [&](const std::string &file) {
        return shownName(fromStd(file));
    };

    m_ui->reportDetails->clear();
    const auto group = [&](const QString &title, int n, QStyle::StandardPixmap icon) {
        return reportGroup(tr("%1 (%2)").arg(title, locale.toString(n)), icon);
    };
    const auto child = &ImportDialog::reportChild;
    // The item's name says where (a project's names its line): the problem is worded alone.
    if (!r.failures.empty()) {
        auto *g = group(tr("En échec"), r.failed, QStyle::SP_MessageBoxCritical);
        for (const auto &f : r.failures)
            child(g, nameOf(f.item), ImportProblemText::reason(f.problem));
    }
    if (!r.unresolvedCities.empty()) {
        auto *g = group(tr("Importés sans commune"), r.unresolved, QStyle::SP_MessageBoxWarning);
        for (const auto &u : r.unresolvedCities)
            child(g, nameOf(u.item), ImportProblemText::reason(u.problem));
    }
    if (!r.lowQuality.empty()) {
        auto *g
            = group(tr("Texte douteux, à relire"), static_cast<int>(r.lowQuality.size()), QStyle::SP_MessageBoxWarning);
        for (const auto &q : r.lowQuality)
            child(g, nameOf(q.item), ImportProblemText::reason(q.problem));
    }
    if (!r.keptWithList.empty()) {
        auto *g = group(tr("Même texte que le document d'une autre liste"), static_cast<int>(r.keptWithList.size()),
                        QStyle::SP_MessageBoxWarning);
        for (const auto &k : r.keptWithList)
            child(g, nameOf(k.item), ImportProblemText::reason(k.problem));
    }
    if (r.yearsFromLists > 0) {
        auto *g = group(tr("Documents sans année"), r.yearsFromLists, QStyle::SP_MessageBoxInformation);
        child(g, {},
              tr("nommés sans année, ils ont pris celle des listes de l'étude qui ont leur commune, leur "
                 "panneau et leur tour"));
    }
    if (!r.readByOcr.empty()) {
        auto *g = group(tr("Lus par OCR (pages numérisées)"), static_cast<int>(r.readByOcr.size()),
                        QStyle::SP_FileDialogDetailedView);
        for (const auto &o : r.readByOcr)
            child(g, nameOf(o.item), ocrDescription(fromStd(o.pages), static_cast<int>(std::lround(o.confidence))));
    }
    if (!m_skipped.empty()) {
        auto *g = group(tr("Ignorés"), skipped, QStyle::SP_MessageBoxInformation);
        for (const auto &[file, why] : m_skipped)
            child(g, file, why);
    }
    showListReports();
    if (m_ui->reportDetails->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_ui->reportDetails, { tr("Tout a été importé, chaque ville a sa commune.") });
    m_ui->reportDetails->setColumnWidth(0, 320);
}

} // namespace vigie::gui
