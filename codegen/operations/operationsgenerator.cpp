// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/operations/operationsgenerator.h"

#include "codegen/api/codedomain.h"
#include "codegen/api/fileheader.h"
#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"
#include "model/schema/naming.h"

namespace tw::codegen {
namespace {

using KeyKind = TableApi::KeyKind;

struct Writer
{
    const TableApi &api;
    TsImports &imports;

    QString keyParameter() const
    {
        if (api.keyKind == KeyKind::Single)
            return QStringLiteral("id: %1[%2]")
                .arg(api.entity, ts::stringLiteral(api.keyColumns.first()->effectiveTsName()));
        return QStringLiteral("key: ") + api.keyType();
    }
    QString keyVariable() const
    {
        return api.keyKind == KeyKind::Single ? QStringLiteral("id") : QStringLiteral("key");
    }
    QString condition() const
    {
        imports.add(QStringLiteral("drizzle-orm"), QStringLiteral("eq"));
        if (api.keyKind == KeyKind::Composite)
            imports.add(QStringLiteral("drizzle-orm"), QStringLiteral("and"));
        return api.keyCondition(keyVariable());
    }
    QString orderBy() const
    {
        if (api.createdAt) {
            imports.add(QStringLiteral("drizzle-orm"), QStringLiteral("desc"));
            return QStringLiteral(".orderBy(desc(%1))").arg(api.columnRef(*api.createdAt->column));
        }
        QStringList columns;
        for (const model::Column *column : api.keyColumns)
            columns << api.columnRef(*column);
        return columns.isEmpty() ? QString() : QStringLiteral(".orderBy(%1)").arg(columns.join(QLatin1String(", ")));
    }
    QString returningKey() const
    {
        return QStringLiteral(".returning({ key: %1 })").arg(api.columnRef(*api.keyColumns.first()));
    }
    QString withTimestamps(const QString &spread, bool creating) const
    {
        QStringList entries{QStringLiteral("...") + spread};
        if (creating && api.createdAt)
            entries << ts::propertyKey(api.createdAt->column->effectiveTsName()) + QStringLiteral(": ") +
                           api.createdAt->nowExpression;
        if (api.updatedAt)
            entries << ts::propertyKey(api.updatedAt->column->effectiveTsName()) + QStringLiteral(": ") +
                           api.updatedAt->nowExpression;
        if (entries.size() == 1)
            return spread;
        return QStringLiteral("{\n      ") + entries.join(QLatin1String(",\n      ")) + QStringLiteral(",\n    }");
    }

    QString create() const
    {
        return QStringLiteral("/** Creates one row of `%1` and returns it as stored. */\n"
                              "export async function %2(data: %3, ctx: Context): Promise<%4> {\n"
                              "  const db = database(ctx);\n"
                              "  const [row] = await db\n"
                              "    .insert(%5)\n"
                              "    .values(%6)\n"
                              "    .returning();\n"
                              "  return row;\n"
                              "}\n")
            .arg(ts::commentText(api.table->name), api.createFunction(), api.dataType(), api.entity, api.tableVar,
                 withTimestamps(QStringLiteral("data"), true));
    }
    QString get() const
    {
        return QStringLiteral("/** The row with this key, or null. */\n"
                              "export async function %1(%2, ctx: Context): Promise<%3 | null> {\n"
                              "  const db = database(ctx);\n"
                              "  const [row] = await db.select().from(%4).where(%5).limit(1);\n"
                              "  return row ?? null;\n"
                              "}\n")
            .arg(api.getFunction(), keyParameter(), api.entity, api.tableVar, condition());
    }
    QString list() const
    {
        return QStringLiteral("/** Every row of `%1`. */\n"
                              "export async function %2(ctx: Context): Promise<%3[]> {\n"
                              "  const db = database(ctx);\n"
                              "  return await db.select().from(%4)%5;\n"
                              "}\n")
            .arg(ts::commentText(api.table->name), api.listFunction(), api.entity, api.tableVar, orderBy());
    }
    QString filter(const TableApi::Filter &filter) const
    {
        imports.add(QStringLiteral("drizzle-orm"), QStringLiteral("eq"));
        const QString name = OperationsGenerator::parameterName(*filter.column);
        return QStringLiteral("/** The rows whose `%1` points at one row of `%2`. */\n"
                              "export async function %3(\n"
                              "  %4: NonNullable<%5[%6]>,\n"
                              "  ctx: Context,\n"
                              "): Promise<%5[]> {\n"
                              "  const db = database(ctx);\n"
                              "  return await db.select().from(%7).where(eq(%8, %4))%9;\n"
                              "}\n")
            .arg(ts::commentText(filter.column->name), ts::commentText(filter.target->name), filter.functionName, name,
                 api.entity, ts::stringLiteral(filter.column->effectiveTsName()), api.tableVar,
                 api.columnRef(*filter.column), orderBy());
    }
    QString update() const
    {
        QString guard;
        if (!api.updatedAt)
            guard = QStringLiteral("  if (Object.values(changes).every((value) => value === undefined)) {\n"
                                   "    return (await %1(%2, ctx)) !== null;\n"
                                   "  }\n")
                        .arg(api.getFunction(), keyVariable());
        return QStringLiteral("/** Applies the changes to one row; false when no row has this key. */\n"
                              "export async function %1(%2, changes: %3, ctx: Context): Promise<boolean> {\n"
                              "%4"
                              "  const db = database(ctx);\n"
                              "  const rows = await db\n"
                              "    .update(%5)\n"
                              "    .set(%6)\n"
                              "    .where(%7)\n"
                              "    %8;\n"
                              "  return rows.length > 0;\n"
                              "}\n")
            .arg(api.updateFunction(), keyParameter(), api.changesType(), guard, api.tableVar,
                 withTimestamps(QStringLiteral("changes"), false), condition(), returningKey());
    }
    QString remove() const
    {
        return QStringLiteral("/** Deletes one row; false when no row has this key. */\n"
                              "export async function %1(%2, ctx: Context): Promise<boolean> {\n"
                              "  const db = database(ctx);\n"
                              "  const rows = await db.delete(%3).where(%4)%5;\n"
                              "  return rows.length > 0;\n"
                              "}\n")
            .arg(api.deleteFunction(), keyParameter(), api.tableVar, condition(), returningKey());
    }
};

} // namespace

QString OperationsGenerator::parameterName(const model::Column &column)
{
    const QString name = column.effectiveTsName();
    const bool usable = model::naming::isTypeScriptIdentifier(name) && !model::naming::isTypeScriptReservedWord(name) &&
                        name != QLatin1String("ctx") && name != QLatin1String("db");
    return usable ? name : QStringLiteral("value");
}

QString OperationsGenerator::operationsText(const QList<TableApi> &apis, const CodeLayout &layout, const QString &path,
                                            const QString &sourceName)
{
    TsImports imports;
    QStringList blocks;
    for (const TableApi &api : apis) {
        const Writer writer{api, imports};
        blocks << writer.create();
        QStringList types{api.dataType(), api.entity};
        if (api.hasKey())
            blocks << writer.get();
        blocks << writer.list();
        for (const TableApi::Filter &filter : api.filters)
            blocks << writer.filter(filter);
        if (api.hasKey() && !api.updatableColumns.isEmpty()) {
            blocks << writer.update();
            types << api.changesType();
        }
        if (api.hasKey())
            blocks << writer.remove();
        if (api.keyKind == KeyKind::Composite)
            types << api.keyType();
        imports.add(CodeLayout::importPath(path, layout.schemaFile()), api.tableVar);
        for (const QString &type : std::as_const(types))
            imports.addType(QStringLiteral("./types"), type);
    }
    imports.add(CodeLayout::importPath(path, layout.databaseFile()), QStringLiteral("database"));
    imports.addType(CodeLayout::importPath(path, layout.trpcFile()), QStringLiteral("Context"));
    return header::generated(sourceName) + imports.toString() + u'\n' + blocks.join(u'\n');
}

GeneratedFiles OperationsGenerator::generate(const model::Project &project, const CodegenOptions &options) const
{
    const CodeLayout layout(project.settings);
    GeneratedFiles files;
    for (const CodeDomain &domain : CodeDomain::forProject(project)) {
        const QString path = layout.domainFile(domain.folder, QStringLiteral("operations.ts"));
        files << GeneratedFile{path, operationsText(domain.tables, layout, path, options.sourceName).toUtf8()};
    }
    return files;
}

} // namespace tw::codegen
