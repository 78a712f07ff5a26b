// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// A classic migration is three files (SQL, snapshot, journal) and no file system replaces three files at once. So
/// MigrationFolderWriter first records what it is about to add in `meta/.tablewright-append`, and removes the record
/// once the journal names the migration. A record still there means a generate was killed part-way: its SQL file
/// may exist without a journal entry, which wrangler would apply although no migration records it. The next
/// generate finishes the job (finish()); until then the folder checks name the file and why.
class InterruptedAppend
{
public:
    /// The record's path inside the migrations folder @p folderPath.
    static QString recordPath(const QString &folderPath);
    /// Writes the record: @p tag's journal entry is about to be added with @p files (relative to the folder).
    static bool begin(const QString &folderPath, const QString &tag, const QStringList &files, QString *error);
    /// Removes the record after the journal was written (or the append was undone).
    static void end(const QString &folderPath);
    /// The files an interrupted append left that the journal does not name; empty when there was none.
    static QStringList leftovers(const QString &folderPath);
    /// Removes those leftovers and the record; returns one line per removed file (for the user), or an error naming
    /// the file that could not be removed. A record whose migration the journal names is only removed.
    static model::Result<QStringList> finish(const QString &folderPath);
};

} // namespace tw::migrations
