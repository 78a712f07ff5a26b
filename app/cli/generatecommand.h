// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright generate PROJECT [--name NAME] [--migrations DIR]`: writes the next migration (SQL, snapshot,
/// journal) and records it as the project's baseline; prints the SQL file's path, or "No schema changes".
/// With `--custom` it writes drizzle-kit's empty custom migration instead (migrations::CustomMigration), for SQL
/// the user writes by hand, whatever the schema holds.
class GenerateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override { return QStringLiteral("write the next migration into the drizzle folder"); }
    QString usage() const override
    {
        return QStringLiteral("PROJECT [--custom] [--name NAME] [--migrations DIR] [--target sqlite|d1]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
