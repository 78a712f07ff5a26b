// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/relationitem.h"

#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/relationpainter.h"
#include "views/diagram/tablecarditem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace tw::views {

RelationItem::RelationItem(const model::SchemaDocument *document, const model::Id &childTableId,
                           const model::Id &foreignKeyId, TableCardItem *child, TableCardItem *parent,
                           const EdgeRouter *router)
    : m_document(document)
    , m_childTableId(childTableId)
    , m_foreignKeyId(foreignKeyId)
    , m_child(child)
    , m_parent(parent)
    , m_router(router)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
    m_child->addRelation(this);
    if (m_parent != m_child)
        m_parent->addRelation(this);
    readKey(); // routed by the scene once it is added (a line outside the scene cannot see the cards)
}

RelationItem::~RelationItem()
{
    m_child->removeRelation(this);
    m_parent->removeRelation(this);
}

void RelationItem::refresh()
{
    readKey();
    updateRoute();
}

void RelationItem::readKey()
{
    // The cards find their tables without searching the schema (a rebuild refreshes every line).
    const model::Table *child = m_child->table();
    const model::ForeignKey *fk = child ? model::findById(child->foreignKeys, m_foreignKeyId) : nullptr;
    if (fk)
        m_cardinality = Cardinality::of(*child, *fk);
    const model::Table *parent = !fk                                      ? nullptr
                                 : fk->targetTable == m_parent->tableId() ? m_parent->table()
                                                                          : m_document->schema().table(fk->targetTable);
    setToolTip(fk && parent ? QStringLiteral("%1(%2) → %3(%4)")
                                  .arg(child->name, child->columnNames(fk->columns).join(QStringLiteral(", ")),
                                       parent->name, parent->columnNames(fk->targetColumns).join(QStringLiteral(", ")))
                            : QString());
}

namespace {

/// Cards near the two ends are what a route could run into; detours never reach further than this.
QRectF obstacleArea(const RouteEnds &ends)
{
    return ends.sourceCard.united(ends.targetCard).adjusted(-400, -400, 400, 400);
}

} // namespace

RouteEnds RelationItem::routeEndsWithoutObstacles() const
{
    RouteEnds ends;
    const model::Table *child = m_child->table();
    const model::ForeignKey *fk = child ? model::findById(child->foreignKeys, m_foreignKeyId) : nullptr;
    ends.sourceCard = m_child->sceneCardRect();
    ends.targetCard = m_parent->sceneCardRect();
    ends.sourceY = m_child->columnAnchorY(fk && !fk->columns.isEmpty() ? fk->columns.first() : model::Id());
    ends.targetY =
        m_parent->columnAnchorY(fk && !fk->targetColumns.isEmpty() ? fk->targetColumns.first() : model::Id());
    ends.selfReference = m_child == m_parent;
    ends.lane = m_lane;
    ends.previousLane = m_laned ? m_lane : -1;
    return ends;
}

RouteEnds RelationItem::routeEnds() const
{
    RouteEnds ends = routeEndsWithoutObstacles();
    // Lines live in a DiagramScene, whose grid of table cards answers without a query of the scene's index.
    const auto *diagram = qobject_cast<const DiagramScene *>(scene());
    if (diagram && !ends.selfReference) {
        for (const QGraphicsItem *item : diagram->cardGrid().intersecting(obstacleArea(ends))) {
            const auto *card = static_cast<const TableCardItem *>(item);
            if (card != m_child && card != m_parent)
                ends.obstacles << card->sceneCardRect();
        }
    }
    return ends;
}

void RelationItem::addObstacles(RouteEnds &ends, const QGraphicsItem *child, const QGraphicsItem *parent,
                                const QList<ObstacleCard> &cards)
{
    if (ends.selfReference)
        return;
    const QRectF area = obstacleArea(ends);
    for (const ObstacleCard &card : cards) {
        if (card.card != child && card.card != parent && area.intersects(card.gridRect))
            ends.obstacles << card.cardRect;
    }
}

void RelationItem::updateRoute()
{
    setRoute(m_lane, m_router->route(routeEnds()));
}

void RelationItem::setRoute(int lane, const QPolygonF &route)
{
    m_lane = lane;
    m_laned = true;
    if (route == m_route)
        return;
    prepareGeometryChange();
    m_route = route;
    m_shape = QPainterPath(); // stroked when a hit test first asks (most lines are never hit-tested)
}

void RelationItem::setRouter(const EdgeRouter *router)
{
    m_router = router;
    updateRoute();
}

void RelationItem::setLane(int lane)
{
    if (lane == m_lane)
        return;
    m_lane = lane;
    updateRoute();
}

QRectF RelationItem::boundingRect() const
{
    // The crow's feet reach a few pixels beside the line.
    return m_route.boundingRect().adjusted(-10, -10, 10, 10);
}

QPainterPath RelationItem::shape() const
{
    if (m_shape.isEmpty() && m_route.size() >= 2) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(relationpainter::linePath(m_route));
    }
    return m_shape;
}

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool highlighted =
        (option->state & QStyle::State_Selected) || m_child->isSelected() || m_parent->isSelected();
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < relationpainter::kSketchBelowScale)
        relationpainter::paintSketch(painter, m_route, highlighted);
    else
        relationpainter::paint(painter, m_route, m_cardinality, highlighted);
}

} // namespace tw::views
