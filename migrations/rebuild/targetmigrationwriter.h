// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"
#include "migrations/plan/sqldialect.h"
#include "migrations/plan/tabledefinition.h"
#include "model/project/projectsettings.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// Writes a migration for a target. `sqlite`: drizzle-kit's text (SqliteMigrationWriter, or SqliteV1MigrationWriter
/// for the V1 dialect). `d1` (also "safe for
/// any runner"): each table rebuild that would lose or orphan rows where foreign keys stay enforced becomes a
/// keep-and-restore rebuild (RebuildPlanner, RebuildWriter), planned on the schema as it stands at that point of
/// the migration; everything else stays drizzle-kit's text.
class TargetMigrationWriter
{
public:
    using Target = model::ProjectSettings::Target;

    /// @p before: the schema the migration starts from (the previous snapshot); @p dialect: the drizzle-kit whose
    /// text the migration is written in (SqliteMigrationWriter or SqliteV1MigrationWriter; the keep-and-restore
    /// rebuild writes its `__new_T` table in that dialect too).
    static QStringList statements(const MigrationPlan &plan, const SchemaDefinition &before, Target target,
                                  SqlDialect dialect = SqlDialect::Classic);
    static QString migrationText(const MigrationPlan &plan, const SchemaDefinition &before, Target target,
                                 SqlDialect dialect = SqlDialect::Classic);
    /// "sqlite" / "d1" to a target; false for anything else.
    static bool parseTarget(const QString &name, Target *target);
};

} // namespace tw::migrations
