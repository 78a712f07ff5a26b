// SPDX-License-Identifier: GPL-3.0-or-later
// Editing through IndexesModel, ForeignKeysModel, UniqueConstraintsModel and CheckConstraintsModel.
#include "tests/model/document/documenttestsupport.h"
#include "tests/support/schemaedits.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/checkconstraintsmodel.h"
#include "model/itemmodels/foreignkeysmodel.h"
#include "model/itemmodels/indexesmodel.h"
#include "model/itemmodels/uniqueconstraintsmodel.h"
#include "tests/support/printers.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::id;

namespace {

class ConstraintModels : public ::testing::Test
{
protected:
    const Table &posts() const { return *document.schema().table(id("posts")); }
    const Table &users() const { return *document.schema().table(id("users")); }
    int commands() const { return document.undoStack()->count(); }

    template<typename Model>
    void watch(Model &model, const char *table)
    {
        model.setTableId(id(table));
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    SchemaDocument document{tw::test::sampleProject()};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

TEST_F(ConstraintModels, IndexPartsNameColumnsOrExpressions)
{
    IndexesModel model(&document);
    watch(model, "posts");
    EXPECT_EQ(model.data(model.index(0, IndexesModel::Parts)).toString(), QStringLiteral("author_id, title"));
    ASSERT_TRUE(model.setData(model.index(0, IndexesModel::Parts), QStringLiteral("TITLE, coalesce(title, 'x')")));
    EXPECT_EQ(commands(), 1);
    const QList<IndexPart> parts = posts().indexes.first().parts;
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0], IndexPart::ofColumn(id("posts.title")));
    EXPECT_EQ(parts[1], IndexPart::ofExpression(QStringLiteral("coalesce(title, 'x')")));
    ASSERT_TRUE(model.setData(model.index(0, IndexesModel::Unique), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(model.setData(model.index(0, IndexesModel::Where), QStringLiteral("title IS NOT NULL")));
    EXPECT_TRUE(posts().indexes.first().unique);
    EXPECT_EQ(posts().indexes.first().where, QStringLiteral("title IS NOT NULL"));
    EXPECT_EQ(commands(), 3);
}

// A new index is numbered (`posts_idx_1`) until its columns are picked; then it is named after them, and keeps
// following them while nobody has chosen a name. A chosen name (posts_author_title_idx is not `posts_author_id_…`)
// stays.
TEST_F(ConstraintModels, AnIndexNobodyNamedIsNamedAfterItsColumns)
{
    IndexesModel model(&document);
    watch(model, "posts");
    const int row = model.addItem();
    ASSERT_EQ(row, 1);
    EXPECT_EQ(model.data(model.index(row, IndexesModel::Name)).toString(), QStringLiteral("posts_idx_1"));
    ASSERT_TRUE(model.setData(model.index(row, IndexesModel::Parts), QStringLiteral("title")));
    EXPECT_EQ(posts().indexes.at(row).name, QStringLiteral("posts_title_idx"));
    ASSERT_TRUE(model.setData(model.index(row, IndexesModel::Parts), QStringLiteral("author_id, title")));
    EXPECT_EQ(posts().indexes.at(row).name, QStringLiteral("posts_author_id_title_idx"));
    document.undoStack()->undo();
    EXPECT_EQ(posts().indexes.at(row).name, QStringLiteral("posts_title_idx")); // one step: columns and name

    ASSERT_TRUE(model.setData(model.index(0, IndexesModel::Parts), QStringLiteral("title")));
    EXPECT_EQ(posts().indexes.at(0).name, QStringLiteral("posts_author_title_idx"));
}

TEST_F(ConstraintModels, RenamingAColumnUpdatesIndexPartsText)
{
    IndexesModel model(&document);
    watch(model, "posts");
    Column title = *posts().column(id("posts.title"));
    title.name = QStringLiteral("heading");
    ASSERT_TRUE(SchemaEditor(&document).changeItem(id("posts"), title, EditAspect::Name));
    EXPECT_EQ(model.data(model.index(0, IndexesModel::Parts)).toString(), QStringLiteral("author_id, heading"));
}

TEST_F(ConstraintModels, ChoosingAnotherTargetTablePointsAtItsPrimaryKey)
{
    ForeignKeysModel model(&document);
    watch(model, "comments");
    const QModelIndex target = model.index(1, ForeignKeysModel::TargetTable);
    EXPECT_EQ(model.data(target).toString(), QStringLiteral("users"));
    EXPECT_TRUE(model.data(target, TableItemModel::ChoicesRole).toStringList().contains(QStringLiteral("post_tags")));
    ASSERT_TRUE(model.setData(target, QStringLiteral("posts")));
    EXPECT_EQ(commands(), 1);
    const ForeignKey &key = document.schema().table(id("comments"))->foreignKeys.at(1);
    EXPECT_EQ(key.targetTable, id("posts"));
    EXPECT_EQ(key.targetColumns, QList<Id>{id("posts.id")});
    EXPECT_FALSE(model.setData(target, QStringLiteral("no_such_table")));
    EXPECT_EQ(commands(), 1);
}

TEST_F(ConstraintModels, ForeignKeyColumnsAndActionsByName)
{
    ForeignKeysModel model(&document);
    watch(model, "posts");
    ASSERT_TRUE(model.setData(model.index(0, ForeignKeysModel::OnDelete), QStringLiteral("cascade")));
    EXPECT_EQ(posts().foreignKeys.first().onDelete, ReferentialAction::Cascade);
    EXPECT_FALSE(model.setData(model.index(0, ForeignKeysModel::Columns), QStringList{QStringLiteral("nope")}));
    ASSERT_TRUE(model.setData(model.index(0, ForeignKeysModel::Columns), QStringList{QStringLiteral("id")}));
    EXPECT_EQ(posts().foreignKeys.first().columns, QList<Id>{id("posts.id")});
    EXPECT_EQ(model.data(model.index(0, ForeignKeysModel::TargetColumns), Qt::EditRole).toStringList(),
              QStringList{QStringLiteral("id")});
    EXPECT_EQ(commands(), 2);
}

TEST_F(ConstraintModels, RenamingTheTargetTableUpdatesTheReferencesCell)
{
    ForeignKeysModel model(&document);
    watch(model, "posts");
    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("people")));
    EXPECT_EQ(model.data(model.index(0, ForeignKeysModel::TargetTable)).toString(), QStringLiteral("people"));
}

TEST_F(ConstraintModels, UniqueConstraintColumnsRejectUnknownOrRepeatedNames)
{
    UniqueConstraintsModel model(&document);
    watch(model, "posts");
    const QModelIndex columns = model.index(0, UniqueConstraintsModel::Columns);
    EXPECT_FALSE(model.setData(columns, QStringLiteral("title, title")));
    EXPECT_FALSE(model.setData(columns, QStringLiteral("title, body")));
    ASSERT_TRUE(model.setData(columns, QStringLiteral("author_id, title")));
    EXPECT_EQ(posts().uniqueConstraints.first().columns, (QList<Id>{id("posts.author_id"), id("posts.title")}));
    EXPECT_EQ(commands(), 1);
}

TEST_F(ConstraintModels, CheckExpressionEditIsOneCommand)
{
    CheckConstraintsModel model(&document);
    watch(model, "users");
    ASSERT_TRUE(model.setData(model.index(0, CheckConstraintsModel::Expression), QStringLiteral("length(email) > 3")));
    EXPECT_EQ(users().checkConstraints.first().expression, QStringLiteral("length(email) > 3"));
    ASSERT_EQ(model.addItem(), 1);
    EXPECT_EQ(users().checkConstraints.at(1).name, QStringLiteral("users_check_1"));
    EXPECT_EQ(commands(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(users().checkConstraints.first().expression, QStringLiteral("email LIKE '%@%'"));
    EXPECT_EQ(model.rowCount(), 1);
}

} // namespace

TEST_F(ConstraintModels, ANewIndexIsNamedFreeOfEveryIndexTableAndViewInTheSchema)
{
    // Index names are schema-wide in SQLite: the grid once looked at its own table's indexes only.
    Index elsewhere;
    elsewhere.name = QStringLiteral("users_idx_1");
    elsewhere.parts << IndexPart::ofColumn(id("posts.title"));
    ASSERT_FALSE(SchemaEditor(&document).addItem(id("posts"), elsewhere).isNull());
    View view;
    view.name = QStringLiteral("users_idx_2");
    view.definition = QStringLiteral("SELECT 1");
    ASSERT_FALSE(SchemaEditor(&document).addView(view).isNull());
    IndexesModel model(&document);
    watch(model, "users");

    const int row = model.addItem();

    ASSERT_GE(row, 0);
    EXPECT_EQ(users().indexes[row].name, QStringLiteral("users_idx_3"));
}
