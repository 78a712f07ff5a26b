// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/rollback/rollbackplan.h"
#include "migrations/runner/rehearsalreport.h"
#include "model/core/result.h"

#include <QString>

namespace tw::migrations {

/// A rollback rehearsed on a copy of the database.
struct RollbackRehearsal
{
    RollbackPlan plan;
    /// Per table of the copy: rows before and after the down steps, rows deleted, values dropped (the rows and
    /// values the rollback would lose, with counts); applyError when the down steps fail on the copy.
    RehearsalReport report;
    /// What differs between the copy afterwards and the target migration's schema; empty when they are the same.
    /// Differences the database already had from its history before the rollback are not counted (see below).
    QString schemaDifference;
    /// How the database differed from its history before the rollback (a hand-edited migration, say): kept as it
    /// is by the rollback, so not its failure.
    QStringList alreadyDifferent;

    bool succeeded() const { return report.succeeded() && schemaDifference.isEmpty(); }
    /// The plan, the per-table losses and the verdict, as plain text.
    QString toText() const;
    /// The verdict alone: why the rollback would fail, or the rows and values it loses and whether the schema ends
    /// exactly at the target's.
    QString verdict() const;
};

/// A rollback done.
struct RollbackOutcome
{
    RollbackPlan plan;
    QString backupPath;           ///< the copy taken first; empty when the request keeps no backups
    QString schemaDifference;     ///< the database's new difference from the target's schema afterwards; empty: none
    QStringList alreadyDifferent; ///< as RollbackRehearsal::alreadyDifferent
    QString toText() const;
};

/// Rolls a database back to an earlier migration: rehearse() on a copy (the database itself is only read), run() for
/// real after a backup (DatabaseBackup), in one transaction (DownStepRunner), then the database is introspected and
/// compared with the schema its remaining history expects (DriftDetector): the earlier migration's snapshot.
class RollbackRunner
{
public:
    /// Fails when nothing can be planned (RollbackPlanner refuses, the database cannot be read); down steps that
    /// fail on the copy are reported in report.applyError.
    static model::Result<RollbackRehearsal> rehearse(const RollbackRequest &request);
    /// Fails, with the database unchanged, when the plan is refused or a down step fails; the backup stays.
    static model::Result<RollbackOutcome> run(const RollbackRequest &request);
    /// How the database at @p databasePath differs from the schema its history in @p request's folder expects
    /// (DriftDetector), one line each; empty when they agree.
    static QStringList schemaDifferences(const RollbackRequest &request, const QString &databasePath);
};

} // namespace tw::migrations
