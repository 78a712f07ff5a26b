// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"
#include "views/diagram/diagramitemtypes.h"
#include "views/diagram/edgerouter.h"
#include "views/diagram/relationcardinality.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

class TableCardItem;

/// The line of one foreign key, from the row of its (first) column on the child card to the row of the
/// referenced column on the parent card. Routing is delegated to an EdgeRouter and pixels to relationpainter;
/// this class keeps the route and answers hit tests. The cards call updateRoute() when they move.
class RelationItem : public QGraphicsItem
{
public:
    enum { Type = RelationItemType };

    RelationItem(const model::SchemaDocument *document, const model::Id &childTableId, const model::Id &foreignKeyId,
                 TableCardItem *child, TableCardItem *parent, const EdgeRouter *router);
    ~RelationItem() override;

    int type() const override { return Type; }
    const model::Id &foreignKeyId() const { return m_foreignKeyId; }
    const model::Id &childTableId() const { return m_childTableId; }
    TableCardItem *childCard() const { return m_child; }
    TableCardItem *parentCard() const { return m_parent; }

    /// Re-reads the key (columns, cardinality) and re-routes.
    void refresh();
    void updateRoute();
    void setRouter(const EdgeRouter *router);
    /// Both ends as the router sees them, with the current lane.
    RouteEnds routeEnds() const;
    /// routeEnds() without the obstacles, which addObstacles() gives from a list of the cards instead of the
    /// scene's grid (a worker thread cannot ask the scene).
    RouteEnds routeEndsWithoutObstacles() const;

    /// A card as addObstacles() sees it: its rectangle in the grid and the card's own, which the router avoids.
    struct ObstacleCard
    {
        const QGraphicsItem *card;
        QRectF gridRect;
        QRectF cardRect;
    };
    /// The obstacles routeEnds() would find for a line between @p child and @p parent, from @p cards in
    /// CardGrid::inOrder()'s order. Touches no item: it runs on a worker too.
    static void addObstacles(RouteEnds &ends, const QGraphicsItem *child, const QGraphicsItem *parent,
                             const QList<ObstacleCard> &cards);
    void setLane(int lane);
    int lane() const { return m_lane; }
    /// Takes a route made by the scene's router for routeEnds() in @p lane (a batch re-route of all lines).
    void setRoute(int lane, const QPolygonF &route);

    const QPolygonF &route() const { return m_route; }
    const Cardinality &cardinality() const { return m_cardinality; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /// Reads the key's cardinality and tooltip text.
    void readKey();

    const model::SchemaDocument *m_document;
    model::Id m_childTableId;
    model::Id m_foreignKeyId;
    TableCardItem *m_child;
    TableCardItem *m_parent;
    const EdgeRouter *m_router;
    int m_lane = 0;
    bool m_laned = false; ///< given a lane by the scene once: the lane it keeps while it is free
    QPolygonF m_route;
    mutable QPainterPath m_shape; ///< the route stroked 10 wide, made on first use after the route changes
    Cardinality m_cardinality;
};

} // namespace tw::views
