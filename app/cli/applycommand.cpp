// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/applycommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/folder/migrationsfolder.h"
#include "database/connection/localdatabaselocator.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/migrationrehearsal.h"
#include "model/project/projectpaths.h"

#include <QDir>

namespace tw::cli {

using model::ProjectSettings;

int ApplyCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("db"), QStringLiteral("migrations"), QStringLiteral("tracking")};
    spec.flags = {QStringLiteral("dry-run")};
    spec.allowedValues.insert(QStringLiteral("tracking"), {QStringLiteral("drizzle"), QStringLiteral("d1")});
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright apply: " << error << "\nUsage: tablewright apply " << usage() << '\n';
        return ExitUsage;
    }
    const auto project = loadProject(args.positional(0), context);
    if (!project)
        return ExitProblem;
    const model::ProjectPaths paths(args.positional(0), project->settings);

    migrations::ApplyOptions options;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    options.backupsToKeep = project->settings.backupsToKeep;
    options.tracking = project->settings.tracking;
    if (args.has(QStringLiteral("tracking")))
        options.tracking = args.value(QStringLiteral("tracking")) == QLatin1String("d1") ? ProjectSettings::Tracking::D1
                                                                                         : ProjectSettings::Tracking::Drizzle;
    options.databasePath = args.has(QStringLiteral("db")) ? QDir::current().absoluteFilePath(args.value(QStringLiteral("db")))
                                                          : paths.database();
    if (options.databasePath.isEmpty()) {
        const auto located = database::LocalDatabaseLocator::locate(paths.projectFolder());
        if (!located) {
            context.err << "tablewright apply: " << located.error() << '\n';
            return ExitProblem;
        }
        options.databasePath = located.value();
    }
    const QString folderPath = args.has(QStringLiteral("migrations"))
                                   ? QDir::current().absoluteFilePath(args.value(QStringLiteral("migrations")))
                                   : paths.migrationsFolder();
    const auto folder = migrations::MigrationsFolder::scan(folderPath);
    if (options.dryRun)
        return rehearse(folder, options, context);
    const auto report = migrations::MigrationApplier::apply(folder, options);
    if (!report) {
        context.err << options.databasePath << ": " << report.error() << '\n';
        return ExitProblem;
    }
    for (const QString &note : report.value().notes)
        context.err << "note: " << note << '\n';
    if (report.value().applied.isEmpty()) {
        context.out << "No pending migrations for " << options.databasePath << '\n';
        return ExitOk;
    }
    for (const QString &file : report.value().applied)
        context.out << "applied " << file << '\n';
    if (!report.value().backupPath.isEmpty())
        context.err << "backup: " << report.value().backupPath << '\n';
    return ExitOk;
}

int ApplyCommand::rehearse(const migrations::MigrationsFolder &folder, const migrations::ApplyOptions &options,
                           CliContext &context)
{
    const auto report = migrations::MigrationRehearsal::rehearse(folder, options);
    if (!report) {
        context.err << options.databasePath << ": " << report.error() << '\n';
        return ExitProblem;
    }
    for (const QString &note : report.value().notes)
        context.err << "note: " << note << '\n';
    if (report.value().pending.isEmpty()) {
        context.out << "No pending migrations for " << options.databasePath << '\n';
        return ExitOk;
    }
    for (const QString &file : report.value().pending)
        context.out << "would apply " << file << '\n';
    context.out << '\n' << report.value().toText();
    return report.value().succeeded() ? ExitOk : ExitProblem;
}

} // namespace tw::cli
