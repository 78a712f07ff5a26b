// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/trackinghistory.h"
#include "model/core/result.h"

#include <QList>
#include <QStringList>

namespace tw::database {

class DatabaseConnection;
class RunnableMigrations;

/// drizzle-orm 1.0.0-rc.5's upToV1 (its up-migrations/sqlite.js), which upgrades drizzle-orm 0.31's
/// `__drizzle_migrations` (id SERIAL, hash, created_at) on its first run over a v1 folder: each old row is matched to
/// a local folder (the only one in the row's `created_at` second; among several in that second the one with the row's
/// hash; with none in that second the hash alone), then `ADD COLUMN name`, `ADD COLUMN applied_at` and each row named
/// (applied_at NULL). A row that matches no folder stops it with rc.5's message. Tablewright does the same so that
/// either tool can continue the database the other upgraded.
class DrizzleTableUpgrade
{
public:
    using DrizzleRow = TrackingHistory::DrizzleRow;

    /// The folder each of @p rows stands for, in order; fails with rc.5's message when one matches nothing.
    static model::Result<QStringList> rowNames(const QList<DrizzleRow> &rows, const RunnableMigrations &folder);
    /// Upgrades the table inside the caller's transaction, naming each row as rc.5's UPDATE does (by id when it has
    /// one, else by created_at when matched by time, else by hash); returns the refusal or SQLite's message.
    static QString run(DatabaseConnection &connection, const QList<DrizzleRow> &rows, const RunnableMigrations &folder);
};

} // namespace tw::database
