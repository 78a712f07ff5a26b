// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/documentcommand.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/support/schemaedits.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

QList<Id> sortedKeys(const auto &hash)
{
    QList<Id> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<Id> ids(std::initializer_list<const char *> tokens)
{
    QList<Id> result;
    for (const char *token : tokens)
        result << Id(QString::fromLatin1(token));
    std::sort(result.begin(), result.end());
    return result;
}

class DiagramSceneTest : public ::testing::Test
{
protected:
    SchemaDocument document{tw::test::diagramProject()};
    DiagramScene scene{&document};
    SchemaEditor editor{&document};
};

} // namespace

TEST_F(DiagramSceneTest, BuildsOneCardPerTableAndOneLinePerForeignKey)
{
    EXPECT_EQ(sortedKeys(scene.cards()), ids({"posts", "profiles", "tags", "users"}));
    EXPECT_EQ(sortedKeys(scene.relations()), ids({"fk.posts.author", "fk.profiles.user", "fk.users.manager"}));
    const RelationItem *author = scene.relation(Id(QStringLiteral("fk.posts.author")));
    EXPECT_EQ(author->childCard(), scene.card(Id(QStringLiteral("posts"))));
    EXPECT_EQ(author->parentCard(), scene.card(Id(QStringLiteral("users"))));
}

TEST_F(DiagramSceneTest, CardsSitWhereTheLayoutSays)
{
    EXPECT_EQ(scene.card(Id(QStringLiteral("posts")))->pos(), QPointF(400, 0));
    EXPECT_EQ(scene.card(Id(QStringLiteral("tags")))->pos(), QPointF(400, 300));
}

TEST_F(DiagramSceneTest, AddedTableGetsACardAtItsPositionAndUndoRemovesIt)
{
    Table comments;
    comments.name = QStringLiteral("comments");
    const Id id = editor.addTable(comments, QPointF(800, 40));
    ASSERT_FALSE(id.isNull());
    ASSERT_NE(scene.card(id), nullptr);
    EXPECT_EQ(scene.card(id)->pos(), QPointF(800, 40));
    document.undoStack()->undo();
    EXPECT_EQ(scene.card(id), nullptr);
    EXPECT_EQ(scene.cards().size(), 4);
    document.undoStack()->redo();
    EXPECT_NE(scene.card(id), nullptr);
}

TEST_F(DiagramSceneTest, RemovedTableTakesItsCardAndEveryLineTouchingItAndUndoBringsThemBack)
{
    ASSERT_TRUE(editor.removeTablesAndViews({Id(QStringLiteral("users"))}));
    EXPECT_EQ(sortedKeys(scene.cards()), ids({"posts", "profiles", "tags"}));
    EXPECT_TRUE(scene.relations().isEmpty());
    EXPECT_TRUE(scene.card(Id(QStringLiteral("posts")))->relations().isEmpty());
    document.undoStack()->undo();
    EXPECT_EQ(sortedKeys(scene.cards()), ids({"posts", "profiles", "tags", "users"}));
    EXPECT_EQ(sortedKeys(scene.relations()), ids({"fk.posts.author", "fk.profiles.user", "fk.users.manager"}));
    EXPECT_EQ(scene.card(Id(QStringLiteral("users")))->pos(), QPointF(0, 0));
}

TEST_F(DiagramSceneTest, RenamedTableShowsTheNewName)
{
    ASSERT_TRUE(tw::test::renameTable(document, Id(QStringLiteral("tags")), QStringLiteral("labels")));
    const TableCardItem *card = scene.card(Id(QStringLiteral("tags")));
    EXPECT_EQ(card->table()->name, QStringLiteral("labels"));
    EXPECT_EQ(card->toolTip(), QStringLiteral("labels"));
    document.undoStack()->undo();
    EXPECT_EQ(card->toolTip(), QStringLiteral("tags"));
}

TEST_F(DiagramSceneTest, AddedColumnMakesTheCardOneRowTallerAndShiftsNothingElse)
{
    TableCardItem *card = scene.card(Id(QStringLiteral("posts")));
    const double before = card->sceneCardRect().height();
    Column body;
    body.name = QStringLiteral("body");
    ASSERT_FALSE(editor.addItem(Id(QStringLiteral("posts")), body).isNull());
    EXPECT_GT(card->sceneCardRect().height(), before);
    document.undoStack()->undo();
    EXPECT_EQ(card->sceneCardRect().height(), before);
}

TEST_F(DiagramSceneTest, MovedColumnMovesTheLineEndToItsNewRow)
{
    const RelationItem *author = scene.relation(Id(QStringLiteral("fk.posts.author")));
    const double before = author->route().first().y();
    ASSERT_TRUE(editor.moveItem<Column>(Id(QStringLiteral("posts")), Id(QStringLiteral("posts.author_id")), 2));
    EXPECT_GT(author->route().first().y(), before);
}

TEST_F(DiagramSceneTest, ForeignKeyEditsAddAndRemoveLines)
{
    ForeignKey fk;
    fk.id = Id(QStringLiteral("fk.tags.owner"));
    Column owner;
    owner.id = Id(QStringLiteral("tags.owner"));
    owner.name = QStringLiteral("owner");
    owner.type = SqlType::Integer;
    ASSERT_FALSE(editor.addItem(Id(QStringLiteral("tags")), owner).isNull());
    fk.columns = {owner.id};
    fk.targetTable = Id(QStringLiteral("posts"));
    fk.targetColumns = {Id(QStringLiteral("posts.id"))};
    ASSERT_FALSE(editor.addItem(Id(QStringLiteral("tags")), fk).isNull());
    ASSERT_NE(scene.relation(fk.id), nullptr);
    EXPECT_EQ(scene.relation(fk.id)->parentCard(), scene.card(Id(QStringLiteral("posts"))));

    ASSERT_TRUE(editor.removeItem<ForeignKey>(Id(QStringLiteral("tags")), fk.id));
    EXPECT_EQ(scene.relation(fk.id), nullptr);
    document.undoStack()->undo();
    EXPECT_NE(scene.relation(fk.id), nullptr);
}

TEST_F(DiagramSceneTest, MoveCommandMovesCardsAndUndoMovesThemBack)
{
    ASSERT_TRUE(editor.moveLayoutItems({{Id(QStringLiteral("posts")), QPointF(600, 120)}}));
    EXPECT_EQ(scene.card(Id(QStringLiteral("posts")))->pos(), QPointF(600, 120));
    document.undoStack()->undo();
    EXPECT_EQ(scene.card(Id(QStringLiteral("posts")))->pos(), QPointF(400, 0));
}

TEST_F(DiagramSceneTest, LayoutWidthAndUnsnappedPositionsAreShownAsStored)
{
    Project stored = tw::test::diagramProject(); // a width only comes from the file
    stored.layout.items[Id(QStringLiteral("tags"))].width = 333;
    document.resetProject(stored);
    scene.setSnapToGrid(true);
    ASSERT_TRUE(editor.moveLayoutItems({{Id(QStringLiteral("tags")), QPointF(413, 307)}}));
    const TableCardItem *card = scene.card(Id(QStringLiteral("tags")));
    EXPECT_EQ(card->sceneCardRect().width(), 333);
    EXPECT_EQ(card->pos(), QPointF(413, 307)); // the model's position wins over the grid
}

TEST_F(DiagramSceneTest, ProjectResetRebuildsEveryItem)
{
    Project other;
    Table only;
    only.id = Id(QStringLiteral("only"));
    only.name = QStringLiteral("only");
    other.schema.tables << only;
    document.resetProject(other);
    EXPECT_EQ(sortedKeys(scene.cards()), ids({"only"}));
    EXPECT_TRUE(scene.relations().isEmpty());
}

TEST_F(DiagramSceneTest, SelectionIsReportedInSchemaOrder)
{
    QSignalSpy spy(&scene, &DiagramScene::selectedTablesChanged);
    scene.selectTables({Id(QStringLiteral("tags")), Id(QStringLiteral("users"))});
    EXPECT_EQ(scene.selectedTableIds(), (QList<Id>{Id(QStringLiteral("users")), Id(QStringLiteral("tags"))}));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().value<QList<Id>>(), scene.selectedTableIds());
}

TEST_F(DiagramSceneTest, RemovingTheSelectionIsOneUndoStep)
{
    scene.selectTables({Id(QStringLiteral("tags")), Id(QStringLiteral("posts"))});
    const int before = document.undoStack()->count();
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);
    ASSERT_TRUE(scene.removeSelected());
    EXPECT_EQ(document.undoStack()->count(), before + 1);
    EXPECT_EQ(schemaChanged.count(), 1); // one compound command, not a macro of one command per table
    EXPECT_NE(dynamic_cast<const DocumentCommand *>(document.undoStack()->command(before)), nullptr);
    EXPECT_EQ(sortedKeys(scene.cards()), ids({"profiles", "users"}));
    document.undoStack()->undo();
    EXPECT_EQ(scene.cards().size(), 4);
}
