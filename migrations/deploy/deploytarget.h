// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/deploy/toolprocess.h"
#include "migrations/deploy/wranglerconfig.h"
#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::migrations::deploy {

/// What the user asked to deploy (the Deploy dialog's choices, `tablewright deploy`'s options).
struct DeployOptions
{
    QString projectFile;
    bool local = false;  ///< wrangler's local D1 (`--local`) instead of the production database (`--remote`)
    QString binding;     ///< empty: the config's only D1 database
    QString configFile;  ///< empty: the wrangler config beside the project (WranglerConfig::find)
    QString environment; ///< `[env.X]` of the config; empty: the top level
};

/// Where a deploy goes, resolved from the project and the user's own configs: for D1 the wrangler config's database
/// and migrations folder and the wrangler to run; for a Turso/libSQL project (drizzle config `dialect: "turso"`)
/// drizzle-kit and its config. The deploy flow, the local chores and the dialogs all start from it.
struct DeployTarget
{
    enum class Kind { D1, Turso };
    Kind kind = Kind::D1;
    bool local = false;
    QString projectFile; ///< the rollback rehearsal reads the project's down files beside it
    QString projectFolder;
    QString workingFolder; ///< where the tool runs: the wrangler (or drizzle) config's folder
    WranglerConfig config;
    D1DatabaseConfig database;
    QString environment;
    QString migrationsFolder; ///< absolute: the config's migrations_dir (D1) or the drizzle config's out (Turso)
    QString drizzleConfig;    ///< Turso: the drizzle config file
    ToolCommand tool;
    QStringList notes; ///< what the user should know (e.g. the project's folder differs from wrangler's)

    static model::Result<DeployTarget> resolve(const DeployOptions &options);
    /// `d1 <command…> <database> --local|--remote [--config FILE] [--env X]` plus @p extra.
    QStringList wranglerArguments(const QStringList &command, const QStringList &extra = {}) const;
    /// `--local` or `--remote`.
    QString where() const { return local ? QStringLiteral("--local") : QStringLiteral("--remote"); }
};

} // namespace tw::migrations::deploy
