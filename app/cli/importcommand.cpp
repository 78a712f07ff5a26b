// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/importcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/schemasource.h"
#include "migrations/generate/baselinemapper.h"
#include "model/io/projectwriter.h"
#include "model/layout/autolayout.h"
#include "model/schema/importedschema.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {

int ImportCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("output")};
    spec.flags = {QStringLiteral("force")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (error.isEmpty() && !args.has(QStringLiteral("output")))
        error = QStringLiteral("-o PROJECT is required");
    if (!error.isEmpty()) {
        context.err << "tablewright import: " << error << "\nUsage: tablewright import " << usage() << '\n';
        return ExitUsage;
    }
    const QString sourcePath = args.positional(0);
    const auto source = SchemaSource::load(sourcePath);
    if (!source) {
        context.err << source.error() << '\n';
        return ExitProblem;
    }
    if (source.value().kind == SchemaSource::Kind::Project) {
        context.err << sourcePath << ": is a project already; import reads a drizzle folder, a snapshot .json or a "
                       "SQLite database\n";
        return ExitProblem;
    }
    const QString output = QDir::current().absoluteFilePath(args.value(QStringLiteral("output")));
    if (QFileInfo::exists(output) && !args.has(QStringLiteral("force"))) {
        context.err << output << ": already exists; pass --force to replace it\n";
        return ExitProblem;
    }

    model::Project project;
    project.schema = source.value().snapshot.schema;
    model::prepareImportedSchema(project.schema); // snapshots carry SQL names and types only
    const auto positions = model::autoLayout(project.schema, {});
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        project.layout.items[it.key()].position = it.value();
    const QDir projectDir = QFileInfo(output).absoluteDir();
    if (source.value().kind == SchemaSource::Kind::Database)
        project.settings.database = projectDir.relativeFilePath(QFileInfo(sourcePath).absoluteFilePath());
    if (source.value().kind == SchemaSource::Kind::Folder) {
        project.settings.migrationsFolder = projectDir.relativeFilePath(QFileInfo(sourcePath).absoluteFilePath());
        if (!source.value().snapshotFile.isEmpty())
            project.baseline = migrations::BaselineMapper::baselineFor(project.schema, source.value().snapshot.id);
    }
    if (!model::ProjectWriter::writeFile(project, output, &error)) {
        context.err << output << ": " << error << '\n';
        return ExitProblem;
    }
    for (const QString &warning : source.value().warnings)
        context.err << "warning: " << sourcePath << ": " << warning << '\n';
    context.out << output << ": " << project.schema.tables.size() << " tables, " << project.schema.views.size()
                << " views\n";
    return ExitOk;
}

} // namespace tw::cli
