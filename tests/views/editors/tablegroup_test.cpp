// SPDX-License-Identifier: GPL-3.0-or-later
// The table editor's Group field: the diagram group that is also the table's code-export domain.
#include "views/editors/tableeditor.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::TableEditor;

namespace {

const Id kTags(QStringLiteral("tags"));
const Id kProducts(QStringLiteral("products"));
const Id kUsers(QStringLiteral("users"));

Project groupedProject()
{
    Project project;
    for (const Id &id : {kTags, kProducts, kUsers}) {
        Table table;
        table.id = id;
        table.name = id.toString();
        project.schema.tables << table;
    }
    project.layout.items.insert(kTags, TableLayout{QPointF(0, 0), 0, {}, QStringLiteral("catalog")});
    project.layout.items.insert(kProducts, TableLayout{QPointF(300, 0), 0, {}, {}});
    project.layout.items.insert(kUsers, TableLayout{QPointF(600, 0), 0, {}, QStringLiteral("accounts")});
    return project;
}

class TableGroupTest : public ::testing::Test
{
protected:
    TableGroupTest()
    {
        editor.setTableId(kProducts);
        editor.show();
    }

    QString groupOf(const Id &id) const { return document.layout().item(id).group; }

    SchemaDocument document{groupedProject()};
    TableEditor editor{&document};
};

TEST_F(TableGroupTest, ListsTheProjectsGroupsAndShowsTheTablesOwn)
{
    QComboBox *box = editor.groupBox();
    ASSERT_EQ(box->count(), 2);
    EXPECT_EQ(box->itemText(0), QStringLiteral("accounts"));
    EXPECT_EQ(box->itemText(1), QStringLiteral("catalog"));
    EXPECT_EQ(box->currentText(), QString()); // products has none
    editor.setTableId(kTags);
    EXPECT_EQ(box->currentText(), QStringLiteral("catalog"));
}

TEST_F(TableGroupTest, PickingAGroupIsOneUndoStep)
{
    QComboBox *box = editor.groupBox();
    box->setCurrentIndex(box->findText(QStringLiteral("catalog")));
    Q_EMIT box->activated(box->currentIndex());
    EXPECT_EQ(groupOf(kProducts), QStringLiteral("catalog"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(groupOf(kProducts), QString());
    EXPECT_EQ(box->currentText(), QString()); // the field follows the undo
}

TEST_F(TableGroupTest, TypingANewGroupAddsItWhenEditingFinishes)
{
    QLineEdit *field = editor.groupBox()->lineEdit();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("  billing "));
    EXPECT_EQ(document.undoStack()->count(), 0); // nothing until the edit is finished
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(groupOf(kProducts), QStringLiteral("billing"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(editor.groupBox()->count(), 3); // the new group is offered for the other tables
    Q_EMIT field->editingFinished();          // finishing again with the same text pushes nothing
    EXPECT_EQ(document.undoStack()->count(), 1);
}

TEST_F(TableGroupTest, ClearingTheFieldRemovesTheTableFromItsGroup)
{
    editor.setTableId(kUsers);
    QLineEdit *field = editor.groupBox()->lineEdit();
    field->clear();
    Q_EMIT field->editingFinished();
    EXPECT_EQ(groupOf(kUsers), QString());
    EXPECT_EQ(editor.groupBox()->count(), 1); // accounts is gone: no table has it any more
}

TEST_F(TableGroupTest, AGroupChangedElsewhereShowsInTheField)
{
    ASSERT_TRUE(SchemaEditor(&document).setLayoutGroup({kProducts}, QStringLiteral("accounts")));
    EXPECT_EQ(editor.groupBox()->currentText(), QStringLiteral("accounts"));
}

} // namespace
