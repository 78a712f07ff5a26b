// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace tw::migrations {

/// How to apply a migrations folder to a database.
struct ApplyOptions
{
    QString databasePath;
    model::ProjectSettings::Tracking tracking = model::ProjectSettings::Tracking::D1;
    bool dryRun = false;         ///< list what is pending, write nothing (not even a backup)
    int backupsToKeep = 5;       ///< `VACUUM INTO` copies kept beside the database; 0: no backup
    int busyTimeoutMs = 5000;    ///< how long to wait for another writer (e.g. a running `wrangler dev`)
    bool createIfMissing = true; ///< a missing database file is created, as wrangler does
    /// `PRAGMA foreign_key_check` after each migration fails the run on a violation. Only a rehearsal turns it off,
    /// to count the violations on its copy instead of stopping at the first migration that has some.
    bool checkForeignKeys = true;
    /// Extra `PRAGMA`s (without the keyword, e.g. `cache_size=-65536`) run on the applier's own connection before
    /// anything else; connection settings such as `max_page_count` or `cache_size` are not stored in the file.
    QStringList connectionPragmas;
};

/// Called before each migration with (index, total, file name) and once at the end with (total, total, {});
/// returning false cancels: the run is rolled back and the database stays as it was.
using ApplyProgress = std::function<bool(int done, int total, const QString &file)>;

/// What an apply run did.
struct ApplyReport
{
    QStringList applied; ///< file names applied (or, for a dry run, that would be)
    QString backupPath;  ///< empty when no backup was taken
    QStringList notes;   ///< explanations worth showing (tracking table followed, changed files...)
};

} // namespace tw::migrations
