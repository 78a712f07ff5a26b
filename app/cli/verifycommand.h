// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright verify PROJECT|FOLDER [--migrations DIR]`: replays the migrations folder on a scratch database and
/// reports every migration whose SQL does not produce the schema its snapshot records, or whose SQL fails
/// (migrations::MigrationVerifier). Exit 0 when every migration is clean, 1 on drift, a failing statement or a
/// problem. A folder given instead of a project is verified as it is (for folders no project owns yet).
class VerifyCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return QStringLiteral("check that each migration's SQL produces the schema its snapshot records");
    }
    QString usage() const override { return QStringLiteral("PROJECT|FOLDER [--migrations DIR]"); }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
