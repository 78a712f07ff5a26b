// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/tablecarditem.h"

#include "model/document/schemadocument.h"
#include "views/diagram/cachedrepaint.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecardpainter.h"

#include <QCoreApplication>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsView>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace tw::views {

using namespace diagramtheme;

TableCardItem::TableCardItem(const model::SchemaDocument *document, const model::Id &tableId, qsizetype row)
    : m_document(document)
    , m_tableId(tableId)
    , m_rowHint(row)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1); // above the relationship lines
    refresh();
}

TableCardItem::~TableCardItem()
{
    // ~QGraphicsItem takes the card out of the scene after this class is gone, so itemChange() is not told.
    if (auto *diagram = qobject_cast<DiagramScene *>(scene()))
        diagram->removeCardFromGrid(this);
}

void TableCardItem::placeInGrid()
{
    if (auto *diagram = qobject_cast<DiagramScene *>(scene()))
        diagram->placeCardInGrid(this);
}

const model::Table *TableCardItem::table() const
{
    // Every paint and hit test asks: remember the table's row so that a diagram of thousands of tables does not
    // search the schema once per card per frame. Rows change (insert, remove, move), so the hint is checked.
    const QList<model::Table> &tables = m_document->schema().tables;
    if (m_rowHint >= 0 && m_rowHint < tables.size() && tables[m_rowHint].id == m_tableId)
        return &tables[m_rowHint];
    m_rowHint = m_document->schema().tableRow(m_tableId);
    return m_rowHint < 0 ? nullptr : &tables[m_rowHint];
}

void TableCardItem::refresh()
{
    const model::Table *t = table();
    if (!t)
        return;
    const double layoutWidth = m_document->layout().item(m_tableId).width;
    const QRectF rect(0, 0, layoutWidth > 0 ? layoutWidth : tablecardpainter::preferredWidth(*t),
                      tablecardpainter::height(*t));
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
        placeInGrid();
    }
    setToolTip(titleToolTip());
    repaintInEveryView(this);
}

void TableCardItem::setModelPosition(const QPointF &position)
{
    m_applyingModel = true;
    setPos(position);
    m_applyingModel = false;
}

TableCardItem::Detail TableCardItem::detailFor(double levelOfDetail)
{
    return levelOfDetail < kTitleOnlyLevelOfDetail ? Detail::TitleOnly : Detail::Full;
}

TableCardItem::Detail TableCardItem::detailFor(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (engine && (engine->type() == QPaintEngine::Pdf || engine->type() == QPaintEngine::SVG))
        return Detail::Full;
    return detailFor(QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()));
}

model::Id TableCardItem::columnAt(const QPointF &itemPos) const
{
    const model::Table *t = table();
    if (!t || !m_rect.contains(itemPos) || itemPos.y() < kHeaderHeight)
        return {};
    const int row = int(std::floor((itemPos.y() - kHeaderHeight) / kRowHeight));
    return row < t->columns.size() ? t->columns[row].id : model::Id();
}

double TableCardItem::columnAnchorY(const model::Id &columnId) const
{
    const model::Table *t = table();
    const qsizetype row = t ? t->columnRow(columnId) : -1;
    const double local = row < 0 ? kHeaderHeight / 2 : kHeaderHeight + (double(row) + 0.5) * kRowHeight;
    return mapToScene(QPointF(0, local)).y();
}

void TableCardItem::setDropHighlighted(bool highlighted)
{
    if (m_dropHighlighted == highlighted)
        return;
    m_dropHighlighted = highlighted;
    repaintInEveryView(this);
}

QRectF TableCardItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 4); // the selection outline and the shadow
}

QPainterPath TableCardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, kCornerRadius, kCornerRadius);
    return path;
}

void TableCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const model::Table *t = table();
    if (!t)
        return;
    tablecardpainter::CardState state;
    state.detail = detailFor(painter);
    state.selected = option->state & QStyle::State_Selected;
    state.dropHighlighted = m_dropHighlighted;
    state.drifted = !m_driftLines.isEmpty();
    state.headerColor = m_document->layout().item(m_tableId).color;
    tablecardpainter::paint(painter, m_rect, *t, state);
}

void TableCardItem::setDriftLines(const QStringList &lines)
{
    if (lines == m_driftLines)
        return;
    m_driftLines = lines;
    setToolTip(titleToolTip());
    repaintInEveryView(this);
}

QString TableCardItem::titleToolTip() const
{
    const model::Table *t = table();
    if (!t)
        return QString();
    QString tip = t->comment.isEmpty() ? t->name : t->name + QStringLiteral("\n") + t->comment;
    if (!m_driftLines.isEmpty())
        tip += QStringLiteral("\n\n") + QCoreApplication::translate("TableCardItem", "Drift in the live database:") +
               QStringLiteral("\n") + m_driftLines.join(u'\n');
    return tip;
}

QVariant TableCardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_snapToGrid && !m_applyingModel) {
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / kGridSize) * kGridSize, std::round(p.y() / kGridSize) * kGridSize);
    }
    if (change == ItemSceneChange) {
        if (auto *diagram = qobject_cast<DiagramScene *>(scene()))
            diagram->removeCardFromGrid(this);
    }
    if (change == ItemSceneHasChanged)
        placeInGrid();
    if (change == ItemSelectedHasChanged)
        repaintInEveryView(this); // the selection outline
    if (change == ItemPositionHasChanged) {
        placeInGrid(); // before the lines are re-routed around it
        for (RelationItem *relation : std::as_const(m_relations))
            relation->updateRoute();
    }
    return QGraphicsItem::itemChange(change, value);
}

void TableCardItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const model::Table *t = table();
    // Rows start relationship drags (see DiagramScene), the title moves the card: the cursor says which.
    const auto *view = event->widget() ? qobject_cast<const QGraphicsView *>(event->widget()->parentWidget()) : nullptr;
    const double lod = view ? QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->transform()) : 1.0;
    const model::Id column = detailFor(lod) == Detail::Full ? columnAt(event->pos()) : model::Id();
    setCursor(column.isNull() ? Qt::SizeAllCursor : Qt::CrossCursor);
    const QString tip =
        t && !column.isNull() ? tablecardpainter::rowToolTip(*t, int(t->columnRow(column))) : titleToolTip();
    if (toolTip() != tip)
        setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace tw::views
