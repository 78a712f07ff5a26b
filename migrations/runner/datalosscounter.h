// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationwarning.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QList>
#include <QString>

namespace tw::database {
class DatabaseConnection;
}

namespace tw::migrations {

/// A plan's data-loss warning with the real count from a local database.
struct CountedWarning
{
    MigrationWarning warning;
    qint64 count = -1; ///< -1 when the database cannot tell (it has no such table or column)
    QString unit;      ///< "rows", "non-null values", "NULL values" ...
    /// "drop column products.price: 12,345 non-null values"; "object: message" when count is -1.
    QString text() const;
};

/// Puts real numbers on MigrationWarning s (docs/architecture.md, "What safe means": destructive steps are named
/// "with row counts from the local database where the project names one"). Usage, e.g. for the pending-changes panel:
/// @code
///   const auto counted = DataLossCounter::count(projectPaths.database(), plan.warnings);
///   if (counted) for (const CountedWarning &w : counted.value()) show(w.text());
/// @endcode
/// What is counted, per kind (names as in the warning's object, the database being the one before the migration):
/// drop table: rows; drop column and type change: non-null values; not null added: NULL values (each fails the
/// migration); a new NOT NULL column without default, primary key, unique or foreign key added, generated column
/// change: the table's rows (the rows the step has to check or rewrite). The database is only read.
class DataLossCounter
{
public:
    /// Opens @p databasePath read-only for the count; fails when it cannot be opened (missing, locked, not SQLite).
    static model::Result<QList<CountedWarning>>
    count(const QString &databasePath, const QList<MigrationWarning> &warnings, int busyTimeoutMs = 2000);
    /// The same on an open connection.
    static QList<CountedWarning> count(database::DatabaseConnection &connection,
                                       const QList<MigrationWarning> &warnings);
    /// The warnings of a project's next migration as Generate, `diff` and the SQL Preview show them: counted on the
    /// project's own database (database::ProjectDatabase: the settings' file, else wrangler's local D1 file) when
    /// there is one that opens within @p busyTimeoutMs, the plain warnings otherwise.
    static QList<CountedWarning> forProject(const QString &projectFile, const model::ProjectSettings &settings,
                                            const QList<MigrationWarning> &warnings, int busyTimeoutMs = 2000);
};

} // namespace tw::migrations
