// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace tw::cli {

/// Dispatches `tablewright <subcommand> ...` to its CliCommand; handles `--help` and `--version`.
class CommandLineInterface
{
public:
    CommandLineInterface();
    ~CommandLineInterface();

    /// Whether @p arguments (without the program name) ask for a headless subcommand or `--help`/`--version`,
    /// rather than the GUI (no arguments, or a project file to open). A bare word that names no file counts as a
    /// (mistyped) command: `tablewright verfy x.twproj` is a usage error, never a window opening "verfy".
    bool handles(const QStringList &arguments) const;
    /// Runs the subcommand named by the first argument; returns the process exit code.
    int run(const QStringList &arguments, CliContext &context) const;

    QString helpText() const;
    /// The command @p word is most likely a slip for (`chekc` -> `check`), or empty when none is close.
    QString nearestCommand(const QString &word) const;

private:
    const CliCommand *command(const QString &name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace tw::cli
