// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandlineinterface.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tablewright"));
    QCoreApplication::setApplicationName(QStringLiteral("Tablewright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));

    // Subcommands run headless: a QCoreApplication needs no display.
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();

    QTextStream out(stdout);
    QTextStream err(stderr);
    tw::cli::CliContext context{out, err};
    const tw::cli::CommandLineInterface cli;
    return cli.run(arguments, context);
}
