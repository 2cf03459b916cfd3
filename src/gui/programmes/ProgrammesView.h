// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QTableView;
class QTimer;

namespace Ui {
class ProgrammesView;
}

namespace vigie::gui {

class ProgrammesFilterModel;
class ProgrammesModel;
class ReaderWidget;
class StudySession;

// The study's programmes: a sortable table (candidate, list, nuance, commune, department,
// population, size class, year, words, theme chips with the number of mentions) with filters by
// size class, department, year and theme, a full-text search box, and how many are shown.
// Enter or a double-click opens the reader on a second page (the whole width: a 300-page text
// needs it); Échap or "Liste des programmes" comes back with the filters and selection as they were.
//
// Follows the session: a new study resets the filters and reloads, a changed one reloads and
// keeps them; StudySession::readerRequested opens the reader at the requested mention.
// GUI thread only; storage errors are shown in the count line, never thrown.
class ProgrammesView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammesView(StudySession &session, QWidget *parent = nullptr);
    ~ProgrammesView() override;

    ProgrammesModel &model() const { return *m_model; }
    ProgrammesFilterModel &filterModel() const { return *m_filter; }
    QTableView *table() const;
    ReaderWidget *reader() const { return m_reader; }

    // Opens the reader on `programme`, at the range [start, end) in code points of its text when given.
    void openReader(qint64 programme, qint64 start = -1, qint64 end = -1);
    bool isReaderOpen() const;
    void showList();
    // "42 programmes affichés sur 268 — ..."
    QString countText() const;
    // Runs the search box's query now (typing waits 250 ms after the last key).
    void applySearch();

private:
    void setUpTable();
    void reload(bool resetFilters);
    void rebuildFilters();
    void rebuildThemeCombos();
    void filtersChanged();
    void resetFilters();
    void updateCount();
    void openCurrent();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<Ui::ProgrammesView> m_ui; // the list page: ui/ProgrammesView.ui
    StudySession &m_session;
    ProgrammesModel *m_model = nullptr;
    ProgrammesFilterModel *m_filter = nullptr;
    ReaderWidget *m_reader = nullptr;
    QTimer *m_searchTimer = nullptr;
    QString m_error; // the last load failure, shown in the count line
    QString m_searchError; // the last search's failure, shown there when the load went well
};

} // namespace vigie::gui
