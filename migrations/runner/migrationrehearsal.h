// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/applyoptions.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/rehearsalreport.h"
#include "model/core/result.h"

namespace tw::migrations {

/// Rehearses an apply: takes a consistent copy of the database (`VACUUM INTO`, on a read-only connection), applies
/// the pending migrations to a second copy with the real MigrationApplier, and compares the two table by table
/// (RehearsalReport). The database itself is only read, so a rehearsal is what `apply --dry-run` and the apply
/// dialog show before the user says yes. The copies live in a temporary folder removed afterwards.
class MigrationRehearsal
{
public:
    /// Fails only when the rehearsal cannot run (unreadable database, history that does not match the folder); a
    /// migration failing on the copy is reported in RehearsalReport::applyError. A cancel (@p progress or
    /// @p cancelled, as for MigrationApplier) fails it with a message starting "Cancelled".
    static model::Result<RehearsalReport> rehearse(const database::RunnableMigrations &folder,
                                                   const ApplyOptions &options, const ApplyProgress &progress = {},
                                                   const ApplyCancelled &cancelled = {});
    static model::Result<RehearsalReport> rehearse(const MigrationsFolder &folder, const ApplyOptions &options,
                                                   const ApplyProgress &progress = {},
                                                   const ApplyCancelled &cancelled = {});

private:
    static QString snapshot(const ApplyOptions &options, const QString &copyPath);
    static QString compare(const database::RunnableMigrations &folder, const ApplyOptions &options,
                           const QString &beforePath, const QString &afterPath, RehearsalReport &report);
};

} // namespace tw::migrations
