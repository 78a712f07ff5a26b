// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"
#include "migrations/runner/applyoptions.h"
#include "migrations/runner/applytarget.h"
#include "model/project/project.h"

namespace tw::database {
class RunnableMigrations;
}

namespace tw::cli {

class CliArguments;

/// `tablewright apply PROJECT [--db FILE] [--migrations DIR] [--dry-run [--with-rollback]] [--tracking drizzle|d1]`:
/// applies the pending migrations of the project's folder to a SQLite database (wrangler's local D1 file by default).
/// With `--dry-run` it rehearses them on a copy and prints the per-table report; `--with-rollback` then also applies
/// and rolls them back on a copy and reports any difference from the starting schema and rows (RoundTripRehearsal);
/// exit 1 when applying (or rolling back) would fail. Either layout (classic or drizzle-kit 1.0's folders,
/// FolderLayoutDetector); a folder holding both is refused.
class ApplyCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override
    {
        return QStringLiteral("apply pending migrations to a local SQLite/D1 database");
    }
    QString usage() const override
    {
        return QStringLiteral(
            "PROJECT [--db FILE] [--migrations DIR] [--dry-run [--with-rollback]] [--tracking drizzle|d1]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;

    /// The folder, database and tracking `--migrations`, `--db` and `--tracking` choose for @p project at
    /// @p projectFile (the project's own otherwise): `apply` and `rollback` work on the same ones.
    static migrations::ApplyTarget target(const QString &projectFile, const model::Project &project,
                                          const CliArguments &args);

private:
    static int rehearse(const database::RunnableMigrations &folder, const migrations::ApplyOptions &options,
                        CliContext &context);
    static int rehearseRollback(const QString &projectFile, const migrations::ApplyTarget &target, CliContext &context);
};

} // namespace tw::cli
