// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/driftcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "database/connection/projectdatabase.h"
#include "database/introspection/driftdetector.h"
#include "model/project/projectpaths.h"

#include <QDir>

namespace tw::cli {

using model::ProjectSettings;

int DriftCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("db"), QStringLiteral("migrations"), QStringLiteral("tracking")};
    spec.allowedValues.insert(QStringLiteral("tracking"), {QStringLiteral("drizzle"), QStringLiteral("d1")});
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright drift: " << error << "\nUsage: tablewright drift " << usage() << '\n';
        return ExitUsage;
    }
    const auto project = loadProject(args.positional(0), context);
    if (!project)
        return ExitProblem;
    const model::ProjectPaths paths(args.positional(0), project->settings);
    ProjectSettings::Tracking tracking = project->settings.tracking;
    if (args.has(QStringLiteral("tracking")))
        tracking = args.value(QStringLiteral("tracking")) == QLatin1String("d1") ? ProjectSettings::Tracking::D1
                                                                                 : ProjectSettings::Tracking::Drizzle;
    QString database = QDir::current().absoluteFilePath(args.value(QStringLiteral("db")));
    if (!args.has(QStringLiteral("db"))) {
        const auto located = database::ProjectDatabase::locate(args.positional(0), project->settings);
        if (!located) {
            context.err << "tablewright drift: " << withDbOptionRemedy(located.error()) << '\n';
            return ExitProblem;
        }
        database = located.value();
    }
    const QString folderPath = args.has(QStringLiteral("migrations"))
                                   ? QDir::current().absoluteFilePath(args.value(QStringLiteral("migrations")))
                                   : paths.migrationsFolder();
    const auto report = database::DriftDetector::check(folderPath, database, tracking);
    if (!report) {
        context.err << report.error() << '\n';
        return ExitProblem;
    }
    for (const QString &note : report.value().notes)
        context.err << "note: " << note << '\n';
    if (report.value().isInSync()) {
        context.out << "In sync: " << database << " matches the applied migrations\n";
        return ExitOk;
    }
    for (const database::DriftEntry &entry : report.value().entries)
        context.out << entry.text() << '\n';
    context.out << report.value().entries.size() << " difference(s) between " << database
                << " and the applied migrations\n";
    context.err << "note: `tablewright diff " << database << ' ' << folderPath
                << "` prints the SQL that brings the database back to the migrations; `tablewright import " << database
                << " -o NEW.twproj` makes a project of what the database holds\n";
    return ExitProblem;
}

} // namespace tw::cli
