// SPDX-License-Identifier: GPL-3.0-or-later
// New Relationship: the draft's rules, the one-step edit it makes, and the dialog that collects it.
#include "views/editors/relationshipdialog.h"

#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::RelationshipDialog;
using tw::views::RelationshipDraft;

namespace {

const Id kCategories(QStringLiteral("categories"));
const Id kCategoryId(QStringLiteral("categories.id"));
const Id kCategoryName(QStringLiteral("categories.name"));
const Id kProducts(QStringLiteral("products"));
const Id kProductName(QStringLiteral("products.name"));
const Id kProductCategory(QStringLiteral("products.category"));

Column column(const Id &id, const QString &name, SqlType type)
{
    Column c;
    c.id = id;
    c.name = name;
    c.type = type;
    return c;
}

Project shopProject()
{
    Project project;
    Table categories;
    categories.id = kCategories;
    categories.name = QStringLiteral("categories");
    categories.columns << column(kCategoryId, QStringLiteral("id"), SqlType::Integer)
                       << column(kCategoryName, QStringLiteral("name"), SqlType::Text);
    categories.columns[0].primaryKey = true;
    categories.columns[1].unique = true;
    Table products;
    products.id = kProducts;
    products.name = QStringLiteral("products");
    products.columns << column(Id(QStringLiteral("products.id")), QStringLiteral("id"), SqlType::Integer)
                     << column(kProductName, QStringLiteral("name"), SqlType::Text)
                     << column(kProductCategory, QStringLiteral("category"), SqlType::Text);
    products.columns[0].primaryKey = true;
    project.schema.tables << categories << products;
    return project;
}

class RelationshipTest : public ::testing::Test
{
protected:
    SchemaDocument document{shopProject()};
    const Table &products() const { return *document.schema().table(kProducts); }
};

TEST_F(RelationshipTest, SuggestedDraftIsTheGuidesCategoryIdColumnWithIndex)
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

TEST_F(RelationshipTest, NewColumnForeignKeyAndIndexAreOneUndoStep)
{
    RelationshipDraft draft = RelationshipDraft::suggested(document.schema(), kProducts, kCategories);
    draft.notNull = true;
    draft.onDelete = ReferentialAction::Cascade;
    const int steps = document.undoStack()->count();
    ASSERT_TRUE(draft.apply(&document));
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->text(steps), QStringLiteral("Add relationship products.category_id → categories.id"));

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

TEST_F(RelationshipTest, ExistingColumnFollowsTheKeysType)
{
    RelationshipDraft draft = RelationshipDraft::suggested(document.schema(), kProducts, kCategories);
    draft.column = kProductCategory;
    draft.targetColumn = kCategoryName; // a unique column is a valid target too
    draft.createIndex = false;
    ASSERT_TRUE(draft.apply(&document));
    EXPECT_EQ(findById(products().columns, kProductCategory)->type, SqlType::Text);
    EXPECT_EQ(products().foreignKeys.first().targetColumns, QList<Id>{kCategoryName});
    EXPECT_TRUE(products().indexes.isEmpty());

    // The same link again is refused, and changes nothing.
    EXPECT_NE(draft.problem(document.schema()), QString());
    const int steps = document.undoStack()->count();
    EXPECT_FALSE(draft.apply(&document));
    EXPECT_EQ(document.undoStack()->count(), steps);
}

TEST_F(RelationshipTest, ProblemsNameWhatIsWrong)
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

TEST_F(RelationshipTest, IndexNameAvoidsNamesTakenAnywhereInTheSchema)
{
    Index taken;
    taken.id = Id(QStringLiteral("categories.idx"));
    taken.name = QStringLiteral("products_category_id_idx");
    taken.parts << IndexPart::ofColumn(kCategoryName);
    Project project = shopProject();
    project.schema.tables[0].indexes << taken;
    SchemaDocument other(project);
    const RelationshipDraft draft = RelationshipDraft::suggested(other.schema(), kProducts, kCategories);
    EXPECT_EQ(draft.indexName(other.schema()), QStringLiteral("products_category_id_idx_2"));
}

TEST_F(RelationshipTest, DialogPreselectsTablesAndEnablesOkOnlyForAValidDraft)
{
    RelationshipDialog dialog(&document, kProducts, kCategories);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_EQ(dialog.childTableCombo()->currentText(), QStringLiteral("products"));
    EXPECT_EQ(dialog.parentTableCombo()->currentText(), QStringLiteral("categories"));
    EXPECT_EQ(dialog.newColumnEdit()->text(), QStringLiteral("category_id"));
    EXPECT_EQ(dialog.targetColumnCombo()->count(), 2); // id (primary key) and name (unique)
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("products_category_id_idx")));

    dialog.newColumnEdit()->setText(QStringLiteral("name"));
    Q_EMIT dialog.newColumnEdit()->textEdited(QStringLiteral("name"));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("already has a column")));

    // Picking an existing column disables the new-column fields.
    dialog.columnCombo()->setCurrentIndex(dialog.columnCombo()->findText(QStringLiteral("category"),
                                                                         Qt::MatchStartsWith));
    EXPECT_FALSE(dialog.newColumnEdit()->isEnabled());
    EXPECT_TRUE(ok->isEnabled());
    dialog.onDeleteCombo()->setCurrentIndex(dialog.onDeleteCombo()->findText(QStringLiteral("cascade")));
    const int steps = document.undoStack()->count();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(products().foreignKeys.first().columns, QList<Id>{kProductCategory});
    EXPECT_EQ(products().foreignKeys.first().onDelete, ReferentialAction::Cascade);
}

TEST_F(RelationshipTest, ChangingTheParentRenamesAnUntouchedSuggestion)
{
    RelationshipDialog dialog(&document, kProducts, kProducts);
    EXPECT_EQ(dialog.newColumnEdit()->text(), QStringLiteral("product_id")); // a self-reference
    dialog.parentTableCombo()->setCurrentIndex(dialog.parentTableCombo()->findText(QStringLiteral("categories")));
    EXPECT_EQ(dialog.newColumnEdit()->text(), QStringLiteral("category_id"));
    dialog.newColumnEdit()->setText(QStringLiteral("main_category_id"));
    dialog.parentTableCombo()->setCurrentIndex(dialog.parentTableCombo()->findText(QStringLiteral("products")));
    EXPECT_EQ(dialog.newColumnEdit()->text(), QStringLiteral("main_category_id")); // the user's name stays
}

TEST_F(RelationshipTest, WithoutASelectionTheDialogProposesTwoDifferentTables)
{
    RelationshipDialog dialog(&document, {}, {});
    EXPECT_EQ(dialog.parentTableCombo()->currentText(), QStringLiteral("categories"));
    EXPECT_EQ(dialog.childTableCombo()->currentText(), QStringLiteral("products"));
    RelationshipDialog childOnly(&document, kCategories, {});
    EXPECT_EQ(childOnly.childTableCombo()->currentText(), QStringLiteral("categories"));
    EXPECT_EQ(childOnly.parentTableCombo()->currentText(), QStringLiteral("products"));
}

} // namespace
