// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/columnlistdelegate.h"

#include "model/itemmodels/tableitemmodel.h"

#include <QListWidget>

#include <algorithm>

namespace tw::views {
namespace {

const char *const kPickOrder = "pickOrder";

// The picked names in pick order: the property keeps it, the check states say what is still picked.
QStringList pickedNames(const QListWidget *list)
{
    QStringList order = list->property(kPickOrder).toStringList();
    QStringList result;
    for (const QString &name : order) {
        const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
        if (!items.isEmpty() && items.first()->checkState() == Qt::Checked)
            result << name;
    }
    return result;
}

} // namespace

QWidget *ColumnListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *list = new QListWidget(parent);
    list->setAutoFillBackground(true);
    for (const QString &name : index.data(model::TableItemModel::ChoicesRole).toStringList()) {
        auto *item = new QListWidgetItem(name, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(list, &QListWidget::itemChanged, list, [list](QListWidgetItem *item) {
        QStringList order = list->property(kPickOrder).toStringList();
        order.removeAll(item->text());
        if (item->checkState() == Qt::Checked)
            order << item->text();
        list->setProperty(kPickOrder, order);
    });
    return list;
}

void ColumnListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *list = static_cast<QListWidget *>(editor);
    const QStringList picked = index.data(Qt::EditRole).toStringList();
    const QSignalBlocker blocker(list);
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(picked.contains(list->item(row)->text()) ? Qt::Checked : Qt::Unchecked);
    list->setProperty(kPickOrder, picked);
}

void ColumnListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QStringList picked = pickedNames(static_cast<QListWidget *>(editor));
    if (picked != index.data(Qt::EditRole).toStringList())
        model->setData(index, picked, Qt::EditRole);
}

void ColumnListDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &) const
{
    // Taller than the row: the list drops down over the rows below. In a short view it moves up, but never above
    // the view's top, and when it is still too tall it gets shorter and scrolls: every column stays reachable.
    auto *list = static_cast<QListWidget *>(editor);
    const int rowHeight = std::max(option.rect.height(), list->sizeHintForRow(0));
    const QRect bounds = editor->parentWidget()->rect();
    const int wanted = rowHeight * std::clamp(list->count(), 1, 8) + 2 * list->frameWidth();
    QRect rect(option.rect.topLeft(), QSize(std::max(option.rect.width(), 160), std::min(wanted, bounds.height())));
    if (rect.bottom() > bounds.bottom())
        rect.moveBottom(bounds.bottom());
    if (rect.top() < bounds.top())
        rect.moveTop(bounds.top());
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    editor->setGeometry(rect);
}

} // namespace tw::views
