// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Concordance.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QModelIndex;
class QTableView;
class QTimer;

namespace Ui {
class ConcordanceView;
}

namespace vigie::gui {

class Background;
class ConcordanceModel;
class StudySession;
struct ConcordanceResult;

// Keyword in context for a theme (its mentions and its sub-themes') or a word or phrase (matched
// with the tagger's rules), aligned on the match, sorted by document, left or right context,
// restricted to one of the dashboard's groups; double-click opens the reader there; CSV export.
//
// Queries run on a worker thread with its own CorpusStore (the session's belongs to the GUI
// thread): a theme on a large study gives 100,000 lines and reads every programme's text, and
// the window must stay usable meanwhile. All lines are kept, none cut at a limit: the count, the
// sort and the export are over the whole result, and the model shows 100,000 rows without
// trouble. Cancel (or a new search) drops the running query's result at once, and the worker
// stops within one programme (core::concordance() looks at the token). Destroying the view
// cancels and waits for running workers.
class ConcordanceView : public QWidget
{
    Q_OBJECT

public:
    explicit ConcordanceView(StudySession &session, QWidget *parent = nullptr);
    ~ConcordanceView() override;

    // For tests and scripts; none of them starts a search.
    void setThemeQuery(const QString &themeId);
    void setPhraseQuery(const QString &phrase);
    void setContextWidth(int codePoints);
    void setSort(core::ConcordanceQuery::Sort sort);
    // `grouping` in the grouping combo's order (0: every programme, then the dashboard's
    // groupings); `key` a CrosstabRow::key ("ge200k"). False when the study has no such group.
    bool setGroupFilter(int grouping, const QString &key = {});

    void search(); // replaces a running query
    void cancel();
    bool isBusy() const { return m_busy; }

    ConcordanceModel *model() const { return m_model; }
    QTableView *table() const;
    // What the label above the table says: "523 occurrences dans 161 programmes", or why not.
    QString countText() const;
    // Writes every line (all columns plus ids and offsets) as CSV, UTF-8 with BOM, ";".
    bool exportCsv(const QString &path, QString *error) const;
    void openReaderAt(const QModelIndex &index);

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // A search ended: the model holds its lines, or the count label says why not (error, cancel).
    void searchFinished();

protected:
    // The first time the view is shown on a study, it runs the selected theme's query: an empty
    // table is no way to meet the concordance.
    void showEvent(QShowEvent *event) override;

private:
    void studyOpened();
    void studyChanged();
    void reloadThemes();
    void reloadGroups();
    void modeChanged();
    void scheduleRerun();
    void dropRunning(); // the running query's result will be dropped
    void finished(int generation, ConcordanceResult result);
    void setBusy(bool busy);
    void setMessage(const QString &text, bool error = false);
    void measureColumns();
    void fitColumns();
    QString resultText() const;
    void exportWithDialog();
    void copySelection() const;

    std::unique_ptr<Ui::ConcordanceView> m_ui; // ui/ConcordanceView.ui
    StudySession &m_session;
    ConcordanceModel *m_model = nullptr;
    QTimer *m_rerun = nullptr; // a changed sort, context or group re-runs the query shown
    QTimer *m_showBusy = nullptr; // the busy bar appears only for queries that take a moment
    std::unique_ptr<Background> m_work; // the running queries
    int m_generation = 0; // results of older searches are dropped
    bool m_busy = false;
    bool m_hasQuery = false;
    std::vector<int> m_naturalWidths; // per column, of the lines shown // a search was run since the study was opened
};

} // namespace vigie::gui
