// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <memory>

namespace tw::views {

/// What a router needs to know about one relationship line: both cards (scene rectangles) and the vertical
/// centre of the row each end attaches to. @c lane spreads lines that would share a vertical channel.
struct RouteEnds
{
    QRectF sourceCard; ///< the card holding the foreign-key column
    double sourceY = 0;
    QRectF targetCard; ///< the referenced card
    double targetY = 0;
    bool selfReference = false;
    int lane = 0;
    QList<QRectF> obstacles; ///< the other cards, which a line should go around
    /// The lane the line was drawn in before, -1 for a new line: assignLanes() keeps it while it is free, so an
    /// edit elsewhere does not make lines swap lanes.
    int previousLane = -1;
};

/// Turns a pair of ends into a polyline. The first and last points lie on the card outlines and the first and
/// last segments are horizontal stubs of at least kStub, so that cardinality marks always have room. The
/// orthogonal router tries a few candidate routes and keeps the one crossing the fewest cards, then the shortest.
class EdgeRouter
{
public:
    enum class Style { Straight, Orthogonal };
    static constexpr double kStub = 22;
    static constexpr double kLaneSpacing = 9;

    virtual ~EdgeRouter() = default;
    virtual Style style() const = 0;
    virtual QPolygonF route(const RouteEnds &ends) const = 0;

    static std::unique_ptr<EdgeRouter> create(Style style);
};

/// Gives each line a lane so that vertical segments sharing a channel do not lie on top of each other:
/// routes once in lane 0, groups the lines by the x of their vertical segment, and colours overlapping
/// y-intervals greedily (shortest first, so nested lines stay inside); a line first gets its previous lane back
/// when that is still free, so lines keep their lanes across edits that do not concern them. Writes @c lane of every
/// entry and, when
/// @p laneZeroRoutes is given, the lane-0 route of every entry (the final route of those that keep lane 0).
void assignLanes(QList<RouteEnds> &ends, const EdgeRouter &router, QList<QPolygonF> *laneZeroRoutes = nullptr);

} // namespace tw::views
