// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright import SOURCE -o PROJECT [--force]`: a new project from a drizzle migrations folder or snapshot.
/// From a folder, the project points at it and its baseline is the latest snapshot, so `generate` right after
/// writes nothing.
class ImportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("new project from a drizzle migrations folder or snapshot"); }
    QString usage() const override { return QStringLiteral("SOURCE -o PROJECT [--force]"); }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
