// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace vigie::gui {

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
    // The import dialog, with these files, folders or manifest already chosen (may be empty).
    void startImport(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void updateRecentMenu();
    void studyOpened();
    void openStudyDialog();
    void openDemo();
    void writeReport();
    void chooseLanguage(const QString &code);

    StudySession &m_session;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_banner = nullptr;
    QMenu *m_recent = nullptr;
    QStringList m_keys;
};

} // namespace vigie::gui
