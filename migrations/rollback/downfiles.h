// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::migrations {

/// Where the user's down SQL for a migration whose reverse cannot be derived lives: `<project dir>/rollback/<migration
/// name>.down.sql` (e.g. `rollback/0003_backfill_slugs.down.sql`, `rollback/20261207033139_backfill.down.sql`).
/// Beside the project, never inside the migrations folder: wrangler applies every `.sql` file it finds there, and
/// drizzle's migrators would meet files they do not know. A down file also replaces a derived reverse when present.
class DownFiles
{
public:
    /// `<dir of @p projectFile>/rollback`.
    static QString folderFor(const QString &projectFile);
    /// The down file of the migration named @p migrationName (MigrationWithStates::name) in @p projectFile's project.
    static QString pathFor(const QString &projectFile, const QString &migrationName);
};

} // namespace tw::migrations
