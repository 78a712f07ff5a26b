// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/operations.h"
#include "migrations/rebuild/rebuildplan.h"

namespace tw::migrations {

/// Decides what a table rebuild must copy aside and restore. Pure: reads only the schema as it stands when the
/// rebuild runs (the snapshot before the migration, advanced by SchemaEvolution over the earlier statements).
class RebuildPlanner
{
public:
    static RebuildPlan plan(const SchemaDefinition &current, const RebuildTable &rebuild);

    /// The views of @p schema that read any of @p tables, directly or through other views, in an order they can
    /// be created in: what a rebuild of those tables must drop first (SQLite checks views when it renames).
    static QList<ViewDefinition> dependentViews(const SchemaDefinition &schema, const QStringList &tables);
    /// Whether a row-deleting action of a parent changes the child's rows.
    static bool changesChildRows(model::ReferentialAction onDelete);
    /// Whether some index of @p table (or its primary key) leads with exactly @p columns, in any order.
    static bool isIndexed(const TableDefinition &table, const QStringList &columns);
    /// Whether @p table's rows have a rowid that no INTEGER PRIMARY KEY column aliases (it must be carried).
    static bool hasHiddenRowid(const TableDefinition &table);
};

} // namespace tw::migrations
