// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tw::test {

/// What one CLI invocation produced.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the CLI in-process with @p arguments (no program name).
CliRun runCli(const QStringList &arguments);
/// Runs the built `tablewright` binary with @p arguments and no display (or with @p display as DISPLAY).
CliRun runBinary(const QStringList &arguments, const QString &display = {});

} // namespace tw::test
