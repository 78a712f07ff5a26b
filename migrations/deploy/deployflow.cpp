// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/deployflow.h"

#include "database/connection/localdatabaselocator.h"
#include "database/introspection/driftdetector.h"
#include "database/tracking/runnablemigrations.h"
#include "migrations/deploy/scratchdatabase.h"
#include "migrations/json/jsontext.h"
#include "migrations/rollback/roundtriprehearsal.h"
#include "migrations/runner/migrationrehearsal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace tw::migrations::deploy {
namespace {

void say(const ToolOutput &log, const QString &line)
{
    if (log)
        log(line);
}

/// wrangler's own words about a failed migration: "Migration X failed with the following errors:" and the errors.
QString wranglerFailure(const QString &output)
{
    QStringList errors;
    for (const QString &line : output.split(u'\n'))
        if (line.contains(QLatin1String("[ERROR]")))
            errors << line.section(QStringLiteral("[ERROR]"), 1).trimmed();
    return errors.join(u'\n');
}

/// The bookmark in `wrangler d1 time-travel info --json`'s output.
QString bookmarkIn(const QString &output)
{
    const qsizetype start = output.indexOf(u'{');
    const qsizetype end = output.lastIndexOf(u'}');
    if (start < 0 || end < start)
        return {};
    const auto json = JsonText::parse(output.mid(start, end - start + 1).toUtf8());
    const JsonValue *bookmark =
        json.ok() && json.value().isObject() ? json.value().find(QStringLiteral("bookmark")) : nullptr;
    return bookmark && bookmark->isString() ? bookmark->toString() : QString();
}

DeployReport runTurso(const DeployPlan &plan, const ToolOutput &log, const ToolCancelled &cancelled)
{
    DeployReport report;
    const QStringList arguments = {QStringLiteral("migrate"), QStringLiteral("--config"), plan.target.drizzleConfig};
    const ToolRun run = ToolProcess::run(plan.target.tool, arguments, plan.target.workingFolder, log, cancelled);
    report.succeeded = run.succeeded();
    if (!report.succeeded)
        report.failure =
            run.cancelled
                ? QStringLiteral("Cancelled: drizzle-kit migrate was stopped")
                : QStringLiteral("%1 failed:\n%2").arg(plan.target.tool.commandLine(arguments), run.output.trimmed());
    return report;
}

} // namespace

model::Result<bool> DeployFlow::exportTo(const DeployTarget &target, const QString &file, const ToolOutput &log,
                                         const ToolCancelled &cancelled)
{
    // wrangler writes the export as it reads the database: into a partial file, renamed once whole, so that a
    // deploy killed part-way never leaves a cut-short backup under a backup's name.
    const QString partial = partialExportName(file);
    QFile::remove(partial);
    const QStringList arguments =
        target.wranglerArguments({QStringLiteral("export")}, {QStringLiteral("--output"), partial});
    const ToolRun run = ToolProcess::run(target.tool, arguments, target.workingFolder, log, cancelled);
    if (!run.succeeded() || !QFileInfo::exists(partial)) {
        QFile::remove(partial);
        return model::Result<bool>::failure(
            QStringLiteral("%1 failed:\n%2").arg(target.tool.commandLine(arguments), run.output.trimmed()));
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return model::Result<bool>::failure(QStringLiteral("cannot rename %1 to %2").arg(partial, file));
    }
    return true;
}

QString DeployFlow::partialExportName(const QString &file)
{
    return file + QStringLiteral(".partial");
}

void DeployFlow::removeInterruptedExports(const QString &folder, const ToolOutput &log)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.sql.partial")}, QDir::Files | QDir::Hidden)) {
        if (QFile::remove(dir.filePath(name)))
            say(log, QStringLiteral("Removed %1, the backup of a deploy that was interrupted").arg(dir.filePath(name)));
    }
}

DeployReport DeployFlow::run(const DeployPlan &plan, const QString &backupsFolder, const ToolOutput &log,
                             const ToolCancelled &cancelled)
{
    if (plan.target.kind == DeployTarget::Kind::Turso)
        return runTurso(plan, log, cancelled);
    DeployReport report;
    const DeployTarget &target = plan.target;
    QTemporaryDir scratch;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    report.backupPath = QDir(backupsFolder).absoluteFilePath(backupName(target, stamp));
    QDir().mkpath(backupsFolder);
    removeInterruptedExports(backupsFolder, log);
    say(log, QStringLiteral("== Backup: exporting the database to %1").arg(report.backupPath));
    if (const auto exported = exportTo(target, report.backupPath, log, cancelled); !exported) {
        report.failure = exported.error();
        return report;
    }
    const QString before = scratch.filePath(QStringLiteral("before.sqlite"));
    if (const auto loaded = ScratchDatabase::load(report.backupPath, before); !loaded) {
        report.failure = loaded.error();
        return report;
    }
    const auto folder = database::RunnableMigrations::scan(target.migrationsFolder);
    if (!folder) {
        report.failure = folder.error();
        return report;
    }
    say(log, QStringLiteral("== Rehearsal on a SQLite copy of the export"));
    ApplyOptions options;
    options.databasePath = before;
    options.tracking = model::ProjectSettings::Tracking::D1;
    options.backupsToKeep = 0;
    options.createIfMissing = false;
    const auto rehearsal = MigrationRehearsal::rehearse(folder.value(), options, {}, cancelled);
    if (!rehearsal) {
        report.failure = rehearsal.error();
        return report;
    }
    report.rehearsal = rehearsal.value().toText();
    say(log, report.rehearsal.trimmed());
    if (!rehearsal.value().applyError.isEmpty()) {
        report.failure =
            QStringLiteral("The rehearsal failed; nothing was applied.\n%1").arg(rehearsal.value().applyError);
        return report;
    }
    say(log, QStringLiteral("== Rollback rehearsal: applied and rolled back on another copy"));
    RollbackRequest roundTrip;
    roundTrip.projectFile = target.projectFile;
    roundTrip.migrationsFolder = target.migrationsFolder;
    roundTrip.options = options;
    const auto rolledBack = RoundTripRehearsal::rehearse(roundTrip);
    report.rollback = rolledBack ? rolledBack.value().toText()
                                 : QStringLiteral("The rollback could not be rehearsed: %1\n").arg(rolledBack.error());
    say(log, report.rollback.trimmed());
    if (!target.local) {
        const QStringList info = {QStringLiteral("d1"), QStringLiteral("time-travel"), QStringLiteral("info"),
                                  target.database.commandName(), QStringLiteral("--json")};
        say(log, QStringLiteral("== D1 Time Travel bookmark"));
        const ToolRun run = ToolProcess::run(target.tool, info, target.workingFolder, log, cancelled);
        report.bookmark = bookmarkIn(run.output);
        if (!run.succeeded() || report.bookmark.isEmpty()) {
            report.failure = QStringLiteral("%1 gave no bookmark; nothing was applied:\n%2")
                                 .arg(target.tool.commandLine(info), run.output.trimmed());
            return report;
        }
    }
    DeployReport applied = apply(target, before, log, cancelled);
    applied.backupPath = report.backupPath;
    applied.bookmark = report.bookmark;
    applied.rehearsal = report.rehearsal;
    applied.rollback = report.rollback;
    return applied;
}

DeployReport DeployFlow::apply(const DeployTarget &target, const QString &scratchBefore, const ToolOutput &log,
                               const ToolCancelled &cancelled)
{
    DeployReport report;
    const QStringList arguments = target.wranglerArguments({QStringLiteral("migrations"), QStringLiteral("apply")});
    say(log, QStringLiteral("== %1").arg(target.tool.commandLine(arguments)));
    const ToolRun run = ToolProcess::run(target.tool, arguments, target.workingFolder, log, cancelled);
    report.applied = tableNames(run.output, QStringLiteral("✅"));
    if (run.cancelled) {
        report.failure = QStringLiteral("Cancelled while wrangler applied the migrations; the check below says what "
                                        "the database holds now");
    } else if (!run.succeeded()) {
        const QStringList failed = tableNames(run.output, QStringLiteral("❌"));
        report.failure =
            QStringLiteral("wrangler stopped at %1: %2")
                .arg(failed.isEmpty() ? QStringLiteral("a migration") : failed.first(), wranglerFailure(run.output));
        const auto folder = database::RunnableMigrations::scan(target.migrationsFolder);
        if (!scratchBefore.isEmpty() && folder && !failed.isEmpty()) {
            const QString statement =
                ScratchDatabase::firstFailingStatement(scratchBefore, folder.value(), report.applied + failed);
            report.failure += u'\n' + (statement.isEmpty() ? QStringLiteral("SQLite runs every statement of %1: D1 "
                                                                            "itself refused it")
                                                                 .arg(failed.first())
                                                           : statement);
        }
    }
    const auto check = checkResult(target, log, {});
    report.check = check ? check.value().text() : check.error();
    report.succeeded = report.failure.isEmpty() && check && check.value().isInSync();
    return report;
}

model::Result<database::DriftReport> DeployFlow::checkResult(const DeployTarget &target, const ToolOutput &log,
                                                             const ToolCancelled &cancelled)
{
    QTemporaryDir scratch;
    QString databaseFile;
    if (target.local) {
        const auto located = database::LocalDatabaseLocator::locate(target.workingFolder);
        if (located)
            databaseFile = located.value();
    }
    if (databaseFile.isEmpty()) {
        const QString exported = scratch.filePath(QStringLiteral("after.sql"));
        say(log, QStringLiteral("== Exporting the database again to check it"));
        if (const auto done = exportTo(target, exported, log, cancelled); !done)
            return model::Result<database::DriftReport>::failure(done.error());
        databaseFile = scratch.filePath(QStringLiteral("after.sqlite"));
        if (const auto loaded = ScratchDatabase::load(exported, databaseFile); !loaded)
            return model::Result<database::DriftReport>::failure(loaded.error());
    }
    say(log, QStringLiteral("== Checking the database against the schema its migrations give"));
    return database::DriftDetector::check(target.migrationsFolder, databaseFile, model::ProjectSettings::Tracking::D1);
}

QString DeployReport::text() const
{
    QStringList lines;
    lines << (succeeded ? QStringLiteral("Deployed.") : QStringLiteral("Deploy failed."));
    if (!applied.isEmpty())
        lines << QStringLiteral("applied: %1").arg(applied.join(QLatin1String(", ")));
    if (!failure.isEmpty())
        lines << failure;
    if (!backupPath.isEmpty())
        lines << QStringLiteral("backup: %1").arg(backupPath);
    if (!bookmark.isEmpty())
        lines << QStringLiteral("Time Travel bookmark before the apply: %1 (restore with `wrangler d1 time-travel "
                                "restore DB --bookmark=%1`)")
                     .arg(bookmark);
    if (!rollback.isEmpty())
        lines << QStringLiteral("rollback: %1").arg(rollback.trimmed().section(u'\n', -1));
    if (!check.isEmpty())
        lines << QStringLiteral("check: %1").arg(check.trimmed());
    return lines.join(u'\n') + u'\n';
}

} // namespace tw::migrations::deploy
