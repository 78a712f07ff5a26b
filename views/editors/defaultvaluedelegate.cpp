// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/defaultvaluedelegate.h"

#include "model/itemmodels/tableitemmodel.h"
#include "views/editors/defaultvalueeditor.h"

namespace tw::views {

QWidget *DefaultValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *editor = new DefaultValueEditor(parent);
    editor->setKinds(index.data(model::TableItemModel::ChoicesRole).toStringList());
    editor->setNowExpression(index.data(model::TableItemModel::PresetRole).toString());
    return editor;
}

void DefaultValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<DefaultValueEditor *>(editor)->setValue(index.data(Qt::EditRole).toStringList());
}

void DefaultValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QStringList value = static_cast<DefaultValueEditor *>(editor)->value();
    if (value != index.data(Qt::EditRole).toStringList())
        model->setData(index, value, Qt::EditRole);
}

void DefaultValueDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    // The kind combo and the value field need more room than a narrow column gives.
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width() + 80));
    editor->setGeometry(rect);
}

} // namespace tw::views
