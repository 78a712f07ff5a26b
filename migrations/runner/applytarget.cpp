// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/applytarget.h"

#include "database/connection/projectdatabase.h"
#include "model/project/projectpaths.h"

namespace tw::migrations {

ApplyTarget ApplyTarget::forProject(const QString &projectFile, const model::ProjectSettings &settings)
{
    ApplyTarget target;
    target.migrationsFolder = model::ProjectPaths(projectFile, settings).migrationsFolder();
    target.options.tracking = settings.tracking;
    target.options.backupsToKeep = settings.backupsToKeep;
    const auto located = database::ProjectDatabase::locate(projectFile, settings);
    if (located)
        target.options.databasePath = located.value();
    else
        target.problem = located.error();
    return target;
}

void ApplyTarget::useDatabase(const QString &path)
{
    options.databasePath = path;
    problem.clear();
}

} // namespace tw::migrations
