// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/plan/tabledefinition.h"
#include "model/project/baseline.h"
#include "model/schema/schema.h"

namespace tw::migrations {

/// Bridges drizzle's name-keyed snapshots and the project's ids. The baseline records the name every table and
/// column had in the last generated snapshot; giving the snapshot's objects those ids lets the differ match by id,
/// so a rename made since then is a rename even though the snapshot only knows names.
class BaselineMapper
{
public:
    /// @p snapshotSchema with the baseline's ids on the tables, views and columns whose names it records.
    static model::Schema withProjectIds(model::Schema snapshotSchema, const model::Baseline &baseline);
    /// The renames from @p previous (a v7 snapshot's ddl, which has names but no ids) to @p schema that the
    /// baseline proves: a table, column or view whose id the baseline recorded under a name @p previous still has,
    /// and which is called differently now. The v1 layout pairs through these (by name, honouring them), as
    /// drizzle-kit 1.0 pairs with its rename answers; tables and columns in @p schema's order.
    static RenameMap renamesSince(const SchemaDefinition &previous, const model::Schema &schema,
                                  const model::Baseline &baseline);
    /// The baseline after generating snapshot @p snapshotId for @p schema.
    static model::Baseline baselineFor(const model::Schema &schema, const QString &snapshotId);
};

} // namespace tw::migrations
