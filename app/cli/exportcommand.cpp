// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/exportcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "codegen/codegenregistry.h"
#include "codegen/output/exportwriter.h"
#include "codegen/output/obsoletefiles.h"
#include "model/project/projectpaths.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {

QString ExportCommand::usage() const
{
    return QStringLiteral("PROJECT [--out DIR] [--only %1] [--force]")
        .arg(codegen::CodegenRegistry().ids().join(u'|'));
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
    const auto project = loadProject(projectPath, context);
    if (!project)
        return ExitProblem;
    if (reportSchemaErrors(*project, projectPath, QStringLiteral("nothing was exported"), context))
        return ExitProblem;
    const QString out = args.has(QStringLiteral("out")) ? QDir::current().absoluteFilePath(args.value(QStringLiteral("out")))
                                                        : model::ProjectPaths(projectPath, project->settings).projectFolder();
    // Obsolete files are only looked for when every generator runs: a partial export cannot tell them apart.
    const bool wholeExport = only.isEmpty();
    if (wholeExport)
        only = registry.ids();
    const QString sourceName = QFileInfo(projectPath).fileName();
    const bool force = args.has(QStringLiteral("force"));
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
        const QString line = QDir(out).relativeFilePath(outcome.path) + QStringLiteral(": ")
                             + codegen::exportActionName(outcome.action)
                             + (outcome.error.isEmpty() ? QString() : QStringLiteral(": ") + outcome.error);
        if (outcome.isRefusal() || outcome.action == codegen::ExportOutcome::Action::Failed) {
            context.err << line << '\n';
            status = ExitProblem;
        } else {
            context.out << line << '\n';
        }
    }
    return status;
}

} // namespace tw::cli
