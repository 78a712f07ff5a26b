// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/applycommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "database/tracking/runnablemigrations.h"
#include "migrations/rollback/roundtriprehearsal.h"
#include "migrations/runner/applytarget.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/migrationrehearsal.h"

#include <QDir>

#include <algorithm>

namespace tw::cli {
namespace {

// Errors that come from opening the database name it already; the rest get its path in front.
QString locatedAt(const QString &databasePath, const QString &error)
{
    return error.startsWith(databasePath) ? error : databasePath + QStringLiteral(": ") + error;
}

} // namespace

using model::ProjectSettings;

int ApplyCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("db"), QStringLiteral("migrations"), QStringLiteral("tracking")};
    spec.flags = {QStringLiteral("dry-run"), QStringLiteral("with-rollback")};
    spec.allowedValues.insert(QStringLiteral("tracking"), {QStringLiteral("drizzle"), QStringLiteral("d1")});
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright apply: " << error << "\nUsage: tablewright apply " << usage() << '\n';
        return ExitUsage;
    }
    if (args.has(QStringLiteral("with-rollback")) && !args.has(QStringLiteral("dry-run"))) {
        context.err << "tablewright apply: --with-rollback rehearses on a copy and needs --dry-run\nUsage: "
                       "tablewright apply "
                    << usage() << '\n';
        return ExitUsage;
    }
    const auto project = loadProject(args.positional(0), context);
    if (!project)
        return ExitProblem;
    migrations::ApplyTarget target = ApplyCommand::target(args.positional(0), *project, args);
    if (!target.problem.isEmpty()) {
        context.err << "tablewright apply: " << target.problem << '\n';
        return ExitProblem;
    }
    migrations::ApplyOptions &options = target.options;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    if (const QString requirement = target.wranglerRequirement(); !requirement.isEmpty())
        context.err << "note: " << requirement << '\n';
    const auto folder = database::RunnableMigrations::scan(target.migrationsFolder);
    if (!folder) {
        context.err << "tablewright apply: " << folder.error() << '\n';
        return ExitProblem;
    }
    if (options.dryRun) {
        const int rehearsed = rehearse(folder.value(), options, context);
        if (!args.has(QStringLiteral("with-rollback")))
            return rehearsed;
        return std::max(rehearsed, rehearseRollback(args.positional(0), target, context));
    }
    const auto report = migrations::MigrationApplier::apply(folder.value(), options);
    if (!report) {
        context.err << locatedAt(options.databasePath, report.error()) << '\n';
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

migrations::ApplyTarget ApplyCommand::target(const QString &projectFile, const model::Project &project,
                                             const CliArguments &args)
{
    auto target = migrations::ApplyTarget::forProject(projectFile, project.settings);
    if (args.has(QStringLiteral("db")))
        target.useDatabase(QDir::current().absoluteFilePath(args.value(QStringLiteral("db"))));
    if (args.has(QStringLiteral("migrations"))) {
        target.migrationsFolder = QDir::current().absoluteFilePath(args.value(QStringLiteral("migrations")));
        target.migrationsDir = args.value(QStringLiteral("migrations"));
    }
    if (args.has(QStringLiteral("tracking")))
        target.options.tracking = args.value(QStringLiteral("tracking")) == QLatin1String("d1")
                                      ? ProjectSettings::Tracking::D1
                                      : ProjectSettings::Tracking::Drizzle;
    if (!target.problem.isEmpty())
        target.problem = withDbOptionRemedy(target.problem);
    return target;
}

int ApplyCommand::rehearseRollback(const QString &projectFile, const migrations::ApplyTarget &target,
                                   CliContext &context)
{
    migrations::RollbackRequest request{projectFile, target.migrationsFolder, target.options, std::nullopt};
    const auto report = migrations::RoundTripRehearsal::rehearse(request);
    if (!report) {
        context.err << target.options.databasePath << ": " << report.error() << '\n';
        return ExitProblem;
    }
    context.out << '\n' << report.value().toText();
    return report.value().succeeded() ? ExitOk : ExitProblem;
}

int ApplyCommand::rehearse(const database::RunnableMigrations &folder, const migrations::ApplyOptions &options,
                           CliContext &context)
{
    const auto report = migrations::MigrationRehearsal::rehearse(folder, options);
    if (!report) {
        context.err << locatedAt(options.databasePath, report.error()) << '\n';
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
