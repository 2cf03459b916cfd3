// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Concordance.h"
#include "analysis/Crosstab.h"
#include "analysis/ProgrammeFacts.h"
#include "gazetteer/SizeClasses.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vigie::core {
class CorpusStore;
}

class QTableView;

namespace vigie::gui {

struct TableData;

// Every programme of the study (core::readProgrammeFacts()) by id, for the lines to name theirs.
std::unordered_map<std::int64_t, core::ProgrammeFacts> programmesById(core::CorpusStore &store);

// What the view asks for: the core query (its limit is applied after the group filter) and the
// group whose programmes are kept.
struct ConcordanceRequest
{
    core::ConcordanceQuery query;
    std::optional<core::Grouping> grouping; // nullopt: every programme
    core::SizeClasses sizes = core::SizeClasses::standard();
    std::string groupKey; // CrosstabRow::key of the kept group
};

struct ConcordanceResult
{
    std::vector<core::ConcordanceLine> lines;
    std::unordered_map<std::int64_t, core::ProgrammeFacts> programmes; // those the lines refer to
    bool themeQuery = false;
    int context = 0; // the query's, in code points: a context this long was cut at its outer edge
    bool cancelled = false;
    QString error; // for people, French; empty when the query ran
};

// Runs the concordance and the group filter: synchronous, for a worker thread with its own store.
// `cancel` is passed to core::concordance(), which looks at it before each programme: a cancelled
// query stops within one programme's text (its partial result is marked cancelled and dropped).
// Never throws: errors are put in `error`.
ConcordanceResult runConcordance(core::CorpusStore &store, const ConcordanceRequest &request,
                                 const std::atomic_bool &cancel);

// Keyword-in-context lines, one per row: left context, match, right context, programme, commune,
// and for theme queries the dictionary term. The left context is right-aligned and the match
// left-aligned, so that every match starts at the same x; the view's delegate elides the left
// context on its left. Contexts are shown with their spacing collapsed (core already turns line
// breaks into spaces) and, where core cut them mid-text, without the cut word and with "…";
// line(row) keeps them as core gave them. GUI thread only.
class ConcordanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LeftColumn, MatchColumn, RightColumn, ProgrammeColumn, CommuneColumn, TermColumn };
    enum Role { ProgrammeIdRole = Qt::UserRole + 1, StartRole, EndRole };

    explicit ConcordanceModel(QObject *parent = nullptr);

    struct ThemeStyle
    {
        QString label;
        QColor colour; // as the dictionary gives it; the model darkens it where it would be hard to read
    };
    void setThemes(QHash<QString, ThemeStyle> themes);
    void setResult(ConcordanceResult result);
    void clear();

    const core::ConcordanceLine &line(int row) const { return m_lines.at(static_cast<std::size_t>(row)); }
    bool isThemeQuery() const { return m_themeQuery; }
    int programmeCount() const { return m_programmeCount; }
    // Every column plus ids and offsets, as the CSV export writes it.
    TableData table() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString programmeText(std::int64_t id) const;
    QString communeText(std::int64_t id) const;
    QString toolTip(const core::ConcordanceLine &line) const;

    std::vector<core::ConcordanceLine> m_lines;
    std::unordered_map<std::int64_t, core::ProgrammeFacts> m_programmes;
    QHash<QString, ThemeStyle> m_themes;
    QHash<QString, QColor> m_readable; // theme id -> colour with enough contrast on the view's base
    bool m_themeQuery = false;
    int m_context = 0;
    int m_programmeCount = 0;
};

// Sets up `table` to show `model` as concordances are read: the left context elided on its left
// and the right one on its right, whole rows selected, no grid, fixed row heights (the view never
// measures 100,000 rows), read-only.
void setUpConcordanceTable(QTableView *table, ConcordanceModel *model);

} // namespace vigie::gui
