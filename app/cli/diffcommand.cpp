// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/diffcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/schemasource.h"
#include "migrations/diff/differ.h"
#include "app/cli/projectloader.h"
#include "migrations/rebuild/targetmigrationwriter.h"

namespace tw::cli {
namespace {

using Target = model::ProjectSettings::Target;

/// Which positional argument is a project file (NEW preferred), or -1.
int projectSide(const SchemaSource &before, const SchemaSource &after)
{
    if (after.kind == SchemaSource::Kind::Project)
        return 1;
    return before.kind == SchemaSource::Kind::Project ? 0 : -1;
}

} // namespace

int DiffCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 2;
    spec.valueOptions = {QStringLiteral("target")};
    // sqlite: drizzle-kit's rebuilds; d1: keep-and-restore rebuilds (docs/d1-safe-rebuilds.md).
    spec.allowedValues.insert(QStringLiteral("target"), {QStringLiteral("sqlite"), QStringLiteral("d1")});
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright diff: " << error << "\nUsage: tablewright diff " << usage() << '\n';
        return ExitUsage;
    }
    const auto before = SchemaSource::load(args.positional(0));
    const auto after = SchemaSource::load(args.positional(1));
    for (const auto *side : {&before, &after}) {
        if (!*side) {
            context.err << side->error() << '\n';
            return ExitProblem;
        }
    }
    migrations::DiffOptions options;
    const bool bothProjects = before.value().kind == SchemaSource::Kind::Project
                              && after.value().kind == SchemaSource::Kind::Project;
    options.matching = bothProjects ? migrations::DiffOptions::Matching::IdsThenNames
                                    : migrations::DiffOptions::Matching::NamesOnly;
    for (const auto &t : after.value().snapshot.renames.tables)
        options.renames.addTable(t.from, t.to);
    for (const auto &c : after.value().snapshot.renames.columns)
        options.renames.addColumn(c.toTable, c.fromColumn, c.toColumn);
    // The target: --target, else the setting of the project among NEW and OLD (NEW first), else sqlite.
    Target target = Target::Sqlite;
    if (args.has(QStringLiteral("target"))) {
        migrations::TargetMigrationWriter::parseTarget(args.value(QStringLiteral("target")), &target);
    } else if (const int side = projectSide(before.value(), after.value()); side >= 0) {
        const auto project = loadProject(args.positional(side), context);
        if (!project)
            return ExitProblem;
        target = project->settings.target;
    }
    const migrations::SchemaDefinition old = migrations::schemaDefinition(before.value().snapshot.schema);
    const auto plan = migrations::diff(old, migrations::schemaDefinition(after.value().snapshot.schema), options);
    context.out << migrations::TargetMigrationWriter::migrationText(plan, old, target);
    for (const migrations::MigrationWarning &w : plan.warnings)
        context.err << "warning: " << w.object << ": " << w.message << '\n';
    return ExitOk;
}

} // namespace tw::cli
