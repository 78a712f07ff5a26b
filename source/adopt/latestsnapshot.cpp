// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/latestsnapshot.h"

#include "migrations/branches/branchmerge.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/snapshot/snapshotv7schemareader.h"

#include <QFile>

namespace tw::source {
namespace {

using Failure = model::Result<LatestSnapshot>;

QStringList warningLines(const migrations::FolderProblems &problems)
{
    QStringList lines;
    for (const migrations::FolderProblem &problem : problems) {
        if (!problem.isError())
            lines << (problem.file.isEmpty() ? problem.message : problem.file + QStringLiteral(": ") + problem.message);
    }
    return lines;
}

model::Result<LatestSnapshot> readClassic(const QString &migrationsFolder, migrations::FolderLayout layout)
{
    const auto folder = migrations::MigrationsFolder::scan(migrationsFolder);
    if (folder.hasErrors())
        return Failure::failure(QStringLiteral("%1: %2").arg(migrationsFolder, folder.errorText()));
    LatestSnapshot latest;
    latest.layout = layout;
    latest.migrationCount = folder.migrations().size();
    latest.warnings = warningLines(folder.problems());
    if (folder.latestSnapshotFile().isEmpty()) {
        latest.snapshot.id = migrations::Snapshot::originId();
        return latest;
    }
    latest.file = folder.filePath(folder.latestSnapshotFile());
    QFile file(latest.file);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::failure(QStringLiteral("%1: cannot be read: %2").arg(latest.file, file.errorString()));
    auto snapshot = migrations::SnapshotReader::read(file.readAll());
    if (!snapshot)
        return Failure::failure(QStringLiteral("%1: %2").arg(latest.file, snapshot.error()));
    latest.snapshot = std::move(snapshot).value();
    return latest;
}

model::Result<LatestSnapshot> readV1(const QString &migrationsFolder)
{
    const auto folder = migrations::V1MigrationsFolder::scan(migrationsFolder);
    if (folder.hasErrors())
        return Failure::failure(QStringLiteral("%1: %2").arg(migrationsFolder, folder.errorText()));
    LatestSnapshot latest;
    latest.layout = migrations::FolderLayout::V1;
    latest.migrationCount = folder.migrations().size();
    latest.warnings = warningLines(folder.problems());
    latest.snapshot.id = migrations::Snapshot::originId();
    const std::optional<migrations::SnapshotV7> &v7 = folder.latestSnapshot();
    if (!v7)
        return latest;
    latest.file = folder.filePath(folder.latestSnapshotFolder() + QStringLiteral("/snapshot.json"));
    const auto merged = migrations::BranchMerge::continuing(folder); // open branches: all of them, as generate sees it
    if (!merged)
        return Failure::failure(merged.error());
    auto schema = migrations::SnapshotV7SchemaReader::toSchema(merged.value().ddl);
    if (!schema)
        return Failure::failure(QStringLiteral("%1: %2").arg(latest.file, schema.error()));
    latest.snapshot.id = v7->id;
    latest.snapshot.prevId = v7->prevIds.value(0, migrations::Snapshot::originId());
    latest.snapshot.schema = std::move(schema).value();
    return latest;
}

} // namespace

model::Result<LatestSnapshot> LatestSnapshot::read(const QString &migrationsFolder)
{
    const migrations::FolderLayoutDetection detection = migrations::FolderLayoutDetector::detect(migrationsFolder);
    switch (detection.layout) {
    case migrations::FolderLayout::Mixed:
        return Failure::failure(QStringLiteral("%1: %2").arg(migrationsFolder, detection.message));
    case migrations::FolderLayout::V1:
        return readV1(migrationsFolder);
    case migrations::FolderLayout::Empty:
    case migrations::FolderLayout::Classic:
        break;
    }
    return readClassic(migrationsFolder, detection.layout);
}

model::ProjectSettings::MigrationLayout
LatestSnapshot::projectLayout(model::ProjectSettings::MigrationLayout forEmpty) const
{
    switch (layout) {
    case migrations::FolderLayout::V1:
        return model::ProjectSettings::MigrationLayout::V1;
    case migrations::FolderLayout::Classic:
    case migrations::FolderLayout::Mixed:
        return model::ProjectSettings::MigrationLayout::Classic;
    case migrations::FolderLayout::Empty:
        break;
    }
    return forEmpty;
}

QString LatestSnapshot::summary() const
{
    const QString count =
        migrationCount == 1 ? QStringLiteral("1 migration") : QStringLiteral("%1 migrations").arg(migrationCount);
    switch (layout) {
    case migrations::FolderLayout::V1:
        return QStringLiteral("drizzle-kit 1.0 layout (v1): ") + count;
    case migrations::FolderLayout::Classic:
    case migrations::FolderLayout::Mixed:
        return QStringLiteral("drizzle-kit 0.31 layout (classic): ") + count;
    case migrations::FolderLayout::Empty:
        break;
    }
    return {};
}

} // namespace tw::source
