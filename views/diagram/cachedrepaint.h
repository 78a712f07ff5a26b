// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace tw::views {

/// Schedules a repaint of @p item in every view of its scene. A card caches its pixels per view
/// (DeviceCoordinateCache), but QGraphicsItem::update() marks the cache stale only once: the first view to paint
/// (the overview, say) takes the mark and the diagram kept drawing the card as it was before the edit. Setting the
/// cache mode again drops every view's pixels, so each view draws the card anew.
inline void repaintInEveryView(QGraphicsItem *item)
{
    item->setCacheMode(item->cacheMode());
    item->update();
}

} // namespace tw::views
