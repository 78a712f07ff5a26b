// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/folderlayout.h"
#include "migrations/snapshot/snapshot.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QString>
#include <QStringList>

namespace tw::source {

/// What a drizzle migrations folder says the database has: its latest snapshot, as drizzle-kit `generate` takes it,
/// in either layout (FolderLayoutDetector): classic (the journal's folder, snapshot v6) or drizzle-kit 1.0's v1
/// (one sub-folder per migration, snapshot v7, read through SnapshotV7SchemaReader). A folder holding both layouts,
/// or a folder its own tools would refuse, is an error naming the files; never repaired.
struct LatestSnapshot
{
    /// The origin id and an empty schema when the folder has no snapshot. For v1: the snapshot's id; `prevId` is
    /// its first parent and `renames` stay empty (import needs neither).
    migrations::Snapshot snapshot;
    QString file;         ///< the snapshot read (absolute), empty when there is none
    QStringList warnings; ///< the folder's warnings, `FILE: message`
    migrations::FolderLayout layout = migrations::FolderLayout::Empty; ///< never Mixed (that is an error)
    qsizetype migrationCount = 0; ///< journal entries (classic) or migration folders (v1)

    static model::Result<LatestSnapshot> read(const QString &migrationsFolder);

    /// The layout a project continuing this folder records: v1 for a v1 folder, else classic (an empty folder
    /// keeps @p forEmpty, the project's own choice).
    model::ProjectSettings::MigrationLayout projectLayout(model::ProjectSettings::MigrationLayout forEmpty) const;
    /// What import tells the user it found: `drizzle-kit 1.0 layout (v1): 2 migrations`; empty for an empty folder.
    QString summary() const;
};

} // namespace tw::source
