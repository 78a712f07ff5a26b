// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright diff OLD NEW`: prints exactly the bytes of the migration file that turns OLD into NEW. Each side
/// is a project, a drizzle snapshot, a drizzle migrations folder or a database. The plan, the pairing of the two
/// sides and the SQL are NextMigration::between()'s, the library function Generate's chain shares; this command only
/// reads its arguments and prints.
class DiffCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override { return QStringLiteral("print the SQL that turns OLD into NEW"); }
    QString usage() const override
    {
        return QStringLiteral("OLD NEW [--target sqlite|d1]   (each a .twproj, a snapshot .json or a folder)");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
