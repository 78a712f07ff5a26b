// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QPointF>

class QGraphicsPathItem;
class QGraphicsScene;

namespace tw::views {

class TableCardItem;

/// The rubber line of a drag from a column row to another card (drag-to-foreign-key). It only draws: the scene
/// decides what the drop means.
class ConnectionDrag
{
public:
    explicit ConnectionDrag(QGraphicsScene *scene);
    ~ConnectionDrag();
    ConnectionDrag(const ConnectionDrag &) = delete;
    ConnectionDrag &operator=(const ConnectionDrag &) = delete;

    void begin(TableCardItem *source, const model::Id &columnId, const QPointF &scenePos);
    /// Follows the cursor; @p over is the card under it (highlighted) or nullptr.
    void move(const QPointF &scenePos, TableCardItem *over);
    /// Removes the line and the highlight.
    void end();

    bool isActive() const { return m_source != nullptr; }
    /// Whether the cursor went far enough from the press to be a drag rather than a click.
    bool hasMoved() const { return m_moved; }
    TableCardItem *source() const { return m_source; }
    const model::Id &columnId() const { return m_columnId; }

private:
    QGraphicsScene *m_scene;
    TableCardItem *m_source = nullptr;
    TableCardItem *m_over = nullptr;
    model::Id m_columnId;
    QPointF m_pressPos;
    bool m_moved = false;
    QGraphicsPathItem *m_line = nullptr;
};

} // namespace tw::views
