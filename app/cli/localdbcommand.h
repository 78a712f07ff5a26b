// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright localdb reset|setup PROJECT [--seed FILE] [--db FILE] [--binding NAME] [--config FILE]`: the guide's
/// `dev:setup` (apply every migration to the local database, then the seed) and `dev:reset` (back it up under
/// `backups/`, delete it, set it up again), on wrangler's local D1 or on the SQLite file `--db` names
/// (LocalDbChores). Exit 1 when a step fails.
class LocalDbCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("localdb"); }
    QString summary() const override
    {
        return QStringLiteral("set up or reset the local database (dev:setup, dev:reset)");
    }
    QString usage() const override
    {
        return QStringLiteral("reset|setup PROJECT [--seed FILE] [--db FILE] [--binding NAME] [--config FILE]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
