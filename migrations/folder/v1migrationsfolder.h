// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/folderproblem.h"
#include "migrations/snapshot/snapshotv7.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::migrations {

/// One sub-folder of a drizzle-kit 1.0 migrations folder: `<YYYYMMDDHHMMSS>_<name>/` with `migration.sql` (what the
/// migrators run) and `snapshot.json` (the schema after it, its id and its parents' ids).
struct V1Migration
{
    QString folder;                ///< `20261206234044_yummy_preak`
    std::optional<QDateTime> time; ///< the UTC second the name starts with; nullopt when it starts with none
    bool hasSql = false;
    bool hasSnapshot = false;
    QString snapshotId; ///< empty when there is no readable snapshot
    QStringList prevIds;
    QString snapshotError; ///< why the snapshot could not be read (empty when it could or there is none)

    /// The name after the timestamp: `yummy_preak`.
    QString name() const { return folder.section(u'_', 1); }
    /// `<folder>/migration.sql`, the name wrangler's `migrations_pattern` records in `d1_migrations`.
    QString sqlFile() const { return folder + QStringLiteral("/migration.sql"); }
    QString snapshotFile() const { return folder + QStringLiteral("/snapshot.json"); }
};

/// A drizzle-kit 1.0 migrations folder, read and checked; the counterpart of MigrationsFolder for the v1 layout (see
/// FolderLayoutDetector). There is no journal: the folder names are the order, the snapshots' ids and prevIds the
/// history. Scanning never fails: everything wrong is a FolderProblem.
///
/// What the tools do, which the scan follows:
/// - drizzle-orm 1.0's migrator runs every sub-folder holding `migration.sql`, sorted by folder name, and records
///   each by that name; it never reads `snapshot.json` nor top-level files.
/// - drizzle-kit 1.0's `generate` takes the last `<folder>/snapshot.json` by path (JavaScript's default sort) as the
///   previous state, and gives the new migration the ids of every *leaf* (a snapshot no other names as parent) as
///   prevIds. With several leaves (branches generated from one state, then merged by version control) it checks the
///   branches: if they touch different tables it merges them (the previous state is the fork's snapshot plus both
///   branches' changes), otherwise it stops with "conflicts".
/// - wrangler without `migrations_pattern` applies `*.sql` files directly in the folder, and nothing in sub-folders.
///
/// Errors (the next migration would be ambiguous or wrong): a journal beside the folders (mixed layouts); the latest
/// snapshot missing (the last folder has `migration.sql` but no snapshot, so generate would diff against an older
/// state and repeat its changes), unreadable, or without a migration.sql beside it (its changes were never written as
/// SQL); the only leaf not the latest snapshot (a child sorts before its parent). Warnings: several leaves (open
/// branches: NextMigration merges them, or refuses when BranchConflicts finds them conflicting; the scan does not
/// diff), stray top-level `.sql` files, folders in the same second (their order is then by name, which need not be
/// the order they were generated in), a folder name without a timestamp, older folders without one of the two
/// files or with an unreadable snapshot, prevIds naming no snapshot of the folder.
class V1MigrationsFolder
{
public:
    static V1MigrationsFolder scan(const QString &path);

    const QString &path() const { return m_path; }
    /// Every sub-folder holding migration.sql or snapshot.json, in the migrator's order (by folder name).
    const QList<V1Migration> &migrations() const { return m_migrations; }
    /// `.sql` files directly in the folder (no drizzle tool reads them; wrangler without a pattern applies them).
    const QStringList &straySqlFiles() const { return m_straySqlFiles; }
    const FolderProblems &problems() const { return m_problems; }
    bool hasErrors() const;
    QString errorText() const;
    QString warningText() const;

    /// The folder whose snapshot.json `generate` takes as the previous state; empty when there is none.
    const QString &latestSnapshotFolder() const { return m_latestSnapshotFolder; }
    /// That snapshot, read whole (nullopt when there is none or it cannot be read: then hasErrors()).
    const std::optional<SnapshotV7> &latestSnapshot() const { return m_latestSnapshot; }
    /// The ids no snapshot names as a parent, in path order: more than one is an open fork.
    const QStringList &leafIds() const { return m_leafIds; }
    /// The prevIds of the next migration, as generate gives them: the leaves, or the zero UUID in an empty folder.
    QStringList nextPrevIds() const;
    /// The UTC time for the next migration's folder name: @p nowUtc (whole seconds), or one second after the newest
    /// existing folder's when that is not older, so the new folder sorts last and never shares a second.
    QDateTime nextFolderTime(const QDateTime &nowUtc) const;
    /// `<YYYYMMDDHHMMSS>_<name>` in UTC, as drizzle-kit 1.0 names folders.
    static QString folderName(const QDateTime &timeUtc, const QString &name);
    /// The time a folder name starts with (`^\d{14}`), as drizzle-orm's migrator reads it; nullopt when none.
    static std::optional<QDateTime> folderTime(const QString &folder);
    QString filePath(const QString &relative) const;

private:
    void readFolders();
    void readLatestSnapshot();
    void findLeaves();
    void checkStrays();
    void checkNames();
    void checkFiles();
    void checkChain();
    void addWarning(const QString &file, const QString &message);
    void addError(const QString &file, const QString &message);

    QString m_path;
    QList<V1Migration> m_migrations;
    QStringList m_straySqlFiles;
    QString m_latestSnapshotFolder;
    std::optional<SnapshotV7> m_latestSnapshot;
    QStringList m_leafIds;
    FolderProblems m_problems;
};

} // namespace tw::migrations
