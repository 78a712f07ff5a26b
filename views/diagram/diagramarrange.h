// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QMap>
#include <QPointF>
#include <QRectF>
#include <Qt>

namespace tw::views {

/// Geometry of the arrange actions, on card rectangles keyed by table id. Pure: the scene turns the answers
/// into one layout command.
namespace diagramarrange {

/// New top-left positions that align the cards' left/right/top/bottom edges or centres (Qt::AlignLeft,
/// AlignRight, AlignHCenter, AlignTop, AlignBottom, AlignVCenter) with the outermost card.
QMap<model::Id, QPointF> align(const QMap<model::Id, QRectF> &cards, Qt::Alignment alignment);
/// New top-left positions that keep the first and last card (by position along @p orientation) and leave equal
/// gaps between neighbours. Fewer than three cards: unchanged.
QMap<model::Id, QPointF> distribute(const QMap<model::Id, QRectF> &cards, Qt::Orientation orientation);

} // namespace diagramarrange
} // namespace tw::views
