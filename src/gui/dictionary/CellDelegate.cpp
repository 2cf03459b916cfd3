// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/CellDelegate.h"

#include "gui/dictionary/DictionaryModels.h"

#include <QComboBox>
#include <QSpinBox>

namespace vigie::gui {

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices.toStringList());
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<CellDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    const QVariant minimum = index.data(MinimumRole);
    if (minimum.isValid()) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(minimum.toInt(), index.data(MaximumRole).toInt());
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace vigie::gui
