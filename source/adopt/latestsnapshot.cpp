// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/latestsnapshot.h"

#include "migrations/folder/migrationsfolder.h"
#include "migrations/snapshot/snapshotreader.h"

#include <QFile>

namespace tw::source {

model::Result<LatestSnapshot> LatestSnapshot::read(const QString &migrationsFolder)
{
    using Failure = model::Result<LatestSnapshot>;
    const auto folder = migrations::MigrationsFolder::scan(migrationsFolder);
    if (folder.hasErrors())
        return Failure::failure(QStringLiteral("%1: %2").arg(migrationsFolder, folder.errorText()));
    LatestSnapshot latest;
    for (const migrations::FolderProblem &problem : folder.problems())
        latest.warnings << (problem.file.isEmpty() ? problem.message
                                                   : problem.file + QStringLiteral(": ") + problem.message);
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

} // namespace tw::source
