// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright rollback PROJECT [--to MIGRATION] [--db FILE] [--migrations DIR] [--tracking drizzle|d1]
/// [--dry-run]`: undoes the last applied migration (with `--to`, every one after MIGRATION) on the project's database,
/// found as `apply` finds it. It always rehearses on a copy first and prints the plan, the down SQL and the rows each
/// table would lose; `--dry-run` stops there. Otherwise it backs up, runs every down step in one transaction, removes
/// the tracking rows and checks the schema against the earlier migration's. A migration whose reverse cannot be
/// derived needs `rollback/<migration>.down.sql` beside the project: the command names the file. Exit 1 when the
/// rollback is refused or fails (the database is then unchanged).
class RollbackCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("rollback"); }
    QString summary() const override
    {
        return QStringLiteral("undo applied migrations on a local SQLite/D1 database (rehearsed first)");
    }
    QString usage() const override
    {
        return QStringLiteral(
            "PROJECT [--to MIGRATION] [--db FILE] [--migrations DIR] [--tracking drizzle|d1] [--dry-run]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
