// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Crosstab.h"
#include "tagging/Dictionary.h"

#include <QColor>
#include <QIcon>
#include <QStyle>

#include <QString>

#include <string>
#include <vector>

namespace vigie::gui {

// A core string (UTF-8) for the interface.
inline QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// True when the interface speaks French (the default locale the window sets).
bool french();

// A share as people read it: "55 %" (narrow no-break space) in French, "55%" in English; NaN: "—".
QString formatShare(double share);

class StudySession;

// A theme's label in the interface's language: French, or English where the dictionary has one.
QString themeLabel(const core::Theme &theme);
// One of the style's standard icons (warning, folder...), for widgets that are not QWidgets' own.
QIcon styleIcon(QStyle::StandardPixmap pixmap);
// A small rounded square of the theme's colour, for lists, trees and combo boxes.
QIcon themeSwatch(const QColor &colour);
// `colour` mixed with white: a background that keeps black text readable. A term's mention is
// highlighted with it (the reader, the dictionary's trial box).
QColor lightTint(const QColor &colour, qreal strength = 0.32);
// The lighter tint of a rule's span (its term and its context), under the terms' tint; the reader
// and the trial box underline it dashed where a term's mention is underlined solid.
inline QColor ruleTint(const QColor &colour)
{
    return lightTint(colour, 0.14);
}

// What the tables exported from a synthetic study carry in their last column ("DONNÉES FICTIVES —
// ÉTUDE DE DÉMONSTRATION"); empty for a real study.
QString syntheticMark(const StudySession &session);

// A grouping the views offer, from core's registry (core::groupingRegistry(), which the CLI and
// the report also read): the dashboard's list, which the concordance's group filter repeats (with
// "every programme" first) so that a group seen on one can be read on the other.
struct GroupingChoice
{
    const core::GroupingSpec *spec;
    core::Grouping grouping;

    QString name() const; // in the interface's language
    core::SizeClasses sizes() const { return spec->sizeClasses(); }
};

const std::vector<GroupingChoice> &groupingChoices(bool withEveryProgramme);

} // namespace vigie::gui
