// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/exportcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/packagescriptsexport.h"
#include "app/cli/projectloader.h"
#include "app/cli/sourcesync.h"
#include "codegen/codegenregistry.h"
#include "codegen/output/exportplan.h"
#include "codegen/output/packagescripts.h"
#include "model/io/projectwriter.h"
#include "model/project/projectpaths.h"
#include "source/adopt/sourceexport.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {
namespace {

/// Prints one outcome as `path: what happened`; false for a refusal or a failure.
bool report(const codegen::ExportOutcome &outcome, const QString &out, CliContext &context)
{
    const QString line = QDir(out).relativeFilePath(outcome.path) + QStringLiteral(": ") +
                         codegen::exportActionName(outcome.action) +
                         (outcome.error.isEmpty() ? QString() : QStringLiteral(": ") + outcome.error);
    const bool bad = outcome.isRefusal() || outcome.action == codegen::ExportOutcome::Action::Failed;
    (bad ? context.err : context.out) << line << '\n';
    return !bad;
}

/// After a source-mode export: the project records that it and its schema files are in sync again, unless a schema
/// file could not be edited (then the project's changes stay pending and the project stays as it was).
bool recordSourceSync(const model::Project &project, const QString &projectPath, const codegen::ExportPlan &plan,
                      const QList<codegen::ExportOutcome> &outcomes, CliContext &context)
{
    if (!source::SourceExport::allInPlaceWritten(plan, outcomes))
        return false;
    const auto synced = source::SourceExport::afterWrite(project, projectPath);
    QString error;
    if (!synced || !model::ProjectWriter::writeFile(synced.value(), projectPath, &error)) {
        context.err << projectPath << ": the files were written, but the project could not be saved as in sync with "
                    << "them: " << (synced ? error : synced.error()) << '\n';
        return false;
    }
    return true;
}

} // namespace

QString ExportCommand::usage() const
{
    return QStringLiteral("PROJECT [--out DIR] [--only %1] [--force]")
        .arg((codegen::CodegenRegistry().ids() << QLatin1String(codegen::PackageScripts::kId)).join(u'|'));
}

int ExportCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("out"), QStringLiteral("only")};
    spec.flags = {QStringLiteral("force")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    const codegen::CodegenRegistry registry;
    QStringList only = args.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    // The opt-in kind: never part of a full export, only when named.
    const bool packageScripts = only.removeAll(QLatin1String(codegen::PackageScripts::kId)) > 0;
    if (packageScripts && only.isEmpty() && error.isEmpty())
        return exportPackageScripts(args.positional(0),
                                    args.has(QStringLiteral("out"))
                                        ? QDir::current().absoluteFilePath(args.value(QStringLiteral("out")))
                                        : QFileInfo(args.positional(0)).absolutePath(),
                                    context);
    for (const QString &id : std::as_const(only)) {
        if (error.isEmpty() && !registry.generator(id))
            error =
                QStringLiteral("--only takes %1, not '%2'")
                    .arg((registry.ids() << QLatin1String(codegen::PackageScripts::kId)).join(QLatin1String(", ")), id);
    }
    if (packageScripts && error.isEmpty())
        error = QStringLiteral("--only package-scripts goes alone (it edits package.json, not generated code)");
    if (!error.isEmpty()) {
        context.err << "tablewright export: " << error << "\nUsage: tablewright export " << usage() << '\n';
        return ExitUsage;
    }
    const QString projectPath = args.positional(0);
    auto project = loadProject(projectPath, context);
    if (!project || !syncWithSource(*project, projectPath, context))
        return ExitProblem;
    if (reportSchemaErrors(*project, projectPath, QStringLiteral("nothing was exported"), context))
        return ExitProblem;
    const QString out = args.has(QStringLiteral("out"))
                            ? QDir::current().absoluteFilePath(args.value(QStringLiteral("out")))
                            : model::ProjectPaths(projectPath, project->settings).projectFolder();
    // The plan the export dialog shows (ExportPlan, with in-place schema edits in source mode); obsolete files are
    // only looked for when every generator runs.
    const auto plan = source::SourceExport::plan(*project, projectPath, {QFileInfo(projectPath).fileName()}, out, only);
    const QList<codegen::ExportOutcome> outcomes = plan.writeAll(args.has(QStringLiteral("force")));
    bool ok = true;
    for (const codegen::ExportOutcome &outcome : outcomes)
        ok = report(outcome, out, context) && ok;
    if (project->settings.schemaMode == model::ProjectSettings::SchemaMode::Source &&
        !recordSourceSync(*project, projectPath, plan, outcomes, context))
        return ExitProblem;
    return ok ? ExitOk : ExitProblem;
}

} // namespace tw::cli
