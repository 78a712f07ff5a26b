// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/schemaedits.h"
#include "views/editors/tableeditor.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/columnsmodel.h"
#include "views/editors/itemlistpage.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::ItemListPage;
using tw::views::TableEditor;

namespace {

const Id kUsers(QStringLiteral("users"));

Project usersProject()
{
    Project project;
    Table users;
    users.id = kUsers;
    users.name = QStringLiteral("users");
    for (const char *name : {"id", "email", "name"}) {
        Column c;
        c.id = Id(QStringLiteral("users.") + QLatin1String(name));
        c.name = QLatin1String(name);
        users.columns << c;
    }
    users.columns[0].type = SqlType::Integer;
    users.columns[0].primaryKey = true;
    project.schema.tables << users;
    return project;
}

class TableEditorTest : public ::testing::Test
{
protected:
    TableEditorTest()
    {
        editor.setTableId(kUsers);
        editor.show();
    }

    const Table &users() const { return *document.schema().table(kUsers); }
    QUndoStack *stack() const { return document.undoStack(); }

    SchemaDocument document{usersProject()};
    TableEditor editor{&document};
};

TEST_F(TableEditorTest, ShowsTheTableAndItsColumns)
{
    EXPECT_EQ(editor.nameEdit()->text(), QStringLiteral("users"));
    EXPECT_EQ(editor.page(TableEditor::ColumnsTab)->model()->rowCount(), 3);
    EXPECT_EQ(editor.tabs()->tabText(TableEditor::ColumnsTab), QStringLiteral("Columns (3)"));
}

TEST_F(TableEditorTest, TypingANameIsOneUndoStep)
{
    editor.nameEdit()->setFocus();
    editor.nameEdit()->selectAll();
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("people"));
    EXPECT_EQ(users().name, QStringLiteral("people"));
    EXPECT_EQ(stack()->count(), 1);
    stack()->undo();
    EXPECT_EQ(users().name, QStringLiteral("users"));
    EXPECT_EQ(editor.nameEdit()->text(), QStringLiteral("users"));
}

TEST_F(TableEditorTest, FinishingAnEditStartsANewUndoStep)
{
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("_a"));
    Q_EMIT editor.nameEdit()->editingFinished();
    QTest::keyClicks(editor.nameEdit(), QStringLiteral("_b"));
    EXPECT_EQ(users().name, QStringLiteral("users_a_b"));
    EXPECT_EQ(stack()->count(), 2);
}

TEST_F(TableEditorTest, CommentAndTsNameAreSeparateSteps)
{
    QTest::keyClicks(editor.commentEdit(), QStringLiteral("x"));
    QTest::keyClicks(editor.tsNameEdit(), QStringLiteral("appUsers"));
    EXPECT_EQ(stack()->count(), 2);
    EXPECT_EQ(users().tsName, QStringLiteral("appUsers"));
    EXPECT_EQ(users().comment, QStringLiteral("x"));
}

TEST_F(TableEditorTest, FieldsFollowUndoneRenamesFromElsewhere)
{
    ASSERT_TRUE(tw::test::renameTable(document, kUsers, QStringLiteral("members")));
    EXPECT_EQ(editor.nameEdit()->text(), QStringLiteral("members"));
}

TEST_F(TableEditorTest, AddAndRemoveButtonsPushOneCommandEach)
{
    ItemListPage *columns = editor.page(TableEditor::ColumnsTab);
    columns->addItem();
    EXPECT_EQ(users().columns.size(), 4);
    EXPECT_EQ(stack()->count(), 1);
    EXPECT_EQ(editor.tabs()->tabText(TableEditor::ColumnsTab), QStringLiteral("Columns (4)"));
    columns->selectRow(3);
    columns->removeCurrent();
    EXPECT_EQ(users().columns.size(), 3);
    EXPECT_EQ(stack()->count(), 2);
}

TEST_F(TableEditorTest, ColumnsAreAddedMovedAndRemovedFromTheKeyboard)
{
    editor.show();
    editor.activateWindow(); // shortcuts work in the active window only
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    ItemListPage *columns = editor.page(TableEditor::ColumnsTab);
    editor.tabs()->setCurrentIndex(TableEditor::ColumnsTab);
    columns->view()->setFocus();
    columns->selectRow(0);
    QTest::keyClick(columns->view(), Qt::Key_Return, Qt::ControlModifier); // add, editing its name
    ASSERT_EQ(users().columns.size(), 4);
    const QString added = users().columns.at(3).name;
    QTest::keyClick(columns->view(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(users().columns.at(2).name, added);
    QTest::keyClick(columns->view(), Qt::Key_Delete, Qt::ControlModifier);
    EXPECT_EQ(users().columns.size(), 3);
    EXPECT_EQ(users().columns.at(2).name, QStringLiteral("name"));
    stack()->undo();
    EXPECT_EQ(users().columns.at(2).name, added);
    EXPECT_TRUE(columns->findChild<QToolButton *>()->toolTip().contains(QStringLiteral("Ctrl+Return")))
        << columns->findChild<QToolButton *>()->toolTip().toStdString();
}

TEST_F(TableEditorTest, MoveDownReordersColumns)
{
    ItemListPage *columns = editor.page(TableEditor::ColumnsTab);
    columns->selectRow(0);
    columns->moveCurrent(1);
    EXPECT_EQ(users().columns.at(1).name, QStringLiteral("id"));
    EXPECT_EQ(columns->view()->currentIndex().row(), 1);
    EXPECT_EQ(stack()->count(), 1);
}

TEST_F(TableEditorTest, RemovedTableShowsTheHintAndUndoBringsTheEditorBack)
{
    ASSERT_TRUE(SchemaEditor(&document).removeTablesAndViews({kUsers}));
    EXPECT_FALSE(editor.nameEdit()->isVisible());
    stack()->undo();
    EXPECT_TRUE(editor.nameEdit()->isVisible());
    EXPECT_EQ(editor.page(TableEditor::ColumnsTab)->model()->rowCount(), 3);
}

TEST_F(TableEditorTest, SelectItemShowsItsTabAndRow)
{
    ASSERT_TRUE(editor.selectItem(Id(QStringLiteral("users.name"))));
    EXPECT_EQ(editor.tabs()->currentIndex(), TableEditor::ColumnsTab);
    EXPECT_EQ(editor.page(TableEditor::ColumnsTab)->view()->currentIndex().row(), 2);
    EXPECT_FALSE(editor.selectItem(Id(QStringLiteral("nothing"))));
}

} // namespace
