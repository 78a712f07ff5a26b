// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/plan/migrationplan.h"
#include "migrations/plan/tabledefinition.h"
#include "model/schema/schema.h"

namespace tw::migrations {

/// The migration that turns @p before into @p after: what drizzle-kit 0.31 (options.dialect Classic) or 1.0.0-rc.5
/// (V1) would generate for the two schema.ts files, operation for operation, except where drizzle-kit's SQL is
/// wrong (see docs, StatementCombiner and DiffBuilderV1). Pure: no I/O, deterministic.
MigrationPlan diff(const model::Schema &before, const model::Schema &after, const DiffOptions &options = {});

/// The same on SQL-level definitions, e.g. read straight from drizzle snapshots (whose recorded defaults and
/// expressions are then compared exactly as drizzle-kit compares them).
MigrationPlan diff(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options = {});

/// @p schema's tables and views as the differ sees them (TableDefinitionBuilder), in @p dialect's drizzle-kit
/// spelling. For V1, continuing a folder: pass the result through inheritConstraintNames (constraintnames.h).
SchemaDefinition schemaDefinition(const model::Schema &schema, SqlDialect dialect = SqlDialect::Classic);

/// The state a migration leads to when it continues @p previous (the last snapshot's definitions) towards
/// @p schema, in options.dialect: what the next snapshot records and what diff(previous, ..) compares with. In V1
/// the generated constraint names @p previous recorded are kept across renames (inheritConstraintNames); Classic
/// names are rules, so there it is schemaDefinition(@p schema). Generate, diff and the designer all start here.
SchemaDefinition continuedDefinition(const SchemaDefinition &previous, const model::Schema &schema,
                                     const DiffOptions &options);

} // namespace tw::migrations
