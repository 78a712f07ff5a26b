// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/layout/diagramparts.h"

#include <QList>
#include <QMap>
#include <QPointF>

class QUndoCommand;

namespace tw::model {

class SchemaDocument;

/// The edits of notes and diagram views (DiagramNote, SubDiagram), each pushed as one undo step; SchemaEditor's
/// sibling for what is layout only. Cheap to create on the fly: it only holds the document. Functions answer
/// whether they pushed something (false when an id names nothing or nothing would change); adding ones answer the
/// new id or a null id.
class DiagramEditor
{
public:
    explicit DiagramEditor(SchemaDocument *document);

    /// @p note with a fresh id.
    Id addNote(const DiagramNote &note);
    /// Replaces note @p id; the undo text says what changed (text, place, size or colour).
    bool changeNote(const Id &id, const DiagramNote &note);
    bool removeNotes(const QList<Id> &ids);

    /// Cards and notes moved together (a drag, an arrangement, a nudge) on the shown diagram
    /// (SchemaDocument::activeDiagram()): one step. Cards move in the main layout or only in the shown view.
    bool moveCardsAndNotes(const QMap<Id, QPointF> &cards, const QMap<Id, QPointF> &notes, bool mergeable = false);

    /// A diagram view named @p name of the tables (and database views) @p ids, each where it sits on the main
    /// diagram. Null id when the name is empty or an id names no table or view.
    Id addSubDiagram(const QString &name, const QList<Id> &ids);
    bool renameSubDiagram(const Id &diagram, const QString &name);
    /// The view and the notes on it.
    bool removeSubDiagram(const Id &diagram);
    /// Cards join @p diagram where they sit on the main diagram; ids already in it are left alone.
    bool addToSubDiagram(const Id &diagram, const QList<Id> &ids);
    bool removeFromSubDiagram(const Id &diagram, const QList<Id> &ids);

    /// Adds to @p parent the step that puts the new cards @p positions on the shown diagram view, if one is shown:
    /// how a table created in a view joins it in the same undo step (SchemaEditor::addTable and friends).
    static void joinActiveDiagram(SchemaDocument *document, const QMap<Id, QPointF> &positions, QUndoCommand *parent);

private:
    bool push(QUndoCommand *command);
    bool isCard(const Id &id) const;

    SchemaDocument *m_document;
};

} // namespace tw::model
