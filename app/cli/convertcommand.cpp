// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/convertcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/convert/projectconversion.h"
#include "migrations/runner/trackedconversion.h"
#include "model/io/projectwriter.h"
#include "model/project/projectpaths.h"

#include <QDateTime>
#include <QDir>

namespace tw::cli {

using migrations::ProjectConversion;

int ConvertCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("to"), QStringLiteral("db")};
    spec.flags = {QStringLiteral("dry-run")};
    spec.allowedValues.insert(QStringLiteral("to"), {QStringLiteral("v1"), QStringLiteral("classic")});
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (error.isEmpty() && !args.has(QStringLiteral("to")))
        error = QStringLiteral("--to is required");
    if (!error.isEmpty()) {
        context.err << "tablewright convert: " << error << "\nUsage: tablewright convert " << usage() << '\n';
        return ExitUsage;
    }
    const QString path = args.positional(0);
    const auto project = loadProject(path, context);
    if (!project)
        return ExitProblem;
    // A conversion a dead process left half done is finished (or undone) first, whatever is asked now.
    const QString folder = model::ProjectPaths(path, project->settings).migrationsFolder();
    const auto recovered = migrations::TrackedConversion::recover(folder);
    if (!recovered) {
        context.err << path << ": " << recovered.error() << '\n';
        return ExitProblem;
    }
    context.out << recovered.value();
    const auto to = *model::migrationLayoutFromName(args.value(QStringLiteral("to")));
    const auto plan = ProjectConversion::plan(*project, path, to);
    if (!plan) {
        context.err << path << ": " << plan.error() << '\n';
        return ExitProblem;
    }
    if (args.has(QStringLiteral("dry-run"))) {
        context.out << plan.value().description;
        return ExitOk;
    }
    const QString database =
        args.has(QStringLiteral("db")) ? QDir::current().absoluteFilePath(args.value(QStringLiteral("db"))) : QString();
    const auto outcome =
        migrations::TrackedConversion::run(plan.value(), *project, path, database, QDateTime::currentDateTimeUtc());
    if (!outcome) {
        context.err << path << ": " << outcome.error() << '\n';
        return ExitProblem;
    }
    const model::Project &converted = outcome.value().project.project;
    if (converted != *project && !model::ProjectWriter::writeFile(converted, path, &error)) {
        context.err << path << ": the folder was converted, but the project could not be saved: " << error << '\n';
        return ExitProblem;
    }
    context.out << outcome.value().report;
    return ExitOk;
}

} // namespace tw::cli
