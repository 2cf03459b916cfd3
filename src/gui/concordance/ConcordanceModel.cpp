// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/concordance/ConcordanceModel.h"

#include "gui/common/ChartView.h"
#include "gui/common/Common.h"
#include "storage/CorpusStore.h"

#include <QFont>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPalette>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_set>

namespace vigie::gui {

namespace {

// Elides the left context on its left (the words next to the match stay visible) and the right
// context on its right; a view has one elide mode for all columns.
class ContextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = index.column() == ConcordanceModel::LeftColumn ? Qt::ElideLeft : Qt::ElideRight;
    }
};

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The theme's colour, darkened (or lightened on a dark palette) until bold text in it reads on
// both row backgrounds: the dictionary's palette has orange and sand that vanish on white.
QColor readableOn(QColor colour, const QColor &base, const QColor &alternate)
{
    const bool darkBackground = luminance(base) < 0.4;
    const QColor target = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step < 20 && std::min(contrast(colour, base), contrast(colour, alternate)) < 4.5; ++step)
        colour = QColor::fromRgbF(colour.redF() + (target.redF() - colour.redF()) * 0.15f,
                                  colour.greenF() + (target.greenF() - colour.greenF()) * 0.15f,
                                  colour.blueF() + (target.blueF() - colour.blueF()) * 0.15f);
    return colour;
}

int codePoints(const QString &s)
{
    int n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

// Contexts as shown: runs of spaces (PDF columns, indented lists) collapse to one and the edges
// are trimmed, so that the gap beside the match is always the cell's margin. A context as long as
// asked was cut by core at a fixed count, usually inside a word ("éseau de bénévolat"): the cut
// word is dropped and "…" says the text goes on. A shorter one reaches the document's edge.
QString shownContext(const std::string &context, int width, bool left)
{
    QString s = fromStd(context);
    if (width <= 0 || codePoints(s) < width)
        return s.simplified();
    if (left) {
        const auto space = std::find_if(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
        if (space != s.cend())
            s.remove(0, space - s.cbegin());
        return QStringLiteral("…") + s.simplified();
    }
    const auto space = std::find_if(s.crbegin(), s.crend(), [](QChar c) { return c.isSpace(); });
    if (space != s.crend())
        s.truncate(s.crend() - space - 1);
    return s.simplified() + QStringLiteral("…");
}

} // namespace

std::unordered_map<std::int64_t, core::ProgrammeFacts> programmesById(core::CorpusStore &store)
{
    std::unordered_map<std::int64_t, core::ProgrammeFacts> out;
    for (auto &p : core::readProgrammeFacts(store, core::SizeClasses::standard()))
        out.emplace(p.id, std::move(p));
    return out;
}

ConcordanceResult runConcordance(core::CorpusStore &store, const ConcordanceRequest &request,
                                 const std::atomic_bool &cancel)
{
    ConcordanceResult r;
    r.themeQuery = !request.query.theme.empty();
    r.context = request.query.context;
    try {
        core::ConcordanceQuery q = request.query;
        if (request.grouping)
            q.limit = 0; // core would cut before the group filter
        q.cancel = &cancel;
        r.lines = core::concordance(store, q);
        if (cancel) {
            r.cancelled = true;
            r.lines.clear();
            return r;
        }
        const auto all = programmesById(store);
        if (request.grouping) {
            core::CrosstabOptions o;
            o.by = *request.grouping;
            o.sizes = request.sizes;
            const auto groups = core::programmeGroups(store, o); // the dashboard's groups, from core
            std::erase_if(r.lines, [&](const core::ConcordanceLine &l) {
                const auto it = groups.find(l.programme);
                return it == groups.end() || it->second != request.groupKey;
            });
            if (request.query.limit > 0 && static_cast<std::int64_t>(r.lines.size()) > request.query.limit)
                r.lines.resize(static_cast<std::size_t>(request.query.limit));
        }
        for (const auto &l : r.lines) {
            if (r.programmes.count(l.programme))
                continue;
            if (const auto it = all.find(l.programme); it != all.end())
                r.programmes.emplace(l.programme, it->second);
        }
        r.cancelled = cancel;
    } catch (const std::invalid_argument &e) {
        r.lines.clear();
        r.error = ConcordanceModel::tr("Requête impossible : %1").arg(fromStd(e.what()));
    } catch (const std::exception &e) {
        r.lines.clear();
        r.error = ConcordanceModel::tr("La recherche a échoué : %1").arg(fromStd(e.what()));
    }
    return r;
}

ConcordanceModel::ConcordanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConcordanceModel::setThemes(QHash<QString, ThemeStyle> themes)
{
    m_themes = std::move(themes);
    m_readable.clear();
    const QPalette palette = QGuiApplication::palette();
    for (auto it = m_themes.cbegin(); it != m_themes.cend(); ++it)
        if (it->colour.isValid())
            m_readable.insert(
                it.key(),
                readableOn(it->colour, palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)));
    if (!m_lines.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ConcordanceModel::setResult(ConcordanceResult result)
{
    beginResetModel();
    m_lines = std::move(result.lines);
    m_programmes = std::move(result.programmes);
    m_themeQuery = result.themeQuery;
    m_context = result.context;
    std::unordered_set<std::int64_t> programmes;
    for (const auto &l : m_lines)
        programmes.insert(l.programme);
    m_programmeCount = static_cast<int>(programmes.size());
    endResetModel();
}

void ConcordanceModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_programmes.clear();
    m_themeQuery = false;
    m_programmeCount = 0;
    endResetModel();
}

int ConcordanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ConcordanceModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_themeQuery ? TermColumn + 1 : CommuneColumn + 1;
}

QString ConcordanceModel::programmeText(std::int64_t id) const
{
    const auto it = m_programmes.find(id);
    if (it == m_programmes.end())
        return tr("programme n° %1").arg(id);
    const QString list = fromStd(it->second.listName);
    const QString candidate = fromStd(it->second.candidate);
    if (!list.isEmpty() && !candidate.isEmpty())
        return list + QStringLiteral(" — ") + candidate;
    if (list.isEmpty() && candidate.isEmpty())
        return tr("programme n° %1").arg(id);
    return list.isEmpty() ? candidate : list;
}

QString ConcordanceModel::communeText(std::int64_t id) const
{
    const auto it = m_programmes.find(id);
    if (it == m_programmes.end() || it->second.insee.empty())
        return {};
    // The department tells homonyms apart (there are a dozen Saint-Denis).
    return fromStd(it->second.communeName) + QStringLiteral(" (") + fromStd(it->second.department) + QLatin1Char(')');
}

QString ConcordanceModel::toolTip(const core::ConcordanceLine &l) const
{
    QString html
        = QStringLiteral("<p>…%1<b>%2</b>%3…</p>")
              .arg(fromStd(l.left).toHtmlEscaped(), fromStd(l.match).toHtmlEscaped(), fromStd(l.right).toHtmlEscaped());
    if (!l.theme.empty()) {
        const QString theme = m_themes.value(fromStd(l.theme)).label;
        html += tr("<p>Thème : %1 — terme « %2 »</p>")
                    .arg((theme.isEmpty() ? fromStd(l.theme) : theme).toHtmlEscaped(), fromStd(l.term).toHtmlEscaped());
    }
    QString where = programmeText(l.programme).toHtmlEscaped();
    const QString commune = communeText(l.programme);
    if (!commune.isEmpty())
        where += QStringLiteral(", ") + commune.toHtmlEscaped();
    html += QStringLiteral("<p>") + where + QStringLiteral("</p>");
    html += tr("<p><i>Double-clic : ouvrir le programme à cet endroit.</i></p>");
    return html;
}

QVariant ConcordanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &l = m_lines[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LeftColumn:
            return shownContext(l.left, m_context, true);
        case MatchColumn:
            return fromStd(l.match).simplified();
        case RightColumn:
            return shownContext(l.right, m_context, false);
        case ProgrammeColumn:
            return programmeText(l.programme);
        case CommuneColumn:
            return communeText(l.programme);
        case TermColumn:
            return fromStd(l.term);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        // The alignment is the point of a concordance: every match starts at the same x.
        return QVariant::fromValue(
            Qt::Alignment((column == LeftColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::FontRole:
        if (column == MatchColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == MatchColumn && !l.theme.empty()) {
            const auto it = m_readable.constFind(fromStd(l.theme));
            if (it != m_readable.cend())
                return *it;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(l);
    case ProgrammeIdRole:
        return static_cast<qlonglong>(l.programme);
    case StartRole:
        return static_cast<qlonglong>(l.start);
    case EndRole:
        return static_cast<qlonglong>(l.end);
    default:
        return {};
    }
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section == LeftColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ProgrammeColumn:
            return tr("Liste — candidat");
        case TermColumn:
            return tr("Le terme du dictionnaire qui a reconnu l'occurrence");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LeftColumn:
        return tr("Contexte gauche");
    case MatchColumn:
        return tr("Occurrence");
    case RightColumn:
        return tr("Contexte droit");
    case ProgrammeColumn:
        return tr("Programme");
    case CommuneColumn:
        return tr("Commune");
    case TermColumn:
        return tr("Terme");
    default:
        return {};
    }
}

TableData ConcordanceModel::table() const
{
    TableData t;
    t.title = tr("Concordance");
    const int columns = columnCount();
    for (int c = 0; c < columns; ++c)
        t.header << headerData(c, Qt::Horizontal).toString();
    if (m_themeQuery)
        t.header << tr("Thème");
    t.header << tr("Programme n°") << tr("Code INSEE") << tr("Début") << tr("Fin");
    auto number = [](std::int64_t v) {
        return TableData::Cell { QString::number(v), static_cast<double>(v) };
    };
    for (int r = 0; r < rowCount(); ++r) {
        const auto &l = m_lines[static_cast<std::size_t>(r)];
        std::vector<TableData::Cell> row;
        for (int c = 0; c < columns; ++c)
            row.push_back({ data(index(r, c)).toString(), {} });
        if (m_themeQuery)
            row.push_back({ fromStd(l.theme), {} });
        const auto it = m_programmes.find(l.programme);
        row.push_back(number(l.programme));
        row.push_back({ it == m_programmes.end() ? QString() : fromStd(it->second.insee), {} });
        row.push_back(number(l.start));
        row.push_back(number(l.end));
        t.rows.push_back(std::move(row));
    }
    return t;
}

void setUpConcordanceTable(QTableView *table, ConcordanceModel *model)
{
    table->setModel(model);
    table->setItemDelegate(new ContextDelegate(table));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setMinimumSectionSize(60);
}

} // namespace vigie::gui
