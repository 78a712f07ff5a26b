// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirunner.h"

#include "app/cli/commandlineinterface.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

namespace tw::test {

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliContext context{out, err};
    run.exitCode = cli::CommandLineInterface().run(arguments, context);
    out.flush();
    err.flush();
    return run;
}

CliRun runBinary(const QStringList &arguments, const QString &display)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TW_BINARY), arguments);
    CliRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace tw::test
