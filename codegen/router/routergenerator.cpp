// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/router/routergenerator.h"

#include "codegen/api/codedomain.h"
#include "codegen/api/codelayout.h"
#include "codegen/api/fileheader.h"
#include "codegen/api/tableapi.h"
#include "codegen/procedures/proceduresgenerator.h"
#include "codegen/typescript/tsimports.h"

namespace tw::codegen {

GeneratedFiles RouterGenerator::generate(const model::Project &project, const CodegenOptions &options) const
{
    const CodeLayout layout(project.settings);
    const QString path = layout.routerEntriesFile();
    TsImports imports;
    QString entries;
    for (const CodeDomain &domain : CodeDomain::forProject(project)) {
        const QString module =
            CodeLayout::importPath(path, layout.domainFile(domain.folder, QStringLiteral("procedures.ts")));
        for (const TableApi &api : domain.tables) {
            for (const QString &name : ProceduresGenerator::procedureNames(api)) {
                imports.add(module, name);
                entries += QStringLiteral("  ") + name.chopped(qsizetype(qstrlen("Procedure"))) + QStringLiteral(": ") +
                           name + QStringLiteral(",\n");
            }
        }
    }
    QString text = header::generated(options.sourceName) + imports.toString();
    if (!imports.isEmpty())
        text += u'\n';
    text += QStringLiteral(
                "/** Every generated procedure under the name the guide gives it: spread into the app's router. */\n"
                "export const generatedProcedures = {\n") +
            entries + QStringLiteral("};\n");
    return {GeneratedFile{path, text.toUtf8()}};
}

} // namespace tw::codegen
