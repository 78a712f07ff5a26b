// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/verify/verifyreport.h"
#include "model/core/result.h"

#include <QString>

namespace tw::migrations {

/// Checks that a migrations folder's SQL does what its snapshots say. drizzle-kit never reads a migration's SQL
/// again once written, so a hand edit (a custom data step, a fixed statement, a column dropped by hand) can leave
/// the SQL and the snapshot disagreeing, and the next generate then diffs against a schema no database has.
///
/// The folder is replayed migration by migration, in the order its runner applies them (RunnableMigrations: the
/// journal's for the classic layout, the sub-folders' names for drizzle-kit 1.0's), on an empty scratch database;
/// after each one the database is read back (SchemaIntrospector) and compared with that migration's snapshot
/// (DriftReport::compare, the comparison `drift` makes between a snapshot and a live database, so what introspection
/// cannot see or writes differently is judged the same way). A custom migration's snapshot is the previous one, so a
/// data-only custom SQL is clean and one that creates a table the snapshot does not know is drift. Hand edits stay
/// the user's right: verify only reports.
class MigrationVerifier
{
public:
    /// Fails when the folder cannot be read as migrations at all (both layouts in one folder, no scratch database);
    /// every migration problem is a VerifyFinding or a note. An empty or missing folder verifies clean.
    static model::Result<VerifyReport> verify(const QString &folderPath);
};

} // namespace tw::migrations
