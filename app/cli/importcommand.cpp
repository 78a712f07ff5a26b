// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/importcommand.h"

#include "app/cli/cliarguments.h"
#include "model/io/projectwriter.h"
#include "source/adopt/projectadopter.h"
#include "source/adopt/schemaimport.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {
namespace {

QStringList absolutePaths(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return absolute;
}

/// A new project from a migrations folder, a snapshot or a database (generated mode): the chain File ▸ Import shares.
model::Result<model::Project> projectFromSchemaSource(const QString &sourcePath, const QString &output,
                                                      QStringList *warnings, QString *folderSummary)
{
    auto imported = source::SchemaImport::fromSchemaSource(sourcePath, output);
    if (!imported)
        return model::Result<model::Project>::failure(imported.error());
    *warnings << imported.value().warnings;
    *folderSummary = imported.value().folderSummary;
    return std::move(imported.value().project);
}

/// A new source-mode project from a drizzle config, or from a folder and the schema files (--schema).
model::Result<model::Project> projectFromDrizzleSource(const QString &sourcePath, const CliArguments &args,
                                                       const QString &output, QStringList *warnings,
                                                       QString *folderSummary)
{
    source::AdoptOverrides overrides;
    overrides.schema = absolutePaths(args.values(QStringLiteral("schema")));
    if (args.has(QStringLiteral("migrations")))
        overrides.migrations = QDir::current().absoluteFilePath(args.value(QStringLiteral("migrations")));
    if (args.has(QStringLiteral("casing")))
        overrides.casing = model::casingFromName(args.value(QStringLiteral("casing")));
    const bool config = source::ProjectAdopter::isDrizzleConfig(sourcePath);
    if (config && !QFileInfo(sourcePath).isFile())
        return model::Result<model::Project>::failure(
            QStringLiteral("%1: no such file; expected a drizzle config such as drizzle.config.ts").arg(sourcePath));
    const QString absolute = QDir::current().absoluteFilePath(sourcePath);
    auto adoption = config ? source::ProjectAdopter::fromConfig(absolute, output, overrides)
                           : source::ProjectAdopter::fromFolder(
                                 overrides.migrations.isEmpty() ? absolute : overrides.migrations, overrides.schema,
                                 overrides.casing.value_or(model::Casing::None), output);
    if (!adoption)
        return model::Result<model::Project>::failure(adoption.error());
    *warnings << adoption.value().warnings;
    *folderSummary = adoption.value().folderSummary;
    return adoption.value().project;
}

/// The source reader's diagnostics say `warning:` or `error:` themselves (an error there is a table it skipped).
bool hasSeverity(const QString &line)
{
    return line.startsWith(QLatin1String("warning: ")) || line.startsWith(QLatin1String("error: "));
}

} // namespace

QString ImportCommand::usage() const
{
    return QStringLiteral(
        "SOURCE -o PROJECT [--force]\n"
        "       tablewright import drizzle.config.ts -o PROJECT [--schema PATH...] [--migrations DIR] "
        "[--casing none|snake_case|camelCase] [--force]\n"
        "       tablewright import MIGRATIONS_DIR -o PROJECT --schema PATH... [--casing MODE] "
        "[--force]");
}

int ImportCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("output"), QStringLiteral("migrations"), QStringLiteral("casing")};
    spec.multiValueOptions = {QStringLiteral("schema")};
    spec.allowedValues.insert(QStringLiteral("casing"),
                              {QStringLiteral("none"), QStringLiteral("snake_case"), QStringLiteral("camelCase")});
    spec.flags = {QStringLiteral("force")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (error.isEmpty() && !args.has(QStringLiteral("output")))
        error = QStringLiteral("-o PROJECT is required");
    const QString sourcePath = args.positional(0);
    const bool drizzleSource =
        source::ProjectAdopter::isDrizzleConfig(sourcePath) || args.has(QStringLiteral("schema"));
    if (error.isEmpty() && !drizzleSource &&
        (args.has(QStringLiteral("migrations")) || args.has(QStringLiteral("casing"))))
        error = QStringLiteral("--migrations and --casing go with a drizzle config or --schema");
    if (!error.isEmpty()) {
        context.err << "tablewright import: " << error << "\nUsage: tablewright import " << usage() << '\n';
        return ExitUsage;
    }
    const QString output = QDir::current().absoluteFilePath(args.value(QStringLiteral("output")));
    if (QFileInfo::exists(output) && !args.has(QStringLiteral("force"))) {
        context.err << output << ": already exists; pass --force to replace it\n";
        return ExitProblem;
    }
    QStringList warnings;
    QString folderSummary;
    const auto project = drizzleSource ? projectFromDrizzleSource(sourcePath, args, output, &warnings, &folderSummary)
                                       : projectFromSchemaSource(sourcePath, output, &warnings, &folderSummary);
    if (!project) {
        context.err << project.error() << '\n';
        return ExitProblem;
    }
    if (!model::ProjectWriter::writeFile(project.value(), output, &error)) {
        context.err << output << ": " << error << '\n';
        return ExitProblem;
    }
    for (const QString &warning : std::as_const(warnings))
        context.err << (hasSeverity(warning) ? QString() : QStringLiteral("warning: ")) << warning << '\n';
    context.out << output << ": " << project.value().schema.tables.size() << " tables, "
                << project.value().schema.views.size() << " views"
                << (project.value().settings.schemaMode == model::ProjectSettings::SchemaMode::Source
                        ? ", schema source kept"
                        : "")
                << '\n';
    if (!folderSummary.isEmpty()) {
        const QString folder =
            QFileInfo(output).absoluteDir().absoluteFilePath(project.value().settings.migrationsFolder);
        context.out << QDir::cleanPath(folder) << ": " << folderSummary << '\n';
    }
    return ExitOk;
}

} // namespace tw::cli
