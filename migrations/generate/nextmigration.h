// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/plan/migrationplan.h"
#include "migrations/plan/sqldialect.h"
#include "migrations/plan/tabledefinition.h"
#include "migrations/snapshot/snapshot.h"
#include "migrations/snapshot/snapshotv7.h"
#include "model/core/result.h"
#include "model/project/project.h"

#include <QString>

#include <optional>

namespace tw::migrations {

class MigrationsFolder;
class V1MigrationsFolder;

/// One side of NextMigration::between(): a schema as a snapshot holds it (a snapshot file, a folder's latest
/// snapshot, a database read as one) or a project's schema, with that project's baseline.
struct MigrationSide
{
    Snapshot snapshot;                       ///< for a project: its schema, with no id, prevId or renames
    std::optional<model::Baseline> baseline; ///< set when the side is a project (empty: it never generated)
    /// Set when the side is a drizzle-kit 1.0 snapshot (a v7 file, a v1 folder's latest): then `snapshot` is unused,
    /// and the migration is written in the V1 dialect whichever side it is on.
    std::optional<SnapshotV7> v7;
};

/// The next migration of a project, computed without writing anything: the state the folder's latest snapshot
/// records (with the project's ids, through the baseline), the plan from there to the project's schema, and the
/// migration file's exact text in the SQL target. Generate writes these bytes, the designer's SQL Preview shows
/// them and `tablewright diff` prints them, so what a user reviews is what lands in the folder.
struct NextMigration
{
    using Target = model::ProjectSettings::Target;

    Snapshot previous; ///< the latest snapshot (id, schema); the origin snapshot for an empty folder
    MigrationPlan plan;
    QString sql; ///< empty when the plan is empty

    /// The layout's dialect: V1 when continuing a drizzle-kit 1.0 folder or snapshot. The fields below are V1's
    /// only: a v7 snapshot records the state as SQL-level definitions, so the next one is written from `next`.
    SqlDialect dialect = SqlDialect::Classic;
    SchemaDefinition previousDefinition; ///< V1: the latest snapshot's ddl, or open branches' merged state
    SchemaDefinition next;               ///< V1: the state after the migration (continuedDefinition)
    QStringList prevIds;                 ///< V1: the next snapshot's prevIds (the folder's leaves, sorted)
    RenameMap renames;                   ///< V1: the renames paired through the baseline, for `renames`

    /// The next migration of @p project in the migrations folder at @p folderPath, in the folder's layout
    /// (FolderLayoutDetector): a classic folder through MigrationsFolder, a v1 folder through V1MigrationsFolder,
    /// an empty one in the project's ProjectSettings::migrationLayout. A folder holding both layouts is refused.
    static model::Result<NextMigration> compute(const model::Project &project, const QString &folderPath,
                                                std::optional<Target> target = {});

    /// Fails when the folder cannot be continued (MigrationGenerator::folderConflict) or its latest snapshot cannot
    /// be read; the message names the file. @p target unset: the project's setting.
    static model::Result<NextMigration> compute(const model::Project &project, const MigrationsFolder &folder,
                                                std::optional<Target> target = {});
    /// The same for a drizzle-kit 1.0 folder: the latest snapshot's ddl paired with the project through its
    /// baseline (BaselineMapper::renamesSince), continued (continuedDefinition) and diffed in the V1 dialect.
    /// With open branches (several leaves) the previous state is their merge as rc.5 computes it (BranchMerge) and
    /// prevIds are the leaves in rc.5's order; conflicting branches (BranchConflicts) are refused with their
    /// explanation. Fails when the folder has errors or changed behind the project's back.
    static model::Result<NextMigration> compute(const model::Project &project, const V1MigrationsFolder &folder,
                                                std::optional<Target> target = {});

    /// The migration from @p before to @p after, any two schemas (`tablewright diff`), planned and written as
    /// compute() does. Two projects are paired by id. A snapshot and a project whose baseline records that very
    /// snapshot (the project generated it) are paired as compute() pairs them: the snapshot gets the project's ids,
    /// so the plan and the bytes are the ones Generate writes. Otherwise by name, honouring the renames @p after's
    /// snapshot `_meta` records. previous is @p before's snapshot. When either side is a v7 snapshot the migration
    /// is the V1 dialect's (a project paired with a v7 snapshot it generated through its baseline's names, in either
    /// direction: from the project back to the snapshot, what it renamed since is renamed back).
    static NextMigration between(MigrationSide before, MigrationSide after, Target target);
};

} // namespace tw::migrations
