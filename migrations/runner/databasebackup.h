// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QDateTime>
#include <QString>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// Consistent copies of a database taken with `VACUUM INTO` before destructive work, kept beside it as
/// `<name>.backup-<yyyyMMdd-HHmmss-zzz>.sqlite`, the oldest removed beyond a limit.
class DatabaseBackup
{
public:
    /// Writes the copy and prunes older ones down to @p keep; returns the copy's path.
    static model::Result<QString> create(database::DatabaseConnection &connection, int keep, const QDateTime &now);
    /// The backups of @p databasePath, oldest first.
    static QStringList existing(const QString &databasePath);
};

} // namespace tw::migrations
