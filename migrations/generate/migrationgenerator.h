// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/folderlayout.h"
#include "migrations/folder/folderproblem.h"
#include "migrations/plan/migrationwarning.h"
#include "model/core/result.h"
#include "model/project/project.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tw::migrations {

/// One `generate` request: the project as edited, where its migrations live, and what to call the new one.
struct GenerateRequest
{
    model::Project project;
    QString migrationsFolder; ///< absolute
    QString name;             ///< optional: `NNNN_<name>` instead of two random words
    qint64 nowMs = 0;         ///< the journal's `when` (raised if the clock is behind the journal)
    QString snapshotId;       ///< the new snapshot's UUID (a fresh one unless a test fixes it)
    /// The SQL target; unset: the project's setting (d1 writes keep-and-restore rebuilds, sqlite drizzle-kit's).
    std::optional<model::ProjectSettings::Target> target;
};

/// What `generate` did.
struct GenerateOutcome
{
    bool noChanges = false;
    QString sqlPath;                  ///< the migration file written (v1: `<folder>/migration.sql`)
    QString sql;                      ///< its text
    QList<MigrationWarning> warnings; ///< data-loss and may-fail warnings of the plan
    model::Baseline baseline;         ///< the project's new baseline (store it and save the project)
    /// The folder's damage, one `warning: FILE: message` each: drizzle-kit lives with it and so does generate.
    QStringList folderWarnings;

    /// What the migration added, for MigrationGenerator::withdraw: its files (0.31 layout) or its folder (1.0), and
    /// the journal's bytes before it (nothing when there was no journal).
    struct Added
    {
        QStringList files;
        QString folder;
        QString journalPath;
        std::optional<QByteArray> journalBefore;
    } added;
};

/// The one-click migration: diff the project against the folder's latest snapshot (matched to the project's ids
/// through the baseline), and when anything changed, write the next migration — SQL, snapshot and journal entry —
/// exactly as drizzle-kit lays them out. Generating twice in a row writes nothing the second time.
/// The chain continues as drizzle-kit 0.31 continues it, damage or not: idx = the journal's last entry's idx + 1,
/// prevId = the id of the last snapshot by file name; only a folder whose next migration is ambiguous refuses
/// (see MigrationsFolder), and one whose migrations are named by time (drizzle-kit's `prefix: "timestamp"`), where
/// an `NNNN_` name would sort before the latest snapshot.
///
/// A drizzle-kit 1.0 folder (FolderLayoutDetector) is continued in its own layout: the next
/// `<YYYYMMDDHHMMSS>_<name>/` with migration.sql in the V1 dialect and a version 7 snapshot.json whose prevIds are
/// the folder's leaves (V1MigrationFolderWriter). An empty folder starts in the project's migrationLayout.
class MigrationGenerator
{
public:
    static model::Result<GenerateOutcome> generate(const GenerateRequest &request);
    /// Takes back the migration @p outcome wrote, for a caller that could not save the project with its new baseline
    /// (a full disk): the journal as it was, then the migration's files or folder removed. Returns an empty string,
    /// or what could not be undone (a journal that cannot be restored keeps the migration whole).
    static QString withdraw(const GenerateOutcome &outcome);

    /// The layout the next migration in @p folderPath is written in: the folder's own (Classic or V1), or for an
    /// empty folder @p settings' migrationLayout. Fails for a folder holding both layouts, with the detector's
    /// message: which half is wanted is the user's decision.
    static model::Result<FolderLayout> continuedLayout(const model::ProjectSettings &settings,
                                                       const QString &folderPath);

    /// Explains why generating against @p folder would be unsafe (a broken folder, or one that changed behind the
    /// project's back), or returns an empty string.
    static QString folderConflict(const class MigrationsFolder &folder, const model::Baseline &baseline);
    /// The same for a drizzle-kit 1.0 folder: its errors, or a latest snapshot that is not the one the project last
    /// generated (with open branches: none of their leaves).
    static QString folderConflict(const class V1MigrationsFolder &folder, const model::Baseline &baseline);
};

} // namespace tw::migrations
