// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/connection/projectdatabase.h"

#include "database/connection/localdatabaselocator.h"
#include "model/project/projectpaths.h"

namespace tw::database {

model::Result<QString> ProjectDatabase::locate(const QString &projectFile, const model::ProjectSettings &settings)
{
    const model::ProjectPaths paths(projectFile, settings);
    if (const QString configured = paths.database(); !configured.isEmpty())
        return configured;
    return LocalDatabaseLocator::locate(paths.projectFolder());
}

} // namespace tw::database
