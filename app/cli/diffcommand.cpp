// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/diffcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/schemasource.h"
#include "migrations/diff/differ.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"

namespace tw::cli {

int DiffCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 2;
    spec.valueOptions = {QStringLiteral("target")};
    // The SQL target: plain SQLite rebuilds, as drizzle-kit writes them. D1's keep-and-restore rebuilds are the
    // rebuild planner's (issue 4); until it lands, sqlite is the one target offered.
    spec.allowedValues.insert(QStringLiteral("target"), {QStringLiteral("sqlite")});
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
    const auto plan = migrations::diff(before.value().snapshot.schema, after.value().snapshot.schema, options);
    context.out << migrations::SqliteMigrationWriter::migrationText(plan);
    for (const migrations::MigrationWarning &w : plan.warnings)
        context.err << "warning: " << w.object << ": " << w.message << '\n';
    return ExitOk;
}

} // namespace tw::cli
