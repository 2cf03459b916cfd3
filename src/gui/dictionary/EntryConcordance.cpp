// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/EntryConcordance.h"

#include "gui/common/Background.h"
#include "gui/common/StudySession.h"
#include "storage/CorpusStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

#include <algorithm>

namespace vigie::gui {

namespace {

constexpr int kContext = 60; // code points each side

} // namespace

EntryConcordance::EntryConcordance(StudySession &session, Background &work, QLabel *title, QTableView *table,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_work(work)
    , m_title(title)
    , m_table(table)
    , m_model(new ConcordanceModel(this))
{
    setUpConcordanceTable(table, m_model);
    connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const auto &line = m_model->line(index.row());
        m_session.requestReader(line.programme, line.start, line.end);
    });
}

void EntryConcordance::stop()
{
    if (m_job)
        *m_job = true;
    ++m_generation; // a read still running delivers nothing
}

void EntryConcordance::clear(const QString &title)
{
    stop();
    m_model->clear();
    m_title->setText(title);
}

void EntryConcordance::setTitle(const QString &title)
{
    stop();
    m_title->setText(title);
}

void EntryConcordance::show(const QString &title, std::vector<core::TextSpan> places, const QString &themeId,
                            const ConcordanceModel::ThemeStyle &style, const std::string &countedBy)
{
    stop();
    const int generation = m_generation;
    m_title->setText(title);
    QHash<QString, ConcordanceModel::ThemeStyle> styles;
    styles.insert(themeId, style);
    m_model->setThemes(styles);
    const std::string path = m_session.path().toStdString();
    m_job = m_work.run(QStringLiteral("entry concordance"),
                       [this, path, places = std::move(places), generation, theme = themeId.toStdString(),
                        countedBy](const std::atomic_bool &cancel) -> Background::Deliver {
                           ConcordanceResult result;
                           result.themeQuery = true;
                           result.context = kContext;
                           try {
                               auto store = core::CorpusStore::open(path, core::CorpusStore::Opening::Existing);
                               result.lines = core::concordanceAt(store, places, kContext);
                               if (cancel.load())
                                   return {};
                               for (auto &l : result.lines) {
                                   l.theme = theme;
                                   l.term = countedBy;
                               }
                               result.programmes = programmesById(store);
                           } catch (const std::exception &e) {
                               result.lines.clear();
                               result.error = QString::fromStdString(e.what());
                           }
                           return [this, generation, result = std::move(result)]() mutable {
                               if (generation != m_generation)
                                   return;
                               if (!result.error.isEmpty())
                                   m_title->setText(tr("Occurrences non lues : %1").arg(result.error));
                               m_model->setResult(std::move(result));
                               QHeaderView *h = m_table->horizontalHeader();
                               h->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
                               h->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
                               // A rule's occurrence spans its term and its context: a long one
                               // would take all the room from the contexts, so it gets at most a third.
                               h->setSectionResizeMode(ConcordanceModel::MatchColumn, QHeaderView::Interactive);
                               m_table->resizeColumnToContents(ConcordanceModel::MatchColumn);
                               h->resizeSection(ConcordanceModel::MatchColumn,
                                                std::min(m_table->columnWidth(ConcordanceModel::MatchColumn),
                                                         std::max(120, m_table->viewport()->width() / 3)));
                               h->setSectionResizeMode(ConcordanceModel::ProgrammeColumn, QHeaderView::Interactive);
                               h->setSectionResizeMode(ConcordanceModel::CommuneColumn, QHeaderView::Interactive);
                               h->resizeSection(ConcordanceModel::ProgrammeColumn, 170);
                               h->resizeSection(ConcordanceModel::CommuneColumn, 150);
                               m_table->setColumnHidden(ConcordanceModel::TermColumn,
                                                        true); // one entry: its name is above
                               emit ready();
                           };
                       });
}

} // namespace vigie::gui
