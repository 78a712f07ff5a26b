// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright convert PROJECT --to v1|classic [--db FILE] [--dry-run]`: moves the project's migrations folder to
/// drizzle-kit 1.0's layout the way its `up` lays it out, without `up`'s traps, or back to 0.31's where nothing is
/// lost (migrations::ProjectConversion), together with the local database's tracking rows
/// (migrations::TrackedConversion), and saves the project so the next `generate` is empty.
class ConvertCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override
    {
        return QStringLiteral(
            "move the migrations folder to drizzle-kit 1.0's layout (--to v1) or back (--to classic)");
    }
    QString usage() const override { return QStringLiteral("PROJECT --to v1|classic [--db FILE] [--dry-run]"); }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
