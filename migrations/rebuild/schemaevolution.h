// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/operations.h"
#include "migrations/plan/tabledefinition.h"

namespace tw::migrations {

/// Follows a migration statement by statement: the schema as it stands after each operation, which is what a
/// rebuild in the middle of a migration meets (a table renamed or a column added earlier in the same file).
/// Mirrors SQLite: renaming a table re-points the foreign keys and views that name it.
class SchemaEvolution
{
public:
    static void apply(SchemaDefinition &schema, const Operation &operation);

    static TableDefinition *table(SchemaDefinition &schema, const QString &name);
    static const TableDefinition *table(const SchemaDefinition &schema, const QString &name);
    static bool sameName(const QString &a, const QString &b);
};

} // namespace tw::migrations
