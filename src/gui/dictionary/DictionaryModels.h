// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/TermHits.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QString>

#include <memory>
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

// One theme's terms: text, mentions and programmes in the study, the matching options, the note.
// Editable: text and note by typing, options by their check boxes; every edit goes through the
// editor (so it can be undone).
class TermsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, HitsColumn, ProgrammesColumn, ExactColumn, StemColumn, PluralColumn, NoteColumn };

    explicit TermsModel(DictionaryEditor &editor, QObject *parent = nullptr);

    void setTheme(const QString &themeId);
    QString theme() const { return m_theme; }
    void setHits(HitCounts hits);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    DictionaryEditor &m_editor;
    QString m_theme;
    int m_themeIndex = -1;
    int m_rows = 0;
    HitCounts m_hits;
};

// The exclusions of a theme (term -1) or of one of its terms: phrase and window in words.
class ExclusionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PhraseColumn, WindowColumn };

    explicit ExclusionsModel(DictionaryEditor &editor, QObject *parent = nullptr);

    void setOwner(const QString &themeId, int term);
    QString theme() const { return m_theme; }
    int term() const { return m_term; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    DictionaryEditor &m_editor;
    QString m_theme;
    int m_term = -1;
    int m_rows = 0;
};

} // namespace vigie::gui
