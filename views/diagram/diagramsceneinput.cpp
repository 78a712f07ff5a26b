// SPDX-License-Identifier: GPL-3.0-or-later
// DiagramScene, continued: mouse and context-menu input. Kept apart from the document synchronisation so that
// each half stays readable; every handler ends in a command (or in plain selection).
#include "views/diagram/diagramscene.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "views/diagram/groupmenu.h"
#include "views/diagram/noteitem.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"
#include "views/diagram/viewcarditem.h"

#include <QColorDialog>
#include <QCoreApplication>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMenu>
#include <QMessageBox>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace tw::views {

using model::Id;

TableCardItem *DiagramScene::cardAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *card = qgraphicsitem_cast<TableCardItem *>(item))
            return card;
    }
    return nullptr;
}

// Rows can only be grabbed where they are drawn: not on cards zoomed out to their title.
bool DiagramScene::showsRows(const QGraphicsSceneMouseEvent *event) const
{
    const auto *view = event->widget() ? qobject_cast<const QGraphicsView *>(event->widget()->parentWidget()) : nullptr;
    const double lod = view ? QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->transform()) : 1.0;
    return TableCardItem::detailFor(lod) == TableCardItem::Detail::Full;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPositions.clear();
    TableCardItem *card = event->button() == Qt::LeftButton ? cardAt(event->scenePos()) : nullptr;
    const Id column = card && showsRows(event) ? card->columnAt(card->mapFromScene(event->scenePos())) : Id();
    if (!column.isNull() && event->modifiers() == Qt::NoModifier) {
        // A press on a column row starts a relationship drag; the card itself does not move.
        if (!card->isSelected())
            selectTables({card->tableId()});
        m_connection.begin(card, column, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    for (const TableCardItem *selected : std::as_const(m_cards)) {
        if (selected->isSelected())
            m_pressPositions.insert(selected->tableId(), selected->pos());
    }
    for (const ViewCardItem *selected : std::as_const(m_viewCards)) {
        if (selected->isSelected())
            m_pressPositions.insert(selected->viewId(), selected->pos());
    }
    recordPressPositions();
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connection.isActive()) {
        m_connection.move(event->scenePos(), cardAt(event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connection.isActive()) {
        finishConnection(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    QMap<Id, QPointF> moved;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        const QGraphicsItem *card = anyCard(it.key());
        // Whole pixels keep project files tidy; the command's redo puts the card on the rounded point.
        const QPointF rounded = card ? QPointF(std::round(card->pos().x()), std::round(card->pos().y())) : QPointF();
        if (card && card->pos() != it.value())
            moved.insert(it.key(), rounded);
    }
    m_pressPositions.clear();
    QMap<Id, QPointF> movedNotes;
    for (auto it = m_pressNotePositions.cbegin(); it != m_pressNotePositions.cend(); ++it) {
        const NoteItem *note = m_notes.value(it.key());
        if (note && note->pos() != it.value())
            movedNotes.insert(it.key(), QPointF(std::round(note->pos().x()), std::round(note->pos().y())));
    }
    m_pressNotePositions.clear();
    if (!moved.isEmpty() || !movedNotes.isEmpty()) {
        pushMoves(moved, movedNotes);
        m_lastNudge = nullptr;
    }
}

void DiagramScene::finishConnection(const QPointF &scenePos)
{
    TableCardItem *source = m_connection.source();
    const Id column = m_connection.columnId();
    const bool dragged = m_connection.hasMoved();
    m_connection.end();
    TableCardItem *target = dragged ? cardAt(scenePos) : nullptr;
    const model::Table *parent = target ? target->table() : nullptr;
    if (!parent)
        return;
    const Id droppedOn = target->columnAt(target->mapFromScene(scenePos));
    const Id referenced = model::referencedColumn(*parent, droppedOn);
    if (referenced.isNull() || !agreesToRetype(*source->table(), column, *parent, referenced))
        return;
    model::SchemaEditor(m_document)
        .addRelationship(model::RelationshipDraft::ofColumn(source->tableId(), column, target->tableId(), referenced));
}

// A key column takes its key's type (model::referencingColumn): for an existing column of another type that is a
// table rebuild that may lose its values, so the user says yes first instead of finding out in Pending Changes.
bool DiagramScene::agreesToRetype(const model::Table &child, const Id &columnId, const model::Table &parent,
                                  const Id &keyId) const
{
    const model::Column *column = child.column(columnId);
    const model::Column *key = parent.column(keyId);
    if (!column || !key || model::referencingColumn(*column, *key, false).type == column->type)
        return true;
    const QString question =
        QCoreApplication::translate("DiagramScene",
                                    "%1.%2 is %3, but %4.%5 is %6. Change %2 to %6 to reference it?\n\nThe table is "
                                    "rebuilt, and values that are not %6 may be lost.")
            .arg(child.name, column->name, model::sqlTypeName(column->type), parent.name, key->name,
                 model::sqlTypeName(key->type));
    if (m_askRetype)
        return m_askRetype(question);
    QWidget *parentWidget = views().isEmpty() ? nullptr : views().first();
    return QMessageBox::question(parentWidget, QCoreApplication::translate("DiagramScene", "New Relationship"),
                                 question) == QMessageBox::Yes;
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (const QGraphicsItem *top = itemAt(event->scenePos(), QTransform());
        top && (top->type() == NoteItem::Type || (top->parentItem() && top->parentItem()->type() == NoteItem::Type))) {
        QGraphicsScene::mouseDoubleClickEvent(event); // the note opens its text
        return;
    }
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *view = qgraphicsitem_cast<ViewCardItem *>(item)) {
            Q_EMIT viewActivated(view->viewId());
            event->accept();
            return;
        }
        if (qgraphicsitem_cast<TableCardItem *>(item))
            break; // a table card on top of the view
    }
    if (TableCardItem *card = cardAt(event->scenePos())) {
        const model::Id column = card->columnAt(card->mapFromScene(event->scenePos()));
        if (column.isNull())
            Q_EMIT tableActivated(card->tableId());
        else
            Q_EMIT columnActivated(card->tableId(), column);
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *relation = qgraphicsitem_cast<RelationItem *>(item)) {
            Q_EMIT tableActivated(relation->childTableId());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void DiagramScene::chooseColor(const QList<Id> &tableIds)
{
    const QColor current = m_document->layout().item(tableIds.first()).color;
    const QColor color =
        QColorDialog::getColor(current.isValid() ? current : QColor(0x4e, 0x79, 0xa7),
                               views().isEmpty() ? nullptr : views().first(), QStringLiteral("Card colour"));
    if (color.isValid())
        model::SchemaEditor(m_document).setLayoutColor(tableIds, color);
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    TableCardItem *card = cardAt(event->scenePos());
    QGraphicsItem *top = itemAt(event->scenePos(), QTransform());
    if (auto *note =
            top ? qgraphicsitem_cast<NoteItem *>(top->type() == NoteItem::Type ? top : top->parentItem()) : nullptr) {
        showNoteMenu(note, event->screenPos(), event->widget());
        return;
    }
    QMenu menu(event->widget());
    if (!card) {
        const QPointF at = event->scenePos();
        menu.addAction(QStringLiteral("Add Note"), this, [this, at] { addNote(at); });
        menu.addAction(QStringLiteral("Auto-layout"), this, [this] { autoLayout(); });
        menu.exec(event->screenPos());
        return;
    }
    if (!card->isSelected())
        selectTables({card->tableId()});
    const QList<Id> selected = selectedTableIds();
    const Id tableId = card->tableId();
    menu.addAction(QStringLiteral("Edit table…"), this, [this, tableId] { Q_EMIT tableActivated(tableId); });
    menu.addAction(selected.size() > 1 ? QStringLiteral("Delete %1 tables").arg(selected.size())
                                       : QStringLiteral("Delete table"),
                   this, [this] { removeSelected(); });
    menu.addSeparator();
    menu.addAction(QStringLiteral("Colour…"), this, [this, selected] { chooseColor(selected); });
    menu.addAction(QStringLiteral("Default colour"), this,
                   [this, selected] { model::SchemaEditor(m_document).setLayoutColor(selected, QColor()); });
    menu.addMenu(new GroupMenu(m_document, selected, &menu));
    QMenu *manyToMany = menu.addMenu(QStringLiteral("Many-to-many with"));
    for (const model::Table &other : m_document->schema().tables) {
        if (other.id == tableId)
            continue;
        const Id otherId = other.id;
        manyToMany->addAction(other.name, this, [this, tableId, otherId] { createManyToMany(tableId, otherId); });
    }
    manyToMany->setEnabled(!manyToMany->isEmpty());
    addSubDiagramActions(&menu, selected);
    menu.exec(event->screenPos());
}

} // namespace tw::views
