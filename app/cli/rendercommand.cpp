// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/rendercommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "model/document/schemadocument.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"

#include <QFileInfo>

namespace tw::cli {
namespace {

// Shows the diagram view named @p name (as its tab says); otherwise names the views there are.
bool showView(const QString &name, model::SchemaDocument *document, CliContext &context)
{
    QStringList names;
    const auto &subDiagrams = document->layout().subDiagrams;
    for (auto it = subDiagrams.cbegin(); it != subDiagrams.cend(); ++it) {
        if (it->name == name) {
            document->setActiveDiagram(it.key());
            return true;
        }
        names << QLatin1Char('"') + it->name + QLatin1Char('"');
    }
    names.sort(Qt::CaseInsensitive);
    context.err << document->filePath() << ": no diagram view is named \"" << name << "\"; "
                << (names.isEmpty() ? QStringLiteral("the project has no diagram views")
                                    : QStringLiteral("its views: ") + names.join(QStringLiteral(", ")))
                << '\n';
    return false;
}

} // namespace

int RenderCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = spec.maxPositionals = 1;
    spec.valueOptions = {QStringLiteral("o"), QStringLiteral("view")};
    spec.flags = {QStringLiteral("paged")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    if (error.isEmpty() && !args.has(QStringLiteral("o")))
        error = QStringLiteral("missing -o FILE (the image to write)");
    const QString output = args.value(QStringLiteral("o"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf");
    if (error.isEmpty() && suffix != QLatin1String("png") && suffix != QLatin1String("svg") && !pdf)
        error = QStringLiteral("'%1': the image must end in .png, .svg or .pdf").arg(output);
    const bool paged = args.has(QStringLiteral("paged"));
    if (error.isEmpty() && paged && !pdf)
        error = QStringLiteral("--paged is for PDF output (-o FILE.pdf)");
    if (!error.isEmpty()) {
        context.err << "tablewright render: " << error << "\nUsage: tablewright render " << usage() << '\n';
        return ExitUsage;
    }
    const QString path = args.positional(0);
    auto project = loadProject(path, context);
    if (!project)
        return ExitProblem;
    if (project->schema.tables.isEmpty()) {
        context.err << path << ": the project has no tables: there is no diagram to draw\n";
        return ExitProblem;
    }
    model::SchemaDocument document(std::move(*project));
    document.setFilePath(path); // the PDF's title
    if (args.has(QStringLiteral("view")) && !showView(args.value(QStringLiteral("view")), &document, context))
        return ExitProblem;
    views::DiagramView view(&document);
    view.resize(1280, 800);
    if (!view.renderToImage(output, paged ? views::PdfLayout::A4Pages : views::PdfLayout::OnePage)) {
        context.err << output << ": could not write the image (check that the folder exists and is writable)\n";
        return ExitProblem;
    }
    context.out << output << ": drew " << view.diagramScene()->cards().size() << " tables\n";
    return ExitOk;
}

} // namespace tw::cli
