// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramoverview.h"

#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/overviewsketch.h"

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
    connect(view->scene(), &QGraphicsScene::changed, this, &DiagramOverview::onSceneChanged);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kSketchRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        m_sketch = QPixmap();
        fitDiagram();
        viewport()->update();
    });
    fitDiagram();
}

QRectF DiagramOverview::visibleSceneRect() const
{
    if (!m_view)
        return {};
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void DiagramOverview::onSceneChanged()
{
    if (!m_sketching) {
        fitDiagram();
        // The sketch takes over when the diagram grows big (a project opened, tables pasted).
        if (!m_sketching)
            return;
    }
    if (!m_refresh.isActive())
        m_refresh.start();
}

void DiagramOverview::fitDiagram()
{
    if (!m_view)
        return;
    const bool sketching = m_view->diagramScene()->cards().size() >= m_sketchFromCards;
    if (sketching != m_sketching) {
        m_sketching = sketching;
        m_sketch = QPixmap();
        setScene(sketching ? &m_canvas : m_view->scene());
    }
    const QRectF cards = m_view->diagramScene()->cardsBoundingRect();
    if (cards.isEmpty())
        return;
    const QRectF shown = cards.adjusted(-30, -30, 30, 30);
    if (m_sketching && m_canvas.sceneRect() != shown) {
        m_canvas.setSceneRect(shown);
        m_sketch = QPixmap();
    }
    fitInView(shown, Qt::KeepAspectRatio);
}

void DiagramOverview::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, diagramtheme::canvasColor());
    if (!m_sketching || !m_view)
        return;
    const qreal ratio = viewport()->devicePixelRatioF();
    if (m_sketch.isNull() || m_sketch.size() != viewport()->size() * ratio) {
        m_sketch = QPixmap(viewport()->size() * ratio);
        m_sketch.setDevicePixelRatio(ratio);
        m_sketch.fill(diagramtheme::canvasColor());
        QPainter sketch(&m_sketch);
        sketch.setTransform(viewportTransform());
        paintOverviewSketch(&sketch, *m_view->diagramScene());
    }
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(0, 0, m_sketch);
    painter->restore();
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
    m_sketch = QPixmap();
    fitDiagram();
}

} // namespace tw::views
