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
    dialog.columnCombo()->setCurrentIndex(
        dialog.columnCombo()->findText(QStringLiteral("category"), Qt::MatchStartsWith));
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
