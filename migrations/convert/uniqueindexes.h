// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

namespace tw::migrations {

/// The project side of converting a classic folder to drizzle-kit 1.0's layout without a rebuild.
///
/// drizzle-kit 0.31 writes a column's `.unique()` and a table's `unique()` as a separate `CREATE UNIQUE INDEX`, and
/// drizzle-kit 1.0's `up` keeps them as unique indexes in the converted snapshots. But drizzle-kit 1.0 writes the same
/// declarations as UNIQUE constraints inside CREATE TABLE, which SQLite cannot add to an existing table: the first
/// generate after `up` rebuilds every such table (on D1 a parent table's rebuild cascades deletes). Declared as
/// `uniqueIndex()` instead, the schema means exactly what the database already has, in either layout, and the next
/// migration is empty. Switching to inline UNIQUE later is the user's choice: one rebuild, which Tablewright writes
/// D1-safe.
class UniqueIndexes
{
public:
    /// @p schema with every column `.unique()` and table `unique()` turned into the unique index drizzle-kit 0.31
    /// made of it: the same name (`<table>_<columns>_unique` or the constraint's own), the same columns, listed where
    /// 0.31 listed it (column ones before the table's indexes, table ones after). @p changed counts them.
    static model::Schema keptAsIndexes(const model::Schema &schema, int *changed = nullptr);
};

} // namespace tw::migrations
