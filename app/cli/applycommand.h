// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"
#include "migrations/runner/applyoptions.h"

namespace tw::database {
class RunnableMigrations;
}

namespace tw::cli {

/// `tablewright apply PROJECT [--db FILE] [--migrations DIR] [--dry-run] [--tracking drizzle|d1]`: applies the
/// pending migrations of the project's folder to a SQLite database (wrangler's local D1 file by default). With
/// `--dry-run` it rehearses them on a copy and prints the per-table report; exit 1 when applying would fail. Either
/// layout (classic or drizzle-kit 1.0's folders, FolderLayoutDetector); a folder holding both is refused.
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
        return QStringLiteral("PROJECT [--db FILE] [--migrations DIR] [--dry-run] [--tracking drizzle|d1]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;

private:
    static int rehearse(const database::RunnableMigrations &folder, const migrations::ApplyOptions &options,
                        CliContext &context);
};

} // namespace tw::cli
