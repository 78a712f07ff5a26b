// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QGraphicsScene;

namespace tw::views {

/// Where a new card goes: the top-left nearest to @p preferred at which a card of @p size, with a margin around
/// it, covers no card and no relationship line of @p scene. Candidates inside @p visible come first, so that the
/// card appears where the user looks; when the visible area is full the nearest free place anywhere is taken.
/// Positions are on the diagram's grid.
QPointF findFreeSpot(const QGraphicsScene &scene, const QPointF &preferred, const QSizeF &size, const QRectF &visible);

} // namespace tw::views
