// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/documentcommand.h"
#include "model/layout/diagramlayout.h"
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
/// "Remove table users": every foreign key of another table that points at it, its layout item, the table.
std::unique_ptr<DocumentCommand> removeTable(SchemaDocument *document, const Id &tableId);
/// "Add view v": the view plus its layout item.
std::unique_ptr<DocumentCommand> addView(SchemaDocument *document, View view, const TableLayout &layout, int row = -1);
/// "Remove view v": its layout item and the view.
std::unique_ptr<DocumentCommand> removeView(SchemaDocument *document, const Id &viewId);
/// "Remove column email from users", taking along what refers to the column: foreign keys that use it on
/// either side are removed; index parts on it are dropped (a unique index, or one left with no parts, is
/// removed, since a unique index over fewer columns would be a stronger constraint); unique constraints on it
/// are removed; it leaves the table-level primary key (which is removed when left empty).
std::unique_ptr<DocumentCommand> removeColumn(SchemaDocument *document, const Id &tableId, const Id &columnId);

} // namespace compoundedits
} // namespace tw::model
