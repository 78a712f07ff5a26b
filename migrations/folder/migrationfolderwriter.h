// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/migrationsfolder.h"
#include "model/core/result.h"

#include <QByteArray>
#include <QString>

namespace tw::migrations {

/// The files of one new migration.
struct NewMigration
{
    QString tag;         ///< `0003_brave_falcon`
    qint64 when = 0;     ///< journal `when`, epoch ms
    QByteArray sql;      ///< the migration file's exact bytes
    QByteArray snapshot; ///< the snapshot's exact bytes
};

/// Adds a migration to a folder the way drizzle-kit does: `<tag>.sql`, `meta/NNNN_snapshot.json`, and the journal
/// entry. The journal is written last, and every file through the atomic writer: a failure part-way removes what this
/// call wrote and leaves the folder as it was; a kill part-way leaves a record (InterruptedAppend) that the next
/// generate uses to remove the half-added migration.
class MigrationFolderWriter
{
public:
    /// Writes @p migration as entry `folder.nextIndex()`; returns the absolute path of the SQL file.
    static model::Result<QString> append(const MigrationsFolder &folder, const NewMigration &migration);
    /// `meta/NNNN_snapshot.json`: where entry @p idx keeps its snapshot, relative to the folder.
    static QString snapshotFile(int idx);
};

} // namespace tw::migrations
