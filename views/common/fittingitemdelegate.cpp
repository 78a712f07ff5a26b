// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/fittingitemdelegate.h"

#include <QHelpEvent>
#include <QListView>
#include <QToolTip>

namespace tw::views {

FittingItemDelegate::FittingItemDelegate(QListView *list)
    : QStyledItemDelegate(list)
    , m_list(list)
{
}

void FittingItemDelegate::install(QListView *list)
{
    list->setItemDelegate(new FittingItemDelegate(list));
    list->setTextElideMode(Qt::ElideRight);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust); // lays the items out again, at the new width, on every resize
}

QSize FittingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    hint.setWidth(std::min(hint.width(), std::max(1, m_list->viewport()->width() - 2 * m_list->spacing())));
    return hint;
}

bool FittingItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString tip = index.data(Qt::ToolTipRole).toString();
    const QString shown = tip.isEmpty() || tip == text ? text : tip.contains(text) ? tip : text + u'\n' + tip;
    if (shown.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), shown, view, view->visualRect(index));
    return true;
}

} // namespace tw::views
