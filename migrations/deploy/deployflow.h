// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/introspection/driftreport.h"
#include "migrations/deploy/deploytarget.h"
#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::migrations::deploy {

/// A pending migration as the deploy plan shows it.
struct PendingMigration
{
    QString name; ///< as wrangler names it (the path relative to migrations_dir)
    QString sql;
};

/// What deploy would do, before anything is written: the CLI without `--yes` prints it and stops; the dialog shows it
/// above its Deploy button.
struct DeployPlan
{
    DeployTarget target;
    QList<PendingMigration> pending;
    QStringList steps; ///< the commands and checks, in order
    QStringList notes;
    QString text() const;
};

/// What a deploy did.
struct DeployReport
{
    bool succeeded = false;
    QString backupPath;  ///< the export kept as the backup
    QString bookmark;    ///< --remote: D1 Time Travel's bookmark from before the apply
    QStringList applied; ///< migrations wrangler (or drizzle-kit) applied
    QString failure;     ///< why the deploy stopped; names the migration and statement when one failed
    QString rehearsal;   ///< the rehearsal's per-table report
    QString rollback;    ///< the rollback rehearsal: up then down on another copy, compared with the start
    QString check;       ///< the result compared with the expected schema ("In sync" or the differences)
    QString text() const;
};

/// The guide's "Production Deployment" checklist run with the real tools: list the pending migrations, export the
/// target database (the backup, kept under `backups/` beside the project), rehearse the pending migrations on a
/// SQLite copy of that export (MigrationRehearsal), test the rollback procedure on another copy (RoundTripRehearsal:
/// reported, not a stop, since a custom migration may have no down file yet), record Time Travel's bookmark (--remote),
/// `wrangler d1 migrations apply`, then compare the database with the schema the migrations should give
/// (DriftDetector). The same flow runs with `--local` against wrangler's local D1, which is how it is tested. A
/// Turso/libSQL project runs `drizzle-kit migrate` instead (no export or rehearsal: drizzle-kit has no export). The
/// dialog and `tablewright deploy` are thin callers; every step reports its lines through @p log.
class DeployFlow
{
public:
    static model::Result<DeployPlan> plan(const DeployTarget &target, const ToolOutput &log = {},
                                          const ToolCancelled &cancelled = {});
    /// Runs @p plan; @p backupsFolder receives the export.
    static DeployReport run(const DeployPlan &plan, const QString &backupsFolder, const ToolOutput &log = {},
                            const ToolCancelled &cancelled = {});

    /// `wrangler d1 migrations apply` alone, streamed; on failure the report names the migration wrangler stopped
    /// at and its error, and (when @p scratchBefore, a copy of the database before, is given) the statement.
    static DeployReport apply(const DeployTarget &target, const QString &scratchBefore, const ToolOutput &log = {},
                              const ToolCancelled &cancelled = {});
    /// `wrangler d1 export` of the target into @p file: written as partialExportName(@p file), renamed once whole.
    static model::Result<bool> exportTo(const DeployTarget &target, const QString &file, const ToolOutput &log,
                                        const ToolCancelled &cancelled);
    /// Where exportTo() has wrangler write the export until it is whole.
    static QString partialExportName(const QString &file);
    /// Removes the partial exports an interrupted deploy left in @p folder (run() calls it before its backup).
    static void removeInterruptedExports(const QString &folder, const ToolOutput &log);
    /// The database after the apply compared with what its migrations say it should be.
    static model::Result<database::DriftReport> checkResult(const DeployTarget &target, const ToolOutput &log,
                                                            const ToolCancelled &cancelled);

    /// The migration names in `wrangler d1 migrations list`'s (or apply's) table output.
    static QStringList tableNames(const QString &output, const QString &onlyWithStatus = {});
    /// The backup file name for @p target at @p stamp (`yyyyMMdd-HHmmss`).
    static QString backupName(const DeployTarget &target, const QString &stamp);
};

} // namespace tw::migrations::deploy
