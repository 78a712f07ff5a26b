// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/runner/applyoptions.h"
#include "model/project/projectsettings.h"

#include <QString>

namespace tw::migrations {

/// Where a project's migrations are applied: its migrations folder and its database (ProjectDatabase), with the
/// project's tracking and backup settings. The apply dialog and `tablewright apply` both start from it, so the
/// designer and the CLI apply the same folder to the same file for the same project.
struct ApplyTarget
{
    QString migrationsFolder;
    ApplyOptions options; ///< options.databasePath is empty when no database was found
    QString problem;      ///< why no database was found (what to do about it); empty when one was
    /// The folder as the project names it (`drizzle`), for the wrangler config lines; empty: the folder's own name.
    QString migrationsDir;

    /// The target of @p projectFile with @p settings.
    static ApplyTarget forProject(const QString &projectFile, const model::ProjectSettings &settings);
    /// Uses @p path instead of the database found (the user chose one): the problem is gone.
    void useDatabase(const QString &path);
    /// For a drizzle-kit 1.0 (v1) folder tracked for wrangler: what the user's wrangler needs to see these
    /// migrations at all (4.98 or newer, which needs Node 22, with `migrations_pattern`), with the exact config lines.
    /// Empty for a classic folder or drizzle tracking. The apply dialog shows it; `apply` prints it as a note.
    QString wranglerRequirement() const;
};

} // namespace tw::migrations
