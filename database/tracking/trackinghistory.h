// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/migrationsfolder.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QList>
#include <QStringList>

namespace tw::database {

class DatabaseConnection;

/// What a database says has been applied, in the two tracking tables (docs/drizzle-formats.md): drizzle's
/// migrator table `__drizzle_migrations` (hash = sha256 of the file, created_at = journal `when`) and wrangler's
/// `d1_migrations` (name = file name). A database migrated by either tool is recognised; history that does not
/// match the folder is explained, not guessed at.
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

    /// The tables to record into: the ones the database already has (the tool that will meet it next keeps
    /// working), or @p preferred for a database no tool has migrated yet.
    QList<Tracking> tablesFor(Tracking preferred) const;
    /// The folder's migrations this database has not seen, in order; fails when the database records a
    /// migration the folder lacks or a file was changed after it was applied. @p notes receives explanations.
    model::Result<QList<migrations::FolderMigration>> pending(const migrations::MigrationsFolder &folder,
                                                              Tracking preferred, QStringList *notes) const;

    /// `CREATE TABLE IF NOT EXISTS` for @p tracking, exactly as the owning tool creates it.
    static QString createTableSql(Tracking tracking);
    /// Records one applied migration; returns SQLite's message on failure.
    static QString record(DatabaseConnection &connection, Tracking tracking,
                          const migrations::FolderMigration &migration, const QByteArray &sqlFileBytes);

private:
    model::Result<QList<migrations::FolderMigration>> pendingByWhen(const migrations::MigrationsFolder &folder,
                                                                    QStringList *notes) const;
    model::Result<QList<migrations::FolderMigration>> pendingByName(const migrations::MigrationsFolder &folder) const;

    bool m_hasDrizzle = false;
    bool m_hasD1 = false;
    QList<DrizzleRow> m_drizzleRows; ///< by created_at
    QList<D1Row> m_d1Rows;           ///< by id
};

} // namespace tw::database
