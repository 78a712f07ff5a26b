// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/layoutcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "model/io/projectwriter.h"
#include "model/layout/autolayout.h"

namespace tw::cli {

int LayoutCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (!error.isEmpty()) {
        context.err << "tablewright layout: " << error << "\nUsage: tablewright layout " << usage() << '\n';
        return ExitUsage;
    }
    const QString path = args.positional(0);
    auto project = loadProject(path, context);
    if (!project)
        return ExitProblem;
    // Cards keep their stored widths; the rest of each size is the font-free estimate the CLI can make.
    QMap<model::Id, QSizeF> sizes;
    for (const model::Table &table : project->schema.tables) {
        QSizeF size = model::estimatedCardSize(table);
        if (const auto it = project->layout.items.constFind(table.id);
            it != project->layout.items.cend() && it->width > 0)
            size.setWidth(it->width);
        sizes.insert(table.id, size);
    }
    const QMap<model::Id, QPointF> positions = model::autoLayout(project->schema, sizes);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        project->layout.items[it.key()].position = it.value();
    if (!model::ProjectWriter::writeFile(*project, path, &error)) {
        context.err << path << ": " << error << '\n';
        return ExitProblem;
    }
    context.out << path << ": laid out " << positions.size() << " cards\n";
    return ExitOk;
}

} // namespace tw::cli
