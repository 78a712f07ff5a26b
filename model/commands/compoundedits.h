// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/documentcommand.h"
#include "model/commands/relationshipdraft.h"
#include "model/layout/diagramlayout.h"
#include "model/schema/schema.h"
#include "model/schema/table.h"
#include "model/schema/view.h"

#include <memory>

namespace tw::model {

/// Builders of the edits that take several steps but are one undo step. Each returns a command ready for
/// QUndoStack::push, or nullptr when its target does not exist. The children are ordered so that the project
/// is consistent after every step: references are dropped before what they point at, and undo restores them
/// (at their old rows) after it.
namespace compoundedits {

/// "Add table users": the table at @p row (-1: at the end) plus its layout item.
std::unique_ptr<DocumentCommand> addTable(SchemaDocument *document, Table table, const TableLayout &layout,
                                          int row = -1);
/// "Duplicate table users", "Duplicate 3 tables": a copy of each (model::copiedTable), laid out @p offset from its
/// original, added after the tables. nullptr when an id names no table. @p copies receives the new ids in order.
std::unique_ptr<DocumentCommand> duplicateTables(SchemaDocument *document, const QList<Id> &tableIds, QPointF offset,
                                                 QList<Id> *copies);
/// "Paste table users", "Paste 3 tables": @p tables (with fresh ids, as tableclipboard::paste makes them) and a card
/// each from @p layout, added after the tables. nullptr when there are none or the counts differ.
std::unique_ptr<DocumentCommand> pasteTables(SchemaDocument *document, const QList<Table> &tables,
                                             const QList<TableLayout> &layout);
/// "Remove table users", "Remove 2 tables and 1 view": for each table, every foreign key of another table that
/// points at it, its layout item and the table; for each view, its layout item and the view. nullptr when an id
/// names neither a table nor a view (or there is none).
std::unique_ptr<DocumentCommand> removeTablesAndViews(SchemaDocument *document, const QList<Id> &ids);
/// "Add relationship posts.author_id → users.id": the new column (or the existing one made to fit the key,
/// model::referencingColumn), the foreign key and, when the draft asks for it and no index leads with the column
/// yet, the index. nullptr when draft.problem() is not empty.
std::unique_ptr<DocumentCommand> addRelationship(SchemaDocument *document, const RelationshipDraft &draft);
/// "Add view v": the view plus its layout item.
std::unique_ptr<DocumentCommand> addView(SchemaDocument *document, View view, const TableLayout &layout, int row = -1);
/// "Remove column email from users", taking along what refers to the column: foreign keys that use it on
/// either side are removed; index parts on it are dropped (a unique index, or one left with no parts, is
/// removed, since a unique index over fewer columns would be a stronger constraint); unique constraints on it
/// are removed; it leaves the table-level primary key (which is removed when left empty).
std::unique_ptr<DocumentCommand> removeColumn(SchemaDocument *document, const Id &tableId, const Id &columnId);
/// @p text ("Update from schema.ts"): makes the document's schema equal @p schema, matching tables and views by
/// id. Tables and views that @p schema lacks are removed with their layout items, changed ones replaced whole,
/// new ones added (and placed below the cards already there, or laid out when there are none), and both lists
/// reordered to @p schema's order, so that redo gives exactly @p schema and undo exactly the schema before.
/// Children touch disjoint values, so each child's before-value is the one it finds. nullptr when the schemas
/// are already equal.
std::unique_ptr<DocumentCommand> replaceSchema(SchemaDocument *document, const Schema &schema, const QString &text);

} // namespace compoundedits
} // namespace tw::model
