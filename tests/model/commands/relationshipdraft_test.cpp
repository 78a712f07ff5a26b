// SPDX-License-Identifier: GPL-3.0-or-later
// RelationshipDraft: the rules of a new relationship (suggestion, problems, index name) and the step it makes.
#include "model/commands/relationshipdraft.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"
#include "tests/model/commands/commandfixture.h"
#include "tests/support/printers.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

const Id kCategories(QStringLiteral("categories"));
const Id kCategoryId(QStringLiteral("categories.id"));
const Id kCategoryName(QStringLiteral("categories.name"));
const Id kProducts(QStringLiteral("products"));
const Id kProductCategory(QStringLiteral("products.category"));

class RelationshipDraftTest : public ::testing::Test
{
protected:
    const Table &products() const { return *document.schema().table(kProducts); }

    SchemaDocument document{tw::test::shopProject()};
    SchemaEditor editor{&document};
};

} // namespace

TEST_F(RelationshipDraftTest, SuggestedDraftIsTheGuidesCategoryIdColumnWithIndex)
{
    const RelationshipDraft draft = RelationshipDraft::suggested(document.schema(), kProducts, kCategories);
    EXPECT_EQ(draft.newColumnName, QStringLiteral("category_id"));
    EXPECT_EQ(draft.targetColumn, kCategoryId);
    EXPECT_TRUE(draft.createIndex);
    EXPECT_EQ(draft.problem(document.schema()), QString());
    EXPECT_EQ(draft.indexName(document.schema()), QStringLiteral("products_category_id_idx"));
    EXPECT_EQ(draft.summary(document.schema()),
              QStringLiteral("products.category_id → categories.id: many products per category, optional"));
}

TEST_F(RelationshipDraftTest, NewColumnForeignKeyAndIndexAreOneUndoStep)
{
    RelationshipDraft draft = RelationshipDraft::suggested(document.schema(), kProducts, kCategories);
    draft.notNull = true;
    draft.onDelete = ReferentialAction::Cascade;
    const int steps = document.undoStack()->count();
    ASSERT_TRUE(editor.addRelationship(draft));
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->text(steps),
              QStringLiteral("Add relationship products.category_id → categories.id"));

    const Column *added = products().columnNamed(QStringLiteral("category_id"));
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->type, SqlType::Integer);
    EXPECT_TRUE(added->notNull);
    ASSERT_EQ(products().foreignKeys.size(), 1);
    const ForeignKey &fk = products().foreignKeys.first();
    EXPECT_EQ(fk.columns, QList<Id>{added->id});
    EXPECT_EQ(fk.targetTable, kCategories);
    EXPECT_EQ(fk.targetColumns, QList<Id>{kCategoryId});
    EXPECT_EQ(fk.onDelete, ReferentialAction::Cascade);
    ASSERT_EQ(products().indexes.size(), 1);
    EXPECT_EQ(products().indexes.first().name, QStringLiteral("products_category_id_idx"));

    document.undoStack()->undo();
    EXPECT_EQ(products().columnNamed(QStringLiteral("category_id")), nullptr);
    EXPECT_TRUE(products().foreignKeys.isEmpty());
    EXPECT_TRUE(products().indexes.isEmpty());
}

TEST_F(RelationshipDraftTest, ExistingColumnFollowsTheKeysType)
{
    RelationshipDraft draft = RelationshipDraft::suggested(document.schema(), kProducts, kCategories);
    draft.column = kProductCategory;
    draft.targetColumn = kCategoryName; // a unique column is a valid target too
    draft.createIndex = false;
    ASSERT_TRUE(editor.addRelationship(draft));
    EXPECT_EQ(findById(products().columns, kProductCategory)->type, SqlType::Text);
    EXPECT_EQ(products().foreignKeys.first().targetColumns, QList<Id>{kCategoryName});
    EXPECT_TRUE(products().indexes.isEmpty());

    // The same link again is refused, and changes nothing.
    EXPECT_NE(draft.problem(document.schema()), QString());
    const int steps = document.undoStack()->count();
    EXPECT_FALSE(editor.addRelationship(draft));
    EXPECT_EQ(document.undoStack()->count(), steps);
}

TEST_F(RelationshipDraftTest, ProblemsNameWhatIsWrong)
{
    RelationshipDraft draft = RelationshipDraft::suggested(document.schema(), kProducts, kCategories);
    draft.newColumnName = QStringLiteral("NAME"); // SQLite folds case: taken
    EXPECT_TRUE(draft.problem(document.schema()).contains(QStringLiteral("already has a column `NAME`")));
    draft.newColumnName = QStringLiteral("  ");
    EXPECT_EQ(draft.problem(document.schema()), QStringLiteral("Name the new column."));
    draft.newColumnName = QStringLiteral("category_id");
    draft.notNull = true;
    draft.onDelete = ReferentialAction::SetNull;
    EXPECT_TRUE(draft.problem(document.schema()).startsWith(QStringLiteral("ON DELETE SET NULL")));
    draft.onDelete = ReferentialAction::NoAction;
    draft.targetColumn = Id(QStringLiteral("products.id")); // not a column of the parent
    EXPECT_TRUE(draft.problem(document.schema()).contains(QStringLiteral("no single-column")));
    draft.targetColumn = kCategoryId;
    draft.childTable = Id();
    EXPECT_EQ(draft.problem(document.schema()), QStringLiteral("Pick the table that holds the foreign key."));
}

TEST_F(RelationshipDraftTest, IndexNameAvoidsNamesTakenAnywhereInTheSchema)
{
    Index taken;
    taken.id = Id(QStringLiteral("categories.idx"));
    taken.name = QStringLiteral("products_category_id_idx");
    taken.parts << IndexPart::ofColumn(kCategoryName);
    Project project = tw::test::shopProject();
    project.schema.tables[0].indexes << taken;
    SchemaDocument other(project);
    const RelationshipDraft draft = RelationshipDraft::suggested(other.schema(), kProducts, kCategories);
    EXPECT_EQ(draft.indexName(other.schema()), QStringLiteral("products_category_id_idx_2"));
}
