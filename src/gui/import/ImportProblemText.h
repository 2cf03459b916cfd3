// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportError.h"

#include <QCoreApplication>
#include <QString>

namespace vigie::gui {

// The window's words for an import problem: each kind of core::ImportProblem worded in French
// through tr() (English from the translation file), from the problem's fields, never from core's
// English sentence. Only the words a library gives (libxml2's, the JSON parser's, a storage
// error's) or a low-level detail (what is damaged in a ZIP archive) stay as core has them.
class ImportProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblemText)

public:
    // The problem alone: "« deux mille » n'est pas un nombre entier (colonne year)".
    static QString reason(const core::ImportProblem &problem);
    // With its place: "manifeste.csv, ligne 3 : …"; `shownName` is the file as the window shows it.
    static QString describe(const QString &shownName, const core::ImportProblem &problem);
};

} // namespace vigie::gui
