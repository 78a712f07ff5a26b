// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace tw::views {

/// QGraphicsItem::type() of every diagram item, kept in one place so that qgraphicsitem_cast never confuses two.
enum DiagramItemType {
    TableCardItemType = QGraphicsItem::UserType + 1,
    RelationItemType,
    ViewCardItemType,
    NoteItemType,
};

} // namespace tw::views
