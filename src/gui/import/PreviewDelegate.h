// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace vigie::gui {

class ImportPreviewModel;

// The commune editor: the candidates of an ambiguous city in a combo shown in the cell at all
// times (a persistent editor), so the choice to make is visible without a double-click. The
// other cells take a line; a value typed with several rows selected goes to every selected row
// that takes it, so that a folder of one city's programmes gets its city and year once.
class PreviewDelegate : public QStyledItemDelegate
{
public:
    PreviewDelegate(ImportPreviewModel *model, QTableView *view);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ImportPreviewModel *m_model;
    QTableView *m_view;
};

} // namespace vigie::gui
