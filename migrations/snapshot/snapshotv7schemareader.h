// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"
#include "model/core/result.h"
#include "model/schema/schema.h"

namespace tw::migrations {

/// Turns a v7 snapshot's ddl (SnapshotV7Reader) into a project Schema, so a drizzle-kit 1.0 folder can be imported.
/// The inverse of TableDefinitionBuilder in the V1 dialect, following the v6 SnapshotReader's conventions: ids
/// derived from names (ImportIds), so importing the same snapshot twice gives equal schemas; TypeScript names left
/// empty (prepareImportedSchema assigns them).
///
/// What the ddl says and the model holds differently:
/// - a one-column key the table declared (TableDefinition::primaryKeyOnTable) or explicitly named is the table's
///   PrimaryKey; a column's own `.primaryKey()` is the column's flag (and NOT NULL, which the key implies);
/// - a UNIQUE from a column's `.unique()` (UniqueDefinition::fromColumn, one column, generated name) is the
///   column's flag; every other one is a UniqueConstraint;
/// - a constraint's name becomes the model's name only when the snapshot marks it explicit; a generated name,
///   also one inherited across renames, is left to the rules, and continuedDefinition() inherits it again when the
///   project continues the folder;
/// - a column `.unique('name')` has no place in the model: it becomes a named UniqueConstraint (same SQL, but the
///   snapshot lists it among the table-level ones).
class SnapshotV7SchemaReader
{
public:
    /// Fails, naming the table and the name, when a constraint refers to a table or column the ddl does not hold
    /// or a column's type is not one Tablewright knows.
    static model::Result<model::Schema> toSchema(const SchemaDefinition &ddl);
};

} // namespace tw::migrations
