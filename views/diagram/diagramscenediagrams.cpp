// SPDX-License-Identifier: GPL-3.0-or-later
// DiagramScene, continued: notes on the canvas and diagram views (which cards the scene shows, where they sit), and
// the moves that land on the shown diagram (auto-layout, nudges).
// Like the rest of the scene, items change only in the handlers of the document's signals.
#include "views/diagram/diagramscene.h"

#include "model/commands/diagrameditor.h"
#include "model/document/schemadocument.h"
#include "model/layout/autolayout.h"
#include "views/diagram/noteitem.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"
#include "views/diagram/viewcarditem.h"

#include <QColorDialog>
#include <QGraphicsView>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

#include <cmath>

namespace tw::views {

using model::Id;

QList<Id> DiagramScene::selectedNoteIds() const
{
    QList<Id> ids;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        if (it.value()->isSelected())
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Id DiagramScene::addNote(const QPointF &scenePos, bool edit)
{
    model::DiagramNote note;
    note.position = QPointF(std::round(scenePos.x()), std::round(scenePos.y()));
    note.text = QStringLiteral("Note");
    note.diagram = m_document->activeDiagram();
    const Id id = model::DiagramEditor(m_document).addNote(note);
    if (NoteItem *item = m_notes.value(id)) {
        clearSelection();
        item->setSelected(true);
        if (edit)
            item->startEditing();
    }
    return id;
}

Id DiagramScene::newViewFromSelection(const QString &name)
{
    const QList<Id> ids = selectedTableIds() + selectedViewIds();
    if (ids.isEmpty())
        return {};
    const Id id = model::DiagramEditor(m_document).addSubDiagram(name, ids);
    if (!id.isNull())
        m_document->setActiveDiagram(id);
    return id;
}

void DiagramScene::syncNotes(const QList<Id> &noteIds)
{
    const model::DiagramLayout &layout = m_document->layout();
    for (const Id &id : noteIds) {
        const auto note = layout.notes.constFind(id);
        const bool shown = note != layout.notes.cend() && note->diagram == m_document->activeDiagram();
        NoteItem *item = m_notes.value(id);
        if (!shown) {
            m_pressNotePositions.remove(id);
            delete m_notes.take(id);
        } else if (item) {
            item->refresh();
        } else {
            item = new NoteItem(m_document, id);
            addItem(item);
            m_notes.insert(id, item);
        }
    }
}

void DiagramScene::onSubDiagramsChanged(const QList<Id> &ids)
{
    if (ids.contains(m_document->activeDiagram()))
        syncShownCards();
}

void DiagramScene::syncShownCards()
{
    const model::DiagramLayout &layout = m_document->layout();
    const Id diagram = m_document->activeDiagram();
    for (const Id &id : m_cards.keys()) {
        if (!layout.shows(diagram, id))
            removeCard(id);
    }
    for (const Id &id : m_viewCards.keys()) {
        if (!layout.shows(diagram, id))
            removeViewCard(id);
    }
    QList<Id> ids;
    for (const model::Table &table : m_document->schema().tables) {
        addCard(table.id);
        ids << table.id;
    }
    for (const model::Table &table : m_document->schema().tables)
        syncRelationsOf(table.id);
    for (const model::View &view : m_document->schema().views) {
        addViewCard(view.id);
        ids << view.id;
    }
    applyLayout(ids); // positions on this diagram, then the lines' lanes
}

void DiagramScene::recordPressPositions()
{
    m_pressNotePositions.clear();
    for (const NoteItem *note : std::as_const(m_notes)) {
        if (note->isSelected())
            m_pressNotePositions.insert(note->noteId(), note->pos());
    }
}

bool DiagramScene::pushPositions(const QMap<Id, QPointF> &positions, bool mergeable)
{
    return pushMoves(positions, {}, mergeable);
}

bool DiagramScene::autoLayout()
{
    QMap<Id, QSizeF> sizes;
    for (const TableCardItem *card : std::as_const(m_cards))
        sizes.insert(card->tableId(), card->sceneCardRect().size());
    for (const ViewCardItem *card : std::as_const(m_viewCards))
        sizes.insert(card->viewId(), card->sceneCardRect().size());
    // In a diagram view only its cards take part, so the layout closes the gaps the hidden tables would leave.
    model::Schema shown = m_document->schema();
    shown.tables.removeIf([this](const model::Table &table) { return !m_cards.contains(table.id); });
    shown.views.removeIf([this](const model::View &view) { return !m_viewCards.contains(view.id); });
    model::AutoLayoutOptions options;
    if (const QList<QGraphicsView *> views = this->views();
        !views.isEmpty() && !views.first()->viewport()->size().isEmpty())
        options.aspectRatio = double(views.first()->viewport()->width()) / views.first()->viewport()->height();
    QMap<Id, QPointF> positions = model::autoLayout(shown, sizes, options);
    positions.removeIf([this](const auto &entry) { return !anyCard(entry.key()); });
    if (!pushPositions(positions))
        return false;
    Q_EMIT laidOut();
    return true;
}

bool DiagramScene::nudgeSelected(const QPointF &delta)
{
    QMap<Id, QPointF> positions;
    for (const Id &id : selectedTableIds())
        positions.insert(id, m_document->layout().position(m_document->activeDiagram(), id) + delta);
    QUndoStack *stack = m_document->undoStack();
    const bool continues = m_lastNudge && stack->index() == stack->count() && stack->index() > 0 &&
                           stack->command(stack->index() - 1) == m_lastNudge;
    if (!pushPositions(positions, continues))
        return false;
    m_lastNudge = stack->command(stack->index() - 1);
    return true;
}

bool DiagramScene::pushMoves(const QMap<Id, QPointF> &cards, const QMap<Id, QPointF> &notes, bool mergeable)
{
    return (!cards.isEmpty() || !notes.isEmpty()) &&
           model::DiagramEditor(m_document).moveCardsAndNotes(cards, notes, mergeable);
}

bool DiagramScene::promptNewViewFromSelection()
{
    if (selectedTableIds().isEmpty() && selectedViewIds().isEmpty())
        return false;
    QWidget *parent = views().isEmpty() ? nullptr : views().first();
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, QStringLiteral("New Diagram View"), QStringLiteral("Name of the diagram view:"),
                              QLineEdit::Normal, QString(), &ok);
    return ok && !newViewFromSelection(name).isNull();
}

void DiagramScene::showNoteMenu(NoteItem *note, const QPoint &screenPos, QWidget *parent)
{
    if (!note->isSelected()) {
        clearSelection();
        note->setSelected(true);
    }
    const Id id = note->noteId();
    QMenu menu(parent);
    menu.addAction(QStringLiteral("Edit Text"), this, [note] { note->startEditing(); });
    menu.addAction(QStringLiteral("Colour…"), this, [this, id, parent] {
        model::DiagramNote changed = m_document->layout().notes.value(id);
        const QColor initial = changed.color.isValid() ? changed.color : QColor(0xff, 0xf4, 0xc4);
        const QColor color = QColorDialog::getColor(initial, parent, QStringLiteral("Note colour"));
        if (!color.isValid())
            return;
        changed.color = color;
        model::DiagramEditor(m_document).changeNote(id, changed);
    });
    menu.addAction(QStringLiteral("Default Colour"), this, [this, id] {
        model::DiagramNote changed = m_document->layout().notes.value(id);
        changed.color = QColor();
        model::DiagramEditor(m_document).changeNote(id, changed);
    });
    menu.addSeparator();
    menu.addAction(QStringLiteral("Delete Note"), this, [this] { removeSelected(); });
    menu.exec(screenPos);
}

// New Diagram View from Selection…, Add to Diagram View ▸, and in a diagram view Remove from Diagram View.
void DiagramScene::addSubDiagramActions(QMenu *menu, const QList<Id> &selected)
{
    const model::DiagramLayout &layout = m_document->layout();
    const Id shown = m_document->activeDiagram();
    menu->addSeparator();
    menu->addAction(QStringLiteral("New Diagram View from Selection…"), this, [this] { promptNewViewFromSelection(); });
    QMenu *addTo = menu->addMenu(QStringLiteral("Add to Diagram View"));
    for (auto it = layout.subDiagrams.cbegin(); it != layout.subDiagrams.cend(); ++it) {
        if (it.key() == shown)
            continue;
        const Id diagram = it.key();
        addTo->addAction(it->name, this, [this, diagram, selected] {
            model::DiagramEditor(m_document).addToSubDiagram(diagram, selected);
        });
    }
    addTo->setEnabled(!addTo->isEmpty());
    if (!shown.isNull()) {
        menu->addAction(QStringLiteral("Remove from Diagram View"), this, [this, shown, selected] {
            model::DiagramEditor(m_document).removeFromSubDiagram(shown, selected);
        });
    }
}

} // namespace tw::views
