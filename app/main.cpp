// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appsettings.h"
#include "app/cli/commandlineinterface.h"
#include "app/cli/rendercommand.h"
#include "app/commandlinefiles.h"
#include "app/mainwindow.h"
#include "app/theme.h"
#include "views/common/icons.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace {

// Subcommands, --help and --version run headless: a QCoreApplication needs no display.
int runCommandLine(int argc, char *argv[], const tw::cli::CommandLineInterface &cli)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    tw::cli::CliContext context{out, err};
    return cli.run(arguments, context);
}

// `render` draws with widgets, so it needs a QApplication; the offscreen platform keeps it display-free.
int runRender(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(2);
    QTextStream out(stdout);
    QTextStream err(stderr);
    tw::cli::CliContext context{out, err};
    return tw::cli::RenderCommand().run(arguments, context);
}

const char kNoDisplayHint[] = "Run a command instead ('tablewright --help' lists them), or start the designer in a "
                              "graphical session.\n";

// Qt's platform plugin ends a process that cannot reach its display with qFatal, i.e. abort and a core dump. While the
// designer's QApplication is being made, a fatal message becomes a plain explanation and exit code 1 instead.
QtMessageHandler g_defaultMessageHandler = nullptr;

void explainMissingDisplay(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        g_defaultMessageHandler(type, context, message);
        return;
    }
    // Qt's text goes on to suggest reinstalling, which never helps here: keep its first sentence and the display.
    const QString firstSentence = message.section(QStringLiteral(". "), 0, 0);
    std::fprintf(stderr, "tablewright: cannot open the designer's window on display '%s': %s.\n%s",
                 qgetenv("DISPLAY").constData(), qPrintable(firstSentence), kNoDisplayHint);
    std::fflush(stderr);
    std::_Exit(1);
}

// Without DISPLAY, WAYLAND_DISPLAY or an explicit QT_QPA_PLATFORM there is nothing to draw on: say so before Qt aborts.
bool hasNoDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

int runDesigner(int argc, char *argv[])
{
    if (hasNoDisplay()) {
        std::fprintf(stderr, "tablewright: no display to open the designer on (DISPLAY is not set).\n%s",
                     kNoDisplayHint);
        return 1;
    }
    g_defaultMessageHandler = qInstallMessageHandler(explainMissingDisplay);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_defaultMessageHandler);
    QApplication::setWindowIcon(tw::views::icons::icon(QStringLiteral("tablewright")));
    QApplication::setApplicationDisplayName(QStringLiteral("Tablewright"));
    const tw::app::AppSettings::Theme theme = tw::app::AppSettings().theme();
    if (theme != tw::app::AppSettings::Theme::System)
        tw::app::applyTheme(theme);

    tw::app::MainWindow window;
    window.show();
    // QApplication has taken its own options (-style, ...) out of arguments(); what is left is the project.
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!arguments.isEmpty())
        window.openFile(arguments.first());
    if (const QString ignored = tw::app::ignoredArguments(arguments); !ignored.isEmpty()) {
        QTextStream(stderr) << "tablewright: " << ignored << '\n';
        window.statusBar()->showMessage(ignored);
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tablewright"));
    QCoreApplication::setApplicationName(QStringLiteral("Tablewright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));

    // Decide before any application object exists: a QApplication would need a display even for --version.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("render"))
        return runRender(argc, argv);
    const tw::cli::CommandLineInterface cli;
    if (cli.handles(arguments))
        return runCommandLine(argc, argv, cli);
    return runDesigner(argc, argv);
}
