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
    return QCoreApplication::translate("vigie::gui::Groupings", label);
}

core::SizeClasses GroupingChoice::sizes() const
{
    return inseeSizes ? core::SizeClasses::insee() : core::SizeClasses::standard();
}

const std::vector<GroupingChoice> &groupingChoices(bool withEveryProgramme)
{
    static const std::vector<GroupingChoice> kDashboard = {
        { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Taille de commune (3 classes)"), core::Grouping::SizeClass,
          false },
        { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Taille de commune (5 classes INSEE)"), core::Grouping::SizeClass,
          true },
        { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Département"), core::Grouping::Department, false },
        { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Région"), core::Grouping::Region, false },
        { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Nuance politique"), core::Grouping::Nuance, false },
        { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Année"), core::Grouping::Year, false },
        { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Liste élue ou non"), core::Grouping::Elected, false },
    };
    static const std::vector<GroupingChoice> kWithAll = [] {
        std::vector<GroupingChoice> all { { QT_TRANSLATE_NOOP("vigie::gui::Groupings", "Tous les programmes"),
                                            core::Grouping::None, false } };
        all.insert(all.end(), kDashboard.begin(), kDashboard.end());
        return all;
    }();
    return withEveryProgramme ? kWithAll : kDashboard;
}

} // namespace vigie::gui
