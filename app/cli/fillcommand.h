// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright fill PROJECT TABLE.COLUMN --sql EXPR | --clear`, `tablewright fill PROJECT --list`: the data
/// migration of one column change (the guide's `slug` from `name`), checked against the schema before the next
/// migration (migrations::ColumnFills) and stored in the project until generate writes it. Never prompts.
class FillCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("fill"); }
    QString summary() const override
    {
        return QStringLiteral("set, clear or list the SQL that fills a changed column from the old rows");
    }
    QString usage() const override
    {
        return QStringLiteral("PROJECT TABLE.COLUMN (--sql EXPR | --clear) [--migrations DIR]\n"
                              "       tablewright fill PROJECT --list");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
