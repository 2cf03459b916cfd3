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
// exactly, whatever the edit was. Themes are named by id, terms and exclusions by their index in
// their theme or term. Edits that would make no change, or that name something absent, are
// ignored and return false (or -1). GUI thread only.
class DictionaryEditor : public QObject
{
    Q_OBJECT

public:
    enum class ThemeField { LabelFr, LabelEn, Colour, Description };

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

    // `term` -1: an exclusion of the whole theme.
    int addExclusion(const QString &themeId, int term, const QString &phrase, int window);
    bool removeExclusion(const QString &themeId, int term, int exclusion);
    bool setExclusion(const QString &themeId, int term, int exclusion, const core::Exclusion &value);

    // The theme's exclusions (`term` -1) or the term's; null if absent.
    const std::vector<core::Exclusion> *exclusions(const QString &themeId, int term) const;
    const core::Theme *theme(const QString &id) const;

    // The version name suggested when saving: "2026.2" → "2026.2-1" → "2026.2-2".
    static QString nextVersion(const QString &version);
    // An id for a new theme: the label folded to lower-case ASCII words joined by '_', made unique.
    static QString themeIdFor(const QString &label, const core::Dictionary &dictionary);

signals:
    // The dictionary changed (an edit, undo, redo, load): views read it again.
    void changed();

private:
    friend class DictionarySnapshot;
    void apply(core::Dictionary after, const QString &text);
    void set(const core::Dictionary &dictionary);
    std::vector<core::Exclusion> *exclusionsIn(core::Dictionary &d, const QString &themeId, int term) const;

    core::Dictionary m_dictionary;
    QString m_problem;
    std::shared_ptr<const core::ThemeMatcher> m_matcher;
    QUndoStack m_undo;
};

} // namespace vigie::gui
