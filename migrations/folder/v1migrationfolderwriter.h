// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/v1migrationsfolder.h"
#include "model/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tw::migrations {

/// The files of one new migration of a drizzle-kit 1.0 folder.
struct NewV1Migration
{
    QString name;        ///< the part after the time: `brave_falcon` (MigrationNamer::sanitize makes one safe)
    QByteArray sql;      ///< migration.sql's exact bytes
    QByteArray snapshot; ///< snapshot.json's exact bytes (SnapshotV7Writer; prevIds from nextPrevIds())
};

/// Adds a migration folder the way drizzle-kit 1.0 does: `<YYYYMMDDHHMMSS>_<name>/migration.sql` and
/// `snapshot.json`, the time in UTC. Unlike drizzle-kit (which takes the clock as it is), the time is
/// V1MigrationsFolder::nextFolderTime: never in the same second as an existing folder and never before one, so the
/// migrators run the new migration last. Both files are written into a temporary folder beside the migrations folder
/// and moved into place in one rename: the migrators never see a folder with one file, and a failure leaves nothing.
class V1MigrationFolderWriter
{
public:
    /// Writes @p migration into @p folder at @p nowUtc; returns the new folder's name. Refuses a folder holding a
    /// journal (it would become mixed) and a name that is empty, starts with `.` or holds a path separator.
    static model::Result<QString> add(const V1MigrationsFolder &folder, const NewV1Migration &migration,
                                      const QDateTime &nowUtc);
};

} // namespace tw::migrations
