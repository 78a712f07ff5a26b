// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramview.h"

#include "model/document/schemadocument.h"
#include "views/diagram/diagramexport.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtabs.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/freespot.h"
#include "views/diagram/tablecarditem.h"
#include "views/diagram/tablecardpainter.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tw::views {
namespace {

constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.2;
/// The smallest zoom a project opens at: below it the column names on the cards are hard to read.
constexpr double kReadableZoom = 0.75;

} // namespace

using namespace diagramtheme;

DiagramView::DiagramView(model::SchemaDocument *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new DiagramScene(document, this))
    , m_tabs(new DiagramTabs(document, this))
{
    connect(m_tabs, &DiagramTabs::shownChanged, this, &DiagramView::placeTabs);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &DiagramScene::selectedTablesChanged, this, &DiagramView::selectionChanged);
    connect(m_scene, &DiagramScene::tableActivated, this, &DiagramView::tableActivated);
    connect(m_scene, &DiagramScene::columnActivated, this, &DiagramView::columnActivated);
    connect(m_scene, &DiagramScene::viewActivated, this, &DiagramView::viewActivated);
    connect(m_scene, &DiagramScene::laidOut, this, &DiagramView::zoomForReading);
    connect(m_scene, &QGraphicsScene::changed, this, &DiagramView::updateSceneRect);
    // Another diagram view has other cards in other places: open it as a project opens.
    connect(document, &model::SchemaDocument::activeDiagramChanged, this, &DiagramView::zoomForReading);
    updateSceneRect();
}

DiagramView::~DiagramView()
{
    // The scene is our child: take it down while this is still a DiagramView, so that nothing it emits while
    // clearing its items reaches a half-destroyed receiver.
    setScene(nullptr);
    delete m_scene;
}

double DiagramView::zoom() const
{
    return transform().m11();
}

bool DiagramView::snapToGrid() const
{
    return m_scene->snapToGrid();
}

QList<model::Id> DiagramView::selectedTableIds() const
{
    return m_scene->selectedTableIds();
}

QList<model::Id> DiagramView::selectedViewIds() const
{
    return m_scene->selectedViewIds();
}

void DiagramView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - this->zoom()) < 1e-6)
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
    Q_EMIT viewportChanged();
}

void DiagramView::zoomIn()
{
    m_refitOnResize = false;
    setZoom(zoom() * kZoomStep);
}
void DiagramView::zoomOut()
{
    m_refitOnResize = false;
    setZoom(zoom() / kZoomStep);
}
void DiagramView::resetZoom()
{
    m_refitOnResize = false;
    setZoom(1.0);
}

void DiagramView::zoomForReading()
{
    m_refitOnResize = true;
    fitForReading();
}

void DiagramView::fitForReading()
{
    const QRectF bounds = m_scene->cardsBoundingRect();
    if (bounds.isEmpty()) {
        setZoom(1.0);
        return;
    }
    updateSceneRect(); // scrolling stops at the scene's rect: it must hold the cards before the view moves there
    const QRectF target = bounds.adjusted(-kRenderMargin, -kRenderMargin, kRenderMargin, kRenderMargin);
    const QSize area = viewport()->size();
    const double zoom =
        std::clamp(std::min(area.width() / target.width(), area.height() / target.height()), kReadableZoom, 1.0);
    setZoom(zoom);
    // Content larger than the view at the readable floor opens where reading starts: at the schema's first table
    // (the layout's first layer), near the view's top or left edge along each direction that does not fit, kept
    // within the content; not at its middle (the first cards cut off) nor at a corner that may hold no card.
    const QSizeF visible(area.width() / zoom, area.height() / zoom);
    const QRectF first = m_scene->firstCardRect();
    const auto along = [](double start, double end, double firstStart, double span) {
        if (end - start <= span)
            return (start + end) / 2;
        const double from = std::clamp(firstStart - kRenderMargin, start, end - span);
        return from + span / 2;
    };
    const QPointF centre(
        along(target.left(), target.right(), first.isNull() ? target.left() : first.left(), visible.width()),
        along(target.top(), target.bottom(), first.isNull() ? target.top() : first.top(), visible.height()));
    QGraphicsView::centerOn(centre);
    Q_EMIT viewportChanged();
}

void DiagramView::zoomToFit()
{
    m_refitOnResize = false;
    const QRectF bounds = m_scene->cardsBoundingRect();
    if (bounds.isEmpty())
        return;
    const QRectF target = bounds.adjusted(-kRenderMargin, -kRenderMargin, kRenderMargin, kRenderMargin);
    const QSize area = viewport()->size();
    setZoom(std::min({1.0, area.width() / target.width(), area.height() / target.height()}));
    QGraphicsView::centerOn(bounds.center());
}

QPointF DiagramView::placeForNewTable(const model::Table &table) const
{
    // Room for the columns the user is about to add, so that the growing card does not reach its neighbours.
    constexpr int kRowsToGrowInto = 8;
    const QSizeF size(std::max(tablecardpainter::preferredWidth(table), 220.0),
                      kHeaderHeight + kRowHeight * std::max<qsizetype>(table.columns.size(), kRowsToGrowInto) +
                          kBottomPadding);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QPointF preferred = visible.center() - QPointF(size.width(), size.height()) / 2;
    if (const QList<model::Id> selected = selectedTableIds(); selected.size() == 1)
        preferred = m_scene->card(selected.first())->sceneCardRect().topRight() + QPointF(60, 0);
    return findFreeSpot(*m_scene, preferred, size, visible);
}

void DiagramView::selectTables(const QList<model::Id> &tableIds)
{
    m_scene->selectTables(tableIds);
}

void DiagramView::centerOn(const model::Id &tableId)
{
    m_refitOnResize = false;
    if (const TableCardItem *card = m_scene->card(tableId))
        QGraphicsView::centerOn(card->sceneCardRect().center());
}

void DiagramView::autoLayout()
{
    m_scene->autoLayout();
}
void DiagramView::alignSelected(Qt::Alignment alignment)
{
    m_scene->alignSelected(alignment);
}
void DiagramView::distributeSelected(Qt::Orientation orientation)
{
    m_scene->distributeSelected(orientation);
}
bool DiagramView::createManyToMany()
{
    return m_scene->createManyToManyFromSelection();
}
bool DiagramView::deleteSelected()
{
    return m_scene->removeSelected();
}
void DiagramView::setSnapToGrid(bool snap)
{
    m_scene->setSnapToGrid(snap);
}

void DiagramView::setGridVisible(bool visible)
{
    m_gridVisible = visible;
    resetCachedContent();
    viewport()->update();
}

// Generous room around the cards so that there is always space to drag into and to pan.
void DiagramView::updateSceneRect()
{
    const QRectF bounds = m_scene->cardsBoundingRect();
    const QRectF wanted = (bounds.isNull() ? QRectF(0, 0, 800, 600) : bounds).adjusted(-1500, -1500, 1500, 1500);
    if (!m_scene->sceneRect().contains(wanted))
        m_scene->setSceneRect(m_scene->sceneRect().united(wanted));
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, canvasColor());
    if (!m_gridVisible)
        return;
    // Minor lines fade out when zoomed out so the grid never turns into a grey wash.
    const double step = zoom() < 0.5 ? kGridSize * 5 : kGridSize;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVarLengthArray<QLineF, 256> minor;
    QVarLengthArray<QLineF, 256> major;
    for (double x = left; x < rect.right(); x += step)
        (std::lround(x / step) % 5 == 0 ? major : minor).append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = top; y < rect.bottom(); y += step)
        (std::lround(y / step) % 5 == 0 ? major : minor).append(QLineF(rect.left(), y, rect.right(), y));
    painter->setPen(QPen(gridColor(), 0));
    painter->drawLines(minor.data(), int(minor.size()));
    painter->setPen(QPen(isDark() ? gridColor().lighter(135) : gridColor().darker(106), 0));
    painter->drawLines(major.data(), int(major.size()));
}

void DiagramView::changeEvent(QEvent *event)
{
    // A new theme: the cards cache their pixels, so each one repaints in the new colours.
    if (event->type() == QEvent::PaletteChange) {
        resetCachedContent();
        for (QGraphicsItem *item : m_scene->items())
            item->update();
        viewport()->update();
    }
    QGraphicsView::changeEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    m_refitOnResize = false;
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(kZoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (m_scene->focusItem() && m_scene->focusItem()->type() == QGraphicsTextItem::Type) {
        QGraphicsView::keyPressEvent(event); // typing in a note: arrows and Space are text
        return;
    }
    m_refitOnResize = false;
    const double step = event->modifiers() & Qt::ShiftModifier ? 1 : kGridSize / 2;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (!m_scene->selectedTableIds().isEmpty()) {
        m_scene->nudgeSelected(delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
    }
    QGraphicsView::keyReleaseEvent(event);
}

bool DiagramView::startPan(QMouseEvent *event)
{
    if (event->button() != Qt::MiddleButton && !(event->button() == Qt::LeftButton && m_spaceHeld))
        return false;
    m_panning = true;
    m_panOrigin = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
    return true;
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    m_refitOnResize = false;
    if (!startPan(event))
        QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_panOrigin;
    m_panOrigin = event->position().toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportChanged();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeTabs();
    if (m_refitOnResize)
        fitForReading();
    Q_EMIT viewportChanged();
}

void DiagramView::placeTabs()
{
    const int height = m_tabs->isVisibleTo(this) ? m_tabs->sizeHint().height() : 0;
    setViewportMargins(0, height, 0, 0);
    m_tabs->setGeometry(frameWidth(), frameWidth(), width() - 2 * frameWidth(), height);
}

void DiagramView::addNote()
{
    m_scene->addNote(mapToScene(viewport()->rect().center()) - QPointF(110, 50));
}

bool DiagramView::newViewFromSelection()
{
    return m_scene->promptNewViewFromSelection();
}

bool DiagramView::renderToImage(const QString &path, PdfLayout pdfLayout)
{
    return exportDiagram(*m_scene, path, pdfLayout);
}

} // namespace tw::views
