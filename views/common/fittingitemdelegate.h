// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace tw::views {

/// For the list views of the narrow side panels (Pending Changes, History): an item is never wider than the
/// view, so a long line ends in "…" instead of needing a sideways scroll bar; the whole text is the item's tooltip
/// (the model's tooltip when it has one, then the whole text below it).
class FittingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Installs the delegate on @p list and makes the list re-fit its items when it is resized.
    static void install(QListView *list);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    explicit FittingItemDelegate(QListView *list);

    QListView *m_list;
};

} // namespace tw::views
