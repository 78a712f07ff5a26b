// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/localdbcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "database/connection/localdatabaselocator.h"
#include "migrations/deploy/localdbchores.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {

using namespace migrations::deploy;

int LocalDbCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 2;
    spec.valueOptions = {QStringLiteral("seed"), QStringLiteral("db"), QStringLiteral("binding"),
                         QStringLiteral("config")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    const QString chore = args.positional(0);
    if (error.isEmpty() && chore != QLatin1String("reset") && chore != QLatin1String("setup"))
        error = QStringLiteral("the first argument is reset or setup, not '%1'").arg(chore);
    if (!error.isEmpty()) {
        context.err << "tablewright localdb: " << error << "\nUsage: tablewright localdb " << usage() << '\n';
        return ExitUsage;
    }
    const auto project = loadProject(args.positional(1), context);
    if (!project)
        return ExitProblem;
    DeployOptions options;
    options.projectFile = QFileInfo(args.positional(1)).absoluteFilePath();
    options.local = true;
    options.binding = args.value(QStringLiteral("binding"));
    if (args.has(QStringLiteral("config")))
        options.configFile = QDir::current().absoluteFilePath(args.value(QStringLiteral("config")));
    auto target = DeployTarget::resolve(options);
    if (!target && args.has(QStringLiteral("db"))) { // a plain SQLite file needs no wrangler config
        DeployTarget file;
        file.local = true;
        file.projectFolder = QFileInfo(options.projectFile).absolutePath();
        file.migrationsFolder = QDir(file.projectFolder).absoluteFilePath(project->settings.migrationsFolder);
        target = file;
    }
    if (!target) {
        context.err << "tablewright localdb: " << target.error() << '\n';
        return ExitProblem;
    }
    LocalDbOptions chores;
    if (args.has(QStringLiteral("seed")))
        chores.seedFile = QDir::current().absoluteFilePath(args.value(QStringLiteral("seed")));
    if (args.has(QStringLiteral("db")))
        chores.databaseFile = QDir::current().absoluteFilePath(args.value(QStringLiteral("db")));
    chores.backupsFolder = QDir(target.value().projectFolder).absoluteFilePath(QStringLiteral("backups"));
    const ToolOutput log = [&context](const QString &line) {
        context.err << line << '\n';
    };
    const auto report = chore == QLatin1String("reset") ? LocalDbChores::reset(target.value(), chores, log)
                                                        : LocalDbChores::setUp(target.value(), chores, log);
    if (!report) {
        QString problem = report.error();
        // Several wrangler files: the library lists them, the command line says how to pick one.
        if (!args.has(QStringLiteral("db")) &&
            database::LocalDatabaseLocator::candidates(target.value().workingFolder).size() > 1)
            problem += QStringLiteral("\npass --db FILE with the one to use");
        context.err << "tablewright localdb " << chore << ": " << problem << '\n';
        return ExitProblem;
    }
    context.out << report.value().text();
    return ExitOk;
}

} // namespace tw::cli
