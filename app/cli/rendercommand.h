// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

namespace tw::cli {

/// `tablewright render PROJECT -o FILE.png|FILE.svg|FILE.pdf [--paged] [--view NAME]`: draws the project's ER
/// diagram (or only the diagram view NAME, with its own positions) to an image
/// or a vector PDF (one page the diagram's size, or with --paged A4 pages for printing) without a display, through
/// the same views::exportDiagram as the window's Export Diagram. Unlike the other subcommands it needs a
/// QApplication (main() makes one on the offscreen platform).
class RenderCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override { return QStringLiteral("draw the diagram to a PNG, SVG or PDF file"); }
    QString usage() const override
    {
        return QStringLiteral("PROJECT -o FILE.png|FILE.svg|FILE.pdf [--paged] [--view NAME]");
    }
    int run(const QStringList &arguments, CliContext &context) const override;
};

} // namespace tw::cli
