// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/project.h"
#include "source/schema/sourceschema.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::source {

/// What the user says instead of what the config cannot say (`--schema`, `--migrations`, `--casing`). Paths are
/// absolute or relative to the config file's folder, as the config's own values are.
struct AdoptOverrides
{
    QStringList schema;           ///< replaces the config's `schema` when not empty
    QString migrations;           ///< replaces the config's `out` when not empty
    std::optional<Casing> casing; ///< replaces the config's `casing`
};

/// A new project in source mode for an existing Drizzle project, not saved yet.
struct Adoption
{
    model::Project project; ///< settings relative to the project file's folder; source state bound to the files
    QStringList warnings;   ///< what was read with reservations (`warning:` lines for the user), never fatal
    QString folderSummary;  ///< the migrations folder's layout and size (LatestSnapshot::summary)
};

/// Opens a team's existing Drizzle project as a Tablewright project that keeps their schema source (the one entry
/// point for `tablewright import drizzle.config.ts` and File ▸ Open Drizzle Project…).
///
/// The tables and columns are what the team's TypeScript says (read by SchemaSourceReader, never run); the
/// migrations folder's latest snapshot is what the database has, and becomes the project's baseline, matched by SQL
/// name. Where the two disagree (schema.ts edited, `drizzle-kit generate` not run yet) the source wins: the
/// difference is pending work the next `generate` writes. The project is in SchemaMode::Source, its SourceState says
/// project and files are in sync, so exporting it right away rewrites nothing.
class ProjectAdopter
{
public:
    /// Whether @p path names a drizzle config Tablewright can read (`*.ts`, `*.js`, `*.mjs`, `*.cjs`, `*.mts`,
    /// `*.cts`, or a `.json` whose name contains "drizzle" and "config", such as `drizzle.config.json`).
    static bool isDrizzleConfig(const QString &path);

    /// From `drizzle.config.ts` (or .js, .mjs, .json): its `schema`, `out`, `dialect` (sqlite or turso; others
    /// are refused), `driver`, `casing`. A value the config does not write as a literal is an error naming the key,
    /// what is written there and the override to pass instead. @p projectFile is where the project will be saved
    /// (absolute); the settings' paths are made relative to its folder.
    static model::Result<Adoption> fromConfig(const QString &configPath, const QString &projectFile,
                                              const AdoptOverrides &overrides = {});

    /// Without a config: @p migrationsDir (absolute; may be missing or empty: no history yet) and the schema
    /// files, folders or globs @p schemaPaths (absolute or relative to the migrations folder's parent).
    static model::Result<Adoption> fromFolder(const QString &migrationsDir, const QStringList &schemaPaths,
                                              Casing casing, const QString &projectFile);
};

} // namespace tw::source
