// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/folderlayout.h"
#include "model/core/result.h"
#include "model/project/project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// One `generate --custom` request: the project (its settings pick the layout of an empty folder, its baseline is
/// carried over to the new snapshot), where its migrations live, and what to call the new one.
struct CustomMigrationRequest
{
    model::Project project;
    QString migrationsFolder; ///< absolute
    QString name;             ///< optional: two words from the snapshot id otherwise
    qint64 nowMs = 0;         ///< the journal's `when` / the v1 folder's time; 0: now
    QString snapshotId;       ///< the new snapshot's UUID (a fresh one unless a test fixes it)
};

/// What `generate --custom` wrote.
struct CustomMigrationOutcome
{
    FolderLayout layout = FolderLayout::Classic;
    QString sqlPath;            ///< absolute path of the new SQL file (v1: `<folder>/migration.sql`)
    model::Baseline baseline;   ///< the project's baseline moved to the new snapshot (store it and save the project)
    QStringList folderWarnings; ///< the folder's damage, one `warning: FILE: message` each
};

/// drizzle-kit's empty custom migration (`drizzle-kit generate --custom`): a SQL file holding only kFirstLine, for
/// the data steps and hand-written SQL the differ cannot derive, and a snapshot that is a copy of the previous one
/// with a new id, so the schema chain is unchanged and the next generate diffs against the same state. The bytes are
/// drizzle-kit's own (0.31.11 for the classic layout, 1.0.0-rc.5 for the v1 layout), so a folder stays one that
/// either tool continues as if it had written the file itself. The migration is written through the layout's folder
/// writer (MigrationFolderWriter, V1MigrationFolderWriter) and refused where generate refuses
/// (MigrationGenerator::folderConflict).
class CustomMigration
{
public:
    /// The custom migration file's exact content (no newline after it), as both drizzle-kit versions write it.
    static QByteArray firstLine() { return QByteArrayLiteral("-- Custom SQL migration file, put your code below! --"); }

    static model::Result<CustomMigrationOutcome> write(const CustomMigrationRequest &request);

    /// drizzle-kit 0.31's custom snapshot: the previous version-6 snapshot @p previous (empty bytes: the empty
    /// folder's origin) as its zod schema parses it (keys in the schema's order, `views` and the tables' unique and
    /// check constraints defaulted, unknown keys dropped), with @p id and @p prevId first and an empty `_meta`.
    /// Fails for a snapshot that is not JSON or not version 6 (drizzle-kit asks for `drizzle-kit up` then).
    static model::Result<QByteArray> classicSnapshot(const QByteArray &previous, const QString &id,
                                                     const QString &prevId);
    /// drizzle-kit 1.0's custom snapshot: the previous version-7 snapshot @p previous (empty: the origin) as it is,
    /// with @p id and @p prevIds first and no renames (they belong to the migration that performed them).
    static model::Result<QByteArray> v1Snapshot(const QByteArray &previous, const QString &id,
                                                const QStringList &prevIds);
};

} // namespace tw::migrations
