// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/relationshipedits.h"
#include "views/diagram/tablecarditem.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

class RelationshipEditsTest : public ::testing::Test
{
protected:
    const Table *junction() const { return document.schema().tableNamed(QStringLiteral("post_tags")); }

    SchemaDocument document{tw::test::diagramProject()};
};

} // namespace

TEST(JunctionTable, NamesItsColumnsWithTheProjectsOneSingularRule)
{
    // The diagram once had its own rule, which made `statu_id` of `status`; the exported code says `status`.
    const auto keyed = [](const char *name) {
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
    };
    Schema schema;
    schema.tables << keyed("status") << keyed("people") << keyed("categories");
    const auto statusPeople = relationshipedits::junctionTable(schema, schema.tables[0], schema.tables[1]);
    ASSERT_TRUE(statusPeople.has_value());
    EXPECT_EQ(statusPeople->name, QStringLiteral("status_people"));
    EXPECT_EQ(statusPeople->columns[0].name, QStringLiteral("status_id"));
    EXPECT_EQ(statusPeople->columns[1].name, QStringLiteral("person_id"));
    const auto categoriesStatus = relationshipedits::junctionTable(schema, schema.tables[2], schema.tables[0]);
    ASSERT_TRUE(categoriesStatus.has_value());
    EXPECT_EQ(categoriesStatus->name, QStringLiteral("category_status"));
}

TEST_F(RelationshipEditsTest, ManyToManyAddsTheGuidesJunctionTableInOneUndoStep)
{
    const Project before = document.project();
    const int commands = document.undoStack()->count();
    const Id added = relationshipedits::addManyToMany(&document, id("posts"), id("tags"), QPointF(200, 500));
    ASSERT_FALSE(added.isNull());
    EXPECT_EQ(document.undoStack()->count(), commands + 1);

    const Table *t = junction();
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->id, added);
    ASSERT_EQ(t->columns.size(), 2);
    EXPECT_EQ(t->columns[0].name, QStringLiteral("post_id"));
    EXPECT_EQ(t->columns[0].type, SqlType::Integer);
    EXPECT_EQ(t->columns[1].name, QStringLiteral("tag_id"));
    EXPECT_EQ(t->columns[1].type, SqlType::Text); // typed like tags.id
    EXPECT_TRUE(t->columns[0].notNull && t->columns[1].notNull);
    ASSERT_TRUE(t->primaryKey.has_value());
    EXPECT_EQ(t->primaryKey->columns, (QList<Id>{t->columns[0].id, t->columns[1].id}));
    ASSERT_EQ(t->foreignKeys.size(), 2);
    EXPECT_EQ(t->foreignKeys[0].targetTable, id("posts"));
    EXPECT_EQ(t->foreignKeys[0].targetColumns, QList<Id>{id("posts.id")});
    EXPECT_EQ(t->foreignKeys[1].targetTable, id("tags"));
    for (const ForeignKey &fk : t->foreignKeys)
        EXPECT_EQ(fk.onDelete, ReferentialAction::Cascade);
    ASSERT_EQ(t->indexes.size(), 1);
    EXPECT_EQ(t->indexes[0].name, QStringLiteral("post_tags_tag_id_idx"));
    EXPECT_EQ(t->indexes[0].parts, QList<IndexPart>{IndexPart::ofColumn(t->columns[1].id)});
    EXPECT_EQ(document.layout().item(added).position, QPointF(200, 500));

    document.undoStack()->undo();
    EXPECT_EQ(document.project(), before);
}

TEST_F(RelationshipEditsTest, ASecondJunctionBetweenTheSameTablesGetsAFreeName)
{
    ASSERT_FALSE(relationshipedits::addManyToMany(&document, id("posts"), id("tags"), {}).isNull());
    ASSERT_FALSE(relationshipedits::addManyToMany(&document, id("posts"), id("tags"), {}).isNull());
    EXPECT_NE(document.schema().tableNamed(QStringLiteral("post_tags_2")), nullptr);
}

TEST_F(RelationshipEditsTest, ManyToManyNeedsTwoDifferentTablesWithKeys)
{
    EXPECT_TRUE(relationshipedits::addManyToMany(&document, id("posts"), id("posts"), {}).isNull());
    EXPECT_TRUE(relationshipedits::addManyToMany(&document, id("posts"), id("nothing"), {}).isNull());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(RelationshipEditsTest, ViewCreatesTheJunctionBetweenTheTwoSelectedCardsBelowThem)
{
    DiagramView view(&document);
    view.selectTables({id("posts"), id("tags")});
    ASSERT_TRUE(view.createManyToMany());
    const Table *t = junction();
    ASSERT_NE(t, nullptr);
    const TableCardItem *card = view.diagramScene()->card(t->id);
    ASSERT_NE(card, nullptr);
    EXPECT_GT(card->sceneCardRect().top(), view.diagramScene()->card(id("tags"))->sceneCardRect().bottom());
    EXPECT_EQ(view.selectedTableIds(), QList<Id>{t->id});

    view.selectTables({id("posts")});
    EXPECT_FALSE(view.createManyToMany());
}

TEST_F(RelationshipEditsTest, ForeignKeyFromADropFollowsTheKeyTypeInOneUndoStep)
{
    const Project before = document.project();
    ASSERT_TRUE(relationshipedits::addForeignKey(&document, id("posts"), id("posts.title"), id("tags"), id("tags.id")));
    EXPECT_EQ(document.undoStack()->count(), 1);
    const Table *posts = document.schema().table(id("posts"));
    ASSERT_EQ(posts->foreignKeys.size(), 2);
    EXPECT_EQ(posts->foreignKeys[1].columns, QList<Id>{id("posts.title")});
    EXPECT_EQ(posts->foreignKeys[1].targetTable, id("tags"));
    EXPECT_EQ(posts->column(id("posts.title"))->type, SqlType::Text); // already text: left alone
    document.undoStack()->undo();
    EXPECT_EQ(document.project(), before);
}

TEST_F(RelationshipEditsTest, ForeignKeyRefusesDuplicatesAndAColumnReferencingItself)
{
    EXPECT_FALSE(relationshipedits::addForeignKey(&document, id("posts"), id("posts.author_id"), id("users"),
                                                  id("users.id")));
    EXPECT_FALSE(relationshipedits::addForeignKey(&document, id("users"), id("users.id"), id("users"), id("users.id")));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(RelationshipEditsTest, DropTargetIsTheDroppedUniqueColumnElseTheSingleKey)
{
    const Table *users = document.schema().table(id("users"));
    EXPECT_EQ(relationshipedits::referencedColumn(*users, id("users.email")), id("users.email"));
    EXPECT_EQ(relationshipedits::referencedColumn(*users, id("users.manager_id")), id("users.id"));
    EXPECT_EQ(relationshipedits::referencedColumn(*users, Id()), id("users.id"));
    Table keyless;
    EXPECT_TRUE(relationshipedits::referencedColumn(keyless, Id()).isNull());
}
