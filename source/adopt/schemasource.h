// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/snapshot/snapshot.h"
#include "migrations/snapshot/snapshotv7.h"
#include "model/core/result.h"
#include "model/project/projectsettings.h"

#include <QString>

namespace tw::source {

/// A schema a command (or File ▸ Import) names: a project file, a drizzle snapshot (version 6 or 7), a drizzle
/// migrations folder of either layout (its latest snapshot; an empty or missing folder is the empty schema), or a live
/// SQLite database (recognised by its header, read by SchemaIntrospector).
struct SchemaSource
{
    enum class Kind { Project, Snapshot, Folder, Database };

    Kind kind = Kind::Project;
    /// A drizzle-kit 1.0 snapshot (a version "7" file, a v1 folder's latest; the origin for an empty v1 folder):
    /// then `snapshot` holds only its id, and the migration is the V1 dialect's.
    std::optional<migrations::SnapshotV7> v7;
    migrations::Snapshot snapshot; ///< for a project: its schema, with no id/prevId/renames
    QString snapshotFile;          ///< for a folder: the snapshot read (absolute), empty when there is none
    QStringList warnings;          ///< a database: what the model could not represent; a folder: its warnings
    /// For a folder: the layout a project continuing it records, and what import says it found
    /// (source::LatestSnapshot::projectLayout and summary).
    model::ProjectSettings::MigrationLayout folderLayout = model::ProjectSettings::MigrationLayout::Classic;
    QString folderSummary;

    static model::Result<SchemaSource> load(const QString &path);
    /// Why the existing file @p path cannot be a project, saying what is accepted (a file whose first character is
    /// not `{` is no project file, and saying so beats a JSON error at line 1 column 2); empty when it may be one.
    /// @p projectOnly: the command takes projects only, not the other schema sources.
    static QString notAProject(const QString &path, bool projectOnly);
};

} // namespace tw::source
