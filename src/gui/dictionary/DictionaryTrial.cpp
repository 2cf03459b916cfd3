// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryTrial.h"

#include "gui/common/Common.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "tagging/Tagger.h"
#include "ui_DictionaryTrial.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimer>

#include <algorithm>

namespace vigie::gui {

namespace {

// UTF-16 index in `text` of each code point, plus one past the end.
std::vector<int> utf16Offsets(const QString &text)
{
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(text.size()) + 1);
    for (int i = 0; i < text.size(); ++i) {
        out.push_back(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    out.push_back(static_cast<int>(text.size()));
    return out;
}

} // namespace

DictionaryTrial::DictionaryTrial(DictionaryEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DictionaryTrial>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(250);
    connect(m_retry, &QTimer::timeout, this, &DictionaryTrial::tryNow);
    connect(&editor, &DictionaryEditor::changed, m_retry, qOverload<>(&QTimer::start));
    connect(m_ui->trial, &QPlainTextEdit::textChanged, m_retry, qOverload<>(&QTimer::start));
    connect(m_ui->trialMatches, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *item = m_ui->trialMatches->item(row);
        if (!item)
            return;
        QTextCursor c(m_ui->trial->document());
        c.setPosition(item->data(Qt::UserRole).toInt());
        c.setPosition(item->data(Qt::UserRole + 1).toInt(), QTextCursor::KeepAnchor);
        m_ui->trial->setTextCursor(c);
        m_ui->trial->ensureCursorVisible();
    });
}

DictionaryTrial::~DictionaryTrial() = default;

QPlainTextEdit *DictionaryTrial::textBox() const
{
    return m_ui->trial;
}

QListWidget *DictionaryTrial::matches() const
{
    return m_ui->trialMatches;
}

void DictionaryTrial::tryNow()
{
    m_retry->stop();
    m_ui->trialMatches->clear();
    const QString text = m_ui->trial->toPlainText();
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_editor.matcher()) {
        m_ui->trial->setExtraSelections(selections);
        m_ui->trialStatus->setText(tr("Le dictionnaire a un problème (voir en haut) : rien n'est cherché."));
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_ui->trial->setExtraSelections(selections);
        m_ui->trialStatus->setText(tr("Termes trouvés : collez un texte à gauche."));
        return;
    }
    const core::Dictionary &d = m_editor.dictionary();
    core::Tagger tagger(m_editor.matcher());
    const core::TagResult result = tagger.tag(text.toStdString());
    const std::vector<int> at = utf16Offsets(text);
    const auto position = [&at](std::int64_t codePoint) {
        return at[static_cast<std::size_t>(
            std::clamp<std::int64_t>(codePoint, 0, static_cast<std::int64_t>(at.size()) - 1))];
    };
    // As the reader shows them: a term's mention in its theme's tint, underlined; a rule's span
    // (its term and its context) in a lighter tint, underlined dashed. A rule's span may hold
    // another mention (its context words stay free): the rules are painted first, under the terms.
    QList<QTextEdit::ExtraSelection> ruleSelections;
    for (const core::Mention &m : result.mentions) {
        const core::Theme &theme = d.themes()[static_cast<std::size_t>(m.theme)];
        const QColor colour(fromStd(theme.colour));
        const int start = position(m.start);
        const int end = position(m.end);
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_ui->trial->document());
        s.cursor.setPosition(start);
        s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        s.format.setBackground(m.rule >= 0 ? ruleTint(colour) : lightTint(colour));
        s.format.setForeground(QColor(Qt::black));
        s.format.setUnderlineStyle(m.rule >= 0 ? QTextCharFormat::DashUnderline : QTextCharFormat::SingleUnderline);
        s.format.setUnderlineColor(colour);
        (m.rule >= 0 ? ruleSelections : selections) << s;
        const QString matched = text.mid(start, end - start).simplified();
        QString label;
        if (m.rule >= 0) {
            label = tr("« %1 » (règle « %2 ») — %3")
                        .arg(matched, fromStd(theme.rules[static_cast<std::size_t>(m.rule)].name), themeLabel(theme));
        } else {
            const QString term = fromStd(theme.terms[static_cast<std::size_t>(m.term)].text);
            label = matched == term ? tr("« %1 » — %2").arg(matched, themeLabel(theme))
                                    : tr("« %1 » (terme « %2 ») — %3").arg(matched, term, themeLabel(theme));
        }
        auto *item = new QListWidgetItem(label, m_ui->trialMatches);
        item->setIcon(themeSwatch(colour));
        item->setData(Qt::UserRole, start);
        item->setData(Qt::UserRole + 1, end);
        item->setData(kRuleRole, m.rule);
    }
    selections = ruleSelections + selections;
    m_ui->trial->setExtraSelections(selections);
    const QLocale locale;
    const auto n = static_cast<qlonglong>(result.mentions.size());
    const QString words
        = (result.words <= 1 ? tr("%1 mot") : tr("%1 mots")).arg(locale.toString(static_cast<qlonglong>(result.words)));
    m_ui->trialStatus->setText(n == 0       ? tr("Aucun terme trouvé dans ce texte (%1).").arg(words)
                                   : n == 1 ? tr("1 terme trouvé dans %1 :").arg(words)
                                            : tr("%1 termes trouvés dans %2 :").arg(locale.toString(n), words));
}

} // namespace vigie::gui
