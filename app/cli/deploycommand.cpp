// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/deploycommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/deploy/deployflow.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {

using namespace migrations::deploy;

int DeployCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("binding"), QStringLiteral("config"), QStringLiteral("env")};
    spec.flags = {QStringLiteral("local"), QStringLiteral("yes")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright deploy: " << error << "\nUsage: tablewright deploy " << usage() << '\n';
        return ExitUsage;
    }
    const auto project = loadProject(args.positional(0), context);
    if (!project)
        return ExitProblem;
    DeployOptions options;
    options.projectFile = QFileInfo(args.positional(0)).absoluteFilePath();
    options.local = args.has(QStringLiteral("local")) || project->settings.deployLocal;
    options.binding = args.value(QStringLiteral("binding"));
    if (args.has(QStringLiteral("config")))
        options.configFile = QDir::current().absoluteFilePath(args.value(QStringLiteral("config")));
    options.environment = args.value(QStringLiteral("env"));
    const auto target = DeployTarget::resolve(options);
    if (!target) {
        context.err << "tablewright deploy: " << target.error() << '\n';
        return ExitProblem;
    }
    const ToolOutput log = [&context](const QString &line) {
        context.err << line << '\n';
        context.err.flush();
    };
    const auto plan = DeployFlow::plan(target.value(), log);
    if (!plan) {
        context.err << "tablewright deploy: " << plan.error() << '\n';
        return ExitProblem;
    }
    context.out << plan.value().text();
    if (plan.value().pending.isEmpty())
        return ExitOk;
    if (!args.has(QStringLiteral("yes"))) {
        context.out << "Nothing was changed: run again with --yes to deploy.\n";
        return ExitOk;
    }
    const QString backups = QDir(target.value().projectFolder).absoluteFilePath(QStringLiteral("backups"));
    const DeployReport report = DeployFlow::run(plan.value(), backups, log);
    context.out << report.text();
    return report.succeeded ? ExitOk : ExitProblem;
}

} // namespace tw::cli
