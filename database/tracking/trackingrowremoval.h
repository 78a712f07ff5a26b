// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/tracking/runnablemigrations.h"
#include "database/tracking/trackinghistory.h"

#include <QString>

namespace tw::database {

class DatabaseConnection;

/// Takes a migration out of a database's tracking tables, so that the runner that meets the database next sees it as
/// pending again after a rollback. Each runner identifies an applied migration its own way (TrackingHistory): drizzle's
/// classic migrator by `created_at` (it runs every migration newer than the newest row), drizzle-orm 1.0's by the
/// folder `name` (a 0.31 table without `name` by the row rc.5's upToV1 would match to the folder), wrangler by the SQL
/// file's path in `d1_migrations.name`. Both tables are cleaned where both exist, as apply records into both.
class TrackingRowRemoval
{
public:
    /// Deletes @p migration's rows, inside the caller's transaction; @p history is the tables as read before, for
    /// @p folder. Returns SQLite's message on failure; @p removed receives the number of rows deleted.
    static QString remove(DatabaseConnection &connection, const TrackingHistory &history,
                          const RunnableMigrations &folder, const RunnableMigration &migration, int *removed = nullptr);
};

} // namespace tw::database
