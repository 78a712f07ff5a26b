// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/folderproblem.h"
#include "migrations/folder/journal.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// One migration as found on disk: its journal entry, its files and its snapshot's place in the id chain.
struct FolderMigration
{
    JournalEntry entry;
    QString sqlFile;      ///< relative: `0003_brave_falcon.sql`
    QString snapshotFile; ///< relative: `meta/0003_snapshot.json`
    QString snapshotId;   ///< empty when the snapshot is missing or unreadable
    QString prevId;
    bool hasSqlFile = true; ///< false: the journal lists it but its .sql was never committed
};

/// A drizzle-kit migrations folder (`drizzle/`), read and checked: the journal, the SQL files, the snapshots and
/// their id/prevId chain. Scanning never fails: everything wrong is a FolderProblem, so callers can explain it.
/// A folder that does not exist, or holds nothing, is an empty history.
///
/// Real folders carry damage that drizzle-kit 0.31 lives with, because its `generate` reads only the journal's last
/// entry (for the next idx) and the last snapshot by file name (for the previous state), never the .sql files or
/// the rest of the chain. Such damage is a *warning* saying what it means for which runner (drizzle-orm's migrator
/// runs the journal's entries; wrangler runs every `*.sql` file by name): a .sql file outside the journal, a journal
/// entry without its .sql or its snapshot, two entries with the same number, idx or `when` out of order, a prevId
/// that skips a snapshot, an older snapshot that cannot be read.
///
/// Only what makes the next migration ambiguous is an *error* (generate refuses, and the message says how to fix it):
/// - the journal cannot be read, is not SQLite's (`sqlite`, or `turso` for libSQL), or `.sql` files lie there without
///   any journal;
/// - the latest snapshot is missing: the journal's last entry has no snapshot (generate would diff against an older
///   state and write that migration's changes again), or a snapshot outside the journal sorts after it (drizzle-kit
///   would take that stray file as the current state, and may then overwrite it);
/// - the latest snapshot cannot be read;
/// - two heads: two snapshots carry the same prevId. That is a fork (two branches generated from the same state,
///   then merged); drizzle-kit's `generate` and `check` stop at it ("collision"). A chain broken in the past (a prevId
///   pointing at an older or a missing snapshot) is not two heads: only one snapshot is the last by name.
class MigrationsFolder
{
public:
    static constexpr const char *kZeroId = "00000000-0000-0000-0000-000000000000";

    static MigrationsFolder scan(const QString &path);

    const QString &path() const { return m_path; }
    const Journal &journal() const { return m_journal; }
    /// The journal's entries in journal order (the order drizzle's migrator runs them), with or without files.
    const QList<FolderMigration> &migrations() const { return m_migrations; }
    /// `.sql` files directly in the folder that the journal does not list (wrangler applies them; drizzle does not).
    const QStringList &unjournaledSqlFiles() const { return m_unjournaledSqlFiles; }
    const FolderProblems &problems() const { return m_problems; }
    bool hasErrors() const;
    /// The error problems, one `error: FILE: message` a line (empty when there are none).
    QString errorText() const;
    /// The warnings, one `warning: FILE: message` a line (empty when there are none).
    QString warningText() const;

    /// The snapshot drizzle-kit's `generate` treats as the current state: the last `meta/*.json` by file name
    /// (names starting with `_` ignored). Empty when there is none.
    const QString &latestSnapshotFile() const { return m_latestSnapshotFile; }
    const QString &latestSnapshotId() const { return m_latestSnapshotId; }
    /// Absolute path of a file inside the folder.
    QString filePath(const QString &relative) const;

    /// The idx for the next migration: drizzle-kit's, the journal's last entry's idx + 1 (not the number of entries
    /// nor the highest file prefix: after a merge that renumbered nothing they differ, and drizzle-kit follows the
    /// journal). The new files are `NNNN_<name>.sql` and `meta/NNNN_snapshot.json` with NNNN that idx.
    int nextIndex() const;
    /// A `when` for the next migration: @p nowMs, or one more than the newest entry's when it is not newer
    /// (drizzle's migrator silently skips a migration whose `when` is not newer than the newest applied).
    qint64 nextWhen(qint64 nowMs) const;

private:
    void readJournal();
    void readSnapshots();
    void checkInterruptedAppend();
    void checkJournalOrder();
    void checkDuplicateNumbers();
    void checkFiles();
    void checkLatestSnapshot();
    void checkChain();
    void addProblem(FolderProblem::Severity severity, const QString &file, const QString &message);
    void addWarning(const QString &file, const QString &message);
    void addError(const QString &file, const QString &message);
    QString snapshotWithId(const QString &id) const;

    QString m_path;
    Journal m_journal;
    bool m_hasJournal = false;
    QList<FolderMigration> m_migrations;
    QStringList m_unjournaledSqlFiles;
    QString m_latestSnapshotFile;
    QString m_latestSnapshotId;
    QString m_latestSnapshotError;
    QList<QPair<QString, QString>> m_snapshotIds; ///< (file, id) of every readable snapshot, by file name
    FolderProblems m_problems;
    /// Files an interrupted append left (InterruptedAppend): reported once, as that, never again as strays.
    QStringList m_interruptedLeftovers;
};

} // namespace tw::migrations
