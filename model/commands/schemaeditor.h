// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/editaspect.h"
#include "model/commands/relationshipdraft.h"
#include "model/document/tableattributes.h"
#include "model/document/tablecollection.h"
#include "model/layout/diagramlayout.h"
#include "model/project/project.h"

#include <QList>
#include <QMap>
#include <QPointF>

#include <memory>
#include <optional>

class QUndoCommand;

namespace tw::model {

class SchemaDocument;

/// The edits views and the CLI make, each pushed onto the document's undo stack as one command (compound where
/// an edit has consequences, see compoundedits.h). Cheap to create on the fly: it only holds the document.
///
/// Functions answer whether they pushed something: false when the target does not exist, an id is taken, a
/// row is out of range, or the edit would change nothing. Adding functions answer the new element's id (a null
/// id in the element gets a fresh one, as do null ids of a new table's items) or a null id.
/// Layout functions take table and view ids only.
/// `mergeable` marks a continuous edit (typing, dragging) that merges into the previous matching command.
class SchemaEditor
{
public:
    explicit SchemaEditor(SchemaDocument *document);

    Id addTable(Table table, QPointF position = {}, int row = -1);
    /// Tables and views by id, in one undo step: a table takes along the foreign keys that point at it
    /// (compoundedits::removeTablesAndViews). Notes (DiagramNote ids) in @p ids go in the same step, so Delete on a
    /// mixed selection is one step. False when an id names none of these.
    bool removeTablesAndViews(const QList<Id> &ids);
    /// Copies of @p tableIds (model::copiedTable), @p offset from the originals, as one undo step; their ids, in
    /// order (empty when an id names no table).
    QList<Id> duplicateTables(const QList<Id> &tableIds, QPointF offset = {40, 40});
    /// Tables from the clipboard (tableclipboard::paste: fresh ids, free names) with their cards, as one undo step
    /// (compoundedits::pasteTables); their ids, or none when nothing was added.
    QList<Id> pasteTables(const QList<Table> &tables, const QList<TableLayout> &layout);
    /// Name, tsName, comment and primary key at once; @p aspect says which one changes (for text and merging).
    bool changeTableAttributes(const Id &tableId, const TableAttributes &attributes,
                               EditAspect aspect = EditAspect::Whole, bool mergeable = false);
    /// Makes the schema equal @p schema (matched by id) in one undo step named @p text, such as "Update from
    /// schema.ts" when the team's source changed (compoundedits::replaceSchema). False when nothing differs.
    bool replaceSchema(const Schema &schema, const QString &text);

    Id addView(View view, QPointF position = {}, int row = -1);
    bool changeView(const View &view, EditAspect aspect = EditAspect::Whole, bool mergeable = false);

    /// For Column, Index, ForeignKey, UniqueConstraint and CheckConstraint.
    template<TableItem T>
    Id addItem(const Id &tableId, T item, int row = -1);
    /// Removing a column also removes or adjusts what refers to it (compoundedits::removeColumn).
    template<TableItem T>
    bool removeItem(const Id &tableId, const Id &itemId);
    template<TableItem T>
    bool moveItem(const Id &tableId, const Id &itemId, int to);
    template<TableItem T>
    bool changeItem(const Id &tableId, const T &item, EditAspect aspect = EditAspect::Whole, bool mergeable = false);

    /// A foreign key however the user asked for it (the New Relationship dialog, a diagram drag): the column made to
    /// fit the key, the key and the index the draft asks for, in one step (compoundedits::addRelationship). False,
    /// changing nothing, when draft.problem() is not empty.
    bool addRelationship(const RelationshipDraft &draft);
    /// The junction table of a many-to-many between tables @p a and @p b (model::junctionTable) at @p position;
    /// its id, or a null id when either is missing, they are the same, or one has no primary key.
    Id addManyToMany(const Id &a, const Id &b, QPointF position = {});

    /// One command per drag: the new top-left of each moved card.
    bool moveLayoutItems(const QMap<Id, QPointF> &positions, bool mergeable = false);
    bool setLayoutColor(const QList<Id> &ids, const QColor &color);
    bool setLayoutGroup(const QList<Id> &ids, const QString &group);

    bool changeSettings(const ProjectSettings &settings);
    bool setBaseline(const Baseline &baseline);
    /// Records the baseline of a migration just written to the folder, outside the undo stack: the files stay
    /// written, so undoing the record would leave the project "changed behind its back" with the folder. The
    /// document counts as modified until it is saved. False when the baseline is already @p baseline.
    bool recordGeneratedBaseline(const Baseline &baseline);

    /// The project's data migrations (ColumnFill), as migrations::ColumnFills computed them.
    bool setFills(const QList<ColumnFill> &fills);

private:
    bool push(std::unique_ptr<QUndoCommand> command);
    bool isIdTaken(const Id &id) const;
    bool areLaidOut(const QList<Id> &ids) const;

    SchemaDocument *m_document;
};

} // namespace tw::model
