// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"
#include "model/project/projectsettings.h"

namespace tw::database {
class DatabaseInspector;
}

namespace tw::cli {

class CliArguments;

/// `tablewright db PROJECT [--db FILE] tables | describe TABLE | count TABLE | history | query "SQL" [--write]
/// [--csv]`: the guide's `dev:query` checks (`.tables`, `PRAGMA table_info`, `SELECT COUNT(*)`, `__drizzle_migrations`)
/// on the project's local database, read-only unless `--write` is given. PROJECT may also be a SQLite file.
class DbCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override
    {
        return QStringLiteral("inspect or query the local database (read-only by default)");
    }
    QString usage() const override
    {
        return QStringLiteral("PROJECT [--db FILE] tables | describe TABLE | count TABLE | history | query \"SQL\" "
                              "[--write] [--csv]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;

private:
    int tables(database::DatabaseInspector &inspector, CliContext &context) const;
    int describe(database::DatabaseInspector &inspector, const QString &table, CliContext &context) const;
    int count(database::DatabaseInspector &inspector, const QString &table, CliContext &context) const;
    int history(database::DatabaseInspector &inspector, const QString &migrationsFolder,
                model::ProjectSettings::Tracking tracking, CliContext &context) const;
    int query(database::DatabaseInspector &inspector, const CliArguments &args, CliContext &context) const;
};

} // namespace tw::cli
