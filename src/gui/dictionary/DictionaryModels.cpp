// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryModels.h"

#include "gui/common/Common.h"
#include "gui/dictionary/DictionaryEditor.h"

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

// TermsModel ----------------------------------------------------------------------------------

TermsModel::TermsModel(DictionaryEditor &editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    connect(&editor, &DictionaryEditor::changed, this, &TermsModel::reload);
}

void TermsModel::setTheme(const QString &themeId)
{
    if (themeId == m_theme)
        return;
    beginResetModel();
    m_theme = themeId;
    m_themeIndex = m_editor.dictionary().themeIndex(themeId.toStdString());
    const core::Theme *t = m_editor.theme(themeId);
    m_rows = t ? static_cast<int>(t->terms.size()) : 0;
    endResetModel();
}

void TermsModel::reload()
{
    const core::Theme *t = m_editor.theme(m_theme);
    const int rows = t ? static_cast<int>(t->terms.size()) : 0;
    const int index = m_editor.dictionary().themeIndex(m_theme.toStdString());
    if (rows == m_rows && index == m_themeIndex) {
        if (rows > 0)
            emit dataChanged(this->index(0, 0), this->index(rows - 1, NoteColumn));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_themeIndex = index;
    endResetModel();
}

void TermsModel::setHits(HitCounts hits)
{
    m_hits = std::move(hits);
    if (m_rows > 0)
        emit dataChanged(index(0, HitsColumn), index(m_rows - 1, ProgrammesColumn));
}

int TermsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TermsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
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
        if (role == Qt::DisplayRole) {
            if (!m_hits.hits || !m_hits.current)
                return QStringLiteral("…"); // counted for another state of the dictionary: rows may have moved
            return count(index.column() == HitsColumn ? m_hits.hits->count(m_themeIndex, index.row())
                                                      : m_hits.hits->programmesWith(m_themeIndex, index.row()));
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && m_hits.hits && m_hits.current
            && m_hits.hits->count(m_themeIndex, index.row()) == 0)
            return QColor(0xB0, 0x3A, 0x00); // a term that finds nothing is worth a look
        break;
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
    if (themeId == m_theme && term == m_term) {
        reload();
        return;
    }
    beginResetModel();
    m_theme = themeId;
    m_term = term;
    const auto *list = m_editor.exclusions(m_theme, m_term);
    m_rows = list ? static_cast<int>(list->size()) : 0;
    endResetModel();
}

void ExclusionsModel::reload()
{
    const auto *list = m_editor.exclusions(m_theme, m_term);
    const int rows = list ? static_cast<int>(list->size()) : 0;
    if (rows == m_rows) {
        if (rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, WindowColumn));
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
    return parent.isValid() ? 0 : 2;
}

QVariant ExclusionsModel::data(const QModelIndex &index, int role) const
{
    const auto *list = m_editor.exclusions(m_theme, m_term);
    if (!index.isValid() || !list || index.row() >= static_cast<int>(list->size()))
        return {};
    const core::Exclusion &e = (*list)[static_cast<std::size_t>(index.row())];
    if (index.column() == PhraseColumn && (role == Qt::DisplayRole || role == Qt::EditRole))
        return QString::fromStdString(e.phrase);
    if (index.column() == WindowColumn) {
        if (role == Qt::EditRole)
            return e.window;
        if (role == Qt::DisplayRole)
            return e.window == 0 ? tr("recouvrement") : e.window == 1 ? tr("1 mot") : tr("%1 mots").arg(e.window);
        if (role == Qt::ToolTipRole)
            return tr("0 : la phrase annule le terme seulement si elle le recouvre ; n : aussi à n mots ou moins, "
                      "dans la même phrase");
    }
    return {};
}

bool ExclusionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto *list = m_editor.exclusions(m_theme, m_term);
    if (!index.isValid() || role != Qt::EditRole || !list || index.row() >= static_cast<int>(list->size()))
        return false;
    core::Exclusion e = (*list)[static_cast<std::size_t>(index.row())];
    if (index.column() == PhraseColumn) {
        e.phrase = value.toString().toStdString();
    } else {
        bool ok = false;
        e.window = value.toInt(&ok);
        if (!ok)
            return false;
    }
    return m_editor.setExclusion(m_theme, m_term, index.row(), e);
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
    return section == PhraseColumn ? tr("Expression qui annule") : tr("Fenêtre");
}

} // namespace vigie::gui
