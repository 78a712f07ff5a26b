// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/procedures/proceduresgenerator.h"

#include "codegen/api/codedomain.h"
#include "codegen/api/fileheader.h"
#include "codegen/api/zodschema.h"
#include "codegen/operations/operationsgenerator.h"
#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"

#include <algorithm>
#include <optional>

namespace tw::codegen {
namespace {

using Use = ZodSchema::Use;

QString lowerFirst(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toLower() + text.mid(1);
}

bool isForeignKey(const TableApi &api, const model::Column &column)
{
    for (const model::ForeignKey &fk : api.table->foreignKeys) {
        if (fk.columns.contains(column.id))
            return true;
    }
    return false;
}

QString keySchema(const TableApi &api, const model::Column &column)
{
    return ZodSchema::forColumn(column, isForeignKey(api, column) || column.autoincrement, Use::Key);
}

QString zodObject(const QStringList &entries)
{
    if (entries.isEmpty())
        return QStringLiteral("z.object({})");
    return QStringLiteral("z.object({\n      ") + entries.join(QLatin1String(",\n      ")) +
           QStringLiteral(",\n    })");
}

QString entry(const model::Column &column, const QString &schema)
{
    return ts::propertyKey(column.effectiveTsName()) + QStringLiteral(": ") + schema;
}

enum class Builder { Public, Protected };
using Access = model::ProjectSettings::ProcedureAccess;

/// The builder of a read (@p write false) or write procedure under @p access. Procedures that need `ctx.user`
/// (owner-filled creates, "my rows") are always protected; the caller handles those.
Builder builderFor(Access access, bool write)
{
    switch (access) {
    case Access::Protected:
        return Builder::Protected;
    case Access::Public:
        return Builder::Public;
    case Access::Auto:
        break;
    }
    return write ? Builder::Protected : Builder::Public;
}

QString builderName(Builder builder)
{
    return builder == Builder::Protected ? QStringLiteral("protectedProcedure") : QStringLiteral("publicProcedure");
}

/// `{ categoryId: result.id }` for a single key, the key's columns for a composite one. With @p user the signed-in
/// user's id is added: `ctx.user.id` in a protected procedure, `ctx.user?.id ?? null` in a public one.
QString logFields(const TableApi &api, const QString &source, std::optional<Builder> user)
{
    QStringList fields;
    if (api.keyKind == TableApi::KeyKind::Single)
        fields << lowerFirst(api.entity) + QStringLiteral("Id: ") + source;
    else
        for (const model::Column *column : api.keyColumns)
            fields << ts::propertyKey(column->effectiveTsName()) + QStringLiteral(": ") +
                          ts::memberAccess(source, column->effectiveTsName());
    const bool userIdTaken = std::any_of(fields.cbegin(), fields.cend(), [](const QString &field) {
        return field.startsWith(QLatin1String("userId:"));
    });
    if (user && !userIdTaken)
        fields << (*user == Builder::Protected ? QStringLiteral("userId: ctx.user.id")
                                               : QStringLiteral("userId: ctx.user?.id ?? null"));
    return fields.isEmpty() ? QString()
                            : QStringLiteral(", { ") + fields.join(QLatin1String(", ")) + QStringLiteral(" }");
}

struct Writer
{
    const TableApi &api;
    QStringList &operations;
    QStringList &builders;
    Access access;

    QString use(Builder builder) const
    {
        const QString name = builderName(builder);
        if (!builders.contains(name))
            builders << name;
        return name;
    }

    QString create() const
    {
        QStringList entries;
        for (const model::Column &column : api.table->columns) {
            if (api.omittedFromData.contains(column.effectiveTsName()) || (api.owner && api.owner->column == &column))
                continue;
            entries << entry(column, ZodSchema::forColumn(column, isForeignKey(api, column), Use::Create));
        }
        const QString data = api.owner ? QStringLiteral("{ ...input, %1: ctx.user.id }")
                                             .arg(ts::propertyKey(api.owner->column->effectiveTsName()))
                                       : QStringLiteral("input");
        operations << api.createFunction();
        const Builder builder = api.owner ? Builder::Protected : builderFor(access, true);
        return QStringLiteral("export const create%1Procedure = %6\n"
                              "  .input(\n    %2,\n  )\n"
                              "  .mutation(async ({ input, ctx }) => {\n"
                              "    const result = await %3(%4, ctx);\n"
                              "    ctx.log.info('%1 created'%5);\n"
                              "    return result;\n"
                              "  });\n")
            .arg(api.entity, zodObject(entries), api.createFunction(), data,
                 api.keyKind == TableApi::KeyKind::Single
                     ? logFields(api,
                                 ts::memberAccess(QStringLiteral("result"), api.keyColumns.first()->effectiveTsName()),
                                 builder)
                     : logFields(api, QStringLiteral("result"), builder),
                 use(builder));
    }
    QStringList keyEntries() const
    {
        QStringList entries;
        for (const model::Column *column : api.keyColumns)
            entries << entry(*column, keySchema(api, *column));
        return entries;
    }
    /// `input.id`, or `{ productId: input.productId, tagId: input.tagId }`.
    QString keyFromInput() const
    {
        if (api.keyKind == TableApi::KeyKind::Single)
            return ts::memberAccess(QStringLiteral("input"), api.keyColumns.first()->effectiveTsName());
        QStringList fields;
        for (const model::Column *column : api.keyColumns)
            fields << ts::propertyKey(column->effectiveTsName()) + QStringLiteral(": ") +
                          ts::memberAccess(QStringLiteral("input"), column->effectiveTsName());
        return QStringLiteral("{ ") + fields.join(QLatin1String(", ")) + QStringLiteral(" }");
    }
    QString get() const
    {
        operations << api.getFunction();
        return QStringLiteral("export const get%1Procedure = %5\n"
                              "  .input(%2)\n"
                              "  .query(async ({ input, ctx }) => {\n"
                              "    return await %3(%4, ctx);\n"
                              "  });\n")
            .arg(api.entity, zodObject(keyEntries()).replace(QLatin1String("\n    "), QLatin1String("\n  ")),
                 api.getFunction(), keyFromInput(), use(builderFor(access, false)));
    }
    QString list() const
    {
        operations << api.listFunction();
        return QStringLiteral("export const get%1Procedure = %3.query(async ({ ctx }) => {\n"
                              "  return await %2(ctx);\n"
                              "});\n")
            .arg(api.plural, api.listFunction(), use(builderFor(access, false)));
    }
    QString mine() const
    {
        return QStringLiteral("export const getMy%1Procedure = %3.query(async ({ ctx }) => {\n"
                              "  return await %2(ctx.user.id, ctx);\n"
                              "});\n")
            .arg(api.plural, api.owner->functionName, use(Builder::Protected));
    }
    QString filter(const TableApi::Filter &filter) const
    {
        operations << filter.functionName;
        const QString name = OperationsGenerator::parameterName(*filter.column);
        return QStringLiteral("export const %1Procedure = %5\n"
                              "  .input(z.object({ %2: %3 }))\n"
                              "  .query(async ({ input, ctx }) => {\n"
                              "    return await %1(%4, ctx);\n"
                              "  });\n")
            .arg(filter.functionName, ts::propertyKey(name), ZodSchema::forColumn(*filter.column, true, Use::Key),
                 ts::memberAccess(QStringLiteral("input"), name), use(builderFor(access, false)));
    }
    QString destructureKey() const
    {
        QStringList names;
        for (qsizetype i = 0; i < api.keyColumns.size(); ++i)
            names << ts::propertyKey(api.keyColumns.at(i)->effectiveTsName()) + QStringLiteral(": key%1").arg(i);
        return QStringLiteral("const { ") + names.join(QLatin1String(", ")) + QStringLiteral(", ...changes } = input;");
    }
    QString keyFromLocals() const
    {
        if (api.keyKind == TableApi::KeyKind::Single)
            return QStringLiteral("key0");
        QStringList fields;
        for (qsizetype i = 0; i < api.keyColumns.size(); ++i)
            fields << ts::propertyKey(api.keyColumns.at(i)->effectiveTsName()) + QStringLiteral(": key%1").arg(i);
        return QStringLiteral("{ ") + fields.join(QLatin1String(", ")) + QStringLiteral(" }");
    }
    QString update() const
    {
        operations << api.updateFunction();
        QStringList entries = keyEntries();
        for (const model::Column *column : api.updatableColumns)
            entries << entry(*column, ZodSchema::forColumn(*column, isForeignKey(api, *column), Use::Update));
        const Builder builder = builderFor(access, true);
        return QStringLiteral("export const update%1Procedure = %7\n"
                              "  .input(\n    %2,\n  )\n"
                              "  .mutation(async ({ input, ctx }) => {\n"
                              "    %3\n"
                              "    const key = %4;\n"
                              "    const success = await %5(key, changes, ctx);\n"
                              "    if (!success) {\n"
                              "      throw new TRPCError({ code: 'NOT_FOUND', message: '%1 not found' });\n"
                              "    }\n"
                              "    ctx.log.info('%1 updated'%6);\n"
                              "    return { success: true };\n"
                              "  });\n")
            .arg(api.entity, zodObject(entries), destructureKey(), keyFromLocals(), api.updateFunction(),
                 logFields(api, QStringLiteral("key"), builder), use(builder));
    }
    QString remove() const
    {
        operations << api.deleteFunction();
        const Builder builder = builderFor(access, true);
        return QStringLiteral("export const delete%1Procedure = %6\n"
                              "  .input(%2)\n"
                              "  .mutation(async ({ input, ctx }) => {\n"
                              "    const key = %3;\n"
                              "    const success = await %4(key, ctx);\n"
                              "    if (!success) {\n"
                              "      throw new TRPCError({ code: 'NOT_FOUND', message: '%1 not found' });\n"
                              "    }\n"
                              "    ctx.log.info('%1 deleted'%5);\n"
                              "    return { success: true };\n"
                              "  });\n")
            .arg(api.entity, zodObject(keyEntries()).replace(QLatin1String("\n    "), QLatin1String("\n  ")),
                 keyFromInput(), api.deleteFunction(), logFields(api, QStringLiteral("key"), builder), use(builder));
    }
};

bool hasUpdate(const TableApi &api)
{
    return api.hasKey() && !api.updatableColumns.isEmpty();
}

} // namespace

QStringList ProceduresGenerator::procedureNames(const TableApi &api)
{
    QStringList names{QStringLiteral("create%1Procedure").arg(api.entity)};
    if (api.hasKey())
        names << QStringLiteral("get%1Procedure").arg(api.entity);
    names << QStringLiteral("get%1Procedure").arg(api.plural);
    if (api.owner)
        names << QStringLiteral("getMy%1Procedure").arg(api.plural);
    for (const TableApi::Filter &filter : api.filters)
        names << filter.functionName + QStringLiteral("Procedure");
    if (hasUpdate(api))
        names << QStringLiteral("update%1Procedure").arg(api.entity);
    if (api.hasKey())
        names << QStringLiteral("delete%1Procedure").arg(api.entity);
    return names;
}

QString ProceduresGenerator::proceduresText(const QList<TableApi> &apis, const CodeLayout &layout, const QString &path,
                                            const QString &sourceName, model::ProjectSettings::ProcedureAccess access)
{
    QStringList operations;
    QStringList builders;
    QStringList blocks;
    bool anyKey = false;
    for (const TableApi &api : apis) {
        const Writer writer{api, operations, builders, access};
        blocks << writer.create();
        if (api.hasKey())
            blocks << writer.get();
        blocks << writer.list();
        if (api.owner)
            blocks << writer.mine();
        for (const TableApi::Filter &filter : api.filters)
            blocks << writer.filter(filter);
        if (hasUpdate(api))
            blocks << writer.update();
        if (api.hasKey())
            blocks << writer.remove();
        anyKey = anyKey || api.hasKey();
    }

    TsImports imports;
    imports.add(QStringLiteral("zod"), QStringLiteral("z"));
    for (const QString &builder : std::as_const(builders))
        imports.add(CodeLayout::importPath(path, layout.authFile()), builder);
    if (anyKey)
        imports.add(QStringLiteral("@trpc/server"), QStringLiteral("TRPCError"));
    for (const QString &operation : std::as_const(operations))
        imports.add(QStringLiteral("./operations"), operation);
    return header::generated(sourceName) + imports.toString() + u'\n' + blocks.join(u'\n');
}

GeneratedFiles ProceduresGenerator::generate(const model::Project &project, const CodegenOptions &options) const
{
    const CodeLayout layout(project.settings);
    GeneratedFiles files;
    for (const CodeDomain &domain : CodeDomain::forProject(project)) {
        const QString path = layout.domainFile(domain.folder, QStringLiteral("procedures.ts"));
        files << GeneratedFile{
            path,
            proceduresText(domain.tables, layout, path, options.sourceName, project.settings.procedureAccess).toUtf8()};
    }
    return files;
}

} // namespace tw::codegen
