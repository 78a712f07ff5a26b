// SPDX-License-Identifier: GPL-3.0-or-later
// Generated columns in the table editor: the current column's GENERATED ALWAYS AS settings, each an undo step.
#include "views/editors/generatedcolumneditor.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/columnsmodel.h"
#include "model/schema/idlookup.h"
#include "views/editors/itemlistpage.h"
#include "views/editors/tableeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::GeneratedColumnEditor;
using tw::views::TableEditor;

namespace {

const Id kUsers(QStringLiteral("users"));
const Id kEmail(QStringLiteral("users.email"));
const Id kLower(QStringLiteral("users.email_lower"));

Project usersProject()
{
    Project project;
    Table users;
    users.id = kUsers;
    users.name = QStringLiteral("users");
    for (const char *name : {"id", "email", "email_lower"}) {
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

const Column &column(const SchemaDocument &document, const Id &id)
{
    return *findById(document.schema().table(kUsers)->columns, id);
}

TEST(GeneratedColumnEditor, TurningOnTypingAndStorageAreUndoableEdits)
{
    SchemaDocument document(usersProject());
    GeneratedColumnEditor editor(&document);
    editor.show();
    EXPECT_FALSE(editor.generatedBox()->isEnabled());
    editor.setColumn(kUsers, kLower);
    EXPECT_TRUE(editor.generatedBox()->isEnabled());
    EXPECT_FALSE(editor.expressionEdit()->isEnabled());

    editor.generatedBox()->setChecked(true);
    ASSERT_TRUE(column(document, kLower).generated.has_value());
    EXPECT_EQ(column(document, kLower).generated->storage, GeneratedColumn::Storage::Virtual);
    EXPECT_TRUE(editor.expressionEdit()->isEnabled());

    const int steps = document.undoStack()->count();
    QTest::keyClicks(editor.expressionEdit(), QStringLiteral("lower(\"email\")"));
    EXPECT_EQ(column(document, kLower).generated->expression, QStringLiteral("lower(\"email\")"));
    EXPECT_EQ(document.undoStack()->count(), steps + 1); // typing is one step

    editor.storageBox()->setCurrentIndex(1);
    Q_EMIT editor.storageBox()->activated(1);
    EXPECT_EQ(column(document, kLower).generated->storage, GeneratedColumn::Storage::Stored);

    document.undoStack()->undo(); // storage
    document.undoStack()->undo(); // expression
    EXPECT_EQ(column(document, kLower).generated->expression, QString());
    EXPECT_TRUE(editor.expressionEdit()->text().isEmpty());
    document.undoStack()->undo(); // generated on
    EXPECT_FALSE(column(document, kLower).generated.has_value());
    EXPECT_FALSE(editor.generatedBox()->isChecked());
}

TEST(GeneratedColumnEditor, FollowsTheCurrentColumnOfTheTableEditor)
{
    SchemaDocument document(usersProject());
    Column generated = column(document, kLower);
    generated.generated = GeneratedColumn{QStringLiteral("lower(\"email\")"), GeneratedColumn::Storage::Stored};
    ASSERT_TRUE(SchemaEditor(&document).changeItem<Column>(kUsers, generated));
    TableEditor tableEditor(&document);
    tableEditor.setTableId(kUsers);
    tableEditor.show();
    QTableView *columns = tableEditor.page(TableEditor::ColumnsTab)->view();
    columns->setCurrentIndex(columns->model()->index(2, ColumnsModel::Name));
    GeneratedColumnEditor *editor = tableEditor.generatedEditor();
    EXPECT_EQ(editor->columnId(), kLower);
    EXPECT_TRUE(editor->generatedBox()->isChecked());
    EXPECT_EQ(editor->expressionEdit()->text(), QStringLiteral("lower(\"email\")"));
    EXPECT_EQ(editor->storageBox()->currentIndex(), 1);

    columns->setCurrentIndex(columns->model()->index(1, ColumnsModel::Name));
    EXPECT_EQ(editor->columnId(), kEmail);
    EXPECT_FALSE(editor->generatedBox()->isChecked());
    EXPECT_TRUE(editor->expressionEdit()->text().isEmpty());
}

} // namespace
