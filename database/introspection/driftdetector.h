// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/introspection/driftreport.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QString>

#include <functional>

namespace tw::migrations {
class MigrationsFolder;
}

namespace tw::database {

class DatabaseConnection;

/// Compares a live database with what its migrations say it should be: the snapshot of the last migration of
/// @p folder that the database's tracking table (`__drizzle_migrations` or `d1_migrations`) records as applied;
/// with nothing applied, the empty schema. The database is opened read-only and closed again.
class DriftDetector
{
public:
    using Tracking = model::ProjectSettings::Tracking;

    /// The report, with notes saying which migration the expectation comes from, how many are pending and what
    /// introspection could not represent. Fails when the folder is broken, the database cannot be read, or its
    /// history does not belong to the folder.
    static model::Result<DriftReport> check(const migrations::MigrationsFolder &folder, const QString &databasePath,
                                            Tracking preferred);
    /// The same for the folder at @p folderPath in either layout (FolderLayoutDetector): a drizzle-kit 1.0 folder's
    /// expectation is its applied migrations replayed (ReplayedSchema); a folder holding both layouts is refused.
    static model::Result<DriftReport> check(const QString &folderPath, const QString &databasePath, Tracking preferred);
    /// The expected schema alone; @p notes receives where it comes from.
    static model::Result<model::Schema> expectedSchema(const migrations::MigrationsFolder &folder,
                                                       DatabaseConnection &connection, Tracking preferred,
                                                       QStringList *notes);

private:
    using Expectation = std::function<model::Result<model::Schema>(DatabaseConnection &, QStringList *)>;
    static model::Result<DriftReport> compare(const QString &databasePath, const Expectation &expectation);
};

} // namespace tw::database
