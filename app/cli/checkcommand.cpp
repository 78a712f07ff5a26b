// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "app/cli/sourcesync.h"
#include "model/validation/schemavalidator.h"

namespace tw::cli {

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
    for (const model::Finding &finding : findings) {
        context.out << finding.toString() << '\n';
        errors += finding.isError() ? 1 : 0;
    }
    const qsizetype warnings = findings.size() - errors;
    context.err << path << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
                << (warnings == 1 ? " warning\n" : " warnings\n");
    return errors > 0 ? ExitProblem : ExitOk;
}

} // namespace tw::cli
