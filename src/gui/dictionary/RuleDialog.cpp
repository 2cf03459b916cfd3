// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/RuleDialog.h"

#include "gui/common/Common.h"
#include "gui/dictionary/DictionaryEditor.h"
#include "gui/dictionary/RuleEntries.h"
#include "ui_RuleDialog.h"

#include <QPushButton>

namespace vigie::gui {

RuleDialog::RuleDialog(const DictionaryEditor &editor, const QString &themeId, int index, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RuleDialog>())
    , m_editor(editor)
    , m_theme(themeId)
    , m_index(index)
{
    m_ui->setupUi(this);
    m_ui->order->addItems(RuleEntries::sides());
    m_ui->scope->addItems(RuleEntries::scopes());
    m_ui->syntax->setText(
        tr("Un mot ou une expression par ligne, « connect* » pour un préfixe. Options entre crochets après "
           "l'entrée : [%1], [%2], [%3] ; pour « sauf si » : [%4] (sans fenêtre : celle de la règle), [%5], [%6].")
            .arg(RuleEntries::tr("exact"), RuleEntries::tr("racine"), RuleEntries::tr("sans pluriel"),
                 RuleEntries::words(3), RuleEntries::side(core::Exclusion::Order::Before),
                 RuleEntries::side(core::Exclusion::Order::After)));
    // The syntax is a reminder, not the point: the system's secondary text colour.
    m_ui->syntax->setForegroundRole(QPalette::PlaceholderText);
    const core::Theme *theme = editor.theme(themeId);
    const QString themeLabel = theme ? fromStd(theme->labelFr) : themeId;
    if (const core::Rule *rule = editor.rule(themeId, index)) {
        setWindowTitle(tr("Règle « %1 » du thème « %2 »").arg(fromStd(rule->name), themeLabel));
        setRule(*rule);
    } else {
        setWindowTitle(tr("Nouvelle règle du thème « %1 »").arg(themeLabel));
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *line : { m_ui->name, m_ui->note })
        connect(line, &QLineEdit::textChanged, this, &RuleDialog::check);
    for (QPlainTextEdit *list : { m_ui->terms, m_ui->near, m_ui->unless })
        connect(list, &QPlainTextEdit::textChanged, this, &RuleDialog::check);
    connect(m_ui->window, &QSpinBox::valueChanged, this, &RuleDialog::check);
    connect(m_ui->order, &QComboBox::currentIndexChanged, this, &RuleDialog::check);
    connect(m_ui->scope, &QComboBox::currentIndexChanged, this, &RuleDialog::check);
    check();
}

RuleDialog::~RuleDialog() = default;

void RuleDialog::setRule(const core::Rule &rule)
{
    m_before = rule;
    m_ui->name->setText(fromStd(rule.name));
    m_ui->note->setText(fromStd(rule.note));
    m_ui->terms->setPlainText(RuleEntries::termsText(rule.terms));
    m_ui->near->setPlainText(RuleEntries::termsText(rule.near));
    m_ui->unless->setPlainText(RuleEntries::exclusionsText(rule.unless));
    m_ui->window->setValue(rule.window);
    m_ui->order->setCurrentIndex(static_cast<int>(rule.order));
    m_ui->scope->setCurrentIndex(static_cast<int>(rule.scope));
    check();
}

std::optional<core::Rule> RuleDialog::typed(QString *error) const
{
    core::Rule rule = m_before;
    rule.name = m_ui->name->text().toStdString();
    rule.note = m_ui->note->text().toStdString();
    rule.window = m_ui->window->value();
    rule.order = static_cast<core::Rule::Order>(std::max(0, m_ui->order->currentIndex()));
    rule.scope = static_cast<core::Rule::Scope>(std::max(0, m_ui->scope->currentIndex()));
    QString why;
    const auto terms = RuleEntries::parseTerms(m_ui->terms->toPlainText(), m_before.terms, &why);
    if (!terms) {
        *error = tr("Termes, %1.").arg(why);
        return std::nullopt;
    }
    const auto near = RuleEntries::parseTerms(m_ui->near->toPlainText(), m_before.near, &why);
    if (!near) {
        *error = tr("Contexte, %1.").arg(why);
        return std::nullopt;
    }
    const auto unless = RuleEntries::parseExclusions(m_ui->unless->toPlainText(), &why);
    if (!unless) {
        *error = tr("Sauf si, %1.").arg(why);
        return std::nullopt;
    }
    rule.terms = *terms;
    rule.near = *near;
    rule.unless = *unless;
    return rule;
}

core::Rule RuleDialog::rule() const
{
    QString error;
    return typed(&error).value_or(m_before);
}

void RuleDialog::check()
{
    const auto rule = typed(&m_problem);
    if (rule)
        m_problem = m_editor.ruleProblem(m_theme, m_index, *rule);
    m_ui->problem->setText(m_problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void RuleDialog::focusList(List list)
{
    QPlainTextEdit *edit = list == List::Terms ? m_ui->terms : list == List::Near ? m_ui->near : m_ui->unless;
    edit->setFocus();
}

} // namespace vigie::gui
