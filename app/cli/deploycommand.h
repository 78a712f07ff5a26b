// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright deploy PROJECT [--local] [--yes] [--binding B] [--config FILE] [--env NAME]`: the guide's production
/// deployment with the user's own wrangler (DeployFlow): pending migrations and their SQL, the export kept as a
/// backup under `backups/`, a rehearsal on a SQLite copy of it, D1 Time Travel's bookmark (remote), `wrangler d1
/// migrations apply` streamed to stderr, and the result checked against the expected schema. It never prompts:
/// without `--yes` it prints the plan and changes nothing. `--local` (or the project's setting) targets wrangler's
/// local D1, exactly as CI tests it. Exit 1 when the deploy fails.
class DeployCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("deploy"); }
    QString summary() const override
    {
        return QStringLiteral("apply pending migrations to D1 with wrangler (backup, rehearsal, check)");
    }
    QString usage() const override
    {
        return QStringLiteral("PROJECT [--local] [--yes] [--binding NAME] [--config FILE] [--env NAME]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
