// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/generatecommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "app/cli/sourcesync.h"
#include "migrations/generate/custommigration.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/runner/datalosscounter.h"
#include "model/io/projectwriter.h"
#include "model/project/projectpaths.h"

#include <QDateTime>
#include <QDir>

namespace tw::cli {
namespace {

QString migrationsFolderOf(const CliArguments &args, const QString &projectPath, const model::Project &project)
{
    return args.has(QStringLiteral("migrations"))
               ? QDir::current().absoluteFilePath(args.value(QStringLiteral("migrations")))
               : model::ProjectPaths(projectPath, project.settings).migrationsFolder();
}

/// Saves @p project with its new baseline after a migration was written; false (@p error says why) when it cannot.
bool saveBaseline(model::Project &project, const model::Baseline &baseline, const QString &projectPath, QString *error)
{
    project.baseline = baseline;
    return model::ProjectWriter::writeFile(project, projectPath, error);
}

void reportUnsavedBaseline(const QString &projectPath, const QString &error, CliContext &context)
{
    context.err << projectPath << ": the migration was written, but the project could not be saved with its new "
                << "baseline: " << error << "\nSave the project before generating again.\n";
}

/// `generate --custom`: drizzle-kit's empty custom migration; the schema is not read, only the folder continued.
int runCustom(const CliArguments &args, CliContext &context)
{
    const QString projectPath = args.positional(0);
    if (args.has(QStringLiteral("target"))) {
        context.err << "tablewright generate: --custom writes no generated SQL, so --target does not apply\n";
        return ExitUsage;
    }
    auto project = loadProject(projectPath, context);
    if (!project)
        return ExitProblem;
    migrations::CustomMigrationRequest request;
    request.project = *project;
    request.migrationsFolder = migrationsFolderOf(args, projectPath, *project);
    request.name = args.value(QStringLiteral("name"));
    const auto outcome = migrations::CustomMigration::write(request);
    if (!outcome) {
        context.err << projectPath << ": " << outcome.error() << '\n';
        return ExitProblem;
    }
    context.out << outcome.value().sqlPath << '\n';
    if (outcome.value().baseline == project->baseline)
        return ExitOk;
    QString error;
    if (saveBaseline(*project, outcome.value().baseline, projectPath, &error))
        return ExitOk;
    reportUnsavedBaseline(projectPath, error, context);
    return ExitProblem;
}

} // namespace

int GenerateCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("name"), QStringLiteral("migrations"), QStringLiteral("target")};
    spec.flags = {QStringLiteral("custom")};
    spec.allowedValues.insert(QStringLiteral("target"), {QStringLiteral("sqlite"), QStringLiteral("d1")});
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright generate: " << error << "\nUsage: tablewright generate " << usage() << '\n';
        return ExitUsage;
    }
    const QString projectPath = args.positional(0);
    if (args.has(QStringLiteral("custom")))
        return runCustom(args, context);
    auto project = loadProject(projectPath, context);
    if (!project || !syncWithSource(*project, projectPath, context))
        return ExitProblem;
    if (reportSchemaErrors(*project, projectPath, QStringLiteral("no migration was generated"), context))
        return ExitProblem;

    migrations::GenerateRequest request;
    request.project = *project;
    request.migrationsFolder = migrationsFolderOf(args, projectPath, *project);
    request.name = args.value(QStringLiteral("name"));
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (args.has(QStringLiteral("target"))) {
        model::ProjectSettings::Target target = model::ProjectSettings::Target::D1;
        migrations::TargetMigrationWriter::parseTarget(args.value(QStringLiteral("target")), &target);
        request.target = target;
    }
    const auto outcome = migrations::MigrationGenerator::generate(request);
    if (!outcome) {
        context.err << projectPath << ": " << outcome.error() << '\n';
        return ExitProblem;
    }
    if (outcome.value().noChanges) {
        context.out << "No schema changes\n";
        return ExitOk;
    }
    for (const migrations::CountedWarning &w :
         migrations::DataLossCounter::forProject(projectPath, project->settings, outcome.value().warnings))
        context.err << "warning: " << w.text() << '\n';
    // The migration and the project's new baseline go together: a project that cannot be saved (a full disk) takes
    // the migration back, so that the next generate starts from the same state.
    QString saveError;
    if (saveBaseline(*project, outcome.value().baseline, projectPath, &saveError)) {
        context.out << outcome.value().sqlPath << '\n';
        return ExitOk;
    }
    if (const QString undoError = migrations::MigrationGenerator::withdraw(outcome.value()); !undoError.isEmpty()) {
        context.err << projectPath << ": taking the migration back failed too: " << undoError << '\n';
        reportUnsavedBaseline(projectPath, saveError, context);
        return ExitProblem;
    }
    context.err << projectPath << ": cannot save the project with its new baseline, so the migration was taken back "
                << "and nothing changed: " << saveError << '\n';
    return ExitProblem;
}

} // namespace tw::cli
