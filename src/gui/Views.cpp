// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/Views.h"

#include "gui/BarometerView.h"
#include "gui/ConcordanceView.h"
#include "gui/DashboardView.h"
#include "gui/DictionaryView.h"
#include "gui/MainWindow.h"
#include "gui/ProgrammesView.h"
#include "gui/StudySession.h"

namespace vigie::gui {

void addViews(MainWindow &window, StudySession &session)
{
    window.addView(QStringLiteral("dashboard"), MainWindow::tr("Tableau de bord"), new DashboardView(session));
    window.addView(QStringLiteral("programmes"), MainWindow::tr("Programmes"), new ProgrammesView(session));
    window.addView(QStringLiteral("concordance"), MainWindow::tr("Concordance"), new ConcordanceView(session));
    window.addView(QStringLiteral("barometer"), MainWindow::tr("Baromètre"), new BarometerView(session));
    auto *dictionary = new DictionaryView(session);
    window.addView(QStringLiteral("dictionary"), MainWindow::tr("Dictionnaire"), dictionary);
    window.addLeaveGuard([dictionary] { return dictionary->mayLeave(); });
    QObject::connect(&session, &StudySession::readerRequested, &window,
                     [&window] { window.showView(QStringLiteral("programmes")); });
}

} // namespace vigie::gui
