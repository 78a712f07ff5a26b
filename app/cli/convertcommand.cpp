// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/convertcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/convert/projectconversion.h"
#include "migrations/runner/d1trackingrename.h"
#include "model/io/projectwriter.h"

#include <QDateTime>

namespace tw::cli {

using migrations::ProjectConversion;

int ConvertCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("to")};
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
    const auto outcome = ProjectConversion::apply(plan.value(), *project);
    if (!outcome) {
        context.err << path << ": " << outcome.error() << '\n';
        return ExitProblem;
    }
    if (outcome.value().project != *project &&
        !model::ProjectWriter::writeFile(outcome.value().project, path, &error)) {
        context.err << path << ": the folder was converted, but the project could not be saved: " << error << '\n';
        return ExitProblem;
    }
    context.out << outcome.value().report;
    if (!plan.value().folder)
        return ExitOk;
    const auto renamed = migrations::D1TrackingRename::applyToProject(
        path, project->settings, plan.value().folder->trackingRenames(), QDateTime::currentDateTimeUtc());
    if (!renamed) {
        context.err << path << ": the folder was converted, but the local database was not: " << renamed.error()
                    << '\n';
        return ExitProblem;
    }
    context.out << migrations::D1TrackingRename::describe(renamed.value());
    return ExitOk;
}

} // namespace tw::cli
