// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/DictionaryModels.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QTimer;
class QToolButton;

namespace Ui {
class DictionaryView;
}

namespace vigie::gui {

class Background;
class ConcordanceModel;
class DictionaryTrial;
class EntryConcordance;
class RulesModel;
class StudySession;

// The theme dictionary, edited where its effect can be seen. On the left the theme tree; in the
// middle the chosen theme's terms and, in a second tab, its context rules; on the right the
// exclusions of the chosen term (or the "unless" phrases of the chosen rule) and of the whole
// theme; below, the concordance of the chosen term's or rule's hits and a box to try the
// dictionary on a pasted text. Every edit can be undone (Ctrl+Z), and every edit recounts, in
// the background, each term's and rule's hits in the study's programmes with the dictionary as
// edited, so that a term that brings false positives shows at once.
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
    RulesModel *rulesModel() const { return m_rulesModel; }
    ConcordanceModel *concordanceModel() const;
    DictionaryTrial *trial() const { return m_trial; }

    void selectTheme(const QString &themeId);
    // Shows the terms' tab with that term chosen.
    void selectTerm(int term);
    // Shows the rules' tab with that rule chosen: the concordance then shows the rule's hits.
    void selectRule(int rule);
    QString currentTheme() const;
    int currentTerm() const; // -1 when none
    int currentRule() const; // -1 when none
    bool showsRules() const; // the rules' tab is the one shown
    HitCounts hits() const { return m_hits; }
    bool isSaving() const { return m_saving != nullptr; }
    // Recounts every term's hits in the background now (an edit starts it 400 ms after the last
    // change); hitsCounted() says when the counts are in.
    void countHits();

    // Saves under `version` and retags in the background. False (with `error`) when the dictionary
    // has a problem or a save is running; the result comes with saveFinished().
    bool saveAs(const QString &version, QString *error);
    void cancelSave();
    // Reads a dictionary file into the editor (one undoable step): Vigie's JSON, or another tool's
    // (LIWC .dic/.dicx, WordStat .CAT, Lexicoder .lc3, quanteda YAML), whose import report, what
    // was mapped and skipped line by line, goes to `report` (left empty for Vigie's).
    bool importFile(const QString &path, QString *error, QString *report = nullptr);
    // importFile(), then what it says in a message box: the problem, or another tool's report.
    void importAndReport(const QString &path);
    // Writes the dictionary as edited: Vigie's JSON, or by the extension LIWC (.dic) or quanteda
    // (.yml, .yaml), with what that format cannot say in `lost` (one line each).
    bool exportFile(const QString &path, QString *error, QStringList *lost = nullptr) const;
    // exportFile(), then in a message box the problem, or what the format could not say.
    void exportAndReport(const QString &path);
    // Asks whether unsaved edits may be dropped (opening another study, quitting). True when
    // there are none or the user agrees.
    bool mayLeave();

signals:
    void hitsCounted();
    // The concordance below has the lines of the chosen term, or rule.
    void concordanceReady();
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
    void showEntry(); // the chosen term or rule: its exclusions, its concordance
    void updateStatus();
    void updateConcordance();
    void setUpRules();
    void setEditingEnabled(bool enabled);
    void addTheme(bool child);
    void removeTheme();
    void addTerm();
    void removeTerm();
    void addRule();
    void editRule(int list); // opens the rule dialog on a RuleDialog::List
    void removeRule();
    // Whose exclusions the right pane's top (ofTerm) or bottom edits; none when nothing is chosen.
    std::optional<DictionaryEditor::ExclusionOwner> exclusionOwner(bool ofTerm) const;
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
    RulesModel *m_rulesModel = nullptr;
    ExclusionsModel *m_termExclusions = nullptr;
    ExclusionsModel *m_themeExclusions = nullptr;
    EntryConcordance *m_concordance = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    DictionaryTrial *m_trial = nullptr;
    QTimer *m_recount = nullptr;

    HitCounts m_hits;
    // The last complete count and what it learnt of the study: the next edit recounts from it
    // (everything is read again when the study's programmes are not the same, whichever study).
    std::shared_ptr<const core::TermCount> m_count;
    std::shared_ptr<std::atomic_bool> m_counting; // the running count's token
    std::shared_ptr<std::atomic_bool> m_saving; // the retag's token, set by Cancel; null when no save runs
    int m_countGeneration = 0;
    QString m_countProgress;
    QString m_writerWaiting; // while a save waits for another program writing to the study
};

} // namespace vigie::gui
