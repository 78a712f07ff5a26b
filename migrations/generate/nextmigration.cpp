// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/generate/nextmigration.h"

#include "migrations/diff/differ.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/snapshot/snapshotreader.h"

#include <QFile>

namespace tw::migrations {
namespace {

using model::Result;

/// The schema the folder's latest snapshot describes, with the project's ids where the baseline knows them.
Result<Snapshot> previousSnapshot(const MigrationsFolder &folder, const model::Baseline &baseline)
{
    if (folder.latestSnapshotFile().isEmpty()) {
        Snapshot empty;
        empty.id = Snapshot::originId();
        return empty;
    }
    QFile file(folder.filePath(folder.latestSnapshotFile()));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Snapshot>::failure(
            QStringLiteral("%1: cannot be read: %2").arg(folder.latestSnapshotFile(), file.errorString()));
    auto snapshot = SnapshotReader::read(file.readAll());
    if (!snapshot)
        return Result<Snapshot>::failure(QStringLiteral("%1: %2").arg(folder.latestSnapshotFile(), snapshot.error()));
    Snapshot previous = std::move(snapshot).value();
    previous.schema = BaselineMapper::withProjectIds(std::move(previous.schema), baseline);
    return previous;
}

/// The plan from @p previous to @p after and its text for @p target: the one chain every caller shares.
NextMigration planned(Snapshot previous, const model::Schema &after, const DiffOptions &options,
                      NextMigration::Target target)
{
    NextMigration next;
    next.previous = std::move(previous);
    const SchemaDefinition before = schemaDefinition(next.previous.schema);
    next.plan = diff(before, schemaDefinition(after), options);
    if (!next.plan.isEmpty())
        next.sql = TargetMigrationWriter::migrationText(next.plan, before, target);
    return next;
}

/// Whether @p project generated @p snapshot last, so that its baseline names the snapshot's objects.
bool generatedFrom(const MigrationSide &project, const MigrationSide &snapshot)
{
    return project.baseline && !snapshot.baseline && !project.baseline->snapshotId.isEmpty() &&
           project.baseline->snapshotId == snapshot.snapshot.id;
}

} // namespace

Result<NextMigration> NextMigration::compute(const model::Project &project, const MigrationsFolder &folder,
                                             std::optional<model::ProjectSettings::Target> target)
{
    if (const QString conflict = MigrationGenerator::folderConflict(folder, project.baseline); !conflict.isEmpty())
        return Result<NextMigration>::failure(conflict);
    auto previous = previousSnapshot(folder, project.baseline);
    if (!previous)
        return Result<NextMigration>::failure(previous.error());
    return planned(std::move(previous).value(), project.schema, {}, target.value_or(project.settings.target));
}

NextMigration NextMigration::between(MigrationSide before, MigrationSide after, Target target)
{
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    if (before.baseline && after.baseline) {
        options.matching = DiffOptions::Matching::IdsThenNames;
    } else if (generatedFrom(after, before)) {
        options.matching = DiffOptions::Matching::IdsThenNames;
        before.snapshot.schema = BaselineMapper::withProjectIds(std::move(before.snapshot.schema), *after.baseline);
    } else if (generatedFrom(before, after)) {
        options.matching = DiffOptions::Matching::IdsThenNames;
        after.snapshot.schema = BaselineMapper::withProjectIds(std::move(after.snapshot.schema), *before.baseline);
    }
    for (const SnapshotRenames::TableRename &t : after.snapshot.renames.tables)
        options.renames.addTable(t.from, t.to);
    for (const SnapshotRenames::ColumnRename &c : after.snapshot.renames.columns)
        options.renames.addColumn(c.toTable, c.fromColumn, c.toColumn);
    return planned(std::move(before.snapshot), after.snapshot.schema, options, target);
}

} // namespace tw::migrations
