// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/tests/testsgenerator.h"

#include "codegen/api/codedomain.h"
#include "codegen/api/fileheader.h"
#include "codegen/tests/samplerows.h"
#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"

namespace tw::codegen {
namespace {

QString keyOf(const TableApi &api, const QString &row)
{
    if (api.keyKind == TableApi::KeyKind::Single)
        return ts::memberAccess(row, api.keyColumns.first()->effectiveTsName());
    QStringList fields;
    for (const model::Column *column : api.keyColumns)
        fields << ts::propertyKey(column->effectiveTsName()) + QStringLiteral(": ") +
                      ts::memberAccess(row, column->effectiveTsName());
    return QStringLiteral("{ ") + fields.join(QLatin1String(", ")) + QStringLiteral(" }");
}

struct Writer
{
    const TableApi &api;
    QStringList &operations;
    QString sample; ///< `sampleData`, or `sample<Entity>Data` in a domain of several tables

    /// @p text with its SAMPLE placeholders naming the sample function (before any argument is filled in).
    QString tpl(QString text) const { return text.replace(QLatin1String("SAMPLE"), sample); }

    QString create() const
    {
        if (!api.hasKey()) {
            operations << api.createFunction() << api.listFunction();
            return tpl(QStringLiteral("  it('creates a row and lists it', async () => {\n"
                                      "    const created = await %1(await SAMPLE(db), ctx);\n"
                                      "    expect(await %2(ctx)).toEqual([created]);\n"
                                      "  });\n"))
                .arg(api.createFunction(), api.listFunction());
        }
        operations << api.createFunction() << api.getFunction();
        return tpl(QStringLiteral("  it('creates a row and reads it back', async () => {\n"
                                  "    const created = await %1(await SAMPLE(db), ctx);\n"
                                  "    expect(await %2(%3, ctx)).toEqual(created);\n"
                                  "  });\n"))
            .arg(api.createFunction(), api.getFunction(), keyOf(api, QStringLiteral("created")));
    }
    QString list() const
    {
        operations << api.listFunction();
        return tpl(QStringLiteral("  it('lists every row', async () => {\n"
                                  "    await %1(await SAMPLE(db), ctx);\n"
                                  "    await %1(await SAMPLE(db), ctx);\n"
                                  "    expect(await %2(ctx)).toHaveLength(2);\n"
                                  "  });\n"))
            .arg(api.createFunction(), api.listFunction());
    }
    QString filter(const TableApi::Filter &filter) const
    {
        operations << filter.functionName;
        return tpl(QStringLiteral("  it(%1, async () => {\n"
                                  "    const created = await %2(await SAMPLE(db), ctx);\n"
                                  "    await %2(await SAMPLE(db), ctx);\n"
                                  "    expect(await %3(%4, ctx)).toEqual([created]);\n"
                                  "  });\n"))
            .arg(ts::stringLiteral(
                     QStringLiteral("lists the rows of one %1 by %2").arg(filter.target->name, filter.column->name)),
                 api.createFunction(), filter.functionName,
                 ts::memberAccess(QStringLiteral("created"), filter.column->effectiveTsName()));
    }
    QString update() const
    {
        operations << api.updateFunction() << api.deleteFunction();
        QString changes = QStringLiteral("{}");
        QString check;
        for (const model::Column *column : api.updatableColumns) {
            const QString value = SampleRows::changedValue(*column);
            bool isFk = false;
            for (const model::ForeignKey &fk : api.table->foreignKeys)
                isFk = isFk || fk.columns.contains(column->id);
            if (value.isEmpty() || isFk)
                continue;
            changes = QStringLiteral("{ %1: %2 }").arg(ts::propertyKey(column->effectiveTsName()), value);
            const QString access = ts::memberAccess(QStringLiteral("row"), column->effectiveTsName()).mid(3);
            check = QStringLiteral("    expect((await %1(%2, ctx))?%3).toEqual(%4);\n")
                        .arg(api.getFunction(), keyOf(api, QStringLiteral("created")),
                             access.startsWith(u'.') ? access : u'.' + access, value);
            break;
        }
        return tpl(QStringLiteral("  it('updates a row and reports a missing one', async () => {\n"
                                  "    const created = await %1(await SAMPLE(db), ctx);\n"
                                  "    expect(await %2(%3, %4, ctx)).toBe(true);\n"
                                  "%5"
                                  "    await %6(%3, ctx);\n"
                                  "    expect(await %2(%3, %4, ctx)).toBe(false);\n"
                                  "  });\n"))
            .arg(api.createFunction(), api.updateFunction(), keyOf(api, QStringLiteral("created")), changes, check,
                 api.deleteFunction());
    }
    QString remove() const
    {
        operations << api.deleteFunction() << api.getFunction();
        return tpl(QStringLiteral("  it('deletes a row once', async () => {\n"
                                  "    const created = await %1(await SAMPLE(db), ctx);\n"
                                  "    expect(await %2(%3, ctx)).toBe(true);\n"
                                  "    expect(await %4(%3, ctx)).toBeNull();\n"
                                  "    expect(await %2(%3, ctx)).toBe(false);\n"
                                  "  });\n"))
            .arg(api.createFunction(), api.deleteFunction(), keyOf(api, QStringLiteral("created")), api.getFunction());
    }
};

bool isRequired(const TableApi::Filter &filter)
{
    return filter.column->notNull;
}

/// A key of @p api that no row has, as the by-key operations take it; empty when a key column has no such literal.
QString missingKey(const TableApi &api)
{
    QStringList fields;
    for (const model::Column *column : api.keyColumns) {
        const QString value = SampleRows::changedValue(*column);
        if (value.isEmpty())
            return {};
        fields << ts::propertyKey(column->effectiveTsName()) + QStringLiteral(": ") + value;
    }
    if (api.keyKind == TableApi::KeyKind::Single)
        return SampleRows::changedValue(*api.keyColumns.first());
    return QStringLiteral("{ ") + fields.join(QLatin1String(", ")) + QStringLiteral(" }");
}

/// The tests of a table whose rows cannot be built: what its operations do while it is empty.
QStringList emptyTableTests(const TableApi &api, QStringList &operations)
{
    operations << api.listFunction();
    QStringList tests{QStringLiteral("  it('lists no rows while the table is empty', async () => {\n"
                                     "    expect(await %1(ctx)).toEqual([]);\n"
                                     "  });\n")
                          .arg(api.listFunction())};
    for (const TableApi::Filter &filter : api.filters) {
        const QString value = SampleRows::changedValue(*filter.column);
        if (value.isEmpty())
            continue;
        operations << filter.functionName;
        tests << QStringLiteral("  it(%1, async () => {\n"
                                "    expect(await %2(%3, ctx)).toEqual([]);\n"
                                "  });\n")
                     .arg(ts::stringLiteral(
                              QStringLiteral("finds no rows by %1 while the table is empty").arg(filter.column->name)),
                          filter.functionName, value);
    }
    const QString key = api.hasKey() ? missingKey(api) : QString();
    if (key.isEmpty())
        return tests;
    operations << api.getFunction() << api.deleteFunction();
    QString update;
    if (!api.updatableColumns.isEmpty()) {
        operations << api.updateFunction();
        update = QStringLiteral("    expect(await %1(%2, {}, ctx)).toBe(false);\n").arg(api.updateFunction(), key);
    }
    tests << QStringLiteral("  it('reports a missing row', async () => {\n"
                            "    expect(await %1(%2, ctx)).toBeNull();\n"
                            "%3"
                            "    expect(await %4(%2, ctx)).toBe(false);\n"
                            "  });\n")
                 .arg(api.getFunction(), key, update, api.deleteFunction());
    return tests;
}

} // namespace

std::optional<QString> TestsGenerator::testsText(const QList<TableApi> &allApis, const QList<TableApi> &apis,
                                                 const CodeLayout &layout, const QString &path,
                                                 const QString &sourceName)
{
    SampleRows samples(allApis);
    TsImports imports;
    QStringList operations;
    QString functions;
    QString suites;
    for (const TableApi &api : apis) {
        const auto sample = samples.rowBuilder(api, true);
        QStringList tests;
        if (sample) {
            const QString sampleName =
                apis.size() == 1 ? QStringLiteral("sampleData") : QStringLiteral("sample") + api.dataType();
            const Writer writer{api, operations, sampleName};
            tests << writer.create() << writer.list();
            for (const TableApi::Filter &filter : api.filters) {
                if (isRequired(filter))
                    tests << writer.filter(filter);
            }
            if (api.hasKey() && !api.updatableColumns.isEmpty())
                tests << writer.update();
            if (api.hasKey())
                tests << writer.remove();
            imports.addType(QStringLiteral("../types"), api.dataType());
            const QString ofTable =
                apis.size() == 1 ? QString() : QStringLiteral(" of `%1`").arg(ts::commentText(api.table->name));
            functions +=
                QStringLiteral("\n/** Valid data for one new row%1, its parents created first. */\n").arg(ofTable);
            functions +=
                QStringLiteral("async function %1(db: Database): Promise<%2> {\n").arg(sampleName, api.dataType()) +
                *sample + QStringLiteral("}\n");
        } else {
            tests = emptyTableTests(api, operations);
            suites +=
                QStringLiteral("\n/** No row of `%1` can be built from sample values: %2. So only what its operations "
                               "do on an empty table is tested. */")
                    .arg(ts::commentText(api.table->name), ts::commentText(samples.failure()));
        }
        suites += QStringLiteral("\ndescribe(%1, () => {\n"
                                 "  let db: Database;\n"
                                 "  let ctx: Context;\n"
                                 "\n"
                                 "  beforeEach(async () => {\n"
                                 "    db = await createTestDatabase();\n"
                                 "    ctx = {\n"
                                 "      db,\n"
                                 "      user: { id: 1, email: 'test@example.com' },\n"
                                 "      log: { info: vi.fn(), error: vi.fn(), warn: vi.fn(), debug: vi.fn() },\n"
                                 "    } as unknown as Context;\n"
                                 "  });\n")
                      .arg(ts::stringLiteral(api.entity + QStringLiteral(" operations")));
        for (const QString &test : std::as_const(tests))
            suites += u'\n' + test;
        suites += QStringLiteral("});\n");
    }
    if (suites.isEmpty())
        return std::nullopt;

    imports.add(QStringLiteral("vitest"), QStringLiteral("beforeEach"));
    imports.add(QStringLiteral("vitest"), QStringLiteral("describe"));
    imports.add(QStringLiteral("vitest"), QStringLiteral("expect"));
    imports.add(QStringLiteral("vitest"), QStringLiteral("it"));
    imports.add(QStringLiteral("vitest"), QStringLiteral("vi"));
    imports.addType(CodeLayout::importPath(path, layout.databaseFile()), QStringLiteral("Database"));
    imports.add(CodeLayout::importPath(path, layout.testDatabaseFile()), QStringLiteral("createTestDatabase"));
    imports.addType(CodeLayout::importPath(path, layout.trpcFile()), QStringLiteral("Context"));
    for (const QString &table : samples.helperTables())
        imports.add(CodeLayout::importPath(path, layout.schemaFile()), table);
    for (const QString &operation : std::as_const(operations))
        imports.add(QStringLiteral("../operations"), operation);

    QString out = header::generated(sourceName) + imports.toString();
    if ((functions + samples.helpers().join(QString())).contains(QLatin1String(" = next();")))
        out += QStringLiteral(
            "\nlet counter = 0;\n\n/** A new number for each sample row, so unique columns stay unique. */\n"
            "function next(): number {\n  counter += 1;\n  return counter;\n}\n");
    for (const QString &helper : samples.helpers())
        out += u'\n' + helper;
    return out + functions + suites;
}

GeneratedFiles TestsGenerator::generate(const model::Project &project, const CodegenOptions &options) const
{
    const CodeLayout layout(project.settings);
    QList<TableApi> apis;
    const QList<CodeDomain> domains = CodeDomain::forProject(project, &apis);
    GeneratedFiles files;
    for (const CodeDomain &domain : domains) {
        const QString path = layout.domainFile(domain.folder, QStringLiteral("__tests__/operations.test.ts"));
        if (const auto text = testsText(apis, domain.tables, layout, path, options.sourceName))
            files << GeneratedFile{path, text->toUtf8()};
    }
    return files;
}

} // namespace tw::codegen
