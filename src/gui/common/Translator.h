// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace vigie::gui {

// The window's English (resources/translations/vigie_en.ts, embedded as :/i18n/vigie_en.qm).
//
// lupdate (Qt 6.4) does not read C++17 nested namespaces ("namespace vigie::gui {"), so it files
// the window's strings under the bare class name ("DashboardView") while tr() asks with the
// qualified one ("vigie::gui::DashboardView"): this translator looks under both.
class Translator : public QTranslator
{
public:
    // Loads the embedded English; false if it is missing from the build.
    bool loadEnglish();

    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace vigie::gui
