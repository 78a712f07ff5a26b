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

/// The next migration of a project, computed without writing anything: the state the folder's latest snapshot
/// records (with the project's ids, through the baseline), the plan from there to the project's schema, and the
/// migration file's exact text in the SQL target. Generate writes these bytes, the designer's SQL Preview shows
/// them, so what a user reviews is what lands in the folder.
struct NextMigration
{
    Snapshot previous; ///< the latest snapshot (id, schema); the origin snapshot for an empty folder
    MigrationPlan plan;
    QString sql; ///< empty when the plan is empty

    /// Fails when the folder cannot be continued (MigrationGenerator::folderConflict) or its latest snapshot cannot
    /// be read; the message names the file. @p target unset: the project's setting.
    static model::Result<NextMigration> compute(const model::Project &project, const MigrationsFolder &folder,
                                                std::optional<model::ProjectSettings::Target> target = {});
};

} // namespace tw::migrations
