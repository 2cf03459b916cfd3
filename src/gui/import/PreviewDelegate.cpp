// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/PreviewDelegate.h"

#include "gui/common/Common.h"
#include "gui/import/ImportPreviewModel.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <vector>

namespace vigie::gui {

using Column = ImportPreviewModel::Column;

PreviewDelegate::PreviewDelegate(ImportPreviewModel *model, QTableView *view)
    : QStyledItemDelegate(view)
    , m_model(model)
    , m_view(view)
{ }

QWidget *PreviewDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const Column column = m_model->columnAt(index.column());
    if (column == Column::Commune) {
        auto *combo = new QComboBox(parent);
        const auto candidates = m_model->candidates(index.row());
        combo->addItem(styleIcon(QStyle::SP_MessageBoxWarning),
                       ImportPreviewModel::tr("À choisir parmi %1 communes…").arg(candidates.size()), QString());
        for (const auto &[insee, label] : candidates)
            combo->addItem(label, insee);
        auto *self = const_cast<PreviewDelegate *>(this);
        QObject::connect(combo, &QComboBox::activated, combo, [self, combo] { emit self->commitData(combo); });
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (column == Column::Year) {
            static const QRegularExpression digits(QStringLiteral("\\d{0,4}"));
            line->setValidator(new QRegularExpressionValidator(digits, line));
        } else if (column == Column::City) {
            line->setPlaceholderText(ImportPreviewModel::tr("Ville, « Ville (département) » ou code INSEE"));
        }
    }
    return editor;
}

void PreviewDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_model->columnAt(index.column()) == Column::File)
        option->textElideMode = Qt::ElideLeft; // the end of a path says which file it is
}

void PreviewDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (qobject_cast<QComboBox *>(editor))
        editor->setGeometry(option.rect); // the whole cell: the combo is what the cell shows
    else
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void PreviewDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(m_model->row(index.row()).chosenInsee)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PreviewDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        m_model->chooseCommune(index.row(), combo->currentData().toString());
        return;
    }
    const QVariant value = editor->property(editor->metaObject()->userProperty().name());
    std::vector<int> rows { index.row() };
    if (m_view->selectionModel()->isRowSelected(index.row(), {}))
        for (const QModelIndex &selected : m_view->selectionModel()->selectedRows())
            if (selected.row() != index.row())
                rows.push_back(selected.row());
    for (int row : rows) {
        const QModelIndex cell = m_model->index(row, index.column());
        if (m_model->flags(cell) & Qt::ItemIsEditable)
            m_model->setData(cell, value);
    }
}

} // namespace vigie::gui
