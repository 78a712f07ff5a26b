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

} // namespace

Result<NextMigration> NextMigration::compute(const model::Project &project, const MigrationsFolder &folder,
                                             std::optional<model::ProjectSettings::Target> target)
{
    if (const QString conflict = MigrationGenerator::folderConflict(folder, project.baseline); !conflict.isEmpty())
        return Result<NextMigration>::failure(conflict);
    auto previous = previousSnapshot(folder, project.baseline);
    if (!previous)
        return Result<NextMigration>::failure(previous.error());
    NextMigration next;
    next.previous = std::move(previous).value();
    const SchemaDefinition before = schemaDefinition(next.previous.schema);
    next.plan = diff(before, schemaDefinition(project.schema));
    if (!next.plan.isEmpty())
        next.sql = TargetMigrationWriter::migrationText(next.plan, before, target.value_or(project.settings.target));
    return next;
}

} // namespace tw::migrations
