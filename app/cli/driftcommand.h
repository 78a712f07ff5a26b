// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright drift PROJECT [--db FILE] [--migrations DIR] [--tracking drizzle|d1]`: compares a live database
/// with the snapshot of the last migration it records as applied, and prints the differences (missing, extra,
/// different tables, columns, keys, indexes, checks, views). Exit 0 when in sync, 1 on drift or a problem.
/// Documented with the other subcommands in docs/cli.md.
class DriftCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("drift"); }
    QString summary() const override { return QStringLiteral("compare a live database with the applied migrations"); }
    QString usage() const override
    {
        return QStringLiteral("PROJECT [--db FILE] [--migrations DIR] [--tracking drizzle|d1]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
