// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class MainWindow;
}

namespace vigie::gui {

class Background;
class FolderWatcher;
class StudySession;

// The window analysts live in: views on the left (moved between with one click, Ctrl+1..5), the
// open study's name and a "synthetic data" banner on top, menus for studies, the report and the
// language. Layout and size are remembered (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(StudySession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Views in navigation order; `key` is stable (settings, tests, screenshots).
    void addView(const QString &key, const QString &title, QWidget *view);
    QWidget *view(const QString &key) const;
    void showView(const QString &key);
    QStringList viewKeys() const;

    bool openStudy(const QString &path); // shows a message on failure
    // Asked before another study is opened or the window closes (a view with unsaved edits asks
    // the user); any false keeps the study open.
    void addLeaveGuard(std::function<bool()> guard) { m_leaveGuards.push_back(std::move(guard)); }
    bool mayLeaveStudy();
    // Writes the observatory report (HTML and PDF) into `dir` off the GUI thread; reportFinished()
    // tells how it went. The File menu's entry asks for the folder and shows a progress dialog.
    void startReport(const QString &dir);
    void cancelReport();
    bool isWritingReport() const { return m_reportCancel != nullptr; }

    // Writes the study as a REFI-QDA project (.qdpx) to `path` off the GUI thread, with a progress
    // dialog and Cancel, then says in a message box what was written or why not; qdaExported()
    // tells how it went. The File menu's entry asks for the file.
    void exportQda(const QString &path);

signals:
    void reportProgress(const QString &step);
    // ok false: cancelled (`message` empty) or failed (`message` says why).
    void qdaExported(bool ok, const QString &message);
    // ok false: cancelled (`message` empty) or failed (`message` says why); `files` html then pdf.
    void reportFinished(bool ok, const QString &message, const QStringList &files);

public:
    // The import dialog, with these files, folders or manifest already chosen (may be empty).
    void startImport(const QStringList &paths);
    // Fichier › Surveiller un dossier… (FolderWatcher).
    FolderWatcher *folderWatcher() const { return m_watcher; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectMenus();
    void updateRecentMenu();
    void studyOpened();
    // The bar saying that an import did not end (killed, a full disk, cancelled and kept), with
    // "Reprendre l'import" and "Annuler cet import" (core::ImportRuns).
    void refreshInterrupted();
    void resumeInterrupted();
    void undoInterrupted();
    void openStudyDialog();
    void openDemo();
    void writeReport();
    void exportQdaWithDialog();
    void chooseLanguage(const QString &code);

    std::unique_ptr<Ui::MainWindow> m_ui; // the frame: ui/MainWindow.ui
    StudySession &m_session;
    FolderWatcher *m_watcher = nullptr;
    QStringList m_keys;
    std::vector<std::function<bool()>> m_leaveGuards;
    std::shared_ptr<std::atomic_bool> m_reportCancel; // set while a report is written
    std::shared_ptr<std::atomic_bool> m_qdaCancel; // set while a REFI-QDA project is written
    std::int64_t m_interruptedRun = 0; // the one the bar offers; 0 when none
    bool m_undoing = false;
    std::unique_ptr<Background> m_work; // last: destroyed (jobs waited for) before the rest
};

} // namespace vigie::gui
