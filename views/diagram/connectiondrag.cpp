// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/connectiondrag.h"

#include "views/diagram/diagramtheme.h"
#include "views/diagram/tablecarditem.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QLineF>
#include <QPen>

namespace tw::views {

ConnectionDrag::ConnectionDrag(QGraphicsScene *scene)
    : m_scene(scene)
{
}

ConnectionDrag::~ConnectionDrag()
{
    end();
}

void ConnectionDrag::begin(TableCardItem *source, const model::Id &columnId, const QPointF &scenePos)
{
    end();
    m_source = source;
    m_columnId = columnId;
    m_pressPos = scenePos;
    m_moved = false;
}

void ConnectionDrag::move(const QPointF &scenePos, TableCardItem *over)
{
    if (!m_source)
        return;
    if (!m_moved && QLineF(m_pressPos, scenePos).length() < 6)
        return;
    m_moved = true;
    if (!m_line) {
        m_line = new QGraphicsPathItem;
        QPen pen(diagramtheme::selectionColor(), 1.6, Qt::DashLine, Qt::RoundCap);
        m_line->setPen(pen);
        m_line->setZValue(10);
        m_scene->addItem(m_line);
    }
    const QRectF card = m_source->sceneCardRect();
    const double y = m_source->columnAnchorY(m_columnId);
    const QPointF start(scenePos.x() >= card.center().x() ? card.right() : card.left(), y);
    QPainterPath path(start);
    path.lineTo(scenePos);
    path.addEllipse(start, 3, 3);
    m_line->setPath(path);
    if (over != m_over) {
        if (m_over)
            m_over->setDropHighlighted(false);
        m_over = over;
        if (m_over)
            m_over->setDropHighlighted(true);
    }
}

void ConnectionDrag::end()
{
    if (m_over)
        m_over->setDropHighlighted(false);
    delete m_line;
    m_line = nullptr;
    m_over = nullptr;
    m_source = nullptr;
    m_columnId = {};
    m_moved = false;
}

} // namespace tw::views
