// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright export PROJECT [--out DIR] [--only ID[,ID...]] [--force]`: writes the generated TypeScript. Files
/// edited since the last export, or not written by Tablewright, are kept unless --force is given (exit 1 then).
class ExportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("write the TypeScript code (schema.ts, ...)"); }
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
