// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace Ui {
class DictionaryTrial;
}

namespace vigie::gui {

class DictionaryEditor;

// A box to try the dictionary being edited on a pasted text: every match highlighted in its
// theme's colour (cancelled matches are not; a rule's span, its term and its context, lighter and
// underlined dashed, under the terms' matches), and listed beside with the term or rule behind it
// (the list's items hold the rule's index in kRuleRole, -1 for a term); clicking one selects it in
// the text. The text is tagged again 250 ms after typing stops, and after every edit of the
// dictionary.
class DictionaryTrial : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRuleRole = Qt::UserRole + 2;

    explicit DictionaryTrial(DictionaryEditor &editor, QWidget *parent = nullptr);
    ~DictionaryTrial() override;

    QPlainTextEdit *textBox() const;
    QListWidget *matches() const;
    // Tags the text now rather than when typing pauses.
    void tryNow();

private:
    std::unique_ptr<Ui::DictionaryTrial> m_ui; // ui/DictionaryTrial.ui
    DictionaryEditor &m_editor;
    QTimer *m_retry = nullptr;
};

} // namespace vigie::gui
