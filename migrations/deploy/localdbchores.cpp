// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/localdbchores.h"

#include "database/connection/databaseconnection.h"
#include "database/connection/localdatabaselocator.h"
#include "database/tracking/runnablemigrations.h"
#include "migrations/deploy/deployflow.h"
#include "migrations/deploy/scratchdatabase.h"
#include "migrations/runner/migrationapplier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::migrations::deploy {

using Failure = model::Result<LocalDbReport>;

model::Result<LocalDbReport> LocalDbChores::setUp(const DeployTarget &target, const LocalDbOptions &options,
                                                  const ToolOutput &log)
{
    if (target.kind != DeployTarget::Kind::D1)
        return Failure::failure(QStringLiteral("a Turso/libSQL project has no local wrangler database; use --db FILE"));
    if (!options.databaseFile.isEmpty())
        return setUpFile(target, options);
    LocalDbReport report;
    DeployTarget local = target;
    local.local = true;
    const QStringList arguments = local.wranglerArguments({QStringLiteral("migrations"), QStringLiteral("apply")});
    const ToolRun run = ToolProcess::run(local.tool, arguments, local.workingFolder, log);
    if (!run.succeeded())
        return Failure::failure(
            QStringLiteral("%1 failed:\n%2").arg(local.tool.commandLine(arguments), run.output.trimmed()));
    const QStringList applied = DeployFlow::tableNames(run.output, QStringLiteral("✅"));
    report.lines << (applied.isEmpty() ? QStringLiteral("No pending migrations.")
                                       : QStringLiteral("applied: %1").arg(applied.join(QLatin1String(", "))));
    if (const auto seeded = seed(local, options, report, log); !seeded)
        return Failure::failure(seeded.error());
    return report;
}

model::Result<LocalDbReport> LocalDbChores::setUpFile(const DeployTarget &target, const LocalDbOptions &options)
{
    const auto folder = database::RunnableMigrations::scan(target.migrationsFolder);
    if (!folder)
        return Failure::failure(folder.error());
    ApplyOptions apply;
    apply.databasePath = options.databaseFile;
    apply.backupsToKeep = 0;
    const auto applied = MigrationApplier::apply(folder.value(), apply);
    if (!applied)
        return Failure::failure(QStringLiteral("%1: %2").arg(options.databaseFile, applied.error()));
    LocalDbReport report;
    report.lines << (applied.value().applied.isEmpty()
                         ? QStringLiteral("No pending migrations.")
                         : QStringLiteral("applied: %1").arg(applied.value().applied.join(QLatin1String(", "))));
    if (const auto seeded = seed(target, options, report, {}); !seeded)
        return Failure::failure(seeded.error());
    return report;
}

model::Result<bool> LocalDbChores::seed(const DeployTarget &target, const LocalDbOptions &options,
                                        LocalDbReport &report, const ToolOutput &log)
{
    if (options.seedFile.isEmpty())
        return true;
    const QString seedPath = QFileInfo(options.seedFile).absoluteFilePath();
    if (!QFileInfo::exists(seedPath))
        return model::Result<bool>::failure(QStringLiteral("%1: no such seed file").arg(seedPath));
    if (!options.databaseFile.isEmpty()) {
        if (const auto loaded = ScratchDatabase::load(seedPath, options.databaseFile); !loaded)
            return model::Result<bool>::failure(loaded.error());
    } else {
        const QStringList arguments =
            target.wranglerArguments({QStringLiteral("execute")}, {QStringLiteral("--file"), seedPath});
        const ToolRun run = ToolProcess::run(target.tool, arguments, target.workingFolder, log);
        if (!run.succeeded())
            return model::Result<bool>::failure(
                QStringLiteral("%1 failed:\n%2").arg(target.tool.commandLine(arguments), run.output.trimmed()));
    }
    report.lines << QStringLiteral("seeded from %1").arg(seedPath);
    return true;
}

model::Result<QString> LocalDbChores::currentFile(const DeployTarget &target, const LocalDbOptions &options)
{
    if (!options.databaseFile.isEmpty())
        return QFileInfo::exists(options.databaseFile) ? options.databaseFile : QString();
    if (database::LocalDatabaseLocator::candidates(target.workingFolder).isEmpty())
        return QString();
    return database::LocalDatabaseLocator::locate(target.workingFolder);
}

model::Result<LocalDbReport> LocalDbChores::reset(const DeployTarget &target, const LocalDbOptions &options,
                                                  const ToolOutput &log)
{
    const auto current = currentFile(target, options);
    if (!current)
        return Failure::failure(current.error());
    QString backupPath;
    if (!current.value().isEmpty()) {
        QDir().mkpath(options.backupsFolder);
        backupPath = QDir(options.backupsFolder)
                         .absoluteFilePath(
                             QStringLiteral("%1-local-%2.sqlite")
                                 .arg(QFileInfo(current.value()).completeBaseName().left(16),
                                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        {
            auto connection =
                database::DatabaseConnection::open(current.value(), database::DatabaseConnection::Mode::ReadOnly, 5000);
            if (!connection)
                return Failure::failure(connection.error());
            QString quoted = backupPath;
            quoted.replace(u'\'', QLatin1String("''"));
            if (const QString e = connection.value()->exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted));
                !e.isEmpty())
                return Failure::failure(QStringLiteral("%1: backup failed: %2").arg(current.value(), e));
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(current.value() + suffix);
    }
    auto report = setUp(target, options, log);
    if (!report)
        return report;
    report.value().backupPath = backupPath;
    if (!backupPath.isEmpty())
        report.value().lines.prepend(QStringLiteral("backup: %1 (then deleted %2)").arg(backupPath, current.value()));
    return report;
}

} // namespace tw::migrations::deploy
