// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/inspector/databaseinspector.h"
#include "tests/support/databases/exampledatabase.h"
#include "tests/support/printers.h"
#include "tests/views/database/bigtable.h"
#include "views/database/resulttablemodel.h"
#include "views/database/tablerowsmodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

using namespace tw::views;
using tw::database::DatabaseInspector;

namespace {

std::unique_ptr<DatabaseInspector> openInspector(const QString &path)
{
    auto opened = DatabaseInspector::open(path);
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    return opened ? std::move(opened.value()) : nullptr;
}

} // namespace

TEST(ResultTableModel, PassesTheModelTesterAndShowsNullGreyed)
{
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tw::database::QueryResult result;
    result.columns = {QStringLiteral("id"), QStringLiteral("description")};
    result.rows = {{1, QStringLiteral("Tech")}, {2, QVariant()}};
    model.setResult(result);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("description"));
    EXPECT_EQ(model.index(1, 1).data().toString(), QStringLiteral("NULL"));
    EXPECT_TRUE(model.index(1, 1).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(0, 1).data(Qt::ForegroundRole).isValid());
    model.clear();
    EXPECT_EQ(model.columnCount(), 0);
}

TEST(TableRowsModel, PassesTheModelTesterWhileBrowsingSortingFilteringAndEditing)
{
    tw::test::ExampleDatabase example;
    auto inspector = openInspector(example.database());
    TableRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInspector(inspector.get());
    ASSERT_EQ(model.setTable(QStringLiteral("products")), QString());
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), 8) << "the rowid key is not a visible column";
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    model.sort(3, Qt::DescendingOrder); // price
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("Laptop"));
    EXPECT_EQ(model.index(3, 1).data().toString(), QStringLiteral("Novel"));
    model.setFilterText(QStringLiteral("o"));
    EXPECT_EQ(model.rowCount(), 3) << "Laptop, Phone, Novel (and Long)";
    model.setFilterText({});
    EXPECT_FALSE(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable)) << "read-only until writes are on";
    EXPECT_FALSE(model.setData(model.index(0, 1), QStringLiteral("Notebook")));

    ASSERT_EQ(inspector->beginWriting(), QString());
    model.refresh();
    ASSERT_TRUE(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    ASSERT_TRUE(model.setData(model.index(0, 1), QStringLiteral("Notebook")));
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("Notebook"));
    ASSERT_EQ(inspector->rollback(), QString());
    model.refresh();
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("Laptop")) << "rolled back";
}

TEST(TableRowsModel, AMillionRowsShowTheFirstScreenAndSortWithoutReadingThemAll)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    ASSERT_TRUE(tw::test::writeBigTable(path, 1000000));
    auto inspector = openInspector(path);
    TableRowsModel model;
    model.setInspector(inspector.get());

    ASSERT_EQ(model.setTable(QStringLiteral("big")), QString());
    EXPECT_EQ(model.rowCount(), 1000000);
    for (int row = 0; row < 40; ++row)
        EXPECT_EQ(model.index(row, 0).data().toLongLong(), row + 1);
    EXPECT_EQ(model.pagesRead(), 1);
    model.sort(2, Qt::DescendingOrder);
    const qint64 maxScore =
        inspector->run(QStringLiteral("SELECT max(score) FROM big")).value().first().rows[0][0].toLongLong();
    EXPECT_EQ(model.index(0, 2).data().toLongLong(), maxScore);
    EXPECT_EQ(model.index(999999, 1).data().toString().left(4), QStringLiteral("row "));
    EXPECT_EQ(model.pagesRead(), 3) << "one page for the first screen, one sorted, one at the end";
    model.setFilterText(QStringLiteral("row 99999"));
    EXPECT_EQ(model.rowCount(), 11) << "row 99999 and row 999990..999999";
}
