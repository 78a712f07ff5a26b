// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/exportcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "app/cli/sourcesync.h"
#include "codegen/codegenregistry.h"
#include "codegen/output/exportwriter.h"
#include "codegen/output/obsoletefiles.h"
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

/// Source mode: the schema files edited in place and the other generators' files, through the same plan the export
/// dialog shows; afterwards the project records that it and the files are in sync again.
int exportThroughPlan(const model::Project &project, const QString &projectPath, const QString &out,
                      const QStringList &only, bool force, CliContext &context)
{
    const auto plan = source::SourceExport::plan(project, projectPath, {QFileInfo(projectPath).fileName()}, out, only);
    QList<codegen::ExportPlan::Entry> toWrite;
    QList<codegen::ExportOutcome> outcomes;
    for (const codegen::ExportPlan::Entry &entry : plan.entries()) {
        if (entry.wouldWrite() && (force || !entry.needsConsent()))
            toWrite << entry;
        else
            outcomes << codegen::ExportOutcome{QDir(out).absoluteFilePath(entry.file.path), entry.action, entry.error};
    }
    outcomes << plan.write(toWrite);
    bool ok = true;
    for (const codegen::ExportOutcome &outcome : std::as_const(outcomes))
        ok = report(outcome, out, context) && ok;
    // A schema file that could not be edited leaves the project's changes pending: the project stays as it was.
    if (!source::SourceExport::allInPlaceWritten(plan, outcomes))
        return ExitProblem;
    const auto synced = source::SourceExport::afterWrite(project, projectPath);
    QString error;
    if (!synced || !model::ProjectWriter::writeFile(synced.value(), projectPath, &error)) {
        context.err << projectPath << ": the files were written, but the project could not be saved as in sync with "
                    << "them: " << (synced ? error : synced.error()) << '\n';
        return ExitProblem;
    }
    return ok ? ExitOk : ExitProblem;
}

} // namespace

QString ExportCommand::usage() const
{
    return QStringLiteral("PROJECT [--out DIR] [--only %1] [--force]").arg(codegen::CodegenRegistry().ids().join(u'|'));
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
    for (const QString &id : std::as_const(only)) {
        if (error.isEmpty() && !registry.generator(id))
            error = QStringLiteral("--only takes %1, not '%2'").arg(registry.ids().join(QLatin1String(", ")), id);
    }
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
    // Obsolete files are only looked for when every generator runs: a partial export cannot tell them apart.
    const bool force = args.has(QStringLiteral("force"));
    if (project->settings.schemaMode == model::ProjectSettings::SchemaMode::Source)
        return exportThroughPlan(*project, projectPath, out, only, force, context);
    const bool wholeExport = only.isEmpty();
    if (wholeExport)
        only = registry.ids();
    const QString sourceName = QFileInfo(projectPath).fileName();
    codegen::GeneratedFiles files;
    for (const QString &id : std::as_const(only))
        files << registry.generator(id)->generate(*project, {sourceName});

    QList<codegen::ExportOutcome> outcomes = codegen::ExportWriter::write(out, files, force);
    if (wholeExport) {
        for (const auto &obsolete : codegen::ObsoleteFiles::find(out, project->settings, sourceName, files))
            outcomes << codegen::ObsoleteFiles::remove(out, obsolete.path, sourceName, force);
    }
    int status = ExitOk;
    for (const codegen::ExportOutcome &outcome : std::as_const(outcomes)) {
        if (!report(outcome, out, context))
            status = ExitProblem;
    }
    return status;
}

} // namespace tw::cli
