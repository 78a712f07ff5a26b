// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace tw::cli {

/// Exit codes of every subcommand (docs/cli.md; a contract scripts rely on).
enum ExitCode : int { ExitOk = 0, ExitProblem = 1, ExitUsage = 2 };

/// Where a subcommand writes: results to out, diagnostics to err. Tests pass string-backed streams.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
};

} // namespace tw::cli
