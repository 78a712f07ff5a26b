// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "app/cli/sourcesync.h"
#include "migrations/branches/branchconflicts.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/nextmigration.h"
#include "model/project/projectpaths.h"
#include "model/validation/schemavalidator.h"

namespace tw::cli {
namespace {

/// One finding line of `check` and whether it is an error.
struct CheckLine
{
    QString text;
    bool error = false;
};

/// One error line per pair of conflicting branches of a v1 folder (drizzle-kit 1.0's check), with what to do.
QList<CheckLine> branchConflictLines(const migrations::V1MigrationsFolder &folder)
{
    QString error;
    const QList<migrations::BranchConflict> conflicts = migrations::BranchConflicts::find(folder, &error);
    if (!error.isEmpty())
        return {{QStringLiteral("error: %1: %2").arg(folder.path(), error), true}};
    QList<CheckLine> lines;
    for (const migrations::BranchConflict &conflict : conflicts)
        lines.append({QStringLiteral("error: %1: %2").arg(folder.path(), conflict.explanation()), true});
    if (!lines.isEmpty())
        lines.last().text += u' ' + migrations::BranchConflicts::resolution();
    return lines;
}

/// What the project's migrations folder says: its problems (either layout) and whether the project holds changes
/// no migration does yet. Nothing for a folder without migrations: a new project has not generated anything.
QList<CheckLine> migrationLines(const model::Project &project, const QString &projectPath)
{
    using migrations::FolderLayout;
    const QString folderPath = model::ProjectPaths(projectPath, project.settings).migrationsFolder();
    const migrations::FolderLayoutDetection detected = migrations::FolderLayoutDetector::detect(folderPath);
    if (detected.layout == FolderLayout::Empty)
        return {};
    if (detected.layout == FolderLayout::Mixed)
        return {{QStringLiteral("error: %1: %2").arg(folderPath, detected.message), true}};
    const bool v1 = detected.layout == FolderLayout::V1;
    const auto v1Folder = v1 ? migrations::V1MigrationsFolder::scan(folderPath) : migrations::V1MigrationsFolder();
    const migrations::FolderProblems problems =
        v1 ? v1Folder.problems() : migrations::MigrationsFolder::scan(folderPath).problems();
    QList<CheckLine> lines;
    bool folderErrors = false;
    for (const migrations::FolderProblem &problem : problems) {
        lines.append({problem.toString(), problem.isError()});
        folderErrors = folderErrors || problem.isError();
    }
    if (folderErrors)
        return lines;
    if (v1) {
        const QList<CheckLine> conflicts = branchConflictLines(v1Folder);
        if (!conflicts.isEmpty())
            return lines << conflicts;
    }
    const auto next = migrations::NextMigration::compute(project, folderPath);
    if (!next) {
        lines.append({QStringLiteral("error: %1: %2").arg(folderPath, next.error()), true});
    } else if (!next.value().plan.isEmpty()) {
        lines.append({QStringLiteral("warning: %1: the project has changes no migration holds yet (%2, %3 %4); run "
                                     "`tablewright generate`")
                          .arg(folderPath, migrations::FolderLayoutDetector::layoutName(detected.layout))
                          .arg(next.value().plan.operations.size())
                          .arg(next.value().plan.operations.size() == 1 ? QStringLiteral("operation")
                                                                        : QStringLiteral("operations")),
                      false});
    }
    return lines;
}

} // namespace

int CheckCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright check: " << error << "\nUsage: tablewright check " << usage() << '\n';
        return ExitUsage;
    }
    const QString path = args.positional(0);
    auto project = loadProject(path, context);
    if (!project || !syncWithSource(*project, path, context))
        return ExitProblem;
    const model::Findings findings = model::SchemaValidator::validate(project->schema);
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (const model::Finding &finding : findings) {
        context.out << finding.toString() << '\n';
        (finding.isError() ? errors : warnings) += 1;
    }
    if (errors == 0) {
        for (const CheckLine &line : migrationLines(*project, path)) {
            context.out << line.text << '\n';
            (line.error ? errors : warnings) += 1;
        }
    }
    context.err << path << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
                << (warnings == 1 ? " warning\n" : " warnings\n");
    return errors > 0 ? ExitProblem : ExitOk;
}

} // namespace tw::cli
