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
#include "app/cli/fillcommand.h"
#include "app/cli/generatecommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/layoutcommand.h"
#include "app/cli/localdbcommand.h"
#include "app/cli/rollbackcommand.h"
#include "app/cli/verifycommand.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

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

// `render` needs widgets, so main() runs it outside this dispatcher; it is still a command a user can mistype.
const QString kRenderCommand = QStringLiteral("render");

// A bare lower-case word that names no file is a command, mistyped or not; a project path always has a dot or a slash.
bool looksLikeACommandWord(const QString &arg)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return word.match(arg).hasMatch() && !QFileInfo::exists(arg);
}

// Levenshtein distance: how many single-letter edits turn @p a into @p b.
qsizetype editDistance(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(static_cast<size_t>(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[static_cast<size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[static_cast<size_t>(j)];
            const qsizetype substitution = diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            row[static_cast<size_t>(j)] = std::min({above + 1, row[static_cast<size_t>(j - 1)] + 1, substitution});
            diagonal = above;
        }
    }
    return row[static_cast<size_t>(b.size())];
}

} // namespace

CommandLineInterface::CommandLineInterface()
{
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ApplyCommand>());
    m_commands.push_back(std::make_unique<RollbackCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<DriftCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<FillCommand>());
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
    return isHelpFlag(first) || isVersionFlag(first) || command(first) != nullptr || first.startsWith(u'-') ||
           looksLikeACommandWord(first);
}

QString CommandLineInterface::nearestCommand(const QString &word) const
{
    QStringList names{kRenderCommand};
    for (const auto &c : m_commands)
        names << c->name();
    // A prefix such as `gen` names the one command it starts.
    const QStringList prefixed = names.filter(QRegularExpression(u'^' + QRegularExpression::escape(word)));
    if (word.size() >= 3 && prefixed.size() == 1)
        return prefixed.first();
    QString nearest;
    qsizetype best = 0;
    for (const QString &name : names) {
        const qsizetype distance = editDistance(word, name);
        if (nearest.isEmpty() || distance < best) {
            nearest = name;
            best = distance;
        }
    }
    // Two edits are a slip; anything further is a guess nobody wants.
    return best <= 2 && best < nearest.size() / 2 + 1 ? nearest : QString();
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
        context.err << "tablewright: unknown command or option '" << arguments.first() << "'";
        if (const QString nearest = nearestCommand(arguments.first()); !nearest.isEmpty())
            context.err << "; did you mean '" << nearest << "'?";
        else
            context.err << '.';
        context.err << " Run 'tablewright --help' for the list.\n";
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
    s << "  " << kRenderCommand.leftJustified(10) << "draw the diagram to a PNG, SVG or PDF file\n";
    s << "\nOptions:\n"
         "  -h, --help     show this help (or 'tablewright --help COMMAND')\n"
         "  -v, --version  print the version\n\n"
         "Exit codes: 0 success, 1 a problem in the input, 2 wrong usage.\n";
    return text;
}

} // namespace tw::cli
