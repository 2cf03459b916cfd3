// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dictionary/DictionaryModels.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QTimer;
class QToolButton;

namespace Ui {
class DictionaryView;
}

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
    QAction *historyAction(bool isUndo, QToolButton *button); // Annuler or Rétablir, on the undo stack
    void setUpTables();
    void connectEditing();
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

    std::unique_ptr<Ui::DictionaryView> m_ui; // the panes: ui/DictionaryView.ui
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
