// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QList>
#include <QString>

namespace tw::migrations {

class DatabaseConnection;
class MigrationsFolder;

/// One line of a database's migration history beside the project's folder.
struct HistoryEntry
{
    /// Applied: the folder's migration is recorded. Pending: it is not. Unknown: the database records a migration
    /// the folder does not have (another branch, a deleted file).
    enum class State { Applied, Pending, Unknown };

    State state = State::Pending;
    QString migration; ///< the folder's file name; for an unknown drizzle row, `hash 1a2b3c4d…`
    QString tracking;  ///< "drizzle" (__drizzle_migrations), "d1" (d1_migrations), both joined by ", ", or empty
    QString appliedAt; ///< d1_migrations' applied_at, or the drizzle row's created_at as an ISO date
    QString note;      ///< what is odd about it (changed file, skipped by drizzle's migrator)
};

QString historyStateName(HistoryEntry::State state); ///< "applied", "pending", "unknown"

/// Reads `__drizzle_migrations` and `d1_migrations` and sets them beside a migrations folder: the folder's
/// migrations in order (applied or pending), then what only the database knows.
class MigrationHistory
{
public:
    static model::Result<QList<HistoryEntry>> read(DatabaseConnection &connection, const MigrationsFolder &folder);
};

} // namespace tw::migrations
