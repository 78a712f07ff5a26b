// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/projectloader.h"

#include "model/io/projectreader.h"
#include "model/validation/schemavalidator.h"
#include "source/adopt/schemasource.h"

#include <QFileInfo>

namespace tw::cli {

std::optional<model::Project> loadProject(const QString &path, CliContext &context)
{
    auto project = model::ProjectReader::readFile(path);
    if (!project) {
        const QString notAProject =
            QFileInfo(path).isFile() ? source::SchemaSource::notAProject(path, true) : QString();
        if (!notAProject.isEmpty())
            context.err << notAProject << '\n';
        else
            context.err << path << ": " << project.error() << '\n';
        return std::nullopt;
    }
    return std::move(project).value();
}

bool reportSchemaErrors(const model::Project &project, const QString &path, const QString &consequence,
                        CliContext &context)
{
    const model::Findings findings = model::SchemaValidator::validate(project.schema);
    if (!model::hasErrors(findings))
        return false;
    for (const model::Finding &f : findings) {
        if (f.isError())
            context.err << f.toString() << '\n';
    }
    context.err << path << ": the schema has errors; " << consequence << '\n';
    return true;
}

QString withDbOptionRemedy(const QString &problem)
{
    return problem + QStringLiteral("\npass --db FILE, or set \"database\" in the project settings");
}

} // namespace tw::cli
