// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/schemats/drizzlerelations.h"
#include "codegen/typescript/tsimports.h"
#include "tests/codegen/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw;
using codegen::DrizzleRelation;
using codegen::DrizzleTableRelations;
using Kind = DrizzleRelation::Kind;

namespace {

/// A table `name` with an `id` key and the given further integer columns (SQL names; TS names are camelCase).
model::Table table(const QString &name, const QStringList &columns = {})
{
    model::Table t;
    t.id = model::Id(QStringLiteral("t.") + name);
    t.name = name;
    for (const QString &column : QStringList{QStringLiteral("id")} + columns) {
        model::Column c;
        c.id = model::Id(QStringLiteral("c.%1.%2").arg(name, column));
        c.name = column;
        c.type = model::SqlType::Integer;
        c.primaryKey = column == QStringLiteral("id");
        t.columns << c;
    }
    return t;
}

void addKey(model::Schema &schema, const QString &from, const QStringList &columns, const QString &to,
            const QStringList &targetColumns = {QStringLiteral("id")})
{
    model::Table *source = schema.table(model::Id(QStringLiteral("t.") + from));
    ASSERT_NE(source, nullptr);
    model::ForeignKey fk;
    fk.id = model::Id(QStringLiteral("fk.%1.%2").arg(from).arg(source->foreignKeys.size()));
    for (const QString &column : columns)
        fk.columns << model::Id(QStringLiteral("c.%1.%2").arg(from, column));
    fk.targetTable = model::Id(QStringLiteral("t.") + to);
    for (const QString &column : targetColumns)
        fk.targetColumns << model::Id(QStringLiteral("c.%1.%2").arg(to, column));
    source->foreignKeys << fk;
}

DrizzleRelation one(const QString &name, const QString &target, const QStringList &fields,
                    const QStringList &references = {QStringLiteral("id")}, const QString &relationName = {})
{
    return {Kind::One, name, target, fields, references, relationName};
}

DrizzleRelation many(const QString &name, const QString &target, const QString &relationName = {})
{
    return {Kind::Many, name, target, {}, {}, relationName};
}

const DrizzleTableRelations *relationsOf(const QList<DrizzleTableRelations> &all, const QString &table)
{
    for (const DrizzleTableRelations &relations : all) {
        if (relations.table == table)
            return &relations;
    }
    return nullptr;
}

void expectRelations(const QList<DrizzleTableRelations> &all, const QString &table,
                     const QList<DrizzleRelation> &expected)
{
    const DrizzleTableRelations *relations = relationsOf(all, table);
    ASSERT_NE(relations, nullptr) << table.toStdString();
    ASSERT_EQ(relations->relations.size(), expected.size()) << table.toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const DrizzleRelation &actual = relations->relations.at(i);
        EXPECT_EQ(actual, expected.at(i))
            << table.toStdString() << " #" << i << ": " << actual.name.toStdString() << " -> "
            << actual.targetTable.toStdString() << " " << actual.relationName.toStdString();
    }
}

QString blocksText(const model::Schema &schema, codegen::TsImports &imports)
{
    return codegen::drizzleRelationsBlocks(schema, imports).join(u'\n');
}

} // namespace

TEST(DrizzleRelations, EveryForeignKeyGetsOneOnItsTableAndManyOnTheReferencedOne)
{
    const QList<DrizzleTableRelations> all = codegen::drizzleRelations(test::guideSchema());
    QStringList order;
    for (const DrizzleTableRelations &relations : all)
        order << relations.table + u'=' + relations.exportName;
    EXPECT_EQ(order,
              QStringList({"users=usersRelations", "categories=categoriesRelations", "products=productsRelations",
                           "tags=tagsRelations", "productTags=productTagsRelations"}));
    expectRelations(all, QStringLiteral("users"), {many(QStringLiteral("categories"), QStringLiteral("categories"))});
    expectRelations(all, QStringLiteral("categories"),
                    {one(QStringLiteral("user"), QStringLiteral("users"), {QStringLiteral("createdByUserId")}),
                     many(QStringLiteral("products"), QStringLiteral("products"))});
    expectRelations(all, QStringLiteral("products"),
                    {one(QStringLiteral("category"), QStringLiteral("categories"), {QStringLiteral("categoryId")}),
                     many(QStringLiteral("productTags"), QStringLiteral("productTags"))});
    expectRelations(all, QStringLiteral("productTags"),
                    {one(QStringLiteral("product"), QStringLiteral("products"), {QStringLiteral("productId")}),
                     one(QStringLiteral("tag"), QStringLiteral("tags"), {QStringLiteral("tagId")})});
}

TEST(DrizzleRelations, TwoKeysToOneTableGetColumnSuffixesAndRelationNames)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("users"))
                  << table(QStringLiteral("messages"), {QStringLiteral("sender_id"), QStringLiteral("recipient_id")});
    addKey(schema, QStringLiteral("messages"), {QStringLiteral("sender_id")}, QStringLiteral("users"));
    addKey(schema, QStringLiteral("messages"), {QStringLiteral("recipient_id")}, QStringLiteral("users"));
    const auto all = codegen::drizzleRelations(schema);
    const QString sender = QStringLiteral("messages_senderId_users_id");
    const QString recipient = QStringLiteral("messages_recipientId_users_id");
    expectRelations(all, QStringLiteral("messages"),
                    {one(QStringLiteral("user_senderId"), QStringLiteral("users"), {QStringLiteral("senderId")},
                         {QStringLiteral("id")}, sender),
                     one(QStringLiteral("user_recipientId"), QStringLiteral("users"), {QStringLiteral("recipientId")},
                         {QStringLiteral("id")}, recipient)});
    expectRelations(all, QStringLiteral("users"),
                    {many(QStringLiteral("messages_senderId"), QStringLiteral("messages"), sender),
                     many(QStringLiteral("messages_recipientId"), QStringLiteral("messages"), recipient)});
}

TEST(DrizzleRelations, SelfReferencePairsItsTwoSidesByRelationName)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("employees"), {QStringLiteral("manager_id")});
    addKey(schema, QStringLiteral("employees"), {QStringLiteral("manager_id")}, QStringLiteral("employees"));
    const QString pair = QStringLiteral("employees_managerId_employees_id");
    expectRelations(codegen::drizzleRelations(schema), QStringLiteral("employees"),
                    {one(QStringLiteral("employee"), QStringLiteral("employees"), {QStringLiteral("managerId")},
                         {QStringLiteral("id")}, pair),
                     many(QStringLiteral("employees"), QStringLiteral("employees"), pair)});
}

TEST(DrizzleRelations, CompositeKeyJoinsOnAllItsColumnsAndIsNamedAfterTheFirst)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("orders"), {QStringLiteral("no"), QStringLiteral("year")})
                  << table(QStringLiteral("shipments"), {QStringLiteral("order_no"), QStringLiteral("order_year")});
    addKey(schema, QStringLiteral("shipments"), {QStringLiteral("order_no"), QStringLiteral("order_year")},
           QStringLiteral("orders"), {QStringLiteral("no"), QStringLiteral("year")});
    const auto all = codegen::drizzleRelations(schema);
    expectRelations(all, QStringLiteral("shipments"),
                    {one(QStringLiteral("order"), QStringLiteral("orders"),
                         {QStringLiteral("orderNo"), QStringLiteral("orderYear")},
                         {QStringLiteral("no"), QStringLiteral("year")})});
    expectRelations(all, QStringLiteral("orders"), {many(QStringLiteral("shipments"), QStringLiteral("shipments"))});
}

TEST(DrizzleRelations, KeysInBothDirectionsBetweenTwoTablesAreAllNamed)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("orders"), {QStringLiteral("owner_id")})
                  << table(QStringLiteral("people"), {QStringLiteral("favourite_order_id")});
    addKey(schema, QStringLiteral("orders"), {QStringLiteral("owner_id")}, QStringLiteral("people"));
    addKey(schema, QStringLiteral("people"), {QStringLiteral("favourite_order_id")}, QStringLiteral("orders"));
    const auto all = codegen::drizzleRelations(schema);
    const QString owner = QStringLiteral("orders_ownerId_people_id");
    const QString favourite = QStringLiteral("people_favouriteOrderId_orders_id");
    expectRelations(all, QStringLiteral("orders"),
                    {one(QStringLiteral("person"), QStringLiteral("people"), {QStringLiteral("ownerId")},
                         {QStringLiteral("id")}, owner),
                     many(QStringLiteral("people"), QStringLiteral("people"), favourite)});
    expectRelations(all, QStringLiteral("people"),
                    {many(QStringLiteral("orders"), QStringLiteral("orders"), owner),
                     one(QStringLiteral("order"), QStringLiteral("orders"), {QStringLiteral("favouriteOrderId")},
                         {QStringLiteral("id")}, favourite)});
}

TEST(DrizzleRelations, NameOfAColumnGetsTheColumnSuffixThenANumber)
{
    model::Schema schema;
    // posts.user refers to users: drizzle-kit would name the relation `user`, which the column already is.
    // posts.user_user is taken too, so the next one has to be numbered.
    schema.tables << table(QStringLiteral("users"))
                  << table(QStringLiteral("posts"), {QStringLiteral("user"), QStringLiteral("user_user")});
    model::Column &second = schema.tables[1].columns[2];
    second.tsName = QStringLiteral("user_user");
    addKey(schema, QStringLiteral("posts"), {QStringLiteral("user")}, QStringLiteral("users"));
    expectRelations(codegen::drizzleRelations(schema), QStringLiteral("posts"),
                    {one(QStringLiteral("user_user_2"), QStringLiteral("users"), {QStringLiteral("user")})});
}

TEST(DrizzleRelations, UncountableSelfReferenceNumbersTheSecondSide)
{
    model::Schema schema;
    // `staff` is its own singular and plural: drizzle-kit names both sides staff_managerId, one key twice.
    schema.tables << table(QStringLiteral("staff"), {QStringLiteral("manager_id")});
    addKey(schema, QStringLiteral("staff"), {QStringLiteral("manager_id")}, QStringLiteral("staff"));
    const QString pair = QStringLiteral("staff_managerId_staff_id");
    expectRelations(codegen::drizzleRelations(schema), QStringLiteral("staff"),
                    {one(QStringLiteral("staff_managerId"), QStringLiteral("staff"), {QStringLiteral("managerId")},
                         {QStringLiteral("id")}, pair),
                     many(QStringLiteral("staff_managerId_2"), QStringLiteral("staff"), pair)});
}

TEST(DrizzleRelations, SameRelationNameTwiceIsNumbered)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("orders"),
                           {QStringLiteral("no"), QStringLiteral("year"), QStringLiteral("region")})
                  << table(QStringLiteral("shipments"),
                           {QStringLiteral("order_no"), QStringLiteral("order_year"), QStringLiteral("order_region")});
    addKey(schema, QStringLiteral("shipments"), {QStringLiteral("order_no"), QStringLiteral("order_year")},
           QStringLiteral("orders"), {QStringLiteral("no"), QStringLiteral("year")});
    addKey(schema, QStringLiteral("shipments"), {QStringLiteral("order_no"), QStringLiteral("order_region")},
           QStringLiteral("orders"), {QStringLiteral("no"), QStringLiteral("region")});
    const auto all = codegen::drizzleRelations(schema);
    const DrizzleTableRelations *shipments = relationsOf(all, QStringLiteral("shipments"));
    ASSERT_NE(shipments, nullptr);
    ASSERT_EQ(shipments->relations.size(), 2);
    EXPECT_EQ(shipments->relations.at(0).name, QStringLiteral("order_orderNo"));
    EXPECT_EQ(shipments->relations.at(1).name, QStringLiteral("order_orderNo_2"));
    EXPECT_EQ(shipments->relations.at(0).relationName, QStringLiteral("shipments_orderNo_orders_no"));
    EXPECT_EQ(shipments->relations.at(1).relationName, QStringLiteral("shipments_orderNo_orders_no_2"));
    const DrizzleTableRelations *orders = relationsOf(all, QStringLiteral("orders"));
    ASSERT_NE(orders, nullptr);
    EXPECT_EQ(orders->relations.at(1).relationName, QStringLiteral("shipments_orderNo_orders_no_2"));
}

TEST(DrizzleRelations, WritesBothSidesInTheFilesStyle)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("employees"), {QStringLiteral("manager_id")});
    addKey(schema, QStringLiteral("employees"), {QStringLiteral("manager_id")}, QStringLiteral("employees"));
    codegen::TsImports imports;
    EXPECT_EQ(blocksText(schema, imports),
              QStringLiteral("export const employeesRelations = relations(employees, ({ one, many }) => ({\n"
                             "  employee: one(employees, {\n"
                             "    fields: [employees.managerId],\n"
                             "    references: [employees.id],\n"
                             "    relationName: 'employees_managerId_employees_id',\n"
                             "  }),\n"
                             "  employees: many(employees, { relationName: 'employees_managerId_employees_id' }),\n"
                             "}));\n"));
    EXPECT_EQ(imports.toString(), QStringLiteral("import { relations } from 'drizzle-orm';\n"));
}

TEST(DrizzleRelations, ExportedNamesNeverShadowOneAnother)
{
    model::Schema schema;
    // A table exported as `relations`, one as `one`, and one whose name is another's relations export.
    schema.tables << table(QStringLiteral("relations")) << table(QStringLiteral("one"), {QStringLiteral("relation_id")})
                  << table(QStringLiteral("one_relations"));
    addKey(schema, QStringLiteral("one"), {QStringLiteral("relation_id")}, QStringLiteral("relations"));
    codegen::TsImports imports;
    const QString text = blocksText(schema, imports);
    EXPECT_EQ(imports.toString(), QStringLiteral("import { relations as drizzleRelations } from 'drizzle-orm';\n"));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "export const relationsRelations = drizzleRelations(relations, ({ many }) => ({\n  ones: many(one),\n")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("export const oneRelations2 = drizzleRelations(one, ({ one: one2 }) => ({\n"
                                     "  relation: one2(relations, {\n")))
        << text.toStdString();
}

TEST(DrizzleRelations, NoForeignKeysNoRelationsAndNoImport)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("users"));
    codegen::TsImports imports;
    EXPECT_TRUE(codegen::drizzleRelations(schema).isEmpty());
    EXPECT_TRUE(codegen::drizzleRelationsBlocks(schema, imports).isEmpty());
    EXPECT_TRUE(imports.isEmpty());
}

TEST(DrizzleRelations, KeyToAMissingTableIsLeftOut)
{
    model::Schema schema;
    schema.tables << table(QStringLiteral("posts"), {QStringLiteral("author_id")});
    model::ForeignKey fk;
    fk.columns = {model::Id(QStringLiteral("c.posts.author_id"))};
    fk.targetTable = model::Id(QStringLiteral("t.gone"));
    fk.targetColumns = {model::Id(QStringLiteral("c.gone.id"))};
    schema.tables[0].foreignKeys << fk;
    EXPECT_TRUE(codegen::drizzleRelations(schema).isEmpty());
}
