// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dictionary/DictionaryModels.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace vigie::gui {

class Background;
class ConcordanceModel;
class DictionaryEditor;
class DictionaryTrial;
class StudySession;

// The theme dictionary, edited where its effect can be seen. On the left the theme tree; in the
// middle the chosen theme's terms and on the right the exclusions of the chosen term and of the
// whole theme; below, the concordance of the chosen term's hits and a box to try the dictionary
// on a pasted text. Every edit can be undone (Ctrl+Z), and every edit recounts, in the
// background, each term's hits in the study's programmes with the dictionary as edited, so that
// a term that brings false positives shows at once.
//
// "Enregistrer" stores the edited dictionary as a new version of the study's dictionary and
// retags every programme and project with it in the background (progress bar, Cancel: the study
// is left as it was); the other views then reload. Import and export read and write the
// dictionary file format (docs/dictionary.md).
class DictionaryView : public QWidget
{
    Q_OBJECT

public:
    explicit DictionaryView(StudySession &session, QWidget *parent = nullptr);
    ~DictionaryView() override;

    DictionaryEditor &editor() { return *m_editor; }
    ThemeTreeModel *themeModel() const { return m_themeModel; }
    TermsModel *termsModel() const { return m_termsModel; }
    ConcordanceModel *concordanceModel() const { return m_kwicModel; }
    DictionaryTrial *trial() const { return m_trial; }

    void selectTheme(const QString &themeId);
    void selectTerm(int term);
    QString currentTheme() const;
    int currentTerm() const; // -1 when none
    HitCounts hits() const { return m_hits; }
    bool isSaving() const { return m_saving != nullptr; }
    // Recounts every term's hits in the background now (an edit starts it 400 ms after the last
    // change); hitsCounted() says when the counts are in.
    void countHits();

    // Saves under `version` and retags in the background. False (with `error`) when the dictionary
    // has a problem or a save is running; the result comes with saveFinished().
    bool saveAs(const QString &version, QString *error);
    void cancelSave();
    bool importFile(const QString &path, QString *error);
    bool exportFile(const QString &path, QString *error) const;
    // Asks whether unsaved edits may be dropped (opening another study, quitting). True when
    // there are none or the user agrees.
    bool mayLeave();

signals:
    void hitsCounted();
    void termConcordanceReady();
    // ok false: cancelled or failed (`message` says which); the study is unchanged.
    void saveFinished(bool ok, const QString &message);

private:
    void studyOpened();
    void studyChanged();
    void dictionaryChanged();
    void showTheme();
    void showTerm();
    void updateStatus();
    void updateTermConcordance();
    void setEditingEnabled(bool enabled);
    void addTheme(bool child);
    void removeTheme();
    void addTerm();
    void removeTerm();
    void addExclusion(bool ofTerm);
    void removeExclusion(bool ofTerm);
    void chooseColour();
    void save();
    void importWithDialog();
    void exportWithDialog();

    StudySession &m_session;
    std::unique_ptr<DictionaryEditor> m_editor;
    std::unique_ptr<Background> m_work;
    ThemeTreeModel *m_themeModel = nullptr;
    TermsModel *m_termsModel = nullptr;
    ExclusionsModel *m_termExclusions = nullptr;
    ExclusionsModel *m_themeExclusions = nullptr;
    ConcordanceModel *m_kwicModel = nullptr;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QProgressBar *m_saveProgress = nullptr;
    QPushButton *m_saveCancel = nullptr;
    QWidget *m_editing = nullptr; // everything that edits, disabled while saving
    QTreeView *m_tree = nullptr;
    QLabel *m_themeId = nullptr;
    QLineEdit *m_labelFr = nullptr;
    QLineEdit *m_labelEn = nullptr;
    QPushButton *m_colour = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_termsTitle = nullptr;
    QLineEdit *m_newTerm = nullptr;
    QTableView *m_terms = nullptr;
    QLabel *m_termExclusionsTitle = nullptr;
    QTableView *m_termExclusionTable = nullptr;
    QTableView *m_themeExclusionTable = nullptr;
    QLineEdit *m_newTermExclusion = nullptr;
    QLineEdit *m_newThemeExclusion = nullptr;
    QSpinBox *m_termWindow = nullptr;
    QSpinBox *m_themeWindow = nullptr;
    QTabWidget *m_bottom = nullptr;
    QLabel *m_kwicTitle = nullptr;
    QTableView *m_kwic = nullptr;
    DictionaryTrial *m_trial = nullptr;
    QTimer *m_recount = nullptr;

    HitCounts m_hits;
    std::shared_ptr<std::atomic_bool> m_counting; // the running count's token
    std::shared_ptr<std::atomic_bool> m_kwicJob;
    std::shared_ptr<std::atomic_bool> m_saving; // the retag's token, set by Cancel; null when no save runs
    int m_countGeneration = 0;
    int m_kwicGeneration = 0;
    QString m_countProgress;
};

} // namespace vigie::gui
