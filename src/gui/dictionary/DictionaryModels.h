// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/TermHits.h"
#include "tagging/Dictionary.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QColor>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace vigie::gui {

class DictionaryEditor;

// Hit counts of the dictionary as it is being edited, and whether they are still those of the
// dictionary shown: an edit makes them stale (shown "…") until they are counted again.
struct HitCounts
{
    std::shared_ptr<const core::TermHits> hits; // null: not counted yet
    bool current = false;
};

// What an editable cell offers its editor (CellDelegate): the choices of a combo box (a
// QStringList; the value is the index), or the range of a number.
enum EditorRole { ChoicesRole = Qt::UserRole + 20, MinimumRole, MaximumRole };

// A choice's index (ChoicesRole) as the enum value it stands for (0 to `last`); nullopt when it
// is none of them.
template <typename Enum> std::optional<Enum> choiceOf(const QVariant &value, Enum last)
{
    bool ok = false;
    const int i = value.toInt(&ok);
    if (!ok || i < 0 || i > static_cast<int>(last))
        return std::nullopt;
    return static_cast<Enum>(i);
}

// The colour of the counts of a term or rule that finds nothing in the study: worth a look.
inline QColor nothingFoundColour()
{
    return QColor(0xB0, 0x3A, 0x00);
}

// The theme tree: label (with its colour), number of own terms, and mentions of the theme with
// its sub-themes in the study. Reset on every change of the dictionary.
class ThemeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, TermsColumn, HitsColumn };
    enum Role { ThemeIdRole = Qt::UserRole + 1 };

    explicit ThemeTreeModel(DictionaryEditor &editor, QObject *parent = nullptr);

    void setHits(HitCounts hits);
    QModelIndex indexOf(const QString &themeId) const;
    QString themeId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    std::int64_t rolledUp(int theme) const;

    DictionaryEditor &m_editor;
    HitCounts m_hits;
    std::vector<std::vector<int>> m_children; // per theme; the last entry holds the roots
    std::vector<int> m_parent; // per theme, -1 for a root
    std::vector<int> m_row; // per theme, among its siblings
};

// What the tables of one theme's entries (its terms, its rules) share: they follow the theme
// through edits (reset when the number of entries or the theme's place changes, cells updated
// otherwise), and show each entry's mentions and programmes from the hit counts ("…" while they
// are stale, a zero in nothingFoundColour()). A row is the entry's index in its theme.
class ThemeEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setTheme(const QString &themeId);
    QString theme() const { return m_theme; }
    void setHits(HitCounts hits);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    ThemeEntriesModel(DictionaryEditor &editor, int columns, int hitsColumn, int programmesColumn, QObject *parent);
    virtual std::size_t entries(const core::Theme &theme) const = 0;
    virtual std::int64_t hitsOf(int row) const = 0; // mentions (counts are current)
    virtual std::int64_t programmesOf(int row) const = 0;
    // The hits' and programmes' columns; null for the other columns and roles.
    QVariant hitsData(const QModelIndex &index, int role) const;

    DictionaryEditor &m_editor;
    QString m_theme;
    int m_themeIndex = -1;
    HitCounts m_hits;

private:
    void reload();
    int rowsNow() const;

    int m_rows = 0;
    int m_columns;
    int m_hitsColumn;
    int m_programmesColumn;
};

// One theme's terms: text, mentions and programmes in the study, the matching options, the note.
// Editable: text and note by typing, options by their check boxes; every edit goes through the
// editor (so it can be undone).
class TermsModel : public ThemeEntriesModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, HitsColumn, ProgrammesColumn, ExactColumn, StemColumn, PluralColumn, NoteColumn };

    explicit TermsModel(DictionaryEditor &editor, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::size_t entries(const core::Theme &theme) const override { return theme.terms.size(); }
    std::int64_t hitsOf(int row) const override;
    std::int64_t programmesOf(int row) const override;
};

// The exclusions of a theme, of one of its terms or of one of its rules ("unless"): phrase,
// window in words (0: overlap only, or for a rule the rule's window) and the side where the
// phrase must stand (ChoicesRole).
class ExclusionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PhraseColumn, WindowColumn, OrderColumn };

    explicit ExclusionsModel(DictionaryEditor &editor, QObject *parent = nullptr);

    // `owner` as DictionaryEditor::ExclusionOwner: the theme's (-1), a term's index, or a rule's.
    void setOwner(const QString &themeId, int term);
    void setRuleOwner(const QString &themeId, int rule);
    QString theme() const { return m_theme; }
    int term() const { return m_term; }
    int rule() const { return m_rule; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void own(const QString &themeId, int term, int rule);
    const std::vector<core::Exclusion> *list() const;

    DictionaryEditor &m_editor;
    QString m_theme;
    int m_term = -1;
    int m_rule = -1;
    int m_rows = 0;
};

} // namespace vigie::gui
