// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/RulesModel.h"

#include "gui/common/Common.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/RuleEntries.h"

namespace vigie::gui {

namespace {

// A long list in a cell's tooltip: one entry a line would be too tall for 80 context words.
QString listTip(const QString &heading, const QString &list)
{
    return QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(heading.toHtmlEscaped(), list.toHtmlEscaped());
}

} // namespace

RulesModel::RulesModel(DictionaryEditor &editor, QObject *parent)
    : ThemeEntriesModel(editor, ColumnCount, HitsColumn, ProgrammesColumn, parent)
{ }

std::int64_t RulesModel::hitsOf(int row) const
{
    return m_hits.hits->ruleCount(m_themeIndex, row);
}

std::int64_t RulesModel::programmesOf(int row) const
{
    return m_hits.hits->programmesWithRule(m_themeIndex, row);
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    const core::Rule *rule = index.isValid() ? m_editor.rule(m_theme, index.row()) : nullptr;
    if (!rule)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return fromStd(rule->name);
        if (role == Qt::ToolTipRole)
            return rule->note.empty() ? fromStd(rule->name)
                                      : QStringLiteral("%1 — %2").arg(fromStd(rule->name), fromStd(rule->note));
        break;
    case HitsColumn:
    case ProgrammesColumn:
        return hitsData(index, role);
    case TermsColumn:
        if (role == Qt::DisplayRole)
            return RuleEntries::summary(rule->terms);
        if (role == Qt::ToolTipRole)
            return listTip(tr("Ce qui compte (double-cliquer pour modifier) :"), RuleEntries::summary(rule->terms));
        break;
    case NearColumn:
        if (role == Qt::DisplayRole)
            return RuleEntries::summary(rule->near);
        if (role == Qt::ToolTipRole)
            return listTip(tr("Le contexte qui doit être là (double-cliquer pour modifier) :"),
                           RuleEntries::summary(rule->near));
        break;
    case WindowColumn:
        if (role == Qt::DisplayRole)
            return RuleEntries::words(rule->window);
        if (role == Qt::EditRole)
            return rule->window;
        if (role == MinimumRole)
            return 1;
        if (role == MaximumRole)
            return 50;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Le contexte compte à ce nombre de mots ou moins du terme (des mots voisins sont à 1 mot)");
        break;
    case OrderColumn:
        if (role == Qt::DisplayRole)
            return RuleEntries::side(rule->order);
        if (role == Qt::EditRole)
            return static_cast<int>(rule->order);
        if (role == ChoicesRole)
            return RuleEntries::sides();
        if (role == Qt::ToolTipRole)
            return tr("Où le contexte doit se trouver : avant le terme, après lui, ou des deux côtés");
        break;
    case ScopeColumn:
        if (role == Qt::DisplayRole)
            return RuleEntries::scope(rule->scope);
        if (role == Qt::EditRole)
            return static_cast<int>(rule->scope);
        if (role == ChoicesRole)
            return RuleEntries::scopes();
        if (role == Qt::ToolTipRole)
            return tr("Le contexte doit être dans la même phrase que le terme, ou dans le même paragraphe");
        break;
    case UnlessColumn:
        if (role == Qt::DisplayRole)
            return RuleEntries::summary(rule->unless);
        if (role == Qt::ToolTipRole && !rule->unless.empty())
            return listTip(tr("Sauf si l'une de ces expressions est proche du terme :"),
                           RuleEntries::summary(rule->unless));
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return fromStd(rule->note);
        break;
    default:
        break;
    }
    return {};
}

bool RulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::Rule *current = index.isValid() ? m_editor.rule(m_theme, index.row()) : nullptr;
    if (!current || role != Qt::EditRole)
        return false;
    core::Rule rule = *current;
    bool ok = true;
    switch (index.column()) {
    case NameColumn:
        rule.name = value.toString().toStdString();
        break;
    case NoteColumn:
        rule.note = value.toString().toStdString();
        break;
    case WindowColumn:
        rule.window = value.toInt(&ok);
        break;
    case OrderColumn: {
        const auto order = choiceOf(value, core::Rule::Order::NearAfter);
        ok = order.has_value();
        rule.order = order.value_or(rule.order);
        break;
    }
    case ScopeColumn: {
        const auto scope = choiceOf(value, core::Rule::Scope::Paragraph);
        ok = scope.has_value();
        rule.scope = scope.value_or(rule.scope);
        break;
    }
    default:
        return false;
    }
    return ok && m_editor.setRule(m_theme, index.row(), rule);
}

Qt::ItemFlags RulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case NameColumn:
    case WindowColumn:
    case OrderColumn:
    case ScopeColumn:
    case NoteColumn:
        return f | Qt::ItemIsEditable;
    default:
        return f; // counts; word lists: the rule dialog
    }
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == HitsColumn || section == ProgrammesColumn))
        return tr("Dans les programmes de l'étude, avec le dictionnaire tel qu'il est modifié ici");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Règle");
    case HitsColumn:
        return tr("Occurrences");
    case ProgrammesColumn:
        return tr("Programmes");
    case TermsColumn:
        return tr("Termes");
    case NearColumn:
        return tr("Contexte");
    case WindowColumn:
        return tr("Fenêtre");
    case OrderColumn:
        return tr("Côté");
    case ScopeColumn:
        return tr("Portée");
    case UnlessColumn:
        return tr("Sauf si");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace vigie::gui
