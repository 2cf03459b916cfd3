// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Lists.h"
#include "import/Importer.h"
#include "import/ListImport.h"
#include "import/NamePattern.h"
#include "import/Ocr.h"
#include "import/SourceKind.h"

#include <QDialog>
#include <QStringList>
#include <QStyle>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

class QPushButton;
class QTableView;
class QTreeWidgetItem;

namespace Ui {
class ImportDialog;
}

namespace vigie::gui {

class Background;
class ImportPreviewModel;
class StudySession;

// File › "Importer des programmes ou des projets…", and files dropped on the window: choose
// files, a folder, a manifest or a projects list (or drop them on the dialog); check the preview,
// pick the commune of an ambiguous city, type what a folder import lacks; import with a progress
// bar and Cancel; read the report (imported, updated, skipped, failed with reasons, cities left
// without a commune).
//
// One import is one core::Importer call: programmes and a projects list are imported separately.
// Programmes are committed in chunks (core::ImportRuns): Cancel stops after the file being stored
// and, when some were stored, offers to keep them (the import can then be resumed: "Reprendre
// l'import") or to undo the whole import (the study as it was). A projects list is one
// transaction, which Cancel rolls back. The import runs on a worker thread with its own CorpusStore on the study's path
// (the session's store belongs to the GUI thread; WAL lets the window read meanwhile); progress and the result come
// back as queued calls (Background). Closing the dialog during an import cancels it, keeping what was stored (the
// window offers to resume or undo it), and closes once the worker is done; the destructor waits
// for the worker.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Sources, Progress, Report };

    ImportDialog(StudySession &session, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Replaces the sources with `paths`, each taken for what it looks like (core::guessSourceKind()).
    void setPaths(const QStringList &paths);
    void addSource(const QString &path, core::SourceKind kind);
    void removeSource(int index);
    int sourceCount() const { return static_cast<int>(m_sources.size()); }

    ImportPreviewModel *previewModel() const { return m_model; }
    QTableView *previewTable() const;
    bool chooseCommune(int row, const QString &insee);
    // What blocks the import: manifest errors with file and line, mixed sources, no gazetteer.
    QStringList errors() const { return m_errors; }
    bool canImport() const;
    QPushButton *importButton() const;
    Page page() const;

    void start();
    void cancel();
    // Shows the batch of an unfinished import run (core::ImportRuns) and resumes it: the files it
    // stored are skipped.
    void resume(std::int64_t run);
    // After Cancel with programmes stored: keep them (the import can be resumed) or undo the
    // whole import (on the worker thread; importFinished() when done).
    void keepImported();
    void undoImport();
    std::int64_t keptRun() const { return m_keptRun; }
    // Closing during an import cancels it; the dialog closes once the worker has rolled back.
    void reject() override;
    bool isRunning() const { return m_cancel != nullptr; }

    // The last import: its report (Report page), or that it was cancelled or failed (Sources page).
    const core::ImportReport &report() const { return m_report; }
    const std::vector<core::ListImportReport> &listReports() const { return m_listReports; }
    const std::vector<core::ResultsImportReport> &resultsReports() const { return m_resultsReports; }
    const std::vector<std::string> &candidateFiles() const { return m_candidateFiles; }
    int skippedCount() const { return static_cast<int>(m_skipped.size()); }
    bool wasCancelled() const { return m_cancelled; }
    QString importError() const { return m_importError; }

signals:
    void progressChanged(qint64 done, qint64 total, const QString &current);
    // An import ended: the Report page shows it, or the Sources page says it was cancelled or failed.
    void importFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Source
    {
        QString path;
        core::SourceKind kind;
        int count = 0; // entries it gave
        bool unreadable = false; // its error is in m_errors
    };
    struct Outcome
    {
        core::ImportReport report;
        QString error;
        std::vector<core::ListImportReport> lists; // one per candidate file read
        std::vector<core::ResultsImportReport> results; // one per results file read
        std::vector<std::pair<QString, QString>> listErrors; // candidate file, why it was not read
        std::vector<core::UnjoinedDocument> unjoined; // documents naming a list the study does not have
        std::vector<QString> patternsUnmatched; // declared file-name patterns no file name followed
    };

    // The declared pattern (`text`, may be empty) when it reads none of the entries' file names.
    static std::vector<QString> unmatchedPatterns(const std::string &text,
                                                  const std::vector<core::ManifestEntry> &entries);
    void connectSourcesPage();
    void connectProgressAndReportPages();
    void chooseFiles();
    void chooseFolder();
    void chooseList(core::SourceKind kind);
    QString startDirectory() const;
    void rememberDirectory(const QString &path);
    void rebuild(); // sources -> rows, errors
    void refreshSources();
    void refreshEditors();
    void refreshSummary();
    void setNotice(const QString &text, bool error);
    void showProgress(qint64 done, qint64 total, const QString &current);
    // A reading worker is about to read page `page` of `file` by OCR.
    void showOcrPage(const QString &file, int page, int pages);
    // The OCR choice of the dialog (Automatique by default).
    core::OcrMode ocrMode() const;
    void showWaiting(double seconds); // another writer holds the study
    void finishImport(Outcome outcome);
    void showReport();
    QString shownName(const QString &path) const; // as the preview shows a file core names
    // Candidate files (ImportDialogLists.cpp): the patterns of the "Noms de fichiers" field (a
    // refused one is added to m_errors), the lists imported after the programmes, their report.
    std::vector<core::NamePattern> namePatterns();
    static void importLists(core::CorpusStore &store, const core::Gazetteer &gazetteer,
                            const std::vector<std::string> &files, const std::vector<std::string> &results,
                            const core::ProgressSink &progress, const std::atomic_bool &cancel, Outcome &outcome);
    void showListReports();
    // The report's tree: a bold, expanded group, and an item with its reason (both with tooltips).
    QTreeWidgetItem *reportGroup(const QString &title, QStyle::StandardPixmap icon);
    static void reportChild(QTreeWidgetItem *parent, const QString &what, const QString &why);

    std::unique_ptr<Ui::ImportDialog> m_ui; // the three pages: ui/ImportDialog.ui
    StudySession &m_session;
    const core::Gazetteer *m_gazetteer = nullptr;
    QString m_gazetteerError;
    std::vector<Source> m_sources;
    QStringList m_errors;
    // Files not imported and why: unchecked in the preview, or in a folder but not a programme format.
    std::vector<std::pair<QString, QString>> m_skipped;
    std::vector<std::pair<QString, QString>> m_skippedInFolders;
    int m_otherFormatsSkipped = 0; // of m_skippedInFolders
    QString m_projectsSource; // Mode::Projects: the list, for the report's "file:line"
    std::unordered_map<QString, QString> m_shownNames; // absolute path -> as shown in the preview
    std::vector<std::string> m_candidateFiles; // given or met in folders: lists, imported last
    std::vector<std::string> m_resultsFiles; // likewise: the lists' seats, after the lists
    std::vector<core::ResultsImportReport> m_resultsReports; // of the last import
    QString m_patternRead; // the "Noms de fichiers" field as rebuild() last read it
    std::vector<core::ListImportReport> m_listReports; // of the last import
    std::vector<std::pair<QString, QString>> m_listErrors;
    std::vector<core::UnjoinedDocument> m_unjoined; // of the last import
    std::vector<QString> m_patternsUnmatched; // of the last import

    ImportPreviewModel *m_model = nullptr;

    std::shared_ptr<std::atomic_bool> m_cancel; // the running import's; null when none runs
    bool m_closeWhenDone = false;
    core::ImportReport m_report;
    bool m_cancelled = false;
    QString m_importError;
    std::int64_t m_keptRun = 0; // the cancelled run whose programmes were stored, until kept or undone
    std::int64_t m_resumeRun = 0; // the run the next start() resumes
    bool m_choiceMade = false; // keep or undo was chosen for m_keptRun
    std::unique_ptr<Background> m_work; // last: destroyed first, waiting for the import
};

} // namespace vigie::gui
