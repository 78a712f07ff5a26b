// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/layout/diagramparts.h"
#include "views/diagram/diagramitemtypes.h"

#include <QGraphicsObject>

namespace tw::model {
class SchemaDocument;
} // namespace tw::model

namespace tw::views {

class NoteEditor;

/// A note on the diagram (model::DiagramNote): plain, wrapped text on coloured paper. It is moved with the selection
/// (the scene pushes one command per drag), resized from its bottom-right corner, and edited in place after a
/// double-click: Ctrl+Enter or a click elsewhere keeps the text, Escape drops it. Every change ends in one command
/// of model::DiagramEditor; the item shows what the document says (refresh()).
class NoteItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr double kMinWidth = 60;
    static constexpr double kMinHeight = 30;
    static constexpr double kPadding = 8;

    NoteItem(model::SchemaDocument *document, const model::Id &noteId);
    ~NoteItem() override;

    enum { Type = NoteItemType };
    int type() const override { return Type; }
    const model::Id &noteId() const { return m_noteId; }
    /// The note as the document has it (a default one when it is gone).
    model::DiagramNote note() const;
    /// Takes position, size, text and colour from the document, unless the text is being edited.
    void refresh();
    QRectF sceneNoteRect() const { return mapRectToScene(m_rect); }

    bool isEditing() const { return m_editor != nullptr; }
    /// Opens the text for editing in place, all of it selected.
    void startEditing();
    /// Closes the editor; with @p keep the text becomes one "Edit note" step (when it changed).
    void finishEditing(bool keep);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    bool onResizeHandle(const QPointF &itemPos) const;
    void setRect(const QRectF &rect);

    model::SchemaDocument *m_document;
    model::Id m_noteId;
    QRectF m_rect;
    NoteEditor *m_editor = nullptr;
    bool m_resizing = false;
    QPointF m_gripOffset; ///< from the press to the corner, while resizing
};

} // namespace tw::views
