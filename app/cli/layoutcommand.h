// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright layout PROJECT`: arranges the diagram with the FK-aware layered auto-layout (parents above
/// children) and saves the project. Only the layout section changes; the schema is untouched.
class LayoutCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("layout"); }
    QString summary() const override { return QStringLiteral("auto-layout the diagram (parents above children)"); }
    QString usage() const override { return QStringLiteral("PROJECT"); }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
