// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/deploy/deploytarget.h"
#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::migrations::deploy {

/// What a chore is asked to do.
struct LocalDbOptions
{
    QString seedFile;     ///< SQL run after the migrations; empty: none
    QString databaseFile; ///< a plain SQLite file instead of wrangler's local D1; empty: wrangler's
    QString backupsFolder;
};

/// What a chore did, line by line, and where the old database went.
struct LocalDbReport
{
    QString backupPath;
    QStringList lines;
    QString text() const { return lines.join(u'\n') + u'\n'; }
};

/// The guide's `dev:setup` and `dev:reset` for the local database: Set Up creates it (wrangler does on first use)
/// and applies every migration, Reset backs it up (`VACUUM INTO` under `backups/`), deletes it and sets it up again;
/// both run an optional seed file afterwards. wrangler's local D1 is driven through wrangler itself (`d1 migrations
/// apply --local`, `d1 execute --local --file`); a plain SQLite file (`--db`) through MigrationApplier. The Migration
/// menu's items and `tablewright localdb` call these.
class LocalDbChores
{
public:
    static model::Result<LocalDbReport> setUp(const DeployTarget &target, const LocalDbOptions &options,
                                              const ToolOutput &log = {});
    static model::Result<LocalDbReport> reset(const DeployTarget &target, const LocalDbOptions &options,
                                              const ToolOutput &log = {});

private:
    static model::Result<LocalDbReport> setUpFile(const DeployTarget &target, const LocalDbOptions &options);
    static model::Result<bool> seed(const DeployTarget &target, const LocalDbOptions &options, LocalDbReport &report,
                                    const ToolOutput &log);
    /// The file being reset: `--db`'s, or wrangler's local D1 file (none yet is not an error).
    static model::Result<QString> currentFile(const DeployTarget &target, const LocalDbOptions &options);
};

} // namespace tw::migrations::deploy
