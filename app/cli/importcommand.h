// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright import SOURCE -o PROJECT [--force]`: a new project from a drizzle migrations folder, a snapshot or
/// a live SQLite database; or, from a `drizzle.config.ts` (or a folder with `--schema PATH...`), a source-mode project
/// that keeps the team's schema source (source::ProjectAdopter). From a folder, the project points at it and its
/// baseline is the latest snapshot, so `generate` right after writes nothing. From a database, the project's `database`
/// setting points at the file; what the model cannot represent is printed as warnings.
class ImportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("new project from a drizzle config, folder, snapshot or SQLite database");
    }
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
