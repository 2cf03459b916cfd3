// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryTrial.h"

#include "gui/common/Common.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "tagging/Tagger.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::gui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

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
    , m_editor(editor)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("trial"));
    m_text->setPlaceholderText(tr("Collez ici un texte (un extrait de programme) : chaque terme trouvé par le "
                                  "dictionnaire tel qu'il est modifié est surligné de la couleur de son thème."));
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("trialMatches"));
    m_status = new QLabel(this);
    auto *matchesPane = new QWidget(this);
    auto *matchesLayout = new QVBoxLayout(matchesPane);
    matchesLayout->setContentsMargins(0, 0, 0, 0);
    matchesLayout->addWidget(m_status);
    matchesLayout->addWidget(m_matches, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("trialColumns"));
    split->addWidget(m_text);
    split->addWidget(matchesPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(250);
    connect(m_retry, &QTimer::timeout, this, &DictionaryTrial::tryNow);
    connect(&editor, &DictionaryEditor::changed, m_retry, qOverload<>(&QTimer::start));
    connect(m_text, &QPlainTextEdit::textChanged, m_retry, qOverload<>(&QTimer::start));
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *item = m_matches->item(row);
        if (!item)
            return;
        QTextCursor c(m_text->document());
        c.setPosition(item->data(Qt::UserRole).toInt());
        c.setPosition(item->data(Qt::UserRole + 1).toInt(), QTextCursor::KeepAnchor);
        m_text->setTextCursor(c);
        m_text->ensureCursorVisible();
    });
}

void DictionaryTrial::tryNow()
{
    m_retry->stop();
    m_matches->clear();
    const QString text = m_text->toPlainText();
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_editor.matcher()) {
        m_text->setExtraSelections(selections);
        m_status->setText(tr("Le dictionnaire a un problème (voir en haut) : rien n'est cherché."));
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_text->setExtraSelections(selections);
        m_status->setText(tr("Termes trouvés : collez un texte à gauche."));
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
    for (const core::Mention &m : result.mentions) {
        const core::Theme &theme = d.themes()[static_cast<std::size_t>(m.theme)];
        const int start = position(m.start);
        const int end = position(m.end);
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(start);
        s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        QColor background(qs(theme.colour));
        background.setAlpha(80);
        s.format.setBackground(background);
        s.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        s.format.setUnderlineColor(QColor(qs(theme.colour)));
        selections << s;
        const QString matched = text.mid(start, end - start).simplified();
        QString label;
        if (m.rule >= 0) {
            label = tr("« %1 » (règle « %2 ») — %3")
                        .arg(matched, qs(theme.rules[static_cast<std::size_t>(m.rule)].name), themeLabel(theme));
        } else {
            const QString term = qs(theme.terms[static_cast<std::size_t>(m.term)].text);
            label = matched == term ? tr("« %1 » — %2").arg(matched, themeLabel(theme))
                                    : tr("« %1 » (terme « %2 ») — %3").arg(matched, term, themeLabel(theme));
        }
        auto *item = new QListWidgetItem(label, m_matches);
        item->setIcon(themeSwatch(QColor(qs(theme.colour))));
        item->setData(Qt::UserRole, start);
        item->setData(Qt::UserRole + 1, end);
    }
    m_text->setExtraSelections(selections);
    const QLocale locale;
    const auto n = static_cast<qlonglong>(result.mentions.size());
    const QString words
        = (result.words <= 1 ? tr("%1 mot") : tr("%1 mots")).arg(locale.toString(static_cast<qlonglong>(result.words)));
    m_status->setText(n == 0       ? tr("Aucun terme trouvé dans ce texte (%1).").arg(words)
                          : n == 1 ? tr("1 terme trouvé dans %1 :").arg(words)
                                   : tr("%1 termes trouvés dans %2 :").arg(locale.toString(n), words));
}

} // namespace vigie::gui
