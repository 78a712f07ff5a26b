// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandlineinterface.h"

#include "app/cli/applycommand.h"
#include "app/cli/checkcommand.h"
#include "app/cli/convertcommand.h"
#include "app/cli/dbcommand.h"
#include "app/cli/deploycommand.h"
#include "app/cli/diffcommand.h"
#include "app/cli/driftcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/generatecommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/layoutcommand.h"
#include "app/cli/localdbcommand.h"

namespace tw::cli {
namespace {

bool isHelpFlag(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

bool isVersionFlag(const QString &arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

} // namespace

CommandLineInterface::CommandLineInterface()
{
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ApplyCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<DriftCommand>());
    m_commands.push_back(std::make_unique<LayoutCommand>());
    m_commands.push_back(std::make_unique<ConvertCommand>());
    m_commands.push_back(std::make_unique<DbCommand>());
    m_commands.push_back(std::make_unique<DeployCommand>());
    m_commands.push_back(std::make_unique<LocalDbCommand>());
}

CommandLineInterface::~CommandLineInterface() = default;

const CliCommand *CommandLineInterface::command(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

bool CommandLineInterface::handles(const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return isHelpFlag(first) || isVersionFlag(first) || command(first) != nullptr || first.startsWith(u'-');
}

int CommandLineInterface::run(const QStringList &arguments, CliContext &context) const
{
    if (arguments.isEmpty() || isHelpFlag(arguments.first())) {
        if (arguments.size() > 1) {
            if (const CliCommand *c = command(arguments.at(1))) {
                context.out << "Usage: tablewright " << c->name() << ' ' << c->usage() << '\n';
                return ExitOk;
            }
        }
        context.out << helpText();
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    if (isVersionFlag(arguments.first())) {
        context.out << "tablewright " << TW_VERSION << '\n';
        return ExitOk;
    }
    const CliCommand *c = command(arguments.first());
    if (!c) {
        context.err << "tablewright: unknown command or option '" << arguments.first()
                    << "'; run 'tablewright --help' for the list\n";
        return ExitUsage;
    }
    return c->run(arguments.mid(1), context);
}

QString CommandLineInterface::helpText() const
{
    QString text;
    QTextStream s(&text);
    s << "Usage: tablewright [PROJECT.twproj]          open the designer\n"
         "       tablewright <command> [options]       run a command without a display\n\n"
         "Commands:\n";
    for (const auto &c : m_commands)
        s << "  " << c->name().leftJustified(10) << c->summary() << '\n';
    // RenderCommand draws with widgets, so main() runs it outside this Core-only dispatcher.
    s << "  " << QStringLiteral("render").leftJustified(10) << "draw the diagram to a PNG or SVG file\n";
    s << "\nOptions:\n"
         "  -h, --help     show this help (or 'tablewright --help COMMAND')\n"
         "  -v, --version  print the version\n\n"
         "Exit codes: 0 success, 1 a problem in the input, 2 wrong usage.\n";
    return text;
}

} // namespace tw::cli
