// SPDX-License-Identifier: GPL-3.0-or-later
// The behaviour behind the goldens: names, keys, owner filters, zod inputs, starters and safe re-export.
#include "codegen/api/codelayout.h"
#include "codegen/api/tableapi.h"
#include "codegen/api/zodschema.h"
#include "codegen/operations/operationsgenerator.h"
#include "codegen/output/exportwriter.h"
#include "codegen/procedures/proceduresgenerator.h"
#include "codegen/support/supportgenerator.h"
#include "codegen/tests/testsgenerator.h"
#include "tests/codegen/schemabuilder.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tw;
using codegen::TableApi;

namespace {

model::Project projectOf(const model::Schema &schema)
{
    model::Project project;
    project.schema = schema;
    return project;
}

QString fileText(const codegen::GeneratedFiles &files, const QString &path)
{
    for (const codegen::GeneratedFile &file : files) {
        if (file.path == path)
            return QString::fromUtf8(file.content);
    }
    ADD_FAILURE() << "no generated file " << path.toStdString();
    return {};
}

/// Procedure name -> builder (`publicProcedure` / `protectedProcedure`) for every procedures.ts under @p access,
/// and whether a public procedure's body reads `ctx.user.id` (which would not typecheck).
QMap<QString, QString> buildersUnder(model::ProjectSettings::ProcedureAccess access, QStringList *nullableUserReads)
{
    model::Project project = projectOf(test::guideSchema());
    project.settings.procedureAccess = access;
    QMap<QString, QString> builders;
    static const QRegularExpression start(QStringLiteral("^export const (\\w+) = (\\w+)"),
                                          QRegularExpression::MultilineOption);
    for (const codegen::GeneratedFile &file : codegen::ProceduresGenerator().generate(project, {QStringLiteral("p")})) {
        const QString text = QString::fromUtf8(file.content);
        QRegularExpressionMatchIterator it = start.globalMatch(text);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches << it.next();
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const QRegularExpressionMatch &m = matches.at(i);
            builders.insert(m.captured(1), m.captured(2));
            const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : text.size();
            const QString body = text.mid(m.capturedStart(), end - m.capturedStart());
            if (m.captured(2) == QLatin1String("publicProcedure") && body.contains(QLatin1String("ctx.user.id")))
                *nullableUserReads << m.captured(1);
        }
        // Only the builders a file uses are imported (an unused import fails a strict typecheck).
        for (const QString &builder : {QStringLiteral("publicProcedure"), QStringLiteral("protectedProcedure")})
            EXPECT_EQ(text.count(builder) > 1, text.contains(QStringLiteral(" = ") + builder))
                << file.path.toStdString();
    }
    return builders;
}

} // namespace

TEST(TableApi, NamesFollowTheGuide)
{
    const model::Schema schema = test::guideSchema();
    const QList<TableApi> apis = TableApi::forSchema(schema);
    ASSERT_EQ(apis.size(), 5);
    EXPECT_EQ(apis[1].entity, QStringLiteral("Category"));
    EXPECT_EQ(apis[1].plural, QStringLiteral("Categories"));
    EXPECT_EQ(apis[1].domain, QStringLiteral("category"));
    EXPECT_EQ(apis[4].entity, QStringLiteral("ProductTag"));
    EXPECT_EQ(apis[4].domain, QStringLiteral("product-tag"));
    EXPECT_EQ(apis[4].keyKind, TableApi::KeyKind::Composite);
    EXPECT_EQ(TableApi::pluralOf(QStringLiteral("order")), QStringLiteral("orders"));
}

TEST(TableApi, AForeignKeyToUsersIsTheOwnerAndTimestampsAreMaintained)
{
    const model::Schema schema = test::guideSchema();
    const TableApi category = TableApi::forSchema(schema)[1];
    ASSERT_TRUE(category.owner);
    EXPECT_EQ(category.owner->column->name, QStringLiteral("created_by_user_id"));
    EXPECT_EQ(category.owner->functionName, QStringLiteral("getCategoriesByCreatedByUserId"));
    ASSERT_TRUE(category.createdAt && category.updatedAt);
    EXPECT_EQ(category.updatedAt->nowExpression, QStringLiteral("new Date()"));
    EXPECT_EQ(category.omittedFromData,
              (QStringList{QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")}));
}

TEST(TableApi, DomainsAndEntitiesStayUniqueWhenTwoTablesSingularizeAlike)
{
    model::Schema schema = test::guideSchema();
    model::Table tag = schema.tables[3];
    tag.id = model::Id(QStringLiteral("t.tag"));
    tag.name = QStringLiteral("tag");
    schema.tables << tag;
    const QList<TableApi> apis = TableApi::forSchema(schema);
    EXPECT_EQ(apis[3].domain, QStringLiteral("tag"));
    EXPECT_NE(apis[5].domain, apis[3].domain);
    EXPECT_NE(apis[5].entity, apis[3].entity);
}

TEST(OperationsGenerator, CompositeKeysTakeAKeyObjectAndKeylessTablesGetNoByKeyOperations)
{
    const auto files = codegen::OperationsGenerator().generate(projectOf(test::awkwardSchema()), {QStringLiteral("p")});
    const QString line = fileText(files, QStringLiteral("src/lib/line/operations.ts"));
    EXPECT_TRUE(line.contains(QStringLiteral("export async function getLine(key: LineKey, ctx: Context)")));
    EXPECT_TRUE(line.contains(QStringLiteral("and(eq(line.orderId, key.orderId), eq(line.lineNo, key.lineNo))")));
    const QString events = fileText(files, QStringLiteral("src/lib/event-log/operations.ts"));
    EXPECT_TRUE(events.contains(QStringLiteral("export async function createEventLog(")));
    EXPECT_TRUE(events.contains(QStringLiteral("export async function getEventLogsByOrderId(")));
    EXPECT_FALSE(events.contains(QStringLiteral("function getEventLog(")));
    EXPECT_FALSE(events.contains(QStringLiteral("function updateEventLog(")));
    EXPECT_FALSE(events.contains(QStringLiteral("function deleteEventLog(")));
}

TEST(OperationsGenerator, UpdateReportsWhetherARowChangedAndMaintainsUpdatedAt)
{
    const auto files = codegen::OperationsGenerator().generate(projectOf(test::guideSchema()), {QStringLiteral("p")});
    const QString text = fileText(files, QStringLiteral("src/lib/category/operations.ts"));
    EXPECT_TRUE(text.contains(QStringLiteral("      updatedAt: new Date(),\n")));
    EXPECT_TRUE(text.contains(QStringLiteral(".returning({ key: categories.id });\n  return rows.length > 0;")));
    const auto awkward =
        codegen::OperationsGenerator().generate(projectOf(test::awkwardSchema()), {QStringLiteral("p")});
    EXPECT_TRUE(fileText(awkward, QStringLiteral("src/lib/setting/operations.ts"))
                    .contains(QStringLiteral("updatedAt: new Date().toISOString(),")));
}

TEST(ProceduresGenerator, OwnerComesFromTheSignedInUserNotFromTheInput)
{
    const auto files = codegen::ProceduresGenerator().generate(projectOf(test::guideSchema()), {QStringLiteral("p")});
    const QString text = fileText(files, QStringLiteral("src/lib/category/procedures.ts"));
    EXPECT_TRUE(text.contains(QStringLiteral("createCategory({ ...input, createdByUserId: ctx.user.id }, ctx)")));
    EXPECT_TRUE(text.contains(QStringLiteral("export const getMyCategoriesProcedure = protectedProcedure")));
    const qsizetype createInput = text.indexOf(QStringLiteral("export const createCategoryProcedure"));
    const qsizetype nextProcedure = text.indexOf(QStringLiteral("export const getCategoryProcedure"));
    EXPECT_FALSE(text.mid(createInput, nextProcedure - createInput).contains(QStringLiteral("createdByUserId: z.")));
    EXPECT_TRUE(text.contains(QStringLiteral("export const getCategoriesProcedure = publicProcedure")));
}

TEST(ProceduresGenerator, ProcedureAccessProtectedMakesEveryProcedureProtected)
{
    QStringList userReads;
    const auto builders = buildersUnder(model::ProjectSettings::ProcedureAccess::Protected, &userReads);
    ASSERT_GT(builders.size(), 10);
    for (auto it = builders.cbegin(); it != builders.cend(); ++it)
        EXPECT_EQ(it.value(), QStringLiteral("protectedProcedure")) << it.key().toStdString();
}

TEST(ProceduresGenerator, ProcedureAccessPublicKeepsOnlyProceduresThatNeedTheUserProtected)
{
    QStringList userReads;
    const auto builders = buildersUnder(model::ProjectSettings::ProcedureAccess::Public, &userReads);
    ASSERT_GT(builders.size(), 10);
    const QStringList needUser{QStringLiteral("createCategoryProcedure"), QStringLiteral("getMyCategoriesProcedure")};
    for (auto it = builders.cbegin(); it != builders.cend(); ++it)
        EXPECT_EQ(it.value(), needUser.contains(it.key()) ? QStringLiteral("protectedProcedure")
                                                          : QStringLiteral("publicProcedure"))
            << it.key().toStdString();
    EXPECT_TRUE(userReads.isEmpty()) << userReads.join(u' ').toStdString();

    model::Project project = projectOf(test::guideSchema());
    project.settings.procedureAccess = model::ProjectSettings::ProcedureAccess::Public;
    const QString text = fileText(codegen::ProceduresGenerator().generate(project, {QStringLiteral("p")}),
                                  QStringLiteral("src/lib/category/procedures.ts"));
    EXPECT_TRUE(text.contains(QStringLiteral("userId: ctx.user?.id ?? null")));
}

TEST(ProceduresGenerator, ProcedureAccessAutoMakesReadsPublicAndWritesProtected)
{
    QStringList userReads;
    const auto builders = buildersUnder(model::ProjectSettings::ProcedureAccess::Auto, &userReads);
    for (auto it = builders.cbegin(); it != builders.cend(); ++it) {
        const bool write = it.key().startsWith(QLatin1String("create")) ||
                           it.key().startsWith(QLatin1String("update")) ||
                           it.key().startsWith(QLatin1String("delete")) || it.key().startsWith(QLatin1String("getMy"));
        EXPECT_EQ(it.value(), write ? QStringLiteral("protectedProcedure") : QStringLiteral("publicProcedure"))
            << it.key().toStdString();
    }
    EXPECT_TRUE(userReads.isEmpty());
}

TEST(ZodSchema, ColumnsMapToTheirInputSchemas)
{
    const model::Schema schema = test::awkwardSchema();
    const model::Table &order = schema.tables[0];
    using Use = codegen::ZodSchema::Use;
    EXPECT_EQ(codegen::ZodSchema::forColumn(*order.columnNamed(QStringLiteral("status")), false, Use::Create),
              QStringLiteral("z.enum(['open', 'it\\'s closed']).optional()"));
    EXPECT_EQ(codegen::ZodSchema::forColumn(*order.columnNamed(QStringLiteral("parent_id")), true, Use::Create),
              QStringLiteral("z.number().int().positive().nullable().optional()"));
    EXPECT_EQ(codegen::ZodSchema::forColumn(*order.columnNamed(QStringLiteral("seen_at")), false, Use::Update),
              QStringLiteral("z.coerce.date().nullable().optional()"));
    const model::Table &events = schema.tables[2];
    EXPECT_EQ(codegen::ZodSchema::forColumn(*events.columnNamed(QStringLiteral("flagged")), false, Use::Create),
              QStringLiteral("z.boolean()"));
    model::Column name;
    name.type = model::SqlType::Text;
    name.length = 100;
    name.notNull = true;
    EXPECT_EQ(codegen::ZodSchema::forColumn(name, false, Use::Create), QStringLiteral("z.string().max(100)"));
}

TEST(CodeLayout, ImportsAreRelativeToTheImportingFile)
{
    EXPECT_EQ(codegen::CodeLayout::importPath(QStringLiteral("src/lib/category/operations.ts"),
                                              QStringLiteral("src/db/schema.ts")),
              QStringLiteral("../../db/schema"));
    EXPECT_EQ(codegen::CodeLayout::importPath(QStringLiteral("src/lib/router.ts"),
                                              QStringLiteral("src/lib/tag/procedures.ts")),
              QStringLiteral("./tag/procedures"));
    model::ProjectSettings settings;
    settings.codeFolder = QStringLiteral("./app/");
    EXPECT_EQ(codegen::CodeLayout(settings).domainFile(QStringLiteral("tag"), QStringLiteral("types.ts")),
              QStringLiteral("app/lib/tag/types.ts"));
}

TEST(SupportGenerator, StartersAreWrittenOnlyWhereMissingAndTheDatabaseSeamAlways)
{
    const auto files = codegen::SupportGenerator().generate(projectOf({}), {QStringLiteral("p")});
    for (const codegen::GeneratedFile &file : files) {
        const bool seam = file.path == QLatin1String("src/db/database.ts");
        EXPECT_EQ(file.policy,
                  seam ? codegen::GeneratedFile::Policy::Rewrite : codegen::GeneratedFile::Policy::OnlyIfMissing)
            << file.path.toStdString();
    }
    QTemporaryDir dir;
    QFile mine(dir.filePath(QStringLiteral("src/trpc.ts")));
    QDir().mkpath(dir.filePath(QStringLiteral("src")));
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("export type Context = { mine: true };\n");
    mine.close();
    for (const codegen::ExportOutcome &outcome : codegen::ExportWriter::write(dir.path(), files, true)) {
        if (outcome.path.endsWith(QLatin1String("src/trpc.ts")))
            EXPECT_EQ(outcome.action, codegen::ExportOutcome::Action::KeptExisting) << "even with force";
        else
            EXPECT_EQ(outcome.action, codegen::ExportOutcome::Action::Created);
    }
    ASSERT_TRUE(mine.open(QIODevice::ReadOnly));
    EXPECT_EQ(mine.readAll(), QByteArray("export type Context = { mine: true };\n"));
}

TEST(TestsGenerator, ParentsAreCreatedFirstAndEveryOperationIsExercised)
{
    const auto files = codegen::TestsGenerator().generate(projectOf(test::guideSchema()), {QStringLiteral("p")});
    const QString text = fileText(files, QStringLiteral("src/lib/product/__tests__/operations.test.ts"));
    EXPECT_TRUE(text.contains(QStringLiteral("async function insertUser(db: Database)")));
    EXPECT_TRUE(text.contains(QStringLiteral("const parent0 = await insertCategory(db);")));
    EXPECT_LT(text.indexOf(QStringLiteral("async function insertUser")),
              text.indexOf(QStringLiteral("async function insertCategory")));
    for (const char *name : {"createProduct(", "getProduct(", "getAllProducts(", "getProductsByCategoryId(",
                             "updateProduct(", "deleteProduct("})
        EXPECT_TRUE(text.contains(QLatin1String(name))) << name;
}

TEST(TestsGenerator, ATableWhoseRowsCannotBeBuiltIsTestedWhileEmptyAndSaysWhy)
{
    model::Schema schema = test::awkwardSchema();
    schema.tables << test::unsampleableTables();
    // nests requires an order (its helper can be built) and a chicken (it cannot): no helper may be left behind.
    model::Table nests;
    nests.id = model::Id(QStringLiteral("t.nests"));
    nests.name = QStringLiteral("nests");
    for (const char *name : {"id", "order_id", "chicken_id"}) {
        model::Column column;
        column.id = model::Id(QStringLiteral("c.nests.") + QLatin1String(name));
        column.name = QString::fromLatin1(name);
        column.type = model::SqlType::Integer;
        column.notNull = true;
        column.primaryKey = column.name == QLatin1String("id");
        column.autoincrement = column.primaryKey;
        nests.columns << column;
    }
    for (const char *name : {"order", "chickens"}) {
        model::ForeignKey fk;
        fk.id = model::Id(QStringLiteral("fk.nests.") + QLatin1String(name));
        fk.columns = {nests.columns[name == QLatin1String("order") ? 1 : 2].id};
        fk.targetTable = model::Id(QStringLiteral("t.") + QLatin1String(name));
        fk.targetColumns = {schema.table(fk.targetTable)->columns.first().id};
        nests.foreignKeys << fk;
    }
    schema.tables << nests;
    const auto files = codegen::TestsGenerator().generate(projectOf(schema), {QStringLiteral("p")});

    const QString blob = fileText(files, QStringLiteral("src/lib/file/__tests__/operations.test.ts"));
    EXPECT_TRUE(
        blob.contains(QStringLiteral("column `data` of `files` is NOT NULL, has no default and no sample value")));
    EXPECT_TRUE(blob.contains(QStringLiteral("expect(await getAllFiles(ctx)).toEqual([]);")));
    EXPECT_TRUE(blob.contains(QStringLiteral("expect(await getFilesByOrderId(424242, ctx)).toEqual([]);")));
    EXPECT_TRUE(blob.contains(QStringLiteral("expect(await updateFile(424242, {}, ctx)).toBe(false);")));
    EXPECT_FALSE(blob.contains(QStringLiteral("createFile(")));
    EXPECT_FALSE(blob.contains(QStringLiteral("next()"))) << "no unused counter";

    const QString cycle = fileText(files, QStringLiteral("src/lib/egg/__tests__/operations.test.ts"));
    EXPECT_TRUE(cycle.contains(QStringLiteral("the required foreign keys of `chickens` lead back to `eggs`")));

    const QString nest = fileText(files, QStringLiteral("src/lib/nest/__tests__/operations.test.ts"));
    EXPECT_TRUE(nest.contains(QStringLiteral("lead back to `chickens`"))) << nest.toStdString();
    EXPECT_FALSE(nest.contains(QStringLiteral("insertOrder"))) << "a failed attempt leaves no helper";
    EXPECT_FALSE(nest.contains(QStringLiteral("import { order }")));
}

TEST(ExportWriter, AnUnchangedFileKeepsItsModificationTime)
{
    QTemporaryDir dir;
    const codegen::GeneratedFiles files{{QStringLiteral("a.ts"), "// Generated by Tablewright\nexport {};\n"}};
    codegen::ExportWriter::write(dir.path(), files, false);
    const QString path = dir.filePath(QStringLiteral("a.ts"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QDateTime old = QDateTime::currentDateTime().addDays(-3);
    ASSERT_TRUE(file.setFileTime(old, QFileDevice::FileModificationTime));
    file.close();
    EXPECT_EQ(codegen::ExportWriter::write(dir.path(), files, false)[0].action,
              codegen::ExportOutcome::Action::Unchanged);
    EXPECT_EQ(QFileInfo(path).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());
}
