// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"
#include "views/diagram/diagramitemtypes.h"

#include <QGraphicsItem>
#include <QList>
#include <QStringList>

namespace tw::model {
class SchemaDocument;
struct Table;
} // namespace tw::model

namespace tw::views {

class RelationItem;

/// The card of one table: a coloured header with the name and one row per column. It reads the table from the
/// document when it paints and never changes anything: drags, clicks and drops are turned into commands by
/// DiagramScene. refresh() is called by the scene when the table or its layout item changed.
class TableCardItem : public QGraphicsItem
{
public:
    enum { Type = TableCardItemType };
    /// What a card draws at a zoom level: every column row, or (zoomed far out) just its title.
    enum class Detail { Full, TitleOnly };

    /// @p row, when known, is where the table is in the schema's tables (table() checks it).
    TableCardItem(const model::SchemaDocument *document, const model::Id &tableId, qsizetype row = -1);
    ~TableCardItem() override;

    int type() const override { return Type; }
    const model::Id &tableId() const { return m_tableId; }
    /// The table as the document has it now, or nullptr while it is being removed.
    const model::Table *table() const;

    /// Recomputes the size from the table's columns and its layout width/colour.
    void refresh();
    /// Puts the card where the layout says without snapping it to the grid.
    void setModelPosition(const QPointF &position);
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }

    /// Which detail is drawn at the level of detail @p levelOfDetail (QStyleOptionGraphicsItem's scale).
    static Detail detailFor(double levelOfDetail);
    /// Which detail a card painted with @p painter shows: every row on a vector device (an exported PDF or SVG, which
    /// a reader zooms into however small the page made it), else by the painter's scale as above.
    static Detail detailFor(const QPainter *painter);
    /// The column whose row contains @p itemPos (item coordinates), or a null id for the header and padding.
    model::Id columnAt(const QPointF &itemPos) const;
    /// The vertical centre of a column's row in scene coordinates (the header's centre for an unknown column).
    double columnAnchorY(const model::Id &columnId) const;
    QRectF sceneCardRect() const { return mapRectToScene(m_rect); }

    void addRelation(RelationItem *relation) { m_relations << relation; }
    void removeRelation(RelationItem *relation) { m_relations.removeAll(relation); }
    const QList<RelationItem *> &relations() const { return m_relations; }
    /// Marks the card as the target of a relationship drag (drawn with a highlighted outline).
    void setDropHighlighted(bool highlighted);
    /// What the live database holds differently for this table, one line each (empty: no drift). A drifted card
    /// has an amber dashed outline and lists the lines in its title's tooltip.
    void setDriftLines(const QStringList &lines);
    const QStringList &driftLines() const { return m_driftLines; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString titleToolTip() const;
    /// Tells the diagram scene (if it is one) where the card is now, for the lines' obstacle lookups.
    void placeInGrid();

    const model::SchemaDocument *m_document;
    model::Id m_tableId;
    mutable qsizetype m_rowHint = -1; ///< where table() found the table last time
    QRectF m_rect;
    QList<RelationItem *> m_relations;
    bool m_snapToGrid = false;
    bool m_applyingModel = false;
    bool m_dropHighlighted = false;
    QStringList m_driftLines;
};

} // namespace tw::views
