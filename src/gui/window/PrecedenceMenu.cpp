// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/PrecedenceMenu.h"

#include "analysis/ProgrammeFacts.h"
#include "gui/common/StudySession.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace vigie::gui {

namespace {

struct Choice
{
    const char *precedence; // as parseDocumentPrecedence() reads it
    const char *label;
};

const Choice kChoices[] = {
    { "programme,profession_foi,accessible,falc,tract",
      QT_TRANSLATE_NOOP("vigie::gui::PrecedenceMenu", "Le programme, sinon la profession de foi (par défaut)") },
    { "profession_foi,programme,accessible,falc,tract",
      QT_TRANSLATE_NOOP("vigie::gui::PrecedenceMenu", "La profession de foi, sinon le programme") },
    { "falc,profession_foi,programme,accessible,tract",
      QT_TRANSLATE_NOOP("vigie::gui::PrecedenceMenu", "La version facile à lire (FALC) d'abord") },
};

} // namespace

PrecedenceMenu::PrecedenceMenu(StudySession &session, QMenu *parent, QWidget *window)
    : QObject(parent)
    , m_session(session)
    , m_menu(parent->addMenu(tr("&Document compté par liste")))
    , m_window(window)
{
    m_menu->setObjectName(QStringLiteral("precedenceMenu"));
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &PrecedenceMenu::refresh);
    // Enabled once a study is open (a disabled menu never shows, so never refreshes itself).
    connect(&m_session, &StudySession::studyOpened, this, &PrecedenceMenu::refresh);
    connect(&m_session, &StudySession::studyChanged, this, &PrecedenceMenu::refresh);
    refresh();
}

void PrecedenceMenu::refresh()
{
    m_menu->clear();
    m_menu->setEnabled(m_session.isOpen());
    if (!m_session.isOpen())
        return;
    const QString current
        = QString::fromStdString(core::documentPrecedenceText(core::documentPrecedence(m_session.store())));
    auto *group = new QActionGroup(m_menu);
    bool known = false;
    for (const Choice &c : kChoices) {
        QAction *a = m_menu->addAction(tr(c.label));
        a->setCheckable(true);
        a->setChecked(current == QLatin1String(c.precedence));
        a->setToolTip(tr("Ordre : %1").arg(QLatin1String(c.precedence)));
        known = known || a->isChecked();
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, p = QString::fromLatin1(c.precedence)] { choose(p); });
    }
    if (!known) {
        QAction *a = m_menu->addAction(tr("Ordre de l'étude : %1").arg(current));
        a->setCheckable(true);
        a->setChecked(true);
        group->addAction(a);
    }
    m_menu->addSeparator();
    QAction *note = m_menu->addAction(
        tr("Une liste qui a plusieurs documents pour un tour n'en compte qu'un dans les parts (docs/counting.md §7)"));
    note->setEnabled(false);
}

void PrecedenceMenu::choose(const QString &precedence)
{
    if (!m_session.isOpen())
        return;
    try {
        core::setDocumentPrecedence(m_session.store(), *core::parseDocumentPrecedence(precedence.toStdString()));
    } catch (const std::exception &e) {
        QMessageBox::warning(m_window, tr("Réglage non enregistré"),
                             tr("L'ordre des documents n'a pas pu être enregistré dans l'étude ; rien n'a changé.\n%1")
                                 .arg(QString::fromStdString(e.what())));
        return;
    }
    m_session.notifyChanged(); // every figure follows it
}

} // namespace vigie::gui
