// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/runnablemigrations.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/applyoptions.h"
#include "model/core/result.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

class WriteTracker;

/// Asked on the running thread before every statement and before COMMIT; true stops the run, which rolls back and
/// leaves the database as it was. The designer's Cancel sets an atomic flag from the UI thread and passes a function
/// reading it, so a long migration stops at the next statement, not at the next file.
using ApplyCancelled = std::function<bool()>;

/// Applies a folder's pending migrations to a SQLite file through QtSql, so that nothing can be lost:
/// - its own connection: `PRAGMA foreign_keys=OFF` *before* `BEGIN` (inside a transaction it would do nothing,
///   and a table rebuild's `DROP TABLE` would then cascade into child rows);
/// - a `VACUUM INTO` backup first;
/// - a full `PRAGMA quick_check` before writing anything: a damaged file is refused untouched;
/// - all pending migrations in one `BEGIN IMMEDIATE` transaction, each in its own savepoint, each followed by
///   `PRAGMA foreign_key_check` of the tables it could have broken (ForeignKeyScope), and `PRAGMA quick_check` of the
///   tables it wrote, the schema and the freelist before `COMMIT` (the whole file when WriteTracker cannot tell what
///   was written): any failure or a cancel (@p progress saying stop before a migration, @p cancelled before a
///   statement or COMMIT) rolls back everything, leaving the database file exactly as it was;
/// - each migration recorded in the tracking table(s) the way drizzle's migrator or wrangler expects.
class MigrationApplier
{
public:
    /// Either layout (RunnableMigrations): the v1 layout is tracked as drizzle-orm 1.0's migrator and wrangler's
    /// `migrations_pattern` track it (TrackingHistory).
    static model::Result<ApplyReport> apply(const database::RunnableMigrations &folder, const ApplyOptions &options,
                                            const ApplyProgress &progress = {}, const ApplyCancelled &cancelled = {});
    static model::Result<ApplyReport> apply(const MigrationsFolder &folder, const ApplyOptions &options,
                                            const ApplyProgress &progress = {}, const ApplyCancelled &cancelled = {});

private:
    static QString applyOne(database::DatabaseConnection &connection, WriteTracker &tracker,
                            const database::RunnableMigrations &folder, const database::RunnableMigration &migration,
                            const QList<model::ProjectSettings::Tracking> &tables, const ApplyOptions &options,
                            const ApplyCancelled &cancelled);
    /// `PRAGMA foreign_key_check` of @p tables (every table when nullopt), at most 20 lines.
    static QString foreignKeyViolations(database::DatabaseConnection &connection,
                                        const std::optional<QStringList> &tables);
};

} // namespace tw::migrations
