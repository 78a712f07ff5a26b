// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"
#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

class SnapshotGraph;
class V1MigrationsFolder;

/// The previous state of the migration that merges a drizzle-kit 1.0 folder's open branches, as rc.5's `generate`
/// computes it (`prepareSqliteSnapshot` with the check's open commutative branch): the snapshot of the leaves'
/// lowest common ancestor (empty when they share none), plus every leaf's changes since it (BranchStatement::
/// dryDiff, leaves in id order, the same operation once), replayed (OperationReplay): the schema all branches
/// together have built. Only for branches without conflicts (BranchConflicts::find is empty).
struct BranchMerge
{
    QString forkId;       ///< the lowest common ancestor; empty when the leaves share none
    QStringList leafIds;  ///< the next migration's prevIds: the leaves sorted as rc.5 sorts them (localeCompare)
    SchemaDefinition ddl; ///< the merged state

    /// The merge of @p graph's leaves; @p latest is the folder's latest snapshot, which rc.5 keeps as the previous
    /// state when the branches changed nothing since the fork.
    static BranchMerge of(const SnapshotGraph &graph, const SchemaDefinition &latest);

    /// The state the next migration of @p folder continues from, for every caller (generate, the SQL Preview,
    /// `diff`, `check`, import): with one leaf its latest snapshot and the leaf as prevIds (the zero UUID in an
    /// empty folder), with open branches their merge. Fails with BranchConflicts::explanation when they conflict,
    /// or naming a snapshot that cannot be read.
    static model::Result<BranchMerge> continuing(const V1MigrationsFolder &folder);
};

} // namespace tw::migrations
