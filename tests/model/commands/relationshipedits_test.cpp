// SPDX-License-Identifier: GPL-3.0-or-later
// SchemaEditor::addManyToMany and SchemaEditor::addRelationship: junction tables and the one way a key is added.
#include "model/commands/relationshipdraft.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/model/commands/commandfixture.h"
#include "tests/support/printers.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

Table keyed(const char *name)
{
    Table table;
    table.id = id(name);
    table.name = QString::fromLatin1(name);
    Column key;
    key.id = Id(table.name + QStringLiteral(".id"));
    key.name = QStringLiteral("id");
    key.type = SqlType::Integer;
    key.primaryKey = key.notNull = true;
    table.columns << key;
    return table;
}

class RelationshipEditsTest : public ::testing::Test
{
protected:
    const Table *junction() const { return document.schema().tableNamed(QStringLiteral("product_tags")); }
    const Table &table(const char *token) const { return *document.schema().table(id(token)); }

    SchemaDocument document{tw::test::shopProject()};
    SchemaEditor editor{&document};
};

} // namespace

TEST(JunctionTable, NamesItsColumnsWithTheProjectsOneSingularRule)
{
    // The diagram once had its own rule, which made `statu_id` of `status`; the exported code says `status`.
    Schema schema;
    schema.tables << keyed("status") << keyed("people") << keyed("categories");
    const auto statusPeople = junctionTable(schema, schema.tables[0], schema.tables[1]);
    ASSERT_TRUE(statusPeople.has_value());
    EXPECT_EQ(statusPeople->name, QStringLiteral("status_people"));
    EXPECT_EQ(statusPeople->columns[0].name, QStringLiteral("status_id"));
    EXPECT_EQ(statusPeople->columns[1].name, QStringLiteral("person_id"));
    const auto categoriesStatus = junctionTable(schema, schema.tables[2], schema.tables[0]);
    ASSERT_TRUE(categoriesStatus.has_value());
    EXPECT_EQ(categoriesStatus->name, QStringLiteral("category_status"));
}

TEST(JunctionTable, SidesWithTheSameSingularGetDistinctColumns)
{
    Schema schema;
    schema.tables << keyed("post") << keyed("posts");
    const auto junction = junctionTable(schema, schema.tables[0], schema.tables[1]);
    ASSERT_TRUE(junction.has_value());
    ASSERT_EQ(junction->columns.size(), 2);
    EXPECT_EQ(junction->columns[0].name, QStringLiteral("post_id"));
    EXPECT_EQ(junction->columns[1].name, QStringLiteral("post_id_2"));
}

TEST(JunctionTable, NameAndIndexAvoidEveryKindInSqlitesNamespace)
{
    // A view holds the junction's natural name, and an index of another table the natural index name.
    Schema schema;
    schema.tables << keyed("products") << keyed("tags") << keyed("other");
    View view;
    view.id = id("v");
    view.name = QStringLiteral("product_tags");
    schema.views << view;
    Index taken;
    taken.id = id("other.idx");
    taken.name = QStringLiteral("product_tags_2_tag_id_idx");
    taken.parts << IndexPart::ofColumn(id("other.id"));
    schema.tables[2].indexes << taken;

    const auto junction = junctionTable(schema, schema.tables[0], schema.tables[1]);
    ASSERT_TRUE(junction.has_value());
    EXPECT_EQ(junction->name, QStringLiteral("product_tags_2"));
    ASSERT_EQ(junction->indexes.size(), 1);
    EXPECT_EQ(junction->indexes[0].name, QStringLiteral("product_tags_2_tag_id_idx_2"));
}

TEST_F(RelationshipEditsTest, ManyToManyAddsTheGuidesJunctionTableInOneUndoStep)
{
    const Project before = document.project();
    const Id added = editor.addManyToMany(id("products"), id("tags"), QPointF(200, 500));
    ASSERT_FALSE(added.isNull());
    EXPECT_EQ(document.undoStack()->count(), 1);

    const Table *t = junction();
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->id, added);
    ASSERT_EQ(t->columns.size(), 2);
    EXPECT_EQ(t->columns[0].name, QStringLiteral("product_id"));
    EXPECT_EQ(t->columns[0].type, SqlType::Integer);
    EXPECT_EQ(t->columns[1].name, QStringLiteral("tag_id"));
    EXPECT_EQ(t->columns[1].type, SqlType::Text); // typed like tags.id
    EXPECT_TRUE(t->columns[0].notNull && t->columns[1].notNull);
    ASSERT_TRUE(t->primaryKey.has_value());
    EXPECT_EQ(t->primaryKey->columns, (QList<Id>{t->columns[0].id, t->columns[1].id}));
    ASSERT_EQ(t->foreignKeys.size(), 2);
    EXPECT_EQ(t->foreignKeys[0].targetTable, id("products"));
    EXPECT_EQ(t->foreignKeys[0].targetColumns, QList<Id>{id("products.id")});
    EXPECT_EQ(t->foreignKeys[1].targetTable, id("tags"));
    for (const ForeignKey &fk : t->foreignKeys)
        EXPECT_EQ(fk.onDelete, ReferentialAction::Cascade);
    ASSERT_EQ(t->indexes.size(), 1);
    EXPECT_EQ(t->indexes[0].name, QStringLiteral("product_tags_tag_id_idx"));
    EXPECT_EQ(t->indexes[0].parts, QList<IndexPart>{IndexPart::ofColumn(t->columns[1].id)});
    EXPECT_EQ(document.layout().item(added).position, QPointF(200, 500));

    document.undoStack()->undo();
    EXPECT_EQ(document.project(), before);
}

TEST_F(RelationshipEditsTest, ASecondJunctionBetweenTheSameTablesGetsFreeNames)
{
    ASSERT_FALSE(editor.addManyToMany(id("products"), id("tags")).isNull());
    ASSERT_FALSE(editor.addManyToMany(id("products"), id("tags")).isNull());
    const Table *second = document.schema().tableNamed(QStringLiteral("product_tags_2"));
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->indexes.first().name, QStringLiteral("product_tags_2_tag_id_idx"));
}

TEST_F(RelationshipEditsTest, ManyToManyNeedsTwoDifferentTablesWithKeys)
{
    EXPECT_TRUE(editor.addManyToMany(id("products"), id("products")).isNull());
    EXPECT_TRUE(editor.addManyToMany(id("products"), id("nothing")).isNull());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(RelationshipEditsTest, AnExistingColumnFollowsTheKeyAndIsIndexedInOneUndoStep)
{
    // The drag's draft: products.category (text) onto categories.id (integer). The drag once added no index.
    const Project before = document.project();
    ASSERT_TRUE(editor.addRelationship(
        RelationshipDraft::ofColumn(id("products"), id("products.category"), id("categories"), id("categories.id"))));
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Add relationship products.category → categories.id"));

    const Table &products = table("products");
    EXPECT_EQ(products.column(id("products.category"))->type, SqlType::Integer);
    ASSERT_EQ(products.foreignKeys.size(), 1);
    EXPECT_EQ(products.foreignKeys[0].columns, QList<Id>{id("products.category")});
    EXPECT_EQ(products.foreignKeys[0].targetColumns, QList<Id>{id("categories.id")});
    ASSERT_EQ(products.indexes.size(), 1);
    EXPECT_EQ(products.indexes[0].name, QStringLiteral("products_category_idx"));
    EXPECT_EQ(products.indexes[0].parts, QList<IndexPart>{IndexPart::ofColumn(id("products.category"))});

    document.undoStack()->undo();
    EXPECT_EQ(document.project(), before);
}

TEST_F(RelationshipEditsTest, AColumnThatAlreadyLeadsAnIndexGetsNoSecondOne)
{
    Index existing;
    existing.id = id("products.category_idx");
    existing.name = QStringLiteral("by_category");
    existing.parts << IndexPart::ofColumn(id("products.category")) << IndexPart::ofColumn(id("products.name"));
    ASSERT_FALSE(editor.addItem(id("products"), existing).isNull());

    ASSERT_TRUE(editor.addRelationship(
        RelationshipDraft::ofColumn(id("products"), id("products.category"), id("categories"), id("categories.id"))));
    EXPECT_EQ(table("products").indexes.size(), 1);
}

TEST_F(RelationshipEditsTest, RefusesDuplicatesAndAColumnReferencingItself)
{
    EXPECT_FALSE(editor.addRelationship(
        RelationshipDraft::ofColumn(id("reviews"), id("reviews.product_id"), id("products"), id("products.id"))));
    EXPECT_FALSE(editor.addRelationship(
        RelationshipDraft::ofColumn(id("products"), id("products.id"), id("products"), id("products.id"))));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(RelationshipEditsTest, DropTargetIsTheDroppedUniqueColumnElseTheSingleKey)
{
    const Table &categories = table("categories");
    EXPECT_EQ(referencedColumn(categories, id("categories.name")), id("categories.name"));
    EXPECT_EQ(referencedColumn(categories, id("products.name")), id("categories.id"));
    EXPECT_EQ(referencedColumn(categories, Id()), id("categories.id"));
    EXPECT_TRUE(referencedColumn(Table{}, Id()).isNull());
}
