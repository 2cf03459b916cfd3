// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/Dictionary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace vigie::gui {

// A rule's word lists as people type them in the rule dialog: one word or phrase a line, its
// options in brackets after it: "TIC [exact]", "numériser [racine]", "données [sans pluriel]";
// for an exclusion "par [3 mots, après]" (no window: the rule's own; "avant": the phrase stands
// before the term). The options are written in the interface's language and read in French or
// English. Also the words the models show for a rule's side and an exclusion's side.
class RuleEntries
{
    Q_DECLARE_TR_FUNCTIONS(RuleEntries)

public:
    static QString termsText(const std::vector<core::Term> &terms);
    // Null (with `error`, naming the line) when a line has an option that is not one; entries
    // whose text is in `before` keep their note.
    static std::optional<std::vector<core::Term>> parseTerms(const QString &text, const std::vector<core::Term> &before,
                                                             QString *error);
    static QString exclusionsText(const std::vector<core::Exclusion> &exclusions);
    static std::optional<std::vector<core::Exclusion>> parseExclusions(const QString &text, QString *error);

    // The rule in three lines of rich text, for people: what counts, near what (window, side,
    // scope), unless what; long lists end with how many more there are.
    static QString describe(const core::Rule &rule);

    // "données · jeux de données": a list in one line, for a table's cell.
    static QString summary(const std::vector<core::Term> &terms);
    static QString summary(const std::vector<core::Exclusion> &exclusions);

    // Where a rule's context stands, or an exclusion's phrase, from the term: "avant", "après",
    // "les deux". The index of each in the lists is the enum's value.
    static QStringList sides();
    static QString side(core::Rule::Order order);
    static QString side(core::Exclusion::Order order);
    static QStringList scopes(); // "phrase", "paragraphe"
    static QString scope(core::Rule::Scope scope);
    static QString words(int n); // "1 mot", "6 mots"
};

} // namespace vigie::gui
