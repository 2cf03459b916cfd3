// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QTreeWidgetItem;

namespace Ui {
class ReaderWidget;
}

namespace vigie::gui {

class MentionHighlighter;
class ProgrammesModel;
class StudySession;
struct ProgrammeRecord;

// Reads one programme: its text with every mention of the shown theme tree highlighted in its
// theme's colour, previous/next mention (Shift+F3/F3), the mentions grouped by theme, and the
// programme's metadata with its source file.
//
// Offsets: the study stores mentions in code points of the text; the text widget counts UTF-16
// units. A character outside the BMP (an emoji, 𝔘) is one code point and two units, so every
// offset is converted (utf16Position) before it touches the document.
//
// GUI thread only. The text and mentions are read from the session's store when a programme is
// opened; the metadata come from the model, which the caller keeps loaded.
class ReaderWidget : public QWidget
{
    Q_OBJECT

public:
    struct Mention
    {
        int theme = -1; // index in ProgrammesModel::themes()
        int term = 0; // -1 for a rule's mention
        int rule = -1; // its rule: the span covers the rule's term and its context
        qint64 start = 0; // code points of the programme's text, end excluded
        qint64 end = 0;
        int from = 0; // UTF-16 positions in the document
        int to = 0;
    };

    ReaderWidget(StudySession &session, ProgrammesModel &model, QWidget *parent = nullptr);
    ~ReaderWidget() override;

    // Opens programme `id`. With a range (code points of its text), selects it and scrolls to it:
    // the stored mention there when there is one (showing its theme tree if it is not the shown
    // one), else the range itself (a concordance phrase). False when the programme is not there.
    bool openProgramme(qint64 id, qint64 start = -1, qint64 end = -1);
    // The study changed: opens the same programme again at the same place; false if it is gone.
    bool reload();
    void clear();

    qint64 programmeId() const { return m_id; }
    // The shown tree's mentions, in text order.
    const std::vector<Mention> &mentions() const { return m_shown; }
    // Index in mentions() of the selected mention, -1 when the selection is not a mention.
    int currentMention() const { return m_current; }
    void goToMention(int index);
    void nextMention();
    void previousMention();

    QPlainTextEdit *textView() const;
    // UTF-16 position in the document of code point `codePoint` of the text. The highlights are
    // formats of the document's block layouts (QTextLayout::formats()), set by a highlighter.
    int utf16Position(qint64 codePoint) const;

signals:
    void backRequested();

private:
    void connectNavigation(); // buttons, shortcuts and the mention list
    void showMentions(); // highlights, side list, navigation for the shown tree
    void fillMetadata(const ProgrammeRecord &r);
    void fillMentionList();
    void updateNavigation();
    void cursorMoved();
    void setSelectionColour(const QColor &colour);
    int nextIndex() const;
    int previousIndex() const;
    void openSource();

    std::unique_ptr<Ui::ReaderWidget> m_ui; // ui/ReaderWidget.ui
    StudySession &m_session;
    ProgrammesModel &m_model;
    qint64 m_id = 0;
    qint64 m_version = 0; // dictionary version of the mentions read
    QString m_text;
    std::vector<qint64> m_supplementary; // code point indexes of the characters outside the BMP
    std::vector<Mention> m_all; // every tree's mentions
    std::vector<Mention> m_shown;
    int m_current = -1;
    bool m_moving = false; // goToMention is moving the cursor

    MentionHighlighter *m_highlighter = nullptr;
    std::vector<QTreeWidgetItem *> m_items; // per shown mention
    std::vector<QLabel *> m_fields; // the metadata's values, in the order of the form's rows
};

} // namespace vigie::gui
