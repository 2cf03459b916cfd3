// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagging/Dictionary.h"
#include "tagging/ThemeMatcher.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace vigie::gui {

// The dictionary being edited, with its undo history. Every edit is one undoable step that
// replaces the whole dictionary (a small value: a few hundred terms), so undo and redo restore it
// exactly, whatever the edit was. Themes are named by id, terms, rules and exclusions by their
// index in their theme, term or rule. Edits that would make no change, or that name something
// absent, are ignored and return false (or -1). Edits that would make a dictionary that cannot be
// saved (a rule without a name or a context, a window out of range) are refused the same way and
// say why in refusal(). GUI thread only.
class DictionaryEditor : public QObject
{
    Q_OBJECT

public:
    enum class ThemeField { LabelFr, LabelEn, Colour, Description };

    // Whose exclusions an edit names: the theme's own (term and rule -1), one term's, or one
    // rule's "unless" phrases. A plain int converts to a term's index (-1: the theme's).
    struct ExclusionOwner
    {
        ExclusionOwner(int termIndex = -1) // NOLINT(google-explicit-constructor): a term's index reads as one
            : term(termIndex)
        { }
        static ExclusionOwner ofRule(int rule)
        {
            ExclusionOwner owner;
            owner.rule = rule;
            return owner;
        }
        bool isRule() const { return rule >= 0; }
        bool operator==(const ExclusionOwner &) const = default;

        int term = -1;
        int rule = -1;
    };

    explicit DictionaryEditor(QObject *parent = nullptr);

    const core::Dictionary &dictionary() const { return m_dictionary; }
    QUndoStack *undoStack() { return &m_undo; }

    // A dictionary read from the study: no history, nothing to save.
    void load(core::Dictionary dictionary);
    // A dictionary read from a file, replacing the one edited: undoable, to be saved.
    void replace(core::Dictionary dictionary);
    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    // Why the dictionary cannot be saved as it is (a term in two themes, a term with no word, a
    // bad colour...), for people; empty when it compiles.
    QString problem() const { return m_problem; }
    // The dictionary compiled for matching (null when it has a problem): compiled once per edit,
    // shared by the trial box and the hit counts (it is immutable and thread-safe).
    std::shared_ptr<const core::ThemeMatcher> matcher() const { return m_matcher; }

    // Adds a theme under `parentId` (empty: a root) with an id made from the label; returns the id.
    QString addTheme(const QString &parentId, const QString &label);
    // Removes a theme with its sub-themes.
    bool removeTheme(const QString &id);
    bool setThemeField(const QString &id, ThemeField field, const QString &value);

    int addTerm(const QString &themeId, const QString &text); // the new term's index
    bool removeTerm(const QString &themeId, int term);
    bool setTerm(const QString &themeId, int term, const core::Term &value);

    // A rule is added whole: a name, at least one term and one context word make one (the
    // dialog asks for them together). Its name must be unique in the dictionary.
    int addRule(const QString &themeId, const core::Rule &rule); // the new rule's index
    bool removeRule(const QString &themeId, int rule);
    bool setRule(const QString &themeId, int rule, const core::Rule &value);
    // Why `value` cannot be rule `index` of the theme (-1: a new rule), for people; empty when it
    // can. What addRule() and setRule() refuse.
    QString ruleProblem(const QString &themeId, int index, const core::Rule &value) const;

    // The window is 0 to 50 words (0: overlap only; for a rule's phrase, the rule's window).
    int addExclusion(const QString &themeId, ExclusionOwner owner, const QString &phrase, int window,
                     core::Exclusion::Order order = core::Exclusion::Order::Any);
    bool removeExclusion(const QString &themeId, ExclusionOwner owner, int exclusion);
    bool setExclusion(const QString &themeId, ExclusionOwner owner, int exclusion, const core::Exclusion &value);

    // The exclusions `owner` names; null if absent.
    const std::vector<core::Exclusion> *exclusions(const QString &themeId, ExclusionOwner owner) const;
    const core::Theme *theme(const QString &id) const;
    const core::Rule *rule(const QString &themeId, int rule) const; // null if absent

    // Why the last edit was refused, for people; empty when it was made or changed nothing.
    QString refusal() const { return m_refusal; }

    // The version name suggested when saving: "2026.2" → "2026.2-1" → "2026.2-2".
    static QString nextVersion(const QString &version);
    // An id for a new theme: the label folded to lower-case ASCII words joined by '_', made unique.
    static QString themeIdFor(const QString &label, const core::Dictionary &dictionary);

signals:
    // The dictionary changed (an edit, undo, redo, load): views read it again.
    void changed();
    // An edit was refused for the reason given (also in refusal()).
    void refused(const QString &why);

private:
    friend class DictionarySnapshot;
    void apply(core::Dictionary after, const QString &text);
    void set(const core::Dictionary &dictionary);
    std::vector<core::Exclusion> *exclusionsIn(core::Dictionary &d, const QString &themeId, ExclusionOwner owner) const;
    bool refuse(const QString &why);
    QString ruleAtFault() const;

    core::Dictionary m_dictionary;
    QString m_problem;
    QString m_refusal;
    std::shared_ptr<const core::ThemeMatcher> m_matcher;
    QUndoStack m_undo;
};

} // namespace vigie::gui
