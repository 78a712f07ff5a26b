// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/fillcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "migrations/fill/columnfills.h"
#include "model/io/projectwriter.h"
#include "model/project/projectpaths.h"

#include <QFileInfo>

namespace tw::cli {
namespace {

/// Exactly one of --sql, --clear and --list, and a column unless listing; an error message otherwise.
QString modeError(const CliArguments &args)
{
    const int modes = int(args.has(QStringLiteral("sql"))) + int(args.has(QStringLiteral("clear"))) +
                      int(args.has(QStringLiteral("list")));
    if (modes != 1)
        return QStringLiteral("give exactly one of --sql EXPR, --clear and --list");
    if (args.has(QStringLiteral("list")) != (args.positionals().size() == 1))
        return args.has(QStringLiteral("list")) ? QStringLiteral("--list takes no TABLE.COLUMN")
                                                : QStringLiteral("missing TABLE.COLUMN");
    return {};
}

} // namespace

int FillCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = 1;
    spec.maxPositionals = 2;
    spec.valueOptions = {QStringLiteral("sql"), QStringLiteral("migrations")};
    spec.flags = {QStringLiteral("clear"), QStringLiteral("list")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (error.isEmpty())
        error = modeError(args);
    if (!error.isEmpty()) {
        context.err << "tablewright fill: " << error << "\nUsage: tablewright fill " << usage() << '\n';
        return ExitUsage;
    }
    const QString path = args.positional(0);
    auto project = loadProject(path, context);
    if (!project)
        return ExitProblem;
    if (args.has(QStringLiteral("list"))) {
        for (const QString &line : migrations::ColumnFills::describe(*project))
            context.out << line << '\n';
        return ExitOk;
    }
    const auto target = migrations::ColumnFills::resolve(*project, args.positional(1));
    if (!target) {
        context.err << path << ": " << target.error() << '\n';
        return ExitProblem;
    }
    model::Project changed;
    if (args.has(QStringLiteral("clear"))) {
        changed = migrations::ColumnFills::cleared(*project, target.value());
    } else {
        const QString folder = args.has(QStringLiteral("migrations"))
                                   ? QFileInfo(args.value(QStringLiteral("migrations"))).absoluteFilePath()
                                   : model::ProjectPaths(path, project->settings).migrationsFolder();
        auto filled = migrations::ColumnFills::set(*project, folder, target.value(), args.value(QStringLiteral("sql")));
        if (!filled) {
            context.err << path << ": " << filled.error() << '\n';
            return ExitProblem;
        }
        changed = std::move(filled).value();
    }
    if (!model::ProjectWriter::writeFile(changed, path, &error)) {
        context.err << path << ": " << error << '\n';
        return ExitProblem;
    }
    const QString subject = target.value().tableName + u'.' + target.value().columnName;
    if (args.has(QStringLiteral("clear")))
        context.out << path << ": " << subject << " has no fill\n";
    else
        context.out << path << ": " << subject << " = " << args.value(QStringLiteral("sql")) << '\n';
    return ExitOk;
}

} // namespace tw::cli
