// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QString>

namespace tw::database {

/// The local database a project works with, found one way for every caller (the apply dialog, the Database panel,
/// `apply`, `db`, `drift`): the file the project's settings name (relative to the project file), else the one local
/// D1 file wrangler keeps beside the project (LocalDatabaseLocator). Written once so that the designer and the CLI
/// can never disagree about which database "the project's database" is.
class ProjectDatabase
{
public:
    /// The database for @p projectFile; an error saying what to do when the settings name none and wrangler's
    /// folder holds none or several.
    static model::Result<QString> locate(const QString &projectFile, const model::ProjectSettings &settings);
};

} // namespace tw::database
