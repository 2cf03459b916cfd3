// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QStatusBar;
class QWidget;

namespace vigie::gui {

class Background;
class StudySession;

// Fichier › Surveiller un dossier…: the documents added to a folder or changed are imported into
// the open study as they arrive (core::FolderWatch: a file is imported once its size has stayed
// the same for a second; removed files are reported, not deleted; a bad file is reported and the
// watch goes on). One folder at a time; the status bar says which, and what the last import did;
// the views reload after each one. The same menu entry, now "Arrêter la surveillance", stops it;
// so do opening another study and closing the window.
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    FolderWatcher(StudySession &session, QAction *action, QStatusBar *statusBar, QWidget *window);
    ~FolderWatcher() override;

    // Watches `folder` (stopping a watch already running). The menu entry asks for the folder.
    void start(const QString &folder);
    void stop();
    bool isWatching() const { return m_cancel != nullptr; }
    QString folder() const { return m_folder; }
    // What the status bar says.
    QString statusText() const;

signals:
    // After each look that imported, failed or saw a file removed; `summary` as the status bar
    // says it.
    void roundDone(const QString &summary);

private:
    void choose();
    void showRound(const QStringList &imported, const QStringList &problems);
    void showProblem(const QString &problem);
    void finished(const QString &error);

    StudySession &m_session;
    QAction *m_action;
    QLabel *m_status;
    QWidget *m_window;
    std::unique_ptr<Background> m_work;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_folder;
    int m_generation = 0; // of the running watch: a stopped one's end is not this one's
    int m_imported = 0;
    int m_problems = 0;
    QString m_last; // what the last look did
    QStringList m_recentProblems; // the status label's tooltip
};

} // namespace vigie::gui
