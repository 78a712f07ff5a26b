// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/deploy/deployflow.h"

#include "database/tracking/runnablemigrations.h"

#include <QDir>
#include <QRegularExpression>

namespace tw::migrations::deploy {
namespace {

QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString &line : lines)
        line.prepend(indent);
    return lines.join(u'\n');
}

/// Turso: every migration of the folder is shown; drizzle-kit decides which its `__drizzle_migrations` lacks.
model::Result<DeployPlan> tursoPlan(const DeployTarget &target)
{
    DeployPlan plan;
    plan.target = target;
    const auto folder = database::RunnableMigrations::scan(target.migrationsFolder);
    if (!folder)
        return model::Result<DeployPlan>::failure(folder.error());
    for (const database::RunnableMigration &m : folder.value().migrations())
        plan.pending.append({m.sqlFile, QString::fromUtf8(folder.value().sqlBytes(m))});
    plan.steps << target.tool.commandLine(
        {QStringLiteral("migrate"), QStringLiteral("--config"), target.drizzleConfig});
    plan.notes << QStringLiteral("Turso/libSQL: drizzle-kit migrate applies the migrations its __drizzle_migrations "
                                 "table lacks (the list shows the whole folder); there is no export to back up or "
                                 "rehearse on: use Turso's point-in-time restore");
    return plan;
}

} // namespace

QStringList DeployFlow::tableNames(const QString &output, const QString &onlyWithStatus)
{
    static const QRegularExpression row(QStringLiteral("^\\s*│\\s*([^│]+?)\\s*│(?:\\s*([^│]*?)\\s*│)?\\s*$"));
    QStringList names;
    for (const QString &line : output.split(u'\n')) {
        const auto match = row.match(line);
        if (!match.hasMatch() || match.captured(1).compare(QLatin1String("name"), Qt::CaseInsensitive) == 0)
            continue;
        if (!onlyWithStatus.isEmpty() && !match.captured(2).contains(onlyWithStatus))
            continue;
        names.removeAll(match.captured(1));
        names << match.captured(1);
    }
    return names;
}

model::Result<DeployPlan> DeployFlow::plan(const DeployTarget &target, const ToolOutput &log,
                                           const ToolCancelled &cancelled)
{
    if (target.kind == DeployTarget::Kind::Turso)
        return tursoPlan(target);
    const QStringList list = target.wranglerArguments({QStringLiteral("migrations"), QStringLiteral("list")});
    const ToolRun run = ToolProcess::run(target.tool, list, target.workingFolder, log, cancelled);
    if (!run.succeeded())
        return model::Result<DeployPlan>::failure(
            QStringLiteral("%1 failed:\n%2").arg(target.tool.commandLine(list), run.output.trimmed()));
    const auto folder = database::RunnableMigrations::scan(target.migrationsFolder);
    if (!folder)
        return model::Result<DeployPlan>::failure(folder.error());
    DeployPlan plan;
    plan.target = target;
    for (const QString &name : tableNames(run.output))
        plan.pending.append({name, QString::fromUtf8(folder.value().sqlBytes({name, {}, 0, true}))});
    const QString backup = QStringLiteral("backups/") + backupName(target, QStringLiteral("<time>"));
    plan.steps << target.tool.commandLine(
                      target.wranglerArguments({QStringLiteral("export")}, {QStringLiteral("--output"), backup})) +
                      QStringLiteral("   (the backup, kept)");
    plan.steps << QStringLiteral("rehearse the pending migrations on a SQLite copy of that export");
    plan.steps << QStringLiteral("test the rollback procedure: apply and roll back on another copy, compare with the "
                                 "start");
    if (target.local)
        plan.steps << QStringLiteral("no D1 Time Travel bookmark: --local databases have no Time Travel; the export "
                                     "is the backup");
    else
        plan.steps << target.tool.commandLine({QStringLiteral("d1"), QStringLiteral("time-travel"),
                                               QStringLiteral("info"), target.database.commandName(),
                                               QStringLiteral("--json")}) +
                          QStringLiteral("   (the bookmark to restore to)");
    plan.steps << target.tool.commandLine(
        target.wranglerArguments({QStringLiteral("migrations"), QStringLiteral("apply")}));
    plan.steps << QStringLiteral("check the database against the schema its migrations give");
    plan.notes << target.notes;
    plan.notes << QStringLiteral("the rollback rehearsal is not part of deploy yet (tablewright has no rollback)");
    return plan;
}

QString DeployPlan::text() const
{
    QStringList lines;
    if (target.kind == DeployTarget::Kind::Turso)
        lines << QStringLiteral("Deploy with drizzle-kit migrate (%1)").arg(target.drizzleConfig);
    else
        lines << QStringLiteral("Deploy to D1 database %1 (binding %2), %3")
                     .arg(target.database.commandName(), target.database.binding,
                          target.local ? QStringLiteral("local (--local)") : QStringLiteral("production (--remote)"))
              << QStringLiteral("wrangler config: %1").arg(target.config.path);
    lines << QStringLiteral("migrations: %1").arg(target.migrationsFolder);
    if (pending.isEmpty())
        lines << QStringLiteral("No pending migrations.");
    else
        lines << QStringLiteral("Pending migrations (%1):").arg(pending.size());
    for (const PendingMigration &migration : pending)
        lines << QStringLiteral("  %1").arg(migration.name) << indented(migration.sql, QStringLiteral("      "));
    if (!pending.isEmpty()) {
        lines << QStringLiteral("Steps:");
        for (qsizetype i = 0; i < steps.size(); ++i)
            lines << QStringLiteral("  %1. %2").arg(i + 1).arg(steps[i]);
    }
    for (const QString &note : notes)
        lines << QStringLiteral("note: %1").arg(note);
    return lines.join(u'\n') + u'\n';
}

QString DeployFlow::backupName(const DeployTarget &target, const QString &stamp)
{
    const QString name =
        target.kind == DeployTarget::Kind::Turso ? QStringLiteral("turso") : target.database.commandName();
    return QStringLiteral("%1-%2-%3.sql")
        .arg(name, target.local ? QStringLiteral("local") : QStringLiteral("remote"), stamp);
}

} // namespace tw::migrations::deploy
