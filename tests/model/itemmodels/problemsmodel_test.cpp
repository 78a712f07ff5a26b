// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/model/document/documenttestsupport.h"
#include "tests/support/schemaedits.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/problemsmodel.h"
#include "model/validation/schemavalidator.h"
#include "tests/support/printers.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::test::id;

namespace {

class ProblemsModelTest : public ::testing::Test
{
protected:
    int rowOfRule(const QString &rule) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, 0), ProblemsModel::RuleRole).toString() == rule)
                return row;
        }
        return -1;
    }

    SchemaDocument document{tw::test::sampleProject()};
    ProblemsModel model{&document};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(ProblemsModelTest, ListsWhatTheValidatorFinds)
{
    EXPECT_EQ(model.rowCount(), SchemaValidator::validate(document.schema()).size());
    EXPECT_EQ(model.errorCount() + model.warningCount(), model.rowCount());
}

TEST_F(ProblemsModelTest, ADuplicateColumnNameAppearsWithItsTableAndColumnAndGoesOnUndo)
{
    ASSERT_EQ(rowOfRule(QStringLiteral("duplicate-column-name")), -1);
    ASSERT_TRUE(tw::test::renameItem<Column>(document, id("users"), id("users.name"), QStringLiteral("email")));
    const int row = rowOfRule(QStringLiteral("duplicate-column-name"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.data(model.index(row, ProblemsModel::Severity)).toString(), QStringLiteral("Error"));
    EXPECT_TRUE(model.data(model.index(row, 0), ProblemsModel::IsErrorRole).toBool());
    EXPECT_EQ(model.data(model.index(row, 0), ProblemsModel::TableIdRole).toString(), QStringLiteral("users"));
    EXPECT_FALSE(model.data(model.index(row, 0), ProblemsModel::ItemIdRole).toString().isEmpty());
    EXPECT_GE(model.errorCount(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(rowOfRule(QStringLiteral("duplicate-column-name")), -1);
}

TEST_F(ProblemsModelTest, LayoutEditsDoNotRevalidate)
{
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    ASSERT_TRUE(SchemaEditor(&document).moveLayoutItems({{id("users"), QPointF(500, 500)}}));
    EXPECT_EQ(resets, 0);
    ASSERT_TRUE(tw::test::renameTable(document, id("users"), QStringLiteral("people")));
    EXPECT_EQ(resets, 1);
}

} // namespace
