// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/types/typesgenerator.h"

#include "codegen/api/codedomain.h"
#include "codegen/api/codelayout.h"
#include "codegen/api/fileheader.h"
#include "codegen/typescript/tsliteral.h"

namespace tw::codegen {
namespace {

QString unionOf(const QStringList &names)
{
    QStringList literals;
    for (const QString &name : names)
        literals << ts::stringLiteral(name);
    return literals.join(QLatin1String(" | "));
}

QStringList keyNames(const TableApi &api)
{
    QStringList names;
    for (const model::Column *column : api.keyColumns)
        names << column->effectiveTsName();
    return names;
}

/// The types of one table, from its doc comment on (no imports).
QString tableTypes(const TableApi &api)
{
    QString out;
    out += QStringLiteral("/** A row of `%1` as drizzle reads it. */\n").arg(ts::commentText(api.table->name));
    out += QStringLiteral("export type %1 = InferSelectModel<typeof %2>;\n").arg(api.entity, api.tableVar);
    out += QStringLiteral("export type %1 = InferInsertModel<typeof %2>;\n").arg(api.insertType(), api.tableVar);
    out +=
        QStringLiteral("\n/** What a caller supplies to create one; keys and timestamps the database or the operations "
                       "fill are left out. */\n");
    if (api.omittedFromData.isEmpty())
        out += QStringLiteral("export type %1 = %2;\n").arg(api.dataType(), api.insertType());
    else
        out += QStringLiteral("export type %1 = Omit<%2, %3>;\n")
                   .arg(api.dataType(), api.insertType(), unionOf(api.omittedFromData));
    if (api.keyKind == TableApi::KeyKind::Composite) {
        out += QStringLiteral("\n/** The primary key that identifies one row. */\n");
        out +=
            QStringLiteral("export type %1 = Pick<%2, %3>;\n").arg(api.keyType(), api.entity, unionOf(keyNames(api)));
    }
    if (api.hasKey() && !api.updatableColumns.isEmpty()) {
        QStringList fixed = keyNames(api);
        for (const QString &name : api.omittedFromData)
            fixed.removeAll(name);
        out += QStringLiteral("\n/** The columns an update may change. */\n");
        out += fixed.isEmpty()
                   ? QStringLiteral("export type %1 = Partial<%2>;\n").arg(api.changesType(), api.dataType())
                   : QStringLiteral("export type %1 = Partial<Omit<%2, %3>>;\n")
                         .arg(api.changesType(), api.dataType(), unionOf(fixed));
    }
    return out;
}

} // namespace

QString TypesGenerator::typesText(const QList<TableApi> &apis, const QString &schemaImport, const QString &sourceName)
{
    QString out = header::generated(sourceName);
    QStringList tableVars;
    for (const TableApi &api : apis)
        tableVars << api.tableVar;
    out += QStringLiteral("import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';\n");
    out += QStringLiteral("import type { %1 } from %2;\n")
               .arg(tableVars.join(QLatin1String(", ")), ts::stringLiteral(schemaImport));
    for (const TableApi &api : apis)
        out += u'\n' + tableTypes(api);
    return out;
}

GeneratedFiles TypesGenerator::generate(const model::Project &project, const CodegenOptions &options) const
{
    const CodeLayout layout(project.settings);
    GeneratedFiles files;
    for (const CodeDomain &domain : CodeDomain::forProject(project)) {
        const QString path = layout.domainFile(domain.folder, QStringLiteral("types.ts"));
        files << GeneratedFile{
            path,
            typesText(domain.tables, CodeLayout::importPath(path, layout.schemaFile()), options.sourceName).toUtf8()};
    }
    return files;
}

} // namespace tw::codegen
