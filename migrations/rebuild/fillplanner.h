// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"
#include "migrations/plan/tabledefinition.h"
#include "model/project/columnfill.h"

#include <QList>

namespace tw::migrations {

/// Puts a project's data migrations (model::ColumnFill) into the plan the differ made, so every writer (both SQL
/// dialects, the D1-safe rebuild) carries them without knowing about fills:
/// - a new column: `ADD` then `UPDATE .. SET column = fill` (AddColumn::fill);
/// - a new NOT NULL column without default: SQLite refuses `ADD` on a table with rows and has no way to tighten a
///   column afterwards, so the `ADD` becomes a rebuild whose `INSERT … SELECT` computes the column from the old row;
/// - a column of a rebuild (type change, NOT NULL added, ...): the fill is that column's SELECT term.
/// The warnings a fill answers (the change would fail or convert values) are dropped from the plan.
class FillPlanner
{
public:
    /// @p before is the schema the migration starts from (the previous snapshot); fills match the plan's columns by
    /// id. Returns the ids of the columns whose fill the plan now carries.
    static QList<model::Id> apply(MigrationPlan &plan, const SchemaDefinition &before,
                                  const QList<model::ColumnFill> &fills);
};

} // namespace tw::migrations
