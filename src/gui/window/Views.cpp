// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/Views.h"

#include "gui/barometer/BarometerView.h"
#include "gui/common/StudySession.h"
#include "gui/concordance/ConcordanceView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/dictionary/DictionaryView.h"
#include "gui/programmes/ProgrammesView.h"
#include "gui/validation/ValidationView.h"
#include "gui/window/MainWindow.h"

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
    window.addView(QStringLiteral("validation"), MainWindow::tr("Validation"), new ValidationView(session));
    QObject::connect(&session, &StudySession::readerRequested, &window,
                     [&window] { window.showView(QStringLiteral("programmes")); });
}

} // namespace vigie::gui
