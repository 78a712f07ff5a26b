// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"
#include "tests/support/schemaedits.h"

#include "model/commands/changelayoutcommand.h"
#include "model/commands/commandid.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::id;

namespace {

void type(SchemaDocument &document, const Id &tableId, const QString &text)
{
    for (qsizetype n = 1; n <= text.size(); ++n)
        ASSERT_TRUE(tw::test::renameTable(document, tableId, text.left(n), true));
}

} // namespace

TEST(MergeCommands, TypingATableNameLetterByLetterIsOneUndoStep)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    type(document, id("users"), QStringLiteral("accounts"));

    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Rename table users to accounts"));
    EXPECT_EQ(document.schema().table(id("users"))->name, QStringLiteral("accounts"));
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == tw::test::sampleProject());
    document.undoStack()->redo();
    EXPECT_EQ(document.schema().table(id("users"))->name, QStringLiteral("accounts"));
}

TEST(MergeCommands, RenamesOfTwoDifferentColumnsDoNotMerge)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    ASSERT_TRUE(tw::test::renameItem<Column>(document, id("users"), id("users.email"), QStringLiteral("mail"), true));
    ASSERT_TRUE(
        tw::test::renameItem<Column>(document, id("users"), id("users.name"), QStringLiteral("full_name"), true));

    EXPECT_EQ(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    EXPECT_EQ(document.schema().table(id("users"))->column(id("users.email"))->name, QStringLiteral("mail"));
    EXPECT_EQ(document.schema().table(id("users"))->column(id("users.name"))->name, QStringLiteral("name"));
}

TEST(MergeCommands, TypingAColumnNameMergesPerColumn)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    ASSERT_TRUE(tw::test::renameItem<Column>(document, id("users"), id("users.email"), QStringLiteral("e"), true));
    ASSERT_TRUE(tw::test::renameItem<Column>(document, id("users"), id("users.email"), QStringLiteral("em"), true));

    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Rename column email to em in users"));
}

TEST(MergeCommands, TypingBackToTheOriginalNameMakesTheCommandObsolete)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    ASSERT_TRUE(tw::test::renameTable(document, id("posts"), QStringLiteral("articles")));

    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("user"), true));
    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("users"), true));

    EXPECT_EQ(document.undoStack()->count(), 1); // the rename of users is gone, not a no-op step
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Rename table posts to articles"));
    EXPECT_EQ(document.schema().table(id("users"))->name, QStringLiteral("users"));
}

TEST(MergeCommands, EditsWithoutTheMergeableFlagStaySeparate)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("u")));
    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("us")));

    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST(MergeCommands, DifferentAspectsOfTheSameTableDoNotMerge)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("accounts"), true));
    TableAttributes attributes = TableAttributes::of(*document.schema().table(id("users")));
    attributes.comment = QStringLiteral("c");

    ASSERT_TRUE(editor.changeTableAttributes(id("users"), attributes, EditAspect::Comment, true));

    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST(MergeCommands, ADragOfSeveralTablesIsOneUndoStepAndNeverASchemaChange)
{
    const Project original = tw::test::sampleProject();
    SchemaDocument document(original);
    SchemaEditor editor(&document);
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);
    QSignalSpy layoutChanged(&document, &SchemaDocument::layoutChanged);
    const QPointF users = document.layout().item(id("users")).position;
    const QPointF posts = document.layout().item(id("posts")).position;

    for (int step = 1; step <= 10; ++step) {
        const QPointF delta(step * 5, step * 2);
        ASSERT_TRUE(editor.moveLayoutItems({{id("users"), users + delta}, {id("posts"), posts + delta}}, true));
    }

    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Move 2 tables"));
    const auto *command = dynamic_cast<const ChangeLayoutCommand *>(document.undoStack()->command(0));
    ASSERT_NE(command, nullptr);
    EXPECT_FALSE(command->changesSchema());
    EXPECT_EQ(command->id(), int(CommandId::MoveLayoutItems));
    EXPECT_EQ(document.layout().item(id("users")).position, users + QPointF(50, 20));
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == original);
    EXPECT_EQ(schemaChanged.count(), 0);
    EXPECT_EQ(layoutChanged.count(), 11);
}

TEST(MergeCommands, DragsOfDifferentSelectionsDoNotMerge)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);

    ASSERT_TRUE(editor.moveLayoutItems({{id("users"), QPointF(1, 1)}}, true));
    ASSERT_TRUE(editor.moveLayoutItems({{id("users"), QPointF(2, 2)}, {id("posts"), QPointF(3, 3)}}, true));

    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_EQ(document.undoStack()->text(0), QStringLiteral("Move table users"));
}

TEST(MergeCommands, ADragBackToTheStartLeavesNothingOnTheStack)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    const QPointF start = document.layout().item(id("users")).position;

    ASSERT_TRUE(editor.moveLayoutItems({{id("users"), start + QPointF(10, 0)}}, true));
    ASSERT_TRUE(editor.moveLayoutItems({{id("users"), start}}, true));

    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST(LayoutCommands, ColourAndGroupRoundTripWithoutSchemaChanges)
{
    SchemaDocument document(tw::test::sampleProject());
    SchemaEditor editor(&document);
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);

    const QList<Id> both{id("users"), id("posts")};
    tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.setLayoutColor(both, QColor(Qt::blue)); });
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Change colour of 2 tables"));
    EXPECT_EQ(document.layout().item(id("posts")).color, QColor(Qt::blue));

    tw::test::expectUndoRedoRoundTrip(document, [&] { return editor.setLayoutGroup(both, QStringLiteral("blog")); });
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Put 2 tables in group blog"));
    EXPECT_EQ(document.layout().item(id("users")).group, QStringLiteral("blog"));

    EXPECT_FALSE(editor.setLayoutGroup(both, QStringLiteral("blog")));         // no change: nothing pushed
    EXPECT_FALSE(editor.setLayoutColor({id("users.email")}, QColor(Qt::red))); // a column has no card
    EXPECT_FALSE(editor.moveLayoutItems({{id("missing"), QPointF(1, 1)}}));
    EXPECT_EQ(schemaChanged.count(), 0);
}
