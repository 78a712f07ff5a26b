// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/generate/nextmigration.h"

#include "migrations/branches/branchmerge.h"
#include "migrations/diff/differ.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/rebuild/fillplanner.h"
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
                      NextMigration::Target target, const QList<model::ColumnFill> &fills = {})
{
    NextMigration next;
    next.previous = std::move(previous);
    const SchemaDefinition before = schemaDefinition(next.previous.schema);
    next.plan = diff(before, schemaDefinition(after), options);
    FillPlanner::apply(next.plan, before, fills);
    if (!next.plan.isEmpty())
        next.sql = TargetMigrationWriter::migrationText(next.plan, before, target);
    return next;
}

/// The V1 chain every caller shares: the plan from @p previous to @p next (the continued state) and its text.
NextMigration plannedV1(SchemaDefinition previous, SchemaDefinition next, const DiffOptions &options,
                        NextMigration::Target target, const QList<model::ColumnFill> &fills = {})
{
    NextMigration migration;
    migration.dialect = SqlDialect::V1;
    migration.previousDefinition = std::move(previous);
    migration.next = std::move(next);
    migration.renames = options.renames;
    migration.plan = diff(migration.previousDefinition, migration.next, options);
    FillPlanner::apply(migration.plan, migration.previousDefinition, fills);
    if (!migration.plan.isEmpty())
        migration.sql =
            TargetMigrationWriter::migrationText(migration.plan, migration.previousDefinition, target, SqlDialect::V1);
    return migration;
}

/// drizzle-kit 1.0 pairs by name with its rename answers; Tablewright's answers are the baseline's (renamesSince).
DiffOptions v1Options(RenameMap renames)
{
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    options.renames = std::move(renames);
    options.dialect = SqlDialect::V1;
    return options;
}

/// @p renames read backwards: what turns the renamed objects back into the originals. A column rename names the
/// table as it is after the renames, so the reversed one names it as it was.
RenameMap reversed(const RenameMap &renames)
{
    RenameMap back;
    for (const RenameMap::TableRename &t : renames.tables)
        back.addTable(t.to, t.from);
    for (const RenameMap::ColumnRename &c : renames.columns) {
        QString table = c.table;
        for (const RenameMap::TableRename &t : renames.tables) {
            if (t.to == c.table)
                table = t.from;
        }
        back.addColumn(table, c.to, c.from);
    }
    for (const RenameMap::TableRename &v : renames.views)
        back.addView(v.to, v.from);
    return back;
}

/// between() from a project to the v7 snapshot it generated last: paired through the project's baseline, the way
/// compute() pairs them in the other direction (ids, not names: a table renamed since is renamed back). The project
/// side is the state its next migration would record (constraint names inherited from the snapshot).
NextMigration projectToItsSnapshot(const MigrationSide &project, const SnapshotV7 &snapshot,
                                   NextMigration::Target target)
{
    const RenameMap forward = BaselineMapper::renamesSince(snapshot.ddl, project.snapshot.schema, *project.baseline);
    SchemaDefinition previous = continuedDefinition(snapshot.ddl, project.snapshot.schema, v1Options(forward));
    NextMigration migration = plannedV1(std::move(previous), snapshot.ddl, v1Options(reversed(forward)), target);
    migration.previous.id = project.snapshot.id;
    return migration;
}

/// between() when a side is a v7 snapshot: everything in the V1 dialect.
NextMigration betweenV1(const MigrationSide &before, const MigrationSide &after, NextMigration::Target target)
{
    if (after.v7 && !before.v7 && before.baseline && before.baseline->snapshotId == after.v7->id)
        return projectToItsSnapshot(before, *after.v7, target);
    SchemaDefinition previous = before.v7 ? before.v7->ddl : schemaDefinition(before.snapshot.schema, SqlDialect::V1);
    if (after.v7) {
        NextMigration migration = plannedV1(std::move(previous), after.v7->ddl, v1Options(after.v7->renames), target);
        migration.previous.id = before.v7 ? before.v7->id : before.snapshot.id;
        return migration;
    }
    RenameMap renames;
    if (before.v7 && after.baseline && !after.baseline->snapshotId.isEmpty() &&
        after.baseline->snapshotId == before.v7->id) {
        renames = BaselineMapper::renamesSince(previous, after.snapshot.schema, *after.baseline);
    } else {
        for (const SnapshotRenames::TableRename &t : after.snapshot.renames.tables)
            renames.addTable(t.from, t.to);
        for (const SnapshotRenames::ColumnRename &c : after.snapshot.renames.columns)
            renames.addColumn(c.toTable, c.fromColumn, c.toColumn);
    }
    const DiffOptions options = v1Options(std::move(renames));
    SchemaDefinition next = continuedDefinition(previous, after.snapshot.schema, options);
    NextMigration migration = plannedV1(std::move(previous), std::move(next), options, target);
    migration.previous.id = before.v7 ? before.v7->id : before.snapshot.id;
    return migration;
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
    return planned(std::move(previous).value(), project.schema, {}, target.value_or(project.settings.target),
                   model::pendingFills(project.fills, project.baseline.snapshotId));
}

Result<NextMigration> NextMigration::compute(const model::Project &project, const V1MigrationsFolder &folder,
                                             std::optional<model::ProjectSettings::Target> target)
{
    if (const QString conflict = MigrationGenerator::folderConflict(folder, project.baseline); !conflict.isEmpty())
        return Result<NextMigration>::failure(conflict);
    auto found = BranchMerge::continuing(folder);
    if (!found)
        return Result<NextMigration>::failure(found.error());
    BranchMerge previous = std::move(found).value();
    const DiffOptions options = v1Options(BaselineMapper::renamesSince(previous.ddl, project.schema, project.baseline));
    SchemaDefinition next = continuedDefinition(previous.ddl, project.schema, options);
    NextMigration migration =
        plannedV1(std::move(previous.ddl), std::move(next), options, target.value_or(project.settings.target),
                  model::pendingFills(project.fills, project.baseline.snapshotId));
    migration.previous.id = folder.latestSnapshot() ? folder.latestSnapshot()->id : Snapshot::originId();
    migration.prevIds = previous.leafIds;
    return migration;
}

Result<NextMigration> NextMigration::compute(const model::Project &project, const QString &folderPath,
                                             std::optional<model::ProjectSettings::Target> target)
{
    const auto layout = MigrationGenerator::continuedLayout(project.settings, folderPath);
    if (!layout)
        return Result<NextMigration>::failure(layout.error());
    if (layout.value() == FolderLayout::V1)
        return compute(project, V1MigrationsFolder::scan(folderPath), target);
    return compute(project, MigrationsFolder::scan(folderPath), target);
}

NextMigration NextMigration::between(MigrationSide before, MigrationSide after, Target target)
{
    if (before.v7 || after.v7)
        return betweenV1(before, after, target);
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
