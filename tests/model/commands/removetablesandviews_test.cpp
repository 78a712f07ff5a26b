// SPDX-License-Identifier: GPL-3.0-or-later
// SchemaEditor::removeTablesAndViews: what the diagram's Delete does with a selection, as one undo step.
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/model/commands/commandfixture.h"
#include "tests/support/printers.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

class RemoveTablesAndViewsTest : public ::testing::Test
{
protected:
    SchemaDocument document{tw::test::shopProject()};
    SchemaEditor editor{&document};
};

} // namespace

TEST_F(RemoveTablesAndViewsTest, SeveralTablesAndAViewAreOneUndoStepThatEmitsSchemaChangedOnce)
{
    // Once a raw undo-stack macro: it emitted schemaChanged() once per table and was no DocumentCommand.
    const Project before = document.project();
    QSignalSpy schemaChanged(&document, &SchemaDocument::schemaChanged);

    ASSERT_TRUE(editor.removeTablesAndViews({id("categories"), id("tags"), id("product_names")}));

    EXPECT_EQ(schemaChanged.count(), 1);
    ASSERT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Remove 2 tables and 1 view"));
    EXPECT_EQ(document.schema().tables.size(), 2);
    EXPECT_TRUE(document.schema().views.isEmpty());
    EXPECT_FALSE(document.layout().items.contains(id("tags")));
    EXPECT_FALSE(document.layout().items.contains(id("product_names")));

    document.undoStack()->undo();
    EXPECT_EQ(document.project(), before);
    document.undoStack()->redo();
    EXPECT_EQ(document.schema().tables.size(), 2);
}

TEST_F(RemoveTablesAndViewsTest, KeysBetweenRemovedTablesGoWithThemInEitherOrder)
{
    const Project before = document.project();
    for (const QList<Id> &order :
         {QList<Id>{id("products"), id("reviews")}, QList<Id>{id("reviews"), id("products")}}) {
        ASSERT_TRUE(editor.removeTablesAndViews(order));
        EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Remove 2 tables"));
        EXPECT_EQ(document.schema().table(id("products")), nullptr);
        EXPECT_EQ(document.schema().table(id("reviews")), nullptr);
        document.undoStack()->undo();
        EXPECT_EQ(document.project(), before);
    }
}

TEST_F(RemoveTablesAndViewsTest, ATableTakesTheKeysPointingAtItFromTheTablesThatStay)
{
    ASSERT_TRUE(editor.removeTablesAndViews({id("products")}));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Remove table products"));
    EXPECT_TRUE(document.schema().table(id("reviews"))->foreignKeys.isEmpty());
}

TEST_F(RemoveTablesAndViewsTest, AnUnknownIdOrNothingChangesNothing)
{
    EXPECT_FALSE(editor.removeTablesAndViews({id("tags"), id("nothing")}));
    EXPECT_FALSE(editor.removeTablesAndViews({}));
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_NE(document.schema().table(id("tags")), nullptr);
}
