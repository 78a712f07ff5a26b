// SPDX-License-Identifier: GPL-3.0-or-later
// The delegates commit one value (one command) and offer the model's choices.
#include "model/document/schemadocument.h"
#include "model/itemmodels/columnsmodel.h"
#include "model/itemmodels/foreignkeysmodel.h"
#include "model/itemmodels/indexesmodel.h"
#include "views/editors/choicedelegate.h"
#include "views/editors/columnlistdelegate.h"
#include "views/editors/defaultvaluedelegate.h"
#include "views/editors/defaultvalueeditor.h"
#include "views/editors/indexpartsdelegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace tw::model;

namespace {

Project twoTables()
{
    Project project;
    for (const char *name : {"users", "posts"}) {
        Table t;
        t.id = Id(QLatin1String(name));
        t.name = QLatin1String(name);
        for (const char *column : {"id", "owner_id", "title"}) {
            Column c;
            c.id = Id(QStringLiteral("%1.%2").arg(QLatin1String(name), QLatin1String(column)));
            c.name = QLatin1String(column);
            c.type = SqlType::Integer;
            t.columns << c;
        }
        t.columns[0].primaryKey = true;
        project.schema.tables << t;
    }
    ForeignKey key;
    key.id = Id(QStringLiteral("posts.fk"));
    key.columns = {Id(QStringLiteral("posts.owner_id"))};
    key.targetTable = Id(QStringLiteral("users"));
    key.targetColumns = {Id(QStringLiteral("users.id"))};
    project.schema.tables[1].foreignKeys << key;
    return project;
}

class DelegatesTest : public ::testing::Test
{
protected:
    const Table &posts() const { return document.schema().tables.at(1); }

    SchemaDocument document{twoTables()};
    QWidget parent;
    QStyleOptionViewItem option;
};

TEST_F(DelegatesTest, TypeComboOffersTheTypesAndCommitsThePick)
{
    ColumnsModel model(&document);
    model.setTableId(Id(QStringLiteral("posts")));
    tw::views::ChoiceDelegate delegate;
    const QModelIndex cell = model.index(2, ColumnsModel::Type);
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, option, cell));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->count(), sqlTypeNames().size());
    delegate.setEditorData(combo, cell);
    EXPECT_EQ(combo->currentText(), QStringLiteral("integer"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("text")));
    delegate.setModelData(combo, &model, cell);
    EXPECT_EQ(posts().columns.at(2).type, SqlType::Text);
    EXPECT_EQ(document.undoStack()->count(), 1);
}

TEST_F(DelegatesTest, ModeComboOnlyOffersModesOfTheType)
{
    ColumnsModel model(&document);
    model.setTableId(Id(QStringLiteral("posts")));
    tw::views::ChoiceDelegate delegate;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, option, model.index(0, ColumnsModel::Mode)));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    ASSERT_TRUE(combo);
    EXPECT_GE(combo->findText(QStringLiteral("timestamp")), 0);
    EXPECT_EQ(combo->findText(QStringLiteral("json")), -1);
}

TEST_F(DelegatesTest, DefaultEditorCommitsKindAndValueAsOneEdit)
{
    ColumnsModel model(&document);
    model.setTableId(Id(QStringLiteral("posts")));
    tw::views::DefaultValueDelegate delegate;
    const QModelIndex cell = model.index(2, ColumnsModel::Default);
    std::unique_ptr<QWidget> widget(delegate.createEditor(&parent, option, cell));
    auto *editor = qobject_cast<tw::views::DefaultValueEditor *>(widget.get());
    ASSERT_TRUE(editor);
    delegate.setEditorData(editor, cell);
    EXPECT_EQ(editor->value(), QStringList{QStringLiteral("none")});
    editor->setValue({QStringLiteral("number"), QStringLiteral("42")});
    delegate.setModelData(editor, &model, cell);
    EXPECT_EQ(posts().columns.at(2).defaultValue, ColumnDefault::number(QStringLiteral("42")));
    EXPECT_EQ(document.undoStack()->count(), 1);
    editor->setValue({QStringLiteral("boolean"), QStringLiteral("false")});
    EXPECT_EQ(editor->value(), (QStringList{QStringLiteral("boolean"), QStringLiteral("false")}));
}

TEST_F(DelegatesTest, TheDefaultEditorsNowButtonWritesTheInsertsTimeInTheColumnsFormat)
{
    ColumnsModel model(&document);
    model.setTableId(Id(QStringLiteral("posts")));
    tw::views::DefaultValueDelegate delegate;
    const QModelIndex cell = model.index(2, ColumnsModel::Default); // posts.title, an integer: milliseconds
    std::unique_ptr<QWidget> widget(delegate.createEditor(&parent, option, cell));
    auto *editor = qobject_cast<tw::views::DefaultValueEditor *>(widget.get());
    ASSERT_TRUE(editor);
    delegate.setEditorData(editor, cell);
    auto *now = editor->findChild<QToolButton *>(QStringLiteral("defaultNowButton"));
    ASSERT_NE(now, nullptr);
    now->click();
    delegate.setModelData(editor, &model, cell);
    EXPECT_EQ(posts().columns.at(2).defaultValue,
              ColumnDefault::expression(QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))")));

    Column seconds;
    seconds.type = SqlType::Integer;
    seconds.mode = DrizzleMode::Timestamp;
    EXPECT_EQ(seconds.nowDefault(), QStringLiteral("(unixepoch())"));
    Column text;
    EXPECT_EQ(text.nowDefault(), QStringLiteral("(CURRENT_TIMESTAMP)"));
    Column flag;
    flag.type = SqlType::Integer;
    flag.mode = DrizzleMode::Boolean;
    EXPECT_TRUE(flag.nowDefault().isEmpty()) << "no Now for a boolean";
}

// The index's columns are picked from a menu at the end of the text field: each pick adds (or takes out) one
// column and is one command; expressions typed in the field stay; the index is named after its columns.
TEST_F(DelegatesTest, IndexColumnPickerAddsAndRemovesColumnsKeepingExpressions)
{
    IndexesModel model(&document);
    model.setTableId(Id(QStringLiteral("posts")));
    const int row = model.addItem();
    const QModelIndex cell = model.index(row, IndexesModel::Parts);
    tw::views::IndexPartsDelegate delegate;
    QSignalSpy commits(&delegate, &QAbstractItemDelegate::commitData);
    QObject::connect(&delegate, &QAbstractItemDelegate::commitData, &delegate,
                     [&](QWidget *editor) { delegate.setModelData(editor, &model, cell); });
    std::unique_ptr<QWidget> widget(delegate.createEditor(&parent, option, cell));
    auto *field = qobject_cast<QLineEdit *>(widget.get());
    ASSERT_TRUE(field);
    delegate.setEditorData(field, cell);
    QMenu *picker = tw::views::IndexPartsDelegate::pickerMenu(field);
    ASSERT_TRUE(picker);
    ASSERT_EQ(picker->actions().size(), 3);
    EXPECT_EQ(picker->actions().at(2)->text(), QStringLiteral("title"));

    picker->actions().at(2)->trigger(); // title
    EXPECT_EQ(field->text(), QStringLiteral("title"));
    EXPECT_EQ(posts().indexes.at(row).name, QStringLiteral("posts_title_idx"));
    field->setText(field->text() + QStringLiteral(", lower(\"title\")")); // typed
    picker->actions().at(1)->trigger();                                   // owner_id
    EXPECT_EQ(field->text(), QStringLiteral("title, lower(\"title\"), owner_id"));
    picker->actions().at(2)->trigger(); // title again: out
    EXPECT_EQ(field->text(), QStringLiteral("lower(\"title\"), owner_id"));
    EXPECT_EQ(commits.size(), 3);
    ASSERT_EQ(posts().indexes.at(row).parts.size(), 2);
    EXPECT_EQ(posts().indexes.at(row).parts.at(0), IndexPart::ofExpression(QStringLiteral("lower(\"title\")")));
    EXPECT_EQ(posts().indexes.at(row).name, QStringLiteral("posts_owner_id_idx"));
    Q_EMIT picker->aboutToShow();
    EXPECT_TRUE(picker->actions().at(1)->isChecked());
    EXPECT_FALSE(picker->actions().at(2)->isChecked());
}

TEST_F(DelegatesTest, ColumnListKeepsPickOrder)
{
    ForeignKeysModel model(&document);
    model.setTableId(Id(QStringLiteral("posts")));
    tw::views::ColumnListDelegate delegate;
    const QModelIndex cell = model.index(0, ForeignKeysModel::Columns);
    std::unique_ptr<QWidget> widget(delegate.createEditor(&parent, option, cell));
    auto *list = qobject_cast<QListWidget *>(widget.get());
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 3);
    delegate.setEditorData(list, cell);
    EXPECT_EQ(list->item(1)->checkState(), Qt::Checked);
    list->item(2)->setCheckState(Qt::Checked); // title after owner_id
    list->item(1)->setCheckState(Qt::Unchecked);
    list->item(1)->setCheckState(Qt::Checked); // owner_id again: now last
    delegate.setModelData(list, &model, cell);
    EXPECT_EQ(posts().foreignKeys.first().columns,
              (QList<Id>{Id(QStringLiteral("posts.title")), Id(QStringLiteral("posts.owner_id"))}));
    EXPECT_EQ(document.undoStack()->count(), 1);
}

} // namespace
