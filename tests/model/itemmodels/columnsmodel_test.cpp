// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/model/document/documenttestsupport.h"

#include "model/document/schemadocument.h"
#include "model/itemmodels/columnsmodel.h"
#include "tests/support/printers.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::id;

namespace {

class ColumnsModelTest : public ::testing::Test
{
protected:
    ColumnsModelTest() { model.setTableId(id("users")); }

    const Column &email() const { return *document.schema().table(id("users"))->column(id("users.email")); }
    QModelIndex cell(ColumnsModel::Field field) const { return model.index(1, field); }
    int commands() const { return document.undoStack()->count(); }

    SchemaDocument document{tw::test::sampleProject()};
    ColumnsModel model{&document};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(ColumnsModelTest, ShowsTheDocumentsColumns)
{
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.data(cell(ColumnsModel::Name)).toString(), QStringLiteral("email"));
    EXPECT_EQ(model.data(cell(ColumnsModel::Type)).toString(), QStringLiteral("text"));
    EXPECT_EQ(model.data(model.index(0, ColumnsModel::PrimaryKey), Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model.data(cell(ColumnsModel::Name), TableItemModel::IdRole).toString(), QStringLiteral("users.email"));
}

TEST_F(ColumnsModelTest, RenamingPushesOneCommandAndUndoRestores)
{
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Name), QStringLiteral("mail")));
    EXPECT_EQ(commands(), 1);
    EXPECT_EQ(email().name, QStringLiteral("mail"));
    EXPECT_EQ(model.data(cell(ColumnsModel::Name)).toString(), QStringLiteral("mail"));
    document.undoStack()->undo();
    EXPECT_EQ(email().name, QStringLiteral("email"));
}

TEST_F(ColumnsModelTest, SettingTheSameValuePushesNothing)
{
    EXPECT_FALSE(model.setData(cell(ColumnsModel::Name), QStringLiteral("email")));
    EXPECT_FALSE(model.setData(cell(ColumnsModel::Name), QString()));
    EXPECT_EQ(commands(), 0);
}

TEST_F(ColumnsModelTest, FlagsAreCheckBoxesThatPushOneCommand)
{
    EXPECT_TRUE(model.flags(cell(ColumnsModel::NotNull)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.setData(cell(ColumnsModel::NotNull), Qt::Checked, Qt::EditRole));
    ASSERT_TRUE(model.setData(cell(ColumnsModel::NotNull), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(commands(), 1);
    EXPECT_TRUE(email().notNull);
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Unique), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(email().unique);
    EXPECT_EQ(commands(), 2);
}

TEST_F(ColumnsModelTest, ChangingTheTypeDropsWhatTheNewTypeCannotHave)
{
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Length), 255));
    ASSERT_TRUE(model.setData(cell(ColumnsModel::EnumValues), QStringLiteral("a, b")));
    EXPECT_EQ(email().enumValues, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Mode), QStringLiteral("json")));
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Type), QStringLiteral("blob")));
    EXPECT_EQ(commands(), 4);
    EXPECT_EQ(email().type, SqlType::Blob);
    EXPECT_EQ(email().mode, DrizzleMode::Json);
    EXPECT_FALSE(email().length.has_value());
    EXPECT_TRUE(email().enumValues.isEmpty());
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Type), QStringLiteral("integer")));
    EXPECT_EQ(email().mode, DrizzleMode::None);
    document.undoStack()->undo();
    EXPECT_EQ(email().mode, DrizzleMode::Json);
}

TEST_F(ColumnsModelTest, ModeChoicesFollowTheType)
{
    const QStringList textModes = model.data(cell(ColumnsModel::Mode), TableItemModel::ChoicesRole).toStringList();
    EXPECT_TRUE(textModes.contains(QStringLiteral("json")));
    EXPECT_FALSE(textModes.contains(QStringLiteral("boolean")));
    EXPECT_FALSE(model.setData(cell(ColumnsModel::Mode), QStringLiteral("boolean")));
    EXPECT_EQ(commands(), 0);
    const QStringList integerModes =
        model.data(model.index(0, ColumnsModel::Mode), TableItemModel::ChoicesRole).toStringList();
    EXPECT_TRUE(integerModes.contains(QStringLiteral("boolean")));
}

TEST_F(ColumnsModelTest, DefaultTakesKindAndText)
{
    ASSERT_TRUE(
        model.setData(cell(ColumnsModel::Default), QStringList{QStringLiteral("string"), QStringLiteral("it's")}));
    EXPECT_EQ(email().defaultValue, ColumnDefault::string(QStringLiteral("it's")));
    EXPECT_EQ(model.data(cell(ColumnsModel::Default)).toString(), QStringLiteral("'it''s'"));
    EXPECT_EQ(model.data(cell(ColumnsModel::Default), Qt::EditRole).toStringList(),
              (QStringList{QStringLiteral("string"), QStringLiteral("it's")}));
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Default),
                              QStringList{QStringLiteral("expression"), QStringLiteral("(unixepoch())")}));
    EXPECT_EQ(email().defaultValue, ColumnDefault::expression(QStringLiteral("(unixepoch())")));
    ASSERT_TRUE(model.setData(cell(ColumnsModel::Default), QStringList{QStringLiteral("none")}));
    EXPECT_TRUE(email().defaultValue.isNone());
    EXPECT_FALSE(model.setData(cell(ColumnsModel::Default), QStringList{QStringLiteral("weird"), QStringLiteral("1")}));
    EXPECT_EQ(commands(), 3);
}

TEST_F(ColumnsModelTest, AddedColumnGetsAnUnusedName)
{
    ASSERT_EQ(model.addItem(), 3);
    ASSERT_EQ(model.addItem(), 4);
    EXPECT_EQ(model.data(model.index(3, ColumnsModel::Name)).toString(), QStringLiteral("column_1"));
    EXPECT_EQ(model.data(model.index(4, ColumnsModel::Name)).toString(), QStringLiteral("column_2"));
}

TEST_F(ColumnsModelTest, RemovingAnIndexedColumnIsOneUndoStep)
{
    ASSERT_TRUE(model.removeItemAt(1));
    EXPECT_EQ(commands(), 1);
    EXPECT_TRUE(document.schema().table(id("users"))->indexes.isEmpty());
    document.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(document.schema().table(id("users"))->indexes.size(), 1);
}

} // namespace
