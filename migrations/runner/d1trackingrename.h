// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/convert/layoutconversion.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// What a migrations folder's new layout means for the tracking rows of a database migrated in the old one.
///
/// wrangler records each migration by its file (`d1_migrations.name = 0000_init.sql`); with `migrations_pattern` it
/// looks for `<folder>/migration.sql`, so without a rename it would apply everything again (and back: 0.31's layout
/// has the file names). drizzle-orm 1.0 tracks `__drizzle_migrations` by folder `name` and upgrades a 0.31 table
/// itself, so going to v1 needs nothing there; going back, drizzle-orm 0.31 runs every journal entry whose `when`
/// is above the largest `created_at`, so each row gets its entry's `when` (matched by `name` where the table has
/// one, else by `hash`, the file's sha256): nothing runs again, also where a folder's time moved. Going to v1 again,
/// rows drizzle-orm 0.31 added to a table drizzle-orm 1.0 had already upgraded have no `name` (1.0 upgrades a table
/// only once, then runs every folder whose name is not recorded): each gets its folder's name, matched by its
/// `created_at`, the journal's `when`.
struct TrackingChanges
{
    QList<QPair<QString, QString>> d1Renames; ///< `d1_migrations.name`, before and after
    struct DrizzleTime
    {
        QString folder; ///< the v1 folder name (`__drizzle_migrations.name` after drizzle-orm 1.0)
        QString hash;   ///< sha256 hex of migration.sql (drizzle-orm's `hash`)
        qint64 when = 0;
    };
    QList<DrizzleTime> drizzleTimes; ///< going back to the classic layout: `created_at` = `when`
    QList<DrizzleTime> drizzleNames; ///< going to v1: `name` = `folder` where it is NULL and `created_at` = `when`

    /// The changes @p plan's moves need (reads the SQL files for their hashes when going back).
    static TrackingChanges forConversion(const LayoutConversion &plan);
    bool isEmpty() const { return d1Renames.isEmpty() && drizzleTimes.isEmpty() && drizzleNames.isEmpty(); }
};

/// Renames the tracking rows of a local database (TrackingChanges) in one transaction: all or nothing.
class D1TrackingRename
{
public:
    struct Outcome
    {
        QString databasePath; ///< the database looked at; empty when the project has no local database
        int renamed = 0;      ///< rows changed; 0 when the database tracks none of these migrations
        QString backupPath;   ///< the backup taken first (empty when nothing was changed)
    };
    /// How many rows @p changes would change in the database at @p databasePath (0 without tracking tables).
    static model::Result<int> rowsToChange(database::DatabaseConnection &connection, const TrackingChanges &changes);
    /// Changes the rows inside one transaction of @p connection; returns SQLite's message, empty on success (on a
    /// failure the transaction is rolled back: nothing changed).
    static QString change(database::DatabaseConnection &connection, const TrackingChanges &changes);
    /// change() on a copy of the database at @p databasePath (taken with VACUUM INTO, then deleted), so a rename
    /// that cannot work is known before anything is touched.
    static model::Result<bool> rehearse(const QString &databasePath, const TrackingChanges &changes);
    /// Backup (DatabaseBackup, keeping @p keepBackups) and change() on the database at @p databasePath; nothing to do
    /// when no row is affected.
    static model::Result<Outcome> apply(const QString &databasePath, const TrackingChanges &changes, int keepBackups,
                                        const QDateTime &now);
    /// One line for a report: what was renamed and where the backup is, or that there was nothing to rename.
    static QString describe(const Outcome &outcome);
};

} // namespace tw::migrations
