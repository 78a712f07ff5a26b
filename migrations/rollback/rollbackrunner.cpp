// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/rollbackrunner.h"

#include "database/connection/databaseconnection.h"
#include "database/introspection/driftdetector.h"
#include "migrations/rollback/downsteprunner.h"
#include "migrations/runner/databasebackup.h"
#include "migrations/runner/databasecopy.h"
#include "migrations/runner/renametracker.h"
#include "migrations/runner/tablecomparer.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QVariant>

namespace tw::migrations {
namespace {

using model::Result;
using Connection = database::DatabaseConnection;

/// The lines of @p after that @p before does not have, joined.
QString newLines(const QStringList &before, const QStringList &after)
{
    QStringList added;
    for (const QString &line : after) {
        if (!before.contains(line))
            added << line;
    }
    return added.join(u'\n');
}

/// Fills @p rehearsal.report by comparing the copy (main) with the database before (attached as `before`).
QString compare(Connection &copy, const QString &beforePath, RollbackRehearsal &rehearsal)
{
    if (const QString e =
            copy.exec(QStringLiteral("ATTACH DATABASE %1 AS before").arg(DatabaseCopy::literal(beforePath)));
        !e.isEmpty())
        return e;
    QString error;
    rehearsal.report.integrity = copy.scalar(QStringLiteral("PRAGMA main.quick_check"), &error).toString();
    if (!error.isEmpty())
        rehearsal.report.integrity = error;
    RenameTracker renames(TableComparer::userTables(copy, QStringLiteral("before"), &error));
    for (const RollbackStep &step : rehearsal.plan.steps) {
        for (const QString &statement : step.statements)
            renames.feed(statement);
    }
    TableComparer comparer(copy, renames);
    return comparer.compare(rehearsal.report);
}

} // namespace

QStringList RollbackRunner::schemaDifferences(const RollbackRequest &request, const QString &databasePath)
{
    const auto drift = database::DriftDetector::check(request.migrationsFolder, databasePath, request.options.tracking);
    if (!drift)
        return {drift.error()};
    QStringList lines;
    for (const database::DriftEntry &entry : drift.value().entries)
        lines << entry.text();
    return lines;
}

Result<RollbackRehearsal> RollbackRunner::rehearse(const RollbackRequest &request)
{
    const QTemporaryDir dir;
    if (!dir.isValid())
        return Result<RollbackRehearsal>::failure(
            QStringLiteral("cannot create a temporary folder for the rehearsal: %1").arg(dir.errorString()));
    const QString beforePath = dir.filePath(QStringLiteral("before.sqlite"));
    const QString afterPath = dir.filePath(QStringLiteral("after.sqlite"));
    if (const QString e = DatabaseCopy::copy(request.options.databasePath, beforePath, request.options.busyTimeoutMs);
        !e.isEmpty())
        return Result<RollbackRehearsal>::failure(e);
    if (!QFile::copy(beforePath, afterPath))
        return Result<RollbackRehearsal>::failure(
            QStringLiteral("cannot copy the database for the rehearsal into %1").arg(dir.path()));
    RollbackRehearsal rehearsal;
    {
        auto copy = Connection::open(afterPath, Connection::Mode::ReadWrite, request.options.busyTimeoutMs);
        if (!copy)
            return Result<RollbackRehearsal>::failure(copy.error());
        auto plan = RollbackPlanner::plan(request, *copy.value());
        if (!plan)
            return Result<RollbackRehearsal>::failure(plan.error());
        rehearsal.plan = std::move(plan).value();
        rehearsal.plan.databasePath = request.options.databasePath;
        rehearsal.report.databasePath = request.options.databasePath;
        rehearsal.report.integrity = QStringLiteral("ok");
        for (const RollbackStep &step : rehearsal.plan.steps)
            rehearsal.report.pending << step.name;
        if (rehearsal.plan.steps.isEmpty())
            return rehearsal;
        rehearsal.alreadyDifferent = schemaDifferences(request, beforePath);
        const auto folder = database::RunnableMigrations::scan(request.migrationsFolder);
        rehearsal.report.applyError = DownStepRunner::run(*copy.value(), rehearsal.plan, folder.value());
        if (!rehearsal.report.applyError.isEmpty())
            return rehearsal;
        if (const QString e = compare(*copy.value(), beforePath, rehearsal); !e.isEmpty())
            return Result<RollbackRehearsal>::failure(QStringLiteral("cannot compare the rehearsal copy: %1").arg(e));
    }
    rehearsal.schemaDifference = newLines(rehearsal.alreadyDifferent, schemaDifferences(request, afterPath));
    return rehearsal;
}

Result<RollbackOutcome> RollbackRunner::run(const RollbackRequest &request)
{
    RollbackOutcome outcome;
    {
        if (!QFile::exists(request.options.databasePath))
            return Result<RollbackOutcome>::failure(
                QStringLiteral("%1 does not exist: nothing to roll back").arg(request.options.databasePath));
        auto opened =
            Connection::open(request.options.databasePath, Connection::Mode::ReadWrite, request.options.busyTimeoutMs);
        if (!opened)
            return Result<RollbackOutcome>::failure(opened.error());
        Connection &db = *opened.value();
        auto plan = RollbackPlanner::plan(request, db);
        if (!plan)
            return Result<RollbackOutcome>::failure(plan.error());
        outcome.plan = std::move(plan).value();
        if (outcome.plan.steps.isEmpty())
            return outcome;
        if (const QString e = DatabaseCopy::integrityProblem(db); !e.isEmpty())
            return Result<RollbackOutcome>::failure(
                QStringLiteral("%1 failed its integrity check (%2); nothing was changed")
                    .arg(request.options.databasePath, e));
        if (request.options.backupsToKeep > 0) {
            auto backup = DatabaseBackup::create(db, request.options.backupsToKeep, QDateTime::currentDateTime());
            if (!backup)
                return Result<RollbackOutcome>::failure(backup.error());
            outcome.backupPath = backup.value();
        }
        outcome.alreadyDifferent = schemaDifferences(request, request.options.databasePath);
        const auto folder = database::RunnableMigrations::scan(request.migrationsFolder);
        if (const QString e = DownStepRunner::run(db, outcome.plan, folder.value()); !e.isEmpty())
            return Result<RollbackOutcome>::failure(
                outcome.backupPath.isEmpty() ? e : e + QStringLiteral("\nbackup: ") + outcome.backupPath);
    }
    outcome.schemaDifference =
        newLines(outcome.alreadyDifferent, schemaDifferences(request, request.options.databasePath));
    return outcome;
}

} // namespace tw::migrations
