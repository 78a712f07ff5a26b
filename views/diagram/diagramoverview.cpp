// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramoverview.h"

#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/diagramview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace tw::views {

DiagramOverview::DiagramOverview(DiagramView *view, QWidget *parent)
    : QGraphicsView(view->scene(), parent)
    , m_view(view)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(FullViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setCursor(Qt::PointingHandCursor);
    connect(view, &DiagramView::viewportChanged, viewport(), qOverload<>(&QWidget::update));
    connect(view->scene(), &QGraphicsScene::changed, this, &DiagramOverview::fitDiagram);
    fitDiagram();
}

QRectF DiagramOverview::visibleSceneRect() const
{
    if (!m_view)
        return {};
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void DiagramOverview::fitDiagram()
{
    if (!m_view)
        return;
    const QRectF cards = m_view->diagramScene()->cardsBoundingRect();
    if (cards.isEmpty())
        return;
    fitInView(cards.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
}

void DiagramOverview::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, diagramtheme::canvasColor());
}

void DiagramOverview::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = visibleSceneRect();
    if (visible.isEmpty())
        return;
    // Dim everything outside the visible area, then outline it.
    QPainterPath outside;
    outside.addRect(mapToScene(viewport()->rect()).boundingRect());
    outside.addRect(visible);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(30, 40, 60, 35));
    painter->drawPath(outside);
    QColor accent = diagramtheme::selectionColor();
    painter->setPen(QPen(accent, 0));
    accent.setAlpha(25);
    painter->setBrush(accent);
    painter->drawRect(visible);
}

void DiagramOverview::navigate(const QPoint &viewportPos)
{
    if (m_view)
        m_view->QGraphicsView::centerOn(mapToScene(viewportPos));
}

void DiagramOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    navigate(event->position().toPoint());
}

void DiagramOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        navigate(event->position().toPoint());
}

void DiagramOverview::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
}

void DiagramOverview::wheelEvent(QWheelEvent *)
{
    // The overview always shows the whole diagram: no scrolling or zooming of its own.
}

void DiagramOverview::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitDiagram();
}

} // namespace tw::views
