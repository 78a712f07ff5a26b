// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// Which drizzle-kit wrote a migrations folder. The two layouts are not interchangeable: drizzle-kit 1.0 and
/// drizzle-orm 1.0's migrator refuse any folder that holds a journal, and drizzle-kit 0.31 ignores the per-migration
/// sub-folders (its next `generate` writes `0000_….sql` re-creating everything). So a folder is continued in its own
/// layout, and a folder holding both is reported, never repaired by guessing which half is wanted.
enum class FolderLayout {
    Empty,   ///< missing, or holds no migration of either kind: a new project chooses
    Classic, ///< drizzle-kit 0.31: `meta/_journal.json`, `NNNN_<name>.sql`, snapshot version 6 (MigrationsFolder)
    V1,    ///< drizzle-kit 1.0: `<YYYYMMDDHHMMSS>_<name>/{migration.sql,snapshot.json}`, version 7 (V1MigrationsFolder)
    Mixed, ///< both at once: an error, see FolderLayoutDetection::message
};

struct FolderLayoutDetection
{
    FolderLayout layout = FolderLayout::Empty;
    /// The sub-folders that hold a v1 migration (`migration.sql`, or a version "7" `snapshot.json`), by name.
    QStringList v1Folders;
    bool hasJournal = false;
    /// For Mixed: what was found and what to do, naming the files.
    QString message;
};

/// Tells the layouts apart from what is on disk, as the tools themselves do: a journal (`meta/_journal.json`) is
/// classic (drizzle-kit 1.0 checks exactly that file to say "run drizzle-kit up"); sub-folders with `migration.sql`
/// (drizzle-orm 1.0's migrator runs every such folder) or a `snapshot.json` whose version is "7" are v1. Top-level
/// `.sql` files or a `meta/` folder without a journal count as classic only when there is no v1 sub-folder (the
/// classic scan then reports them); beside v1 folders they are strays the v1 scan warns about.
class FolderLayoutDetector
{
public:
    static FolderLayoutDetection detect(const QString &path);
    static QString layoutName(FolderLayout layout);
};

} // namespace tw::migrations
