// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"
#include "views/diagram/diagramitemtypes.h"

#include <QGraphicsItem>

namespace tw::model {
class SchemaDocument;
struct View;
} // namespace tw::model

namespace tw::views {

/// The card of one database view: a dashed outline, an outlined header marked "VIEW" and its columns (or, when
/// drizzle records none, the start of its SELECT). Views have no keys, so no relationship lines attach. Like
/// TableCardItem it only reads the document; moves and double-clicks become commands in DiagramScene.
class ViewCardItem : public QGraphicsItem
{
public:
    enum { Type = ViewCardItemType };

    ViewCardItem(const model::SchemaDocument *document, const model::Id &viewId);

    int type() const override { return Type; }
    const model::Id &viewId() const { return m_viewId; }
    const model::View *view() const;

    void refresh();
    void setModelPosition(const QPointF &position);
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    QRectF sceneCardRect() const { return mapRectToScene(m_rect); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The rows a view card lists: its columns' "name  type", or the first lines of its definition.
    static QStringList rows(const model::View &view);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintHeader(QPainter *painter, const model::View &view, bool titleOnly) const;

    const model::SchemaDocument *m_document;
    model::Id m_viewId;
    QRectF m_rect;
    bool m_snapToGrid = false;
    bool m_applyingModel = false;
};

} // namespace tw::views
