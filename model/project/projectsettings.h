// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::model {

/// Drizzle's `casing` option: how a column without an explicit SQL name gets one from its TypeScript key.
enum class Casing { None, SnakeCase, CamelCase };
QString casingName(Casing casing); ///< "none" (no option), "snake_case", "camelCase"
std::optional<Casing> casingFromName(const QString &name);

/// Per-project settings stored in the project file. Paths are relative to the project file's folder.
struct ProjectSettings
{
    enum class Target { Sqlite, D1 };
    enum class Tracking { Drizzle, D1 };
    /// Which tRPC procedure builder exported procedures use: Auto = reads public, writes and "my rows" protected.
    enum class ProcedureAccess { Auto, Protected, Public };

    QString migrationsFolder = QStringLiteral("drizzle");
    QString schemaFile = QStringLiteral("src/db/schema.ts");
    QString codeFolder = QStringLiteral("src");
    QString database; ///< local SQLite file; empty: discover wrangler's local D1 file
    Target target = Target::D1;
    Tracking tracking = Tracking::D1;
    int backupsToKeep = 5;
    ProcedureAccess procedureAccess = ProcedureAccess::Auto;
    /// Generated: Tablewright writes and stamps `schemaFile` whole. Source: the schema is the team's own TypeScript
    /// (`schemaSources`), which export edits in place (see SourceState).
    enum class SchemaMode { Generated, Source };
    SchemaMode schemaMode = SchemaMode::Generated;
    QStringList schemaSources;    ///< Source mode: files, folders or globs as drizzle.config's `schema` names them
    Casing casing = Casing::None; ///< drizzle.config's `casing`
    /// drizzle-kit's migrations folder layout (docs/drizzle-formats.md). Classic: drizzle-kit 0.31's
    /// `meta/_journal.json`, snapshot version 6, its SQL dialect. V1: drizzle-kit 1.0's one `<YYYYMMDDHHMMSS>_<name>/`
    /// folder per migration, snapshot version 7, its SQL dialect. A folder that already holds migrations is continued
    /// in its own layout; this decides for an empty one. Classic by default while 0.31 is drizzle-kit's `latest`.
    enum class MigrationLayout { Classic, V1 };
    MigrationLayout migrationLayout = MigrationLayout::Classic;
    /// Deploy goes to wrangler's local D1 (`--local`) instead of production (`--remote`): for projects without a
    /// Cloudflare account, and the way the deploy flow is rehearsed.
    bool deployLocal = false;

    friend bool operator==(const ProjectSettings &, const ProjectSettings &) = default;
};

QString targetName(ProjectSettings::Target target);
QString trackingName(ProjectSettings::Tracking tracking);
QString procedureAccessName(ProjectSettings::ProcedureAccess access);
QString schemaModeName(ProjectSettings::SchemaMode mode);             ///< "generated", "source"
QString migrationLayoutName(ProjectSettings::MigrationLayout layout); ///< "classic", "v1"
std::optional<ProjectSettings::MigrationLayout> migrationLayoutFromName(const QString &name);

} // namespace tw::model
