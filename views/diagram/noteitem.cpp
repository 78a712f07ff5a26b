// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/noteitem.h"

#include "model/commands/diagrameditor.h"
#include "model/document/schemadocument.h"
#include "views/diagram/diagramtheme.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>
#include <functional>

namespace tw::views {

constexpr double kHandleSize = 12;

/// The in-place editor of a note: plain text, closed by focus leaving it, Ctrl+Enter (keep) or Escape (drop).
class NoteEditor : public QGraphicsTextItem
{
public:
    NoteEditor(const QString &text, std::function<void(bool)> finish, QGraphicsItem *parent)
        : QGraphicsTextItem(parent)
        , m_finish(std::move(finish))
    {
        setPlainText(text);
        setFont(diagramtheme::rowFont());
        setTextInteractionFlags(Qt::TextEditorInteraction);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (event->key() == Qt::Key_Escape || (enter && (event->modifiers() & Qt::ControlModifier))) {
            m_finish(event->key() != Qt::Key_Escape);
            return; // this item is gone
        }
        QGraphicsTextItem::keyPressEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QGraphicsTextItem::focusOutEvent(event);
        m_finish(true);
    }

private:
    std::function<void(bool)> m_finish;
};

NoteItem::NoteItem(model::SchemaDocument *document, const model::Id &noteId)
    : m_document(document)
    , m_noteId(noteId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(0.5); // above the lines, below the cards
    refresh();
}

NoteItem::~NoteItem()
{
    delete std::exchange(m_editor, nullptr); // its focus-out must not reach a half-destroyed note
}

model::DiagramNote NoteItem::note() const
{
    return m_document->layout().notes.value(m_noteId);
}

void NoteItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void NoteItem::refresh()
{
    const model::DiagramNote current = note();
    setPos(current.position);
    setRect(QRectF(QPointF(0, 0), current.size.expandedTo(QSizeF(kMinWidth, kMinHeight))));
    if (m_editor)
        m_editor->setTextWidth(m_rect.width() - 2 * kPadding);
    update();
}

QRectF NoteItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 3, 3); // the selection outline and the shadow
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const model::DiagramNote current = note();
    const QColor paper = current.color.isValid() ? current.color : diagramtheme::noteColor();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(diagramtheme::shadowColor());
    painter->drawRoundedRect(m_rect.translated(1.5, 2), 4, 4);
    painter->setBrush(paper);
    const QColor edge = current.color.isValid() ? paper.darker(135) : diagramtheme::noteBorderColor();
    painter->setPen(QPen(isSelected() ? diagramtheme::selectionColor() : edge, isSelected() ? 2 : 1));
    painter->drawRoundedRect(m_rect, 4, 4);
    // A folded corner says "note" at a glance, without a title bar taking room from the text.
    const double fold = 10;
    const QPointF corner = m_rect.topRight();
    painter->setBrush(paper.darker(115));
    painter->setPen(QPen(edge, 1));
    painter->drawPolygon(
        QPolygonF{corner + QPointF(-fold, 0), corner + QPointF(-fold, fold), corner + QPointF(0, fold)});
    if (!m_editor) {
        painter->setFont(diagramtheme::rowFont());
        painter->setPen(current.color.isValid() ? diagramtheme::textColorOn(paper) : diagramtheme::rowTextColor());
        painter->drawText(m_rect.adjusted(kPadding, kPadding, -kPadding - 4, -kPadding),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, current.text);
    }
    if (isSelected()) { // the resize grip
        painter->setPen(QPen(edge.darker(130), 1));
        const QPointF br = m_rect.bottomRight();
        for (double d = 4; d <= kHandleSize; d += 4)
            painter->drawLine(br + QPointF(-d, -2), br + QPointF(-2, -d));
    }
}

bool NoteItem::onResizeHandle(const QPointF &itemPos) const
{
    const QPointF br = m_rect.bottomRight();
    return isSelected() && itemPos.x() >= br.x() - kHandleSize && itemPos.y() >= br.y() - kHandleSize &&
           m_rect.contains(itemPos);
}

void NoteItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (onResizeHandle(event->pos()))
        setCursor(Qt::SizeFDiagCursor);
    else
        unsetCursor();
    QGraphicsObject::hoverMoveEvent(event);
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && onResizeHandle(event->pos()) && !m_editor) {
        m_resizing = true;
        m_gripOffset = m_rect.bottomRight() - event->pos(); // the corner follows the mouse, not jumps to it
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
}

void NoteItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsObject::mouseMoveEvent(event);
        return;
    }
    const QPointF corner = event->pos() + m_gripOffset;
    setRect(QRectF(0, 0, std::max(kMinWidth, std::round(corner.x())), std::max(kMinHeight, std::round(corner.y()))));
    update();
}

void NoteItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsObject::mouseReleaseEvent(event);
        return;
    }
    m_resizing = false;
    model::DiagramNote resized = note();
    resized.size = m_rect.size();
    if (!model::DiagramEditor(m_document).changeNote(m_noteId, resized))
        refresh();
}

void NoteItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    startEditing();
    event->accept();
}

void NoteItem::startEditing()
{
    if (m_editor)
        return;
    m_editor = new NoteEditor(
        note().text, [this](bool keep) { finishEditing(keep); }, this);
    m_editor->setPos(kPadding - 4, kPadding - 4); // QTextDocument's own margin is 4
    m_editor->setTextWidth(m_rect.width() - 2 * kPadding);
    m_editor->setDefaultTextColor(note().color.isValid() ? diagramtheme::textColorOn(note().color)
                                                         : diagramtheme::rowTextColor());
    m_editor->setFocus(Qt::MouseFocusReason);
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    m_editor->setTextCursor(cursor);
    update();
}

void NoteItem::finishEditing(bool keep)
{
    if (!m_editor)
        return;
    NoteEditor *editor = std::exchange(m_editor, nullptr);
    const QString text = editor->toPlainText();
    editor->deleteLater(); // it may be in the middle of its own event handler
    editor->hide();
    update();
    if (!keep)
        return;
    model::DiagramNote edited = note();
    edited.text = text;
    model::DiagramEditor(m_document).changeNote(m_noteId, edited);
}

} // namespace tw::views
