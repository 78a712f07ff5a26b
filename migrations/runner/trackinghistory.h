// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/migrationsfolder.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QList>
#include <QStringList>

namespace tw::migrations {

class DatabaseConnection;

/// What a database says has been applied, in the two tracking tables (docs/drizzle-formats.md): drizzle's
/// migrator table `__drizzle_migrations` (hash = sha256 of the file, created_at = journal `when`) and wrangler's
/// `d1_migrations` (name = file name). A database migrated by either tool is recognised; history that does not
/// match the folder is explained, not guessed at.
class TrackingHistory
{
public:
    using Tracking = model::ProjectSettings::Tracking;

    /// Reads both tables where they exist.
    static model::Result<TrackingHistory> read(DatabaseConnection &connection);

    bool hasDrizzleTable() const { return m_hasDrizzle; }
    bool hasD1Table() const { return m_hasD1; }

    /// The tables to record into: the ones the database already has (the tool that will meet it next keeps
    /// working), or @p preferred for a database no tool has migrated yet.
    QList<Tracking> tablesFor(Tracking preferred) const;
    /// The folder's migrations this database has not seen, in order; fails when the database records a
    /// migration the folder lacks or a file was changed after it was applied. @p notes receives explanations.
    model::Result<QList<FolderMigration>> pending(const MigrationsFolder &folder, Tracking preferred,
                                                  QStringList *notes) const;

    /// `CREATE TABLE IF NOT EXISTS` for @p tracking, exactly as the owning tool creates it.
    static QString createTableSql(Tracking tracking);
    /// Records one applied migration; returns SQLite's message on failure.
    static QString record(DatabaseConnection &connection, Tracking tracking, const FolderMigration &migration,
                          const QByteArray &sqlFileBytes);

private:
    model::Result<QList<FolderMigration>> pendingByWhen(const MigrationsFolder &folder, QStringList *notes) const;
    model::Result<QList<FolderMigration>> pendingByName(const MigrationsFolder &folder) const;

    bool m_hasDrizzle = false;
    bool m_hasD1 = false;
    QList<qint64> m_drizzleCreatedAt; ///< in id order
    QStringList m_drizzleHashes;
    QStringList m_d1Names;
};

} // namespace tw::migrations
