// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog and import runs (core::ImportRuns): keep or undo what a cancelled import
// stored, and resume an unfinished run. The rest of the dialog is in ImportDialog.cpp.
#include "gui/import/ImportDialog.h"

#include "gui/common/Background.h"
#include "gui/common/Common.h"
#include "gui/common/StudySession.h"
#include "gui/import/ImportPreviewModel.h"
#include "import/ImportRuns.h"
#include "storage/CorpusStore.h"
#include "ui_ImportDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace vigie::gui {

namespace {

using Mode = ImportPreviewModel::Mode;

} // namespace

void ImportDialog::keepImported()
{
    if (!m_keptRun || isRunning())
        return;
    m_choiceMade = true;
    m_ui->keptChoice->hide();
    const QLocale locale;
    const int stored = m_report.alreadyDone + m_report.imported + m_report.updated;
    setNotice(tr("Les %1 programmes importés sont gardés. « Reprendre l'import » importe les %2 autres.")
                  .arg(locale.toString(stored), locale.toString(std::max(0, m_model->includedCount() - stored))),
              false);
    refreshSummary();
}

void ImportDialog::undoImport()
{
    if (!m_keptRun || isRunning())
        return;
    m_ui->keepImported->setEnabled(false);
    m_ui->undoImport->setEnabled(false);
    setNotice(tr("Annulation de l'import…"), false);
    const std::string study = m_session.path().toStdString();
    const std::int64_t run = m_keptRun;
    Background *work = m_work.get();
    m_cancel = m_work->run(
        QStringLiteral("undo-import"), [this, work, study, run](const std::atomic_bool &cancel) -> Background::Deliver {
            QString error;
            core::UndoneImport undone;
            try {
                auto store = core::CorpusStore::open(study, core::CorpusStore::Opening::Existing);
                store.setWriterWait([this, work, &cancel](double seconds) {
                    work->post([this, seconds] { showWaiting(seconds); });
                    return !cancel.load();
                });
                undone = core::ImportRuns(store).undo(run);
            } catch (const std::exception &e) {
                error = fromStd(e.what());
            }
            return [this, error, undone] {
                m_cancel.reset();
                m_ui->keepImported->setEnabled(true);
                m_ui->undoImport->setEnabled(true);
                if (!error.isEmpty()) {
                    setNotice(tr("L'import n'a pas pu être annulé ; les programmes importés "
                                 "sont toujours dans l'étude.\n%1")
                                  .arg(error),
                              true);
                } else {
                    m_keptRun = 0;
                    m_choiceMade = true;
                    m_ui->keptChoice->hide();
                    const QLocale locale;
                    setNotice(tr("Import annulé : %1 programmes retirés, %2 remis comme avant ; "
                                 "l'étude est redevenue telle qu'elle était.")
                                  .arg(locale.toString(undone.removed), locale.toString(undone.restored)),
                              false);
                    m_session.notifyChanged();
                }
                refreshSummary();
                emit importFinished();
                if (m_closeWhenDone)
                    QDialog::reject();
            };
        });
}

void ImportDialog::resume(std::int64_t run)
{
    if (isRunning())
        return;
    std::vector<core::ManifestEntry> entries;
    try {
        entries = core::ImportRuns(m_session.store()).entries(run);
    } catch (const std::exception &e) {
        setNotice(fromStd(e.what()), true);
        return;
    }
    m_sources.clear();
    m_errors.clear();
    m_skippedInFolders.clear();
    m_otherFormatsSkipped = 0;
    m_projectsSource.clear();
    std::vector<ImportPreviewModel::Row> rows;
    for (auto &entry : entries) {
        ImportPreviewModel::Row row;
        row.shownFile = QDir::toNativeSeparators(fromStd(entry.file));
        if (!QFileInfo::exists(row.shownFile))
            row.problem = tr("fichier introuvable");
        row.programme = std::move(entry);
        rows.push_back(std::move(row));
    }
    m_model->setRows(Mode::Programmes, std::move(rows));
    m_ui->previewStack->setCurrentWidget(m_ui->preview);
    refreshSources();
    refreshSummary();
    m_resumeRun = run;
    start();
}

} // namespace vigie::gui
