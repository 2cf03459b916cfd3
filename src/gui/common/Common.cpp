// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Common.h"

#include "charts/NumberFormat.h"
#include "gui/common/StudySession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace vigie::gui {

bool french()
{
    return QLocale().language() == QLocale::French;
}

QString formatShare(double share)
{
    if (std::isnan(share))
        return QStringLiteral("—");
    return charts::formatPercent(share, QLocale());
}

QString themeLabel(const core::Theme &theme)
{
    return QString::fromStdString(french() || theme.labelEn.empty() ? theme.labelFr : theme.labelEn);
}

QIcon styleIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

QColor lightTint(const QColor &colour, qreal strength)
{
    auto mix = [strength](int v) {
        return static_cast<int>(std::lround(255 - (255 - v) * strength));
    };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

QIcon themeSwatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

QString syntheticMark(const StudySession &session)
{
    return session.isSynthetic()
        ? QCoreApplication::translate("vigie::gui::Groupings", "DONNÉES FICTIVES — ÉTUDE DE DÉMONSTRATION")
        : QString();
}

QString GroupingChoice::name() const
{
    return QString::fromUtf8(spec->label(french()));
}

const std::vector<GroupingChoice> &groupingChoices(bool withEveryProgramme)
{
    static const auto make = [](bool withAll) {
        std::vector<GroupingChoice> out;
        for (const auto &g : core::groupingRegistry())
            if (g.inMenus && (withAll || g.grouping != core::Grouping::None))
                out.push_back({ &g, g.grouping });
        return out;
    };
    static const std::vector<GroupingChoice> kDashboard = make(false);
    static const std::vector<GroupingChoice> kWithAll = make(true);
    return withEveryProgramme ? kWithAll : kDashboard;
}

} // namespace vigie::gui
