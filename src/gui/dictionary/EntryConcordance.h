// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Concordance.h"
#include "gui/concordance/ConcordanceModel.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

class QLabel;
class QTableView;

namespace vigie::gui {

class Background;
class StudySession;

// The dictionary editor's "Occurrences" tab: the concordance of the chosen term's or rule's hits,
// read in the background from the places the live count found (core::concordanceAt), under a
// title the view words. Showing another entry drops the lines still being read for the last one.
// A double-click opens the reader at the line's mention. GUI thread only; `work` runs the reads.
class EntryConcordance : public QObject
{
    Q_OBJECT

public:
    EntryConcordance(StudySession &session, Background &work, QLabel *title, QTableView *table,
                     QObject *parent = nullptr);

    ConcordanceModel *model() const { return m_model; }
    // No lines, and `title` says why (no entry chosen, counting...).
    void clear(const QString &title);
    // Only the title: the lines are those of an entry not counted yet (they stay until show()).
    void setTitle(const QString &title);
    // The lines at `places` (one theme's), each saying `countedBy` counted it (core::countedBy).
    void show(const QString &title, std::vector<core::TextSpan> places, const QString &themeId,
              const ConcordanceModel::ThemeStyle &style, const std::string &countedBy);

signals:
    void ready(); // the lines of the last show() are in

private:
    void stop();

    StudySession &m_session;
    Background &m_work;
    QLabel *m_title;
    QTableView *m_table;
    ConcordanceModel *m_model;
    std::shared_ptr<std::atomic_bool> m_job;
    int m_generation = 0;
};

} // namespace vigie::gui
