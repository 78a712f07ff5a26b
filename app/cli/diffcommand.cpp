// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/diffcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/runner/datalosscounter.h"
#include "source/adopt/schemasource.h"

#include <array>

namespace tw::cli {

int DiffCommand::run(const QStringList &arguments, CliContext &context) const
{
    using Target = model::ProjectSettings::Target;
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
    const auto before = source::SchemaSource::load(args.positional(0));
    const auto after = source::SchemaSource::load(args.positional(1));
    for (const auto *side : {&before, &after}) {
        if (!*side) {
            context.err << side->error() << '\n';
            return ExitProblem;
        }
    }
    // A project side brings its baseline (pairing by id, as Generate does) and its SQL target.
    std::array<migrations::MigrationSide, 2> sides{
        migrations::MigrationSide{before.value().snapshot, {}, before.value().v7},
        migrations::MigrationSide{after.value().snapshot, {}, after.value().v7}};
    std::optional<Target> projectTarget; // NEW's setting first, then OLD's
    QString countingProject;             // the project whose database counts the warnings' rows
    model::ProjectSettings countingSettings;
    for (const int side : {1, 0}) {
        if ((side == 0 ? before : after).value().kind != source::SchemaSource::Kind::Project)
            continue;
        const auto project = loadProject(args.positional(side), context);
        if (!project)
            return ExitProblem;
        sides[size_t(side)].baseline = project->baseline;
        if (!projectTarget) {
            projectTarget = project->settings.target;
            countingProject = args.positional(side);
            countingSettings = project->settings;
        }
    }
    Target target = projectTarget.value_or(Target::Sqlite);
    if (args.has(QStringLiteral("target")))
        migrations::TargetMigrationWriter::parseTarget(args.value(QStringLiteral("target")), &target);
    const auto next = migrations::NextMigration::between(std::move(sides[0]), std::move(sides[1]), target);
    context.out << next.sql;
    for (const migrations::CountedWarning &w :
         migrations::DataLossCounter::forProject(countingProject, countingSettings, next.plan.warnings))
        context.err << "warning: " << w.text() << '\n';
    return ExitOk;
}

} // namespace tw::cli
