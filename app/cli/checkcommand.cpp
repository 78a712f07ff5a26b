// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkcommand.h"

#include "model/io/projectreader.h"
#include "model/validation/schemavalidator.h"

namespace tw::cli {

int CheckCommand::run(const QStringList &arguments, CliContext &context) const
{
    if (arguments.size() != 1 || arguments.first().startsWith(u'-')) {
        context.err << "Usage: tablewright check " << usage() << '\n';
        return ExitUsage;
    }
    const QString path = arguments.first();
    const auto project = model::ProjectReader::readFile(path);
    if (!project) {
        context.err << path << ": " << project.error() << '\n';
        return ExitProblem;
    }
    const model::Findings findings = model::SchemaValidator::validate(project.value().schema);
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
