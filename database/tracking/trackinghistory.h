// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/runnablemigrations.h"
#include "migrations/folder/migrationsfolder.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QList>
#include <QStringList>

namespace tw::database {

class DatabaseConnection;

/// What a database says has been applied, in the two tracking tables (docs/drizzle-formats.md): drizzle's
/// migrator table `__drizzle_migrations` (hash = sha256 of the file, created_at = journal `when`; drizzle-orm 1.0 adds
/// `name` = the v1 folder and `applied_at`) and wrangler's `d1_migrations` (name = the SQL file's path). A database
/// migrated by either tool is recognised; history that does not match the folder is explained, not guessed at.
///
/// In the v1 layout a migration is pending when its folder name is not in `__drizzle_migrations` (drizzle-orm
/// 1.0.0-rc.5's getMigrationsToRun: an older branch migration merged later is applied), and a 0.31 table (no `name`
/// column) is matched and upgraded the way rc.5's upToV1 does.
///
/// This is the one reader of those tables: `apply` decides what to run from pending(), and the Database panel and
/// `db history` (MigrationHistory) show the same pending set, annotated with the rows.
class TrackingHistory
{
public:
    using Tracking = model::ProjectSettings::Tracking;

    /// A row of `__drizzle_migrations`. Its `id` is no use for order: drizzle's 0.31 table declares it SERIAL, which
    /// SQLite leaves NULL, so rows are kept in `created_at` order, the order drizzle's migrator compares by.
    struct DrizzleRow
    {
        QString hash;
        qint64 createdAt = 0;
        QString name;      ///< drizzle-orm 1.0's folder name; empty in a 0.31 table (or NULL)
        QString appliedAt; ///< drizzle-orm 1.0's ISO time; empty in a 0.31 table or for an upgraded row
        qint64 id = 0;     ///< 0 when NULL (0.31's `SERIAL` id)
    };
    /// A row of `d1_migrations`, in id (= application) order.
    struct D1Row
    {
        QString name;
        QString appliedAt;
    };

    /// Reads both tables where they exist.
    static model::Result<TrackingHistory> read(DatabaseConnection &connection);

    const QList<DrizzleRow> &drizzleRows() const { return m_drizzleRows; }
    const QList<D1Row> &d1Rows() const { return m_d1Rows; }

    bool hasDrizzleTable() const { return m_hasDrizzle; }
    bool hasD1Table() const { return m_hasD1; }
    /// True when `__drizzle_migrations` has drizzle-orm 1.0's `name` column (rc.5's "version 1" table).
    bool hasNameColumn() const { return m_hasNameColumn; }

    /// The tables to record into: the ones the database already has (the tool that will meet it next keeps
    /// working), or @p preferred for a database no tool has migrated yet.
    QList<Tracking> tablesFor(Tracking preferred) const;
    /// The folder's migrations this database has not seen, in order; fails when the database records a
    /// migration the folder lacks or a file was changed after it was applied. @p notes receives explanations.
    model::Result<QList<RunnableMigration>> pending(const RunnableMigrations &folder, Tracking preferred,
                                                    QStringList *notes) const;
    /// The same for a classic folder, as its own entries.
    model::Result<QList<migrations::FolderMigration>> pending(const migrations::MigrationsFolder &folder,
                                                              Tracking preferred, QStringList *notes) const;
    /// The folder each `__drizzle_migrations` row stands for (in drizzleRows() order): its `name`, or for a 0.31
    /// table rc.5's upToV1 match (the folder in the same second of `created_at`; the hash breaks a tie, and alone
    /// decides when no folder has that second). Fails with rc.5's meaning when a row matches no local migration.
    model::Result<QStringList> drizzleRowNames(const RunnableMigrations &folder) const;

    /// `CREATE TABLE IF NOT EXISTS` for @p tracking, exactly as the owning tool creates it (drizzle-orm 1.0's table,
    /// with `name` and `applied_at`, when @p v1Layout).
    static QString createTableSql(Tracking tracking, bool v1Layout = false);
    /// Creates the missing tracking tables among @p tables for @p folder and, for a v1 folder, upgrades a 0.31
    /// `__drizzle_migrations` as rc.5's upToV1 does (ADD COLUMN name, applied_at; each old row named). Inside the
    /// caller's transaction; returns SQLite's message (or why a row matches nothing) on failure.
    QString prepareTables(DatabaseConnection &connection, const QList<Tracking> &tables,
                          const RunnableMigrations &folder) const;
    /// Records one applied migration as the owning tool would (v1: name and an ISO `applied_at` too); returns
    /// SQLite's message on failure.
    static QString record(DatabaseConnection &connection, Tracking tracking, const RunnableMigration &migration,
                          const QByteArray &sqlFileBytes);
    static QString record(DatabaseConnection &connection, Tracking tracking,
                          const migrations::FolderMigration &migration, const QByteArray &sqlFileBytes);

private:
    model::Result<QList<RunnableMigration>> pendingByWhen(const RunnableMigrations &folder, QStringList *notes) const;
    model::Result<QList<RunnableMigration>> pendingByFolderName(const RunnableMigrations &folder,
                                                                QStringList *notes) const;
    model::Result<QList<RunnableMigration>> pendingByName(const RunnableMigrations &folder) const;

    bool m_hasDrizzle = false;
    bool m_hasD1 = false;
    bool m_hasNameColumn = false;
    QList<DrizzleRow> m_drizzleRows; ///< by created_at
    QList<D1Row> m_d1Rows;           ///< by id
};

} // namespace tw::database
