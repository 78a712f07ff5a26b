// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicontext.h"

#include <QString>
#include <QStringList>

namespace tw::cli {

/// One headless subcommand of `tablewright` (`check`, `generate`, ...).
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    /// One line for `tablewright --help`.
    virtual QString summary() const = 0;
    /// The usage line(s) after `tablewright <name>`, e.g. `PROJECT`.
    virtual QString usage() const = 0;
    /// Runs with the arguments after the subcommand name; returns an ExitCode.
    virtual int run(const QStringList &arguments, CliContext &context) const = 0;
};

} // namespace tw::cli
