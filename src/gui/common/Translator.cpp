// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Translator.h"

#include <cstring>

namespace vigie::gui {

bool Translator::loadEnglish()
{
    return load(QStringLiteral(":/i18n/vigie_en.qm"));
}

QString Translator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString t = QTranslator::translate(context, source, disambiguation, n);
    constexpr char kPrefix[] = "vigie::gui::";
    if (t.isEmpty() && context && std::strncmp(context, kPrefix, sizeof kPrefix - 1) == 0)
        t = QTranslator::translate(context + sizeof kPrefix - 1, source, disambiguation, n);
    return t;
}

} // namespace vigie::gui
