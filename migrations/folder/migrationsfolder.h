// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/folderproblem.h"
#include "migrations/folder/journal.h"

#include <QString>

namespace tw::migrations {

/// One migration as found on disk: its journal entry, its files and its snapshot's place in the id chain.
struct FolderMigration
{
    JournalEntry entry;
    QString sqlFile;      ///< relative: `0003_brave_falcon.sql`
    QString snapshotFile; ///< relative: `meta/0003_snapshot.json`
    QString snapshotId;
    QString prevId;
};

/// A drizzle-kit migrations folder (`drizzle/`), read and checked: the journal, the SQL files, the snapshots and
/// their id/prevId chain. Scanning never fails: everything wrong is a FolderProblem, so callers can explain it.
/// A folder that does not exist, or holds nothing, is an empty history.
class MigrationsFolder
{
public:
    static constexpr const char *kZeroId = "00000000-0000-0000-0000-000000000000";

    static MigrationsFolder scan(const QString &path);

    const QString &path() const { return m_path; }
    const Journal &journal() const { return m_journal; }
    const QList<FolderMigration> &migrations() const { return m_migrations; }
    const FolderProblems &problems() const { return m_problems; }
    bool hasErrors() const;
    /// The error problems, one `error: FILE: message` a line (empty when there are none).
    QString errorText() const;

    /// The snapshot drizzle-kit's `generate` treats as the current state: the last `meta/*.json` by file name
    /// (names starting with `_` ignored). Empty when there is none.
    const QString &latestSnapshotFile() const { return m_latestSnapshotFile; }
    const QString &latestSnapshotId() const { return m_latestSnapshotId; }
    /// Absolute path of a file inside the folder.
    QString filePath(const QString &relative) const;

    /// The idx for the next migration.
    int nextIndex() const;
    /// A `when` for the next migration: @p nowMs, or one more than the last entry's when it is not newer
    /// (drizzle's migrator silently skips a migration whose `when` is not newer than the last applied).
    qint64 nextWhen(qint64 nowMs) const;

private:
    void readJournal();
    void readSnapshots();
    void checkFiles();
    void checkChain();
    void addProblem(FolderProblem::Severity severity, const QString &file, const QString &message);

    QString m_path;
    Journal m_journal;
    bool m_hasJournal = false;
    QList<FolderMigration> m_migrations;
    QString m_latestSnapshotFile;
    QString m_latestSnapshotId;
    FolderProblems m_problems;
};

} // namespace tw::migrations
