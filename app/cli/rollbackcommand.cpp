// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/rollbackcommand.h"

#include "app/cli/applycommand.h"
#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/rollback/rollbackrunner.h"

#include <QFileInfo>

namespace tw::cli {

int RollbackCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("to"), QStringLiteral("db"), QStringLiteral("migrations"),
                         QStringLiteral("tracking")};
    spec.flags = {QStringLiteral("dry-run")};
    spec.allowedValues.insert(QStringLiteral("tracking"), {QStringLiteral("drizzle"), QStringLiteral("d1")});
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright rollback: " << error << "\nUsage: tablewright rollback " << usage() << '\n';
        return ExitUsage;
    }
    const auto project = loadProject(args.positional(0), context);
    if (!project)
        return ExitProblem;
    const migrations::ApplyTarget target = ApplyCommand::target(args.positional(0), *project, args);
    if (!target.problem.isEmpty()) {
        context.err << "tablewright rollback: " << target.problem << '\n';
        return ExitProblem;
    }
    migrations::RollbackRequest request{QFileInfo(args.positional(0)).absoluteFilePath(), target.migrationsFolder,
                                        target.options, std::nullopt};
    if (args.has(QStringLiteral("to")))
        request.to = args.value(QStringLiteral("to"));

    const auto rehearsal = migrations::RollbackRunner::rehearse(request);
    if (!rehearsal) {
        context.err << "tablewright rollback: " << rehearsal.error() << '\n';
        return ExitProblem;
    }
    context.out << rehearsal.value().toText();
    if (rehearsal.value().plan.steps.isEmpty())
        return ExitOk;
    context.out << "\nDown SQL:\n" << rehearsal.value().plan.downSql();
    if (args.has(QStringLiteral("dry-run")))
        return rehearsal.value().succeeded() ? ExitOk : ExitProblem;
    if (!rehearsal.value().succeeded()) {
        context.err << "tablewright rollback: the rehearsal failed; nothing was changed\n";
        return ExitProblem;
    }
    const auto outcome = migrations::RollbackRunner::run(request);
    if (!outcome) {
        context.err << target.options.databasePath << ": " << outcome.error() << '\n';
        return ExitProblem;
    }
    context.out << '\n' << outcome.value().toText();
    if (!outcome.value().backupPath.isEmpty())
        context.err << "backup: " << outcome.value().backupPath << '\n';
    return outcome.value().schemaDifference.isEmpty() ? ExitOk : ExitProblem;
}

} // namespace tw::cli
