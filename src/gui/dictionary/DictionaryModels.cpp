// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryModels.h"

#include "gui/common/Common.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/RuleEntries.h"

#include <QColor>
#include <QLocale>

namespace vigie::gui {

namespace {

QString count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

// The structure of the tree (ids and parents, in order): when it is unchanged, an edit only
// changes cells, and the views keep their selection and expansion.
std::vector<std::string> shape(const core::Dictionary &d)
{
    std::vector<std::string> out;
    for (const auto &t : d.themes())
        out.push_back(t.id + '\x01' + t.parent);
    return out;
}

} // namespace

// ThemeTreeModel ------------------------------------------------------------------------------

ThemeTreeModel::ThemeTreeModel(DictionaryEditor &editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
{
    rebuild();
    auto lastShape = std::make_shared<std::vector<std::string>>(shape(editor.dictionary()));
    connect(&editor, &DictionaryEditor::changed, this, [this, lastShape] {
        auto now = shape(m_editor.dictionary());
        if (now == *lastShape) {
            // Same tree: every cell may have changed (labels, colours, term counts).
            for (std::size_t t = 0; t < m_parent.size(); ++t) {
                const QModelIndex first = createIndex(m_row[t], 0, static_cast<quintptr>(t));
                emit dataChanged(first, first.siblingAtColumn(HitsColumn));
            }
            return;
        }
        *lastShape = std::move(now);
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void ThemeTreeModel::rebuild()
{
    const auto &themes = m_editor.dictionary().themes();
    const std::size_t n = themes.size();
    m_children.assign(n + 1, {});
    m_parent.assign(n, -1);
    m_row.assign(n, 0);
    for (std::size_t t = 0; t < n; ++t) {
        const int p = m_editor.dictionary().parentIndex(static_cast<int>(t));
        m_parent[t] = p;
        auto &siblings = m_children[p < 0 ? n : static_cast<std::size_t>(p)];
        m_row[t] = static_cast<int>(siblings.size());
        siblings.push_back(static_cast<int>(t));
    }
}

void ThemeTreeModel::setHits(HitCounts hits)
{
    m_hits = std::move(hits);
    for (std::size_t t = 0; t < m_parent.size(); ++t) {
        const QModelIndex i = createIndex(m_row[t], HitsColumn, static_cast<quintptr>(t));
        emit dataChanged(i, i);
    }
}

std::int64_t ThemeTreeModel::rolledUp(int theme) const
{
    std::int64_t n = m_hits.hits->ownCount(theme);
    for (int child : m_children[static_cast<std::size_t>(theme)])
        n += rolledUp(child);
    return n;
}

QModelIndex ThemeTreeModel::indexOf(const QString &themeId) const
{
    const int t = m_editor.dictionary().themeIndex(themeId.toStdString());
    if (t < 0 || static_cast<std::size_t>(t) >= m_row.size())
        return {};
    return createIndex(m_row[static_cast<std::size_t>(t)], 0, static_cast<quintptr>(t));
}

QString ThemeTreeModel::themeId(const QModelIndex &index) const
{
    return index.isValid() ? index.data(ThemeIdRole).toString() : QString();
}

QModelIndex ThemeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const std::size_t list = parent.isValid() ? parent.internalId() : m_parent.size();
    return createIndex(row, column, static_cast<quintptr>(m_children[list][static_cast<std::size_t>(row)]));
}

QModelIndex ThemeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_parent[child.internalId()];
    if (p < 0)
        return {};
    return createIndex(m_row[static_cast<std::size_t>(p)], 0, static_cast<quintptr>(p));
}

int ThemeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const std::size_t list = parent.isValid() ? parent.internalId() : m_parent.size();
    return list < m_children.size() ? static_cast<int>(m_children[list].size()) : 0;
}

int ThemeTreeModel::columnCount(const QModelIndex &) const
{
    return 3;
}

QVariant ThemeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto t = static_cast<int>(index.internalId());
    const core::Theme &theme = m_editor.dictionary().themes()[static_cast<std::size_t>(t)];
    if (role == ThemeIdRole)
        return QString::fromStdString(theme.id);
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return themeLabel(theme);
        if (role == Qt::DecorationRole)
            return themeSwatch(QColor(QString::fromStdString(theme.colour)));
        if (role == Qt::ToolTipRole)
            return theme.description.empty() ? QString::fromStdString(theme.id)
                                             : QStringLiteral("%1 — %2").arg(QString::fromStdString(theme.id),
                                                                             QString::fromStdString(theme.description));
        break;
    case TermsColumn:
        if (role == Qt::DisplayRole)
            return count(static_cast<std::int64_t>(theme.terms.size()));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case HitsColumn:
        if (role == Qt::DisplayRole)
            return !m_hits.hits || !m_hits.current ? QStringLiteral("…") : count(rolledUp(t));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Occurrences du thème et de ses sous-thèmes dans les programmes de l'étude");
        break;
    default:
        break;
    }
    return {};
}

QVariant ThemeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Thème");
    case TermsColumn:
        return tr("Termes");
    case HitsColumn:
        return tr("Occurrences");
    default:
        return {};
    }
}

// ThemeEntriesModel ---------------------------------------------------------------------------

ThemeEntriesModel::ThemeEntriesModel(DictionaryEditor &editor, int columns, int hitsColumn, int programmesColumn,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_columns(columns)
    , m_hitsColumn(hitsColumn)
    , m_programmesColumn(programmesColumn)
{
    connect(&editor, &DictionaryEditor::changed, this, &ThemeEntriesModel::reload);
}

int ThemeEntriesModel::rowsNow() const
{
    const core::Theme *t = m_editor.theme(m_theme);
    return t ? static_cast<int>(entries(*t)) : 0;
}

void ThemeEntriesModel::setTheme(const QString &themeId)
{
    if (themeId == m_theme)
        return;
    beginResetModel();
    m_theme = themeId;
    m_themeIndex = m_editor.dictionary().themeIndex(themeId.toStdString());
    m_rows = rowsNow();
    endResetModel();
}

void ThemeEntriesModel::reload()
{
    const int rows = rowsNow();
    const int index = m_editor.dictionary().themeIndex(m_theme.toStdString());
    if (rows == m_rows && index == m_themeIndex) {
        if (rows > 0)
            emit dataChanged(this->index(0, 0), this->index(rows - 1, m_columns - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_themeIndex = index;
    endResetModel();
}

void ThemeEntriesModel::setHits(HitCounts hits)
{
    m_hits = std::move(hits);
    if (m_rows > 0)
        emit dataChanged(index(0, std::min(m_hitsColumn, m_programmesColumn)),
                         index(m_rows - 1, std::max(m_hitsColumn, m_programmesColumn)));
}

int ThemeEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ThemeEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ThemeEntriesModel::hitsData(const QModelIndex &index, int role) const
{
    if (index.column() != m_hitsColumn && index.column() != m_programmesColumn)
        return {};
    const bool counted = m_hits.hits && m_hits.current;
    switch (role) {
    case Qt::DisplayRole:
        if (!counted)
            return QStringLiteral("…"); // counted for another state of the dictionary: rows may have moved
        return count(index.column() == m_hitsColumn ? hitsOf(index.row()) : programmesOf(index.row()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (counted && hitsOf(index.row()) == 0)
            return nothingFoundColour();
        return {};
    default:
        return {};
    }
}

// TermsModel ----------------------------------------------------------------------------------

TermsModel::TermsModel(DictionaryEditor &editor, QObject *parent)
    : ThemeEntriesModel(editor, 7, HitsColumn, ProgrammesColumn, parent)
{ }

std::int64_t TermsModel::hitsOf(int row) const
{
    return m_hits.hits->count(m_themeIndex, row);
}

std::int64_t TermsModel::programmesOf(int row) const
{
    return m_hits.hits->programmesWith(m_themeIndex, row);
}

QVariant TermsModel::data(const QModelIndex &index, int role) const
{
    const core::Theme *t = m_editor.theme(m_theme);
    if (!index.isValid() || !t || index.row() >= static_cast<int>(t->terms.size()))
        return {};
    const core::Term &term = t->terms[static_cast<std::size_t>(index.row())];
    const auto checkState = [](bool on) {
        return on ? Qt::Checked : Qt::Unchecked;
    };
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(term.text);
        if (role == Qt::ToolTipRole && !term.exclusions.empty())
            return term.exclusions.size() == 1 ? tr("1 exclusion propre à ce terme")
                                               : tr("%1 exclusions propres à ce terme").arg(term.exclusions.size());
        break;
    case HitsColumn:
    case ProgrammesColumn:
        return hitsData(index, role);
    case ExactColumn:
        if (role == Qt::CheckStateRole)
            return checkState(term.exact);
        if (role == Qt::ToolTipRole)
            return tr("Casse et accents exactement comme écrits (sigles : « ENT », « TIC »)");
        break;
    case StemColumn:
        if (role == Qt::CheckStateRole)
            return checkState(term.stem);
        if (role == Qt::ToolTipRole)
            return tr("Tous les mots de même racine (« numériser », « numérisation »)");
        break;
    case PluralColumn:
        if (role == Qt::CheckStateRole)
            return checkState(term.plural);
        if (role == Qt::ToolTipRole)
            return tr("Le singulier et le pluriel se valent");
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return QString::fromStdString(term.note);
        break;
    default:
        break;
    }
    return {};
}

bool TermsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::Theme *t = m_editor.theme(m_theme);
    if (!index.isValid() || !t || index.row() >= static_cast<int>(t->terms.size()))
        return false;
    core::Term term = t->terms[static_cast<std::size_t>(index.row())];
    const bool on = value.toInt() == Qt::Checked;
    switch (index.column()) {
    case TextColumn:
        if (role != Qt::EditRole)
            return false;
        term.text = value.toString().toStdString();
        break;
    case NoteColumn:
        if (role != Qt::EditRole)
            return false;
        term.note = value.toString().trimmed().toStdString();
        break;
    case ExactColumn:
        if (role != Qt::CheckStateRole)
            return false;
        term.exact = on;
        break;
    case StemColumn:
        if (role != Qt::CheckStateRole)
            return false;
        term.stem = on;
        break;
    case PluralColumn:
        if (role != Qt::CheckStateRole)
            return false;
        term.plural = on;
        break;
    default:
        return false;
    }
    return m_editor.setTerm(m_theme, index.row(), term);
}

Qt::ItemFlags TermsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case TextColumn:
    case NoteColumn:
        return f | Qt::ItemIsEditable;
    case ExactColumn:
    case StemColumn:
    case PluralColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

QVariant TermsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == HitsColumn || section == ProgrammesColumn))
        return tr("Dans les programmes de l'étude, avec le dictionnaire tel qu'il est modifié ici");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Terme");
    case HitsColumn:
        return tr("Occurrences");
    case ProgrammesColumn:
        return tr("Programmes");
    case ExactColumn:
        return tr("Exact");
    case StemColumn:
        return tr("Racine");
    case PluralColumn:
        return tr("Pluriel");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

// ExclusionsModel -----------------------------------------------------------------------------

ExclusionsModel::ExclusionsModel(DictionaryEditor &editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    connect(&editor, &DictionaryEditor::changed, this, &ExclusionsModel::reload);
}

void ExclusionsModel::setOwner(const QString &themeId, int term)
{
    own(themeId, term, -1);
}

void ExclusionsModel::setRuleOwner(const QString &themeId, int rule)
{
    own(themeId, -1, rule);
}

void ExclusionsModel::own(const QString &themeId, int term, int rule)
{
    if (themeId == m_theme && term == m_term && rule == m_rule) {
        reload();
        return;
    }
    beginResetModel();
    m_theme = themeId;
    m_term = term;
    m_rule = rule;
    const auto *exclusions = list();
    m_rows = exclusions ? static_cast<int>(exclusions->size()) : 0;
    endResetModel();
}

const std::vector<core::Exclusion> *ExclusionsModel::list() const
{
    return m_editor.exclusions(m_theme,
                               m_rule >= 0 ? DictionaryEditor::ExclusionOwner::ofRule(m_rule)
                                           : DictionaryEditor::ExclusionOwner(m_term));
}

void ExclusionsModel::reload()
{
    const auto *exclusions = list();
    const int rows = exclusions ? static_cast<int>(exclusions->size()) : 0;
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, OrderColumn));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ExclusionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ExclusionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant ExclusionsModel::data(const QModelIndex &index, int role) const
{
    const auto *exclusions = list();
    if (!index.isValid() || !exclusions || index.row() >= static_cast<int>(exclusions->size()))
        return {};
    const core::Exclusion &e = (*exclusions)[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case PhraseColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(e.phrase);
        break;
    case WindowColumn:
        if (role == Qt::EditRole)
            return e.window;
        if (role == Qt::DisplayRole) {
            if (e.window == 0)
                return m_rule >= 0 ? tr("celle de la règle") : tr("recouvrement");
            return e.window == 1 ? tr("1 mot") : tr("%1 mots").arg(e.window);
        }
        if (role == MinimumRole)
            return 0;
        if (role == MaximumRole)
            return 50;
        if (role == Qt::ToolTipRole)
            return m_rule >= 0 ? tr("0 : la fenêtre de la règle ; n : la phrase annule la règle à n mots ou moins "
                                    "de son terme")
                               : tr("0 : la phrase annule le terme seulement si elle le recouvre ; n : aussi à n mots "
                                    "ou moins, dans la même phrase");
        break;
    case OrderColumn:
        if (role == Qt::DisplayRole)
            return RuleEntries::side(e.order);
        if (role == Qt::EditRole)
            return static_cast<int>(e.order);
        if (role == ChoicesRole)
            return RuleEntries::sides();
        if (role == Qt::ToolTipRole)
            return tr("Où la phrase doit se trouver pour annuler : avant le terme, après lui, ou des deux côtés");
        break;
    default:
        break;
    }
    return {};
}

bool ExclusionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto *exclusions = list();
    if (!index.isValid() || role != Qt::EditRole || !exclusions || index.row() >= static_cast<int>(exclusions->size()))
        return false;
    core::Exclusion e = (*exclusions)[static_cast<std::size_t>(index.row())];
    bool ok = true;
    switch (index.column()) {
    case PhraseColumn:
        e.phrase = value.toString().toStdString();
        break;
    case WindowColumn:
        e.window = value.toInt(&ok);
        break;
    case OrderColumn: {
        const auto order = choiceOf(value, core::Exclusion::Order::After);
        ok = order.has_value();
        e.order = order.value_or(e.order);
        break;
    }
    default:
        return false;
    }
    if (!ok)
        return false;
    const auto owner
        = m_rule >= 0 ? DictionaryEditor::ExclusionOwner::ofRule(m_rule) : DictionaryEditor::ExclusionOwner(m_term);
    return m_editor.setExclusion(m_theme, owner, index.row(), e);
}

Qt::ItemFlags ExclusionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ExclusionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PhraseColumn:
        return tr("Expression qui annule");
    case WindowColumn:
        return tr("Fenêtre");
    case OrderColumn:
        return tr("Côté");
    default:
        return {};
    }
}

} // namespace vigie::gui
