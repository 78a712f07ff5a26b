// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright render PROJECT -o FILE.png|FILE.svg`: draws the project's ER diagram to an image without a
/// display. Unlike the other subcommands it needs a QApplication (main() makes one on the offscreen platform).
class RenderCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override { return QStringLiteral("draw the diagram to a PNG or SVG file"); }
    QString usage() const override { return QStringLiteral("PROJECT -o FILE.png|FILE.svg"); }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
