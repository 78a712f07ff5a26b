// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/verifycommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/verify/migrationverifier.h"
#include "model/project/projectpaths.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {

int VerifyCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("migrations")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright verify: " << error << "\nUsage: tablewright verify " << usage() << '\n';
        return ExitUsage;
    }
    const QString given = args.positional(0);
    QString folder;
    if (args.has(QStringLiteral("migrations"))) {
        folder = QDir::current().absoluteFilePath(args.value(QStringLiteral("migrations")));
    } else if (QFileInfo(given).isDir()) {
        folder = QFileInfo(given).absoluteFilePath();
    } else {
        const auto project = loadProject(given, context);
        if (!project)
            return ExitProblem;
        folder = model::ProjectPaths(given, project->settings).migrationsFolder();
    }
    const auto report = migrations::MigrationVerifier::verify(folder);
    if (!report) {
        context.err << folder << ": " << report.error() << '\n';
        return ExitProblem;
    }
    context.out << report.value().text();
    return report.value().isClean() ? ExitOk : ExitProblem;
}

} // namespace tw::cli
