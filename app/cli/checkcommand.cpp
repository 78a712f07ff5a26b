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
#include "migrations/json/jsontext.h"
#include "model/project/projectpaths.h"
#include "model/validation/schemavalidator.h"

#include <algorithm>

namespace tw::cli {
namespace {

/// One finding line of `check` and whether it is an error.
struct CheckLine
{
    QString text;
    bool error = false;
};

/// One error line per pair of conflicting branches of a v1 folder (drizzle-kit 1.0's check), with what to do;
/// the conflicts themselves into @p conflicts.
QList<CheckLine> branchConflictLines(const migrations::V1MigrationsFolder &folder,
                                     QList<migrations::BranchConflict> &conflicts)
{
    QString error;
    conflicts = migrations::BranchConflicts::find(folder, &error);
    if (!error.isEmpty())
        return {{QStringLiteral("error: %1: %2").arg(folder.path(), error), true}};
    QList<CheckLine> lines;
    for (const migrations::BranchConflict &conflict : std::as_const(conflicts))
        lines.append({QStringLiteral("error: %1: %2").arg(folder.path(), conflict.explanation()), true});
    if (!lines.isEmpty())
        lines.last().text += u' ' + migrations::BranchConflicts::resolution();
    return lines;
}

/// What the project's migrations folder says: its problems (either layout) and whether the project holds changes
/// no migration does yet. Nothing for a folder without migrations: a new project has not generated anything.
QList<CheckLine> migrationLines(const model::Project &project, const QString &projectPath,
                                QList<migrations::BranchConflict> &conflicts)
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
        const QList<CheckLine> conflictLines = branchConflictLines(v1Folder, conflicts);
        if (!conflictLines.isEmpty())
            return lines << conflictLines;
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

/// `--output json`: one object, drizzle-kit 1.0's `check --output json` shape. `{"status":"ok","dialect":"sqlite"}`
/// or `{"status":"error","error":{...}}` (rc.5's conflicts object when branches conflict, else kind `problems`),
/// with every line of the text output under `findings`.
QByteArray jsonReport(const QList<CheckLine> &lines, qsizetype errors,
                      const QList<migrations::BranchConflict> &conflicts, const QString &migrationsFolder)
{
    using migrations::JsonValue;
    JsonValue report = JsonValue::object();
    report.insert(QStringLiteral("status"), errors > 0 ? QStringLiteral("error") : QStringLiteral("ok"));
    if (errors == 0) {
        report.insert(QStringLiteral("dialect"), QStringLiteral("sqlite"));
    } else if (!conflicts.isEmpty()) {
        report.insert(QStringLiteral("error"), migrations::BranchConflicts::toJson(conflicts, migrationsFolder));
    } else {
        JsonValue error = JsonValue::object();
        error.insert(QStringLiteral("code"), QStringLiteral("check_error"));
        error.insert(QStringLiteral("kind"), QStringLiteral("problems"));
        report.insert(QStringLiteral("error"), error);
    }
    JsonValue findings = JsonValue::array();
    for (const CheckLine &line : lines)
        findings.append(line.text);
    report.insert(QStringLiteral("findings"), findings);
    return migrations::JsonText::stringify(report);
}

} // namespace

int CheckCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("output")};
    spec.allowedValues.insert(QStringLiteral("output"), {QStringLiteral("text"), QStringLiteral("json")});
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
    QList<CheckLine> lines;
    for (const model::Finding &finding : model::SchemaValidator::validate(project->schema))
        lines.append({finding.toString(), finding.isError()});
    const bool schemaErrors = std::any_of(lines.cbegin(), lines.cend(), [](const CheckLine &l) { return l.error; });
    QList<migrations::BranchConflict> conflicts;
    if (!schemaErrors)
        lines << migrationLines(*project, path, conflicts);
    const qsizetype errors = std::count_if(lines.cbegin(), lines.cend(), [](const CheckLine &l) { return l.error; });
    const qsizetype warnings = lines.size() - errors;
    if (args.value(QStringLiteral("output")) == QLatin1String("json")) {
        context.out << QString::fromUtf8(jsonReport(lines, errors, conflicts, project->settings.migrationsFolder))
                    << '\n';
    } else {
        for (const CheckLine &line : std::as_const(lines))
            context.out << line.text << '\n';
    }
    context.err << path << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
                << (warnings == 1 ? " warning\n" : " warnings\n");
    return errors > 0 ? ExitProblem : ExitOk;
}

} // namespace tw::cli
