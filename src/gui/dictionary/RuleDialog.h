// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/Dictionary.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RuleDialog;
}

namespace vigie::gui {

class DictionaryEditor;

// A context rule, new or to change: its name, its terms, its context words and its "unless"
// phrases (one a line, options in brackets: RuleEntries), the window, side and scope, the note.
// It checks the rule as it is typed with the editor's own checks (DictionaryEditor::ruleProblem)
// and says why OK is disabled. It changes nothing: whoever opened it adds or sets rule() when it
// is accepted.
class RuleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class List { Terms, Near, Unless };

    // `index` -1: a new rule of the theme.
    RuleDialog(const DictionaryEditor &editor, const QString &themeId, int index, QWidget *parent = nullptr);
    ~RuleDialog() override;

    void setRule(const core::Rule &rule);
    core::Rule rule() const; // as typed; a rule to keep when problem() is empty
    QString problem() const { return m_problem; }
    void focusList(List list);

private:
    void check();
    std::optional<core::Rule> typed(QString *error) const;

    std::unique_ptr<Ui::RuleDialog> m_ui; // ui/RuleDialog.ui
    const DictionaryEditor &m_editor;
    QString m_theme;
    int m_index;
    core::Rule m_before; // what the lists' entries keep (their notes) when typed again
    QString m_problem;
};

} // namespace vigie::gui
