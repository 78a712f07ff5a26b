// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/diagrameditor.h"

#include "model/commands/changediagrampartscommand.h"
#include "model/commands/changelayoutcommand.h"
#include "model/commands/commandtext.h"
#include "model/commands/compoundcommand.h"
#include "model/document/schemadocument.h"

#include <QUndoStack>

#include <algorithm>

namespace tw::model {
namespace {

using Notes = ChangeDiagramPartsCommand::Notes;
using SubDiagrams = ChangeDiagramPartsCommand::SubDiagrams;

QString counted(qsizetype count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(count);
}

QString noteChangeText(const DiagramNote &before, const DiagramNote &after)
{
    if (before.text != after.text)
        return QStringLiteral("Edit note");
    if (before.size != after.size)
        return QStringLiteral("Resize note");
    if (before.color != after.color)
        return QStringLiteral("Change note colour");
    return QStringLiteral("Move note");
}

} // namespace

DiagramEditor::DiagramEditor(SchemaDocument *document)
    : m_document(document)
{
}

bool DiagramEditor::push(QUndoCommand *command)
{
    if (!command || command->isObsolete()) {
        delete command;
        return false;
    }
    m_document->undoStack()->push(command);
    return true;
}

bool DiagramEditor::isCard(const Id &id) const
{
    return m_document->schema().table(id) || m_document->schema().view(id);
}

Id DiagramEditor::addNote(const DiagramNote &note)
{
    if (!note.diagram.isNull() && !m_document->layout().subDiagrams.contains(note.diagram))
        return {};
    const Id id = Id::generate();
    const bool pushed = push(new ChangeDiagramPartsCommand(m_document, {{id, note}}, {}, QStringLiteral("Add note")));
    return pushed ? id : Id();
}

bool DiagramEditor::changeNote(const Id &id, const DiagramNote &note)
{
    const auto current = m_document->layout().notes.constFind(id);
    if (current == m_document->layout().notes.cend())
        return false;
    return push(new ChangeDiagramPartsCommand(m_document, {{id, note}}, {}, noteChangeText(*current, note)));
}

bool DiagramEditor::removeNotes(const QList<Id> &ids)
{
    Notes removed;
    for (const Id &id : ids) {
        if (!m_document->layout().notes.contains(id))
            return false;
        removed.insert(id, std::nullopt);
    }
    const QString text = counted(removed.size(), QStringLiteral("Delete note"), QStringLiteral("Delete %1 notes"));
    return !removed.isEmpty() && push(new ChangeDiagramPartsCommand(m_document, removed, {}, text));
}

bool DiagramEditor::moveCardsAndNotes(const QMap<Id, QPointF> &cards, const QMap<Id, QPointF> &notes, bool mergeable)
{
    const DiagramLayout &layout = m_document->layout();
    const Id diagram = m_document->activeDiagram();
    Notes movedNotes;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (!layout.notes.contains(it.key()))
            return false;
        DiagramNote note = layout.notes.value(it.key());
        note.position = it.value();
        movedNotes.insert(it.key(), note);
    }
    if (!std::all_of(cards.keyBegin(), cards.keyEnd(), [this](const Id &id) { return isCard(id); }))
        return false;
    QString text = cards.isEmpty() ? counted(notes.size(), QStringLiteral("Move note"), QStringLiteral("Move %1 notes"))
                                   : QStringLiteral("Move %1 items").arg(cards.size() + notes.size());
    if (cards.size() == 1 && notes.isEmpty()) // as ChangeLayoutCommand says it on the main diagram
        text = QStringLiteral("Move table %1").arg(commandtext::objectName(*m_document, cards.firstKey()));
    else if (notes.isEmpty())
        text = QStringLiteral("Move %1 tables").arg(cards.size());
    if (diagram.isNull()) {
        if (movedNotes.isEmpty())
            return push(ChangeLayoutCommand::moveItems(m_document, cards, mergeable).release());
        auto *command = new CompoundCommand(m_document, text);
        QMap<Id, std::optional<TableLayout>> placed;
        for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
            TableLayout item = layout.item(it.key());
            item.position = it.value();
            placed.insert(it.key(), item);
        }
        if (!placed.isEmpty())
            new ChangeLayoutCommand(m_document, LayoutAspect::Position, placed, false, command);
        new ChangeDiagramPartsCommand(m_document, movedNotes, {}, text, false, command);
        return push(command);
    }
    SubDiagrams sub;
    if (!cards.isEmpty()) {
        SubDiagram moved = layout.subDiagrams.value(diagram);
        for (auto it = cards.cbegin(); it != cards.cend(); ++it)
            moved.positions.insert(it.key(), it.value());
        sub.insert(diagram, moved);
    }
    return push(new ChangeDiagramPartsCommand(m_document, movedNotes, sub, text, mergeable));
}

Id DiagramEditor::addSubDiagram(const QString &name, const QList<Id> &ids)
{
    if (name.trimmed().isEmpty() || !std::all_of(ids.cbegin(), ids.cend(), [this](const Id &id) { return isCard(id); }))
        return {};
    SubDiagram sub;
    sub.name = name.trimmed();
    for (const Id &id : ids)
        sub.positions.insert(id, m_document->layout().item(id).position);
    const Id id = Id::generate();
    const bool pushed =
        push(new ChangeDiagramPartsCommand(m_document, {}, {{id, sub}}, QStringLiteral("New view %1").arg(sub.name)));
    return pushed ? id : Id();
}

bool DiagramEditor::renameSubDiagram(const Id &diagram, const QString &name)
{
    if (!m_document->layout().subDiagrams.contains(diagram) || name.trimmed().isEmpty())
        return false;
    SubDiagram sub = m_document->layout().subDiagrams.value(diagram);
    const QString before = sub.name;
    sub.name = name.trimmed();
    return push(new ChangeDiagramPartsCommand(m_document, {}, {{diagram, sub}},
                                              QStringLiteral("Rename view %1 to %2").arg(before, sub.name)));
}

bool DiagramEditor::removeSubDiagram(const Id &diagram)
{
    const DiagramLayout &layout = m_document->layout();
    if (!layout.subDiagrams.contains(diagram))
        return false;
    Notes notes;
    for (auto it = layout.notes.cbegin(); it != layout.notes.cend(); ++it) {
        if (it->diagram == diagram)
            notes.insert(it.key(), std::nullopt);
    }
    return push(
        new ChangeDiagramPartsCommand(m_document, notes, {{diagram, std::nullopt}},
                                      QStringLiteral("Delete view %1").arg(layout.subDiagrams.value(diagram).name)));
}

bool DiagramEditor::addToSubDiagram(const Id &diagram, const QList<Id> &ids)
{
    const DiagramLayout &layout = m_document->layout();
    if (!layout.subDiagrams.contains(diagram) ||
        !std::all_of(ids.cbegin(), ids.cend(), [this](const Id &id) { return isCard(id); }))
        return false;
    SubDiagram sub = layout.subDiagrams.value(diagram);
    for (const Id &id : ids) {
        if (!sub.positions.contains(id))
            sub.positions.insert(id, layout.item(id).position);
    }
    const QString text = QStringLiteral("Add %1 to view %2")
                             .arg(counted(ids.size(), QStringLiteral("table"), QStringLiteral("%1 tables")), sub.name);
    return push(new ChangeDiagramPartsCommand(m_document, {}, {{diagram, sub}}, text));
}

bool DiagramEditor::removeFromSubDiagram(const Id &diagram, const QList<Id> &ids)
{
    const DiagramLayout &layout = m_document->layout();
    if (!layout.subDiagrams.contains(diagram))
        return false;
    SubDiagram sub = layout.subDiagrams.value(diagram);
    for (const Id &id : ids)
        sub.positions.remove(id);
    const QString text = QStringLiteral("Remove %1 from view %2")
                             .arg(counted(ids.size(), QStringLiteral("table"), QStringLiteral("%1 tables")), sub.name);
    return push(new ChangeDiagramPartsCommand(m_document, {}, {{diagram, sub}}, text));
}

void DiagramEditor::joinActiveDiagram(SchemaDocument *document, const QMap<Id, QPointF> &positions,
                                      QUndoCommand *parent)
{
    const Id diagram = document->activeDiagram();
    if (diagram.isNull() || positions.isEmpty() || !parent)
        return;
    SubDiagram sub = document->layout().subDiagrams.value(diagram);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        sub.positions.insert(it.key(), it.value());
    new ChangeDiagramPartsCommand(document, {}, {{diagram, sub}}, parent->text(), false, parent);
}

} // namespace tw::model
