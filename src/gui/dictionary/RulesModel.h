// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dictionary/DictionaryModels.h"

#include <QString>

namespace vigie::gui {

class DictionaryEditor;

// One theme's context rules: name, mentions and programmes in the study, the terms, the context
// words, the window, the side and the scope of the context, the "unless" phrases and the note.
// Name, window, side, scope and note are edited in place (side and scope offer their choices in
// ChoicesRole, the window its range in MinimumRole and MaximumRole); the word lists are edited in
// the rule dialog. Every edit goes through the editor (so it can be undone, or is refused with
// the reason).
class RulesModel : public ThemeEntriesModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        HitsColumn,
        ProgrammesColumn,
        TermsColumn,
        NearColumn,
        WindowColumn,
        OrderColumn,
        ScopeColumn,
        UnlessColumn,
        NoteColumn,
        ColumnCount
    };

    explicit RulesModel(DictionaryEditor &editor, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::size_t entries(const core::Theme &theme) const override { return theme.rules.size(); }
    std::int64_t hitsOf(int row) const override;
    std::int64_t programmesOf(int row) const override;
};

} // namespace vigie::gui
