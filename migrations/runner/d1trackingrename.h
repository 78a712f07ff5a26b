// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace tw::migrations {

/// After a classic migrations folder moved to drizzle-kit 1.0's layout, a local D1 database migrated by wrangler still
/// records each migration by its old file name (`d1_migrations.name = 0000_init.sql`), while wrangler with
/// `migrations_pattern` looks for `<folder>/migration.sql`: it would apply everything again. This renames the rows,
/// after a backup, in one transaction (all or nothing).
class D1TrackingRename
{
public:
    struct Outcome
    {
        QString databasePath; ///< the database looked at; empty when the project has no local database
        int renamed = 0;      ///< rows renamed; 0 when the database has no `d1_migrations` or no row to rename
        QString backupPath;   ///< the backup taken first (empty when nothing was renamed)
    };
    /// Renames every `d1_migrations` row named like the first of a pair of @p renames to its second, in the database
    /// at @p databasePath, after a backup (DatabaseBackup, keeping @p keepBackups).
    static model::Result<Outcome> apply(const QString &databasePath, const QList<QPair<QString, QString>> &renames,
                                        int keepBackups, const QDateTime &now);
    /// The same on the project's local database (ProjectDatabase); nothing to do, and no error, when it has none.
    static model::Result<Outcome> applyToProject(const QString &projectFile, const model::ProjectSettings &settings,
                                                 const QList<QPair<QString, QString>> &renames, const QDateTime &now);
    /// One line for a report: what was renamed and where the backup is, or that there was nothing to rename.
    static QString describe(const Outcome &outcome);
};

} // namespace tw::migrations
