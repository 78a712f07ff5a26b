// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QList>
#include <QString>

namespace tw::migrations {
class MigrationsFolder;
}

namespace tw::database {

class DatabaseConnection;
class RunnableMigrations;

/// One line of a database's migration history beside the project's folder.
struct HistoryEntry
{
    /// Applied: the folder's migration is recorded. Pending: `apply` would run it (exactly its list). Skipped: not
    /// recorded, and the runner never will run it (drizzle's migrator passes over a migration older than the last
    /// one it applied; wrangler never sees a journal entry without its .sql). Unknown: the database records a
    /// migration the folder does not have (another branch, a deleted file).
    enum class State { Applied, Pending, Skipped, Unknown };

    State state = State::Pending;
    QString migration; ///< the SQL file's relative path; for an unknown drizzle row, its name or `hash 1a2b3c4d…`
    QString tracking;  ///< "drizzle" (__drizzle_migrations), "d1" (d1_migrations), both joined by ", ", or empty
    QString appliedAt; ///< d1_migrations' applied_at, or the drizzle row's created_at as an ISO date
    QString note;      ///< what is odd about it (changed file, skipped by drizzle's migrator)
};

QString historyStateName(HistoryEntry::State state); ///< "applied", "pending", "skipped", "unknown"

/// The tracking tables (TrackingHistory) set beside a migrations folder: the folder's migrations in order, then
/// what only the database knows. Pending is what `apply` with the same tracking preference would run; when apply
/// would refuse (the database was migrated from another folder), every unrecorded migration says why.
class MigrationHistory
{
public:
    using Tracking = model::ProjectSettings::Tracking;
    static model::Result<QList<HistoryEntry>> read(DatabaseConnection &connection, const RunnableMigrations &folder,
                                                   Tracking preferred);
    static model::Result<QList<HistoryEntry>> read(DatabaseConnection &connection,
                                                   const migrations::MigrationsFolder &folder, Tracking preferred);
};

} // namespace tw::database
