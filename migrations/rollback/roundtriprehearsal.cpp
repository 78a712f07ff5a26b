// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/roundtriprehearsal.h"

#include "database/connection/databaseconnection.h"
#include "database/introspection/driftreport.h"
#include "database/introspection/schemaintrospector.h"
#include "migrations/rollback/rollbackrunner.h"
#include "migrations/runner/databasecopy.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/tablecontents.h"

#include <QFile>
#include <QTemporaryDir>

namespace tw::migrations {
namespace {

using model::Result;

RollbackRequest on(const RollbackRequest &request, const QString &databasePath)
{
    RollbackRequest copy = request;
    copy.options.databasePath = databasePath;
    copy.options.dryRun = false;
    copy.options.backupsToKeep = 0;
    copy.options.createIfMissing = false;
    return copy;
}

Result<QList<TableContent>> contentsOf(const QString &path, int busyTimeoutMs)
{
    auto opened = database::DatabaseConnection::open(path, database::DatabaseConnection::Mode::ReadOnly, busyTimeoutMs);
    if (!opened)
        return Result<QList<TableContent>>::failure(opened.error());
    return TableContents::read(*opened.value());
}

} // namespace

QString RoundTripRehearsal::compare(const QString &startPath, const QString &endPath, RoundTripReport &report)
{
    const auto start = database::SchemaIntrospector::read(startPath);
    const auto end = database::SchemaIntrospector::read(endPath);
    if (!start || !end)
        return start ? end.error() : start.error();
    for (const database::DriftEntry &entry :
         database::DriftReport::compare(start.value().schema, end.value().schema).entries)
        report.schemaChanges << entry.text();
    const auto before = contentsOf(startPath, 2000);
    const auto after = contentsOf(endPath, 2000);
    if (!before || !after)
        return before ? after.error() : before.error();
    report.rowChanges = TableContents::differences(before.value(), after.value());
    return {};
}

Result<RoundTripReport> RoundTripRehearsal::rehearse(const RollbackRequest &request)
{
    RoundTripReport report;
    report.databasePath = request.options.databasePath;
    const QTemporaryDir dir;
    if (!dir.isValid())
        return Result<RoundTripReport>::failure(
            QStringLiteral("cannot create a temporary folder for the rehearsal: %1").arg(dir.errorString()));
    const QString startPath = dir.filePath(QStringLiteral("start.sqlite"));
    const QString workPath = dir.filePath(QStringLiteral("work.sqlite"));
    if (const QString e = DatabaseCopy::copy(request.options.databasePath, startPath, request.options.busyTimeoutMs);
        !e.isEmpty())
        return Result<RoundTripReport>::failure(e);
    if (!QFile::copy(startPath, workPath))
        return Result<RoundTripReport>::failure(
            QStringLiteral("cannot copy the database for the rehearsal into %1").arg(dir.path()));
    const auto startApplied = RollbackPlanner::appliedMigrations(on(request, startPath));
    if (!startApplied)
        return Result<RoundTripReport>::failure(startApplied.error());

    const RollbackRequest work = on(request, workPath);
    const auto folder = database::RunnableMigrations::scan(request.migrationsFolder);
    if (!folder)
        return Result<RoundTripReport>::failure(folder.error());
    const auto up = MigrationApplier::apply(folder.value(), work.options);
    if (!up) {
        report.upError = up.error();
        return report;
    }
    report.applied = up.value().applied;
    if (report.applied.isEmpty())
        return report;

    RollbackRequest down = work;
    down.to = startApplied.value().isEmpty() ? QString() : startApplied.value().last();
    const auto undone = RollbackRunner::run(down);
    if (!undone) {
        report.downError = undone.error();
        return report;
    }
    report.down = undone.value().plan;
    report.down.databasePath = request.options.databasePath;
    if (const QString e = compare(startPath, workPath, report); !e.isEmpty())
        return Result<RoundTripReport>::failure(QStringLiteral("cannot compare the rehearsal copies: %1").arg(e));
    const auto endApplied = RollbackPlanner::appliedMigrations(work);
    if (!endApplied)
        return Result<RoundTripReport>::failure(endApplied.error());
    if (endApplied.value() != startApplied.value())
        report.historyChanges << QStringLiteral("applied before: %1; after up and down: %2")
                                     .arg(startApplied.value().join(QStringLiteral(", ")),
                                          endApplied.value().join(QStringLiteral(", ")));
    return report;
}

QString RoundTripReport::toText() const
{
    QString out = QStringLiteral("Rollback rehearsal on a copy of %1 (up, then down; the database itself is not "
                                 "touched)\n")
                      .arg(databasePath);
    if (!upError.isEmpty())
        return out + QStringLiteral("The migrations fail on the copy:\n%1\n").arg(upError);
    if (applied.isEmpty())
        return out + QStringLiteral("No pending migrations: nothing to roll back.\n");
    out += QStringLiteral("Up: applied %1\n").arg(applied.join(QStringLiteral(", ")));
    if (!downError.isEmpty())
        return out + QStringLiteral("Down: the rollback fails on the copy:\n%1\n").arg(downError);
    QStringList undone;
    for (const RollbackStep &step : down.steps)
        undone << (step.downFile.isEmpty() ? step.name : QStringLiteral("%1 (from %2)").arg(step.name, step.downFile));
    out += QStringLiteral("Down: undid %1\n").arg(undone.join(QStringLiteral(", ")));
    if (succeeded())
        return out + QStringLiteral("The rollback restores the starting schema, rows and history exactly.\n");
    out += QStringLiteral("After up and down the copy differs from the start:\n");
    for (const QString &line : schemaChanges + rowChanges + historyChanges)
        out += QStringLiteral("  %1\n").arg(line);
    return out;
}

} // namespace tw::migrations
