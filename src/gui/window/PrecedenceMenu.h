// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace vigie::gui {

class StudySession;

// Réglages › Document compté par liste: which document of a list and round the figures count
// (docs/counting.md §7), among three precedences, the study's own shown when it is another
// (set with vigie-cli lists precedence). Choosing one stores it in the study and reloads the views.
class PrecedenceMenu : public QObject
{
    Q_OBJECT

public:
    PrecedenceMenu(StudySession &session, QMenu *parent, QWidget *window);
    QMenu *menu() const { return m_menu; }

private:
    void refresh();
    void choose(const QString &precedence);

    StudySession &m_session;
    QMenu *m_menu;
    QWidget *m_window;
};

} // namespace vigie::gui
