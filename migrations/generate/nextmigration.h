// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"
#include "migrations/snapshot/snapshot.h"
#include "model/core/result.h"
#include "model/project/project.h"

#include <QString>

#include <optional>

namespace tw::migrations {

class MigrationsFolder;

/// One side of NextMigration::between(): a schema as a snapshot holds it (a snapshot file, a folder's latest
/// snapshot, a database read as one) or a project's schema, with that project's baseline.
struct MigrationSide
{
    Snapshot snapshot;                       ///< for a project: its schema, with no id, prevId or renames
    std::optional<model::Baseline> baseline; ///< set when the side is a project (empty: it never generated)
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

    /// Fails when the folder cannot be continued (MigrationGenerator::folderConflict) or its latest snapshot cannot
    /// be read; the message names the file. @p target unset: the project's setting.
    static model::Result<NextMigration> compute(const model::Project &project, const MigrationsFolder &folder,
                                                std::optional<Target> target = {});

    /// The migration from @p before to @p after, any two schemas (`tablewright diff`), planned and written as
    /// compute() does. Two projects are paired by id. A snapshot and a project whose baseline records that very
    /// snapshot (the project generated it) are paired as compute() pairs them: the snapshot gets the project's ids,
    /// so the plan and the bytes are the ones Generate writes. Otherwise by name, honouring the renames @p after's
    /// snapshot `_meta` records. previous is @p before's snapshot.
    static NextMigration between(MigrationSide before, MigrationSide after, Target target);
};

} // namespace tw::migrations
