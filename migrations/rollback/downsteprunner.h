// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/runnablemigrations.h"
#include "migrations/rollback/rollbackplan.h"

#include <QString>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// Runs a RollbackPlan on an open connection, all or nothing, as MigrationApplier runs migrations:
/// `PRAGMA foreign_keys=OFF` before `BEGIN IMMEDIATE` (so that dropping what a migration added never cascades into
/// child rows), every step's statements, its tracking rows removed (TrackingRowRemoval: the runner that meets the
/// database next sees the migration as pending again), then `PRAGMA foreign_key_check` and `COMMIT`. Any failure
/// rolls the whole transaction back and leaves the database as it was.
class DownStepRunner
{
public:
    /// Returns an empty string on success, else what failed (the migration, the statement and SQLite's message)
    /// followed by the note that nothing changed.
    static QString run(database::DatabaseConnection &connection, const RollbackPlan &plan,
                       const database::RunnableMigrations &folder);

private:
    static QString runSteps(database::DatabaseConnection &connection, const RollbackPlan &plan,
                            const database::RunnableMigrations &folder);
};

} // namespace tw::migrations
