// SPDX-License-Identifier: GPL-3.0-or-later
// Behaviour shared by every TableItemModel: rows follow the document through commands, undo and redo.
#include "tests/model/document/documenttestsupport.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/checkconstraintsmodel.h"
#include "model/itemmodels/columnsmodel.h"
#include "model/itemmodels/foreignkeysmodel.h"
#include "model/itemmodels/indexesmodel.h"
#include "model/itemmodels/uniqueconstraintsmodel.h"
#include "tests/support/printers.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace tw::model;
using tw::test::id;

namespace {

template<typename Model>
struct ModelTraits;

template<>
struct ModelTraits<ColumnsModel>
{
    using Item = Column;
};
template<>
struct ModelTraits<IndexesModel>
{
    using Item = Index;
};
template<>
struct ModelTraits<ForeignKeysModel>
{
    using Item = ForeignKey;
};
template<>
struct ModelTraits<UniqueConstraintsModel>
{
    using Item = UniqueConstraint;
};
template<>
struct ModelTraits<CheckConstraintsModel>
{
    using Item = CheckConstraint;
};

template<typename Model>
class TableItemModels : public ::testing::Test
{
protected:
    using Item = typename ModelTraits<Model>::Item;

    TableItemModels()
    {
        model.setTableId(id("posts"));
        tester =
            std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    int documentRows() const { return int(itemsOf<Item>(*document.schema().table(id("posts"))).size()); }
    QUndoStack *stack() const { return document.undoStack(); }

    SchemaDocument document{tw::test::sampleProject()};
    SchemaEditor editor{&document};
    Model model{&document};
    std::unique_ptr<QAbstractItemModelTester> tester;
};

using Models =
    ::testing::Types<ColumnsModel, IndexesModel, ForeignKeysModel, UniqueConstraintsModel, CheckConstraintsModel>;
TYPED_TEST_SUITE(TableItemModels, Models);

TYPED_TEST(TableItemModels, RowsFollowAddUndoAndRedo)
{
    const int before = this->model.rowCount();
    EXPECT_EQ(before, this->documentRows());
    const int row = this->model.addItem();
    ASSERT_EQ(row, before);
    EXPECT_EQ(this->stack()->count(), 1);
    EXPECT_EQ(this->model.rowCount(), before + 1);
    EXPECT_EQ(this->model.itemId(row),
              itemsOf<typename TestFixture::Item>(*this->document.schema().table(id("posts"))).last().id);
    this->stack()->undo();
    EXPECT_EQ(this->model.rowCount(), before);
    this->stack()->redo();
    EXPECT_EQ(this->model.rowCount(), before + 1);
}

TYPED_TEST(TableItemModels, RemoveItemAtIsOneCommandThatUndoBringsBack)
{
    this->model.addItem();
    const int rows = this->model.rowCount();
    const Id removed = this->model.itemId(0);
    const int commands = this->stack()->count();
    ASSERT_TRUE(this->model.removeItemAt(0));
    EXPECT_EQ(this->stack()->count(), commands + 1);
    EXPECT_EQ(this->model.rowCount(), this->documentRows());
    EXPECT_EQ(this->model.rowOf(removed), -1);
    this->stack()->undo();
    EXPECT_EQ(this->model.rowCount(), rows);
    EXPECT_EQ(this->model.rowOf(removed), 0);
}

TYPED_TEST(TableItemModels, MoveRowsPushesOneMoveCommand)
{
    this->model.addItem();
    this->model.addItem();
    const Id first = this->model.itemId(0);
    const int commands = this->stack()->count();
    // Qt's destination is the row before which the item lands: 2 puts row 0 at row 1.
    ASSERT_TRUE(this->model.moveRows({}, 0, 1, {}, 2));
    EXPECT_EQ(this->stack()->count(), commands + 1);
    EXPECT_EQ(this->model.rowOf(first), 1);
    this->stack()->undo();
    EXPECT_EQ(this->model.rowOf(first), 0);
    this->stack()->redo();
    EXPECT_EQ(this->model.rowOf(first), 1);
}

TYPED_TEST(TableItemModels, DroppingADraggedRowMovesIt)
{
    this->model.addItem();
    this->model.addItem();
    const Id last = this->model.itemId(this->model.rowCount() - 1);
    std::unique_ptr<QMimeData> mime(this->model.mimeData({this->model.index(this->model.rowCount() - 1, 0)}));
    ASSERT_TRUE(mime);
    ASSERT_TRUE(this->model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    // false: the view must not remove the source row, the move command already moved it.
    EXPECT_FALSE(this->model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(this->model.rowOf(last), 0);
}

TYPED_TEST(TableItemModels, RemovingTheTableEmptiesTheModelAndUndoRefillsIt)
{
    const int rows = this->model.rowCount();
    ASSERT_TRUE(this->editor.removeTablesAndViews({id("posts")}));
    EXPECT_EQ(this->model.rowCount(), 0);
    EXPECT_EQ(this->model.table(), nullptr);
    this->stack()->undo();
    EXPECT_EQ(this->model.rowCount(), rows);
    this->stack()->redo();
    EXPECT_EQ(this->model.rowCount(), 0);
}

TYPED_TEST(TableItemModels, ReplacingTheTableOrProjectResetsRows)
{
    this->model.addItem();
    Schema schema = this->document.schema(); // as an update from the team's schema.ts replaces a table whole
    itemsOf<typename TestFixture::Item>(*schema.table(id("posts"))).clear();
    ASSERT_TRUE(this->editor.replaceSchema(schema, QStringLiteral("Update from schema.ts")));
    EXPECT_EQ(this->model.rowCount(), 0);
    this->stack()->undo();
    EXPECT_GT(this->model.rowCount(), 0);
    EXPECT_EQ(this->model.rowCount(), this->documentRows());
    this->document.resetProject(Project{});
    EXPECT_EQ(this->model.rowCount(), 0);
}

TYPED_TEST(TableItemModels, EditsOfAnotherTableLeaveRowsAlone)
{
    const int rows = this->model.rowCount();
    ASSERT_FALSE(this->editor.template addItem<Column>(id("users"), tw::test::column("users", "nickname")).isNull());
    EXPECT_EQ(this->model.rowCount(), rows);
}

} // namespace

// A row whose item has a finding is marked where it is edited: tinted (errors more than warnings) with the
// finding in its tooltip; rows without findings and other tables' items are left alone.
TEST(TableItemModelFindings, RowsWithFindingsAreTintedAndSayWhy)
{
    SchemaDocument document{tw::test::sampleProject()};
    ColumnsModel model(&document);
    model.setTableId(id("posts"));
    ASSERT_GE(model.rowCount(), 3);
    const Id title = model.itemId(2);
    Finding error;
    error.severity = Finding::Severity::Error;
    error.rule = QStringLiteral("duplicate-column-name");
    error.location =
        FindingLocation{FindingLocation::Kind::Column, id("posts"), title, QStringLiteral("column posts.title")};
    error.message = QStringLiteral("two columns are named title");
    Finding warning = error;
    warning.severity = Finding::Severity::Warning;
    warning.location.item = model.itemId(1);
    warning.message = QStringLiteral("money stored as real");
    int changes = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&changes] { ++changes; });
    model.setFindings({error, warning});
    EXPECT_EQ(changes, 1);

    const QVariant errorTint = model.data(model.index(2, ColumnsModel::Type), Qt::BackgroundRole);
    const QVariant warningTint = model.data(model.index(1, ColumnsModel::Name), Qt::BackgroundRole);
    ASSERT_TRUE(errorTint.isValid());
    ASSERT_TRUE(warningTint.isValid());
    EXPECT_NE(errorTint, warningTint);
    EXPECT_FALSE(model.data(model.index(0, ColumnsModel::Name), Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model.data(model.index(2, ColumnsModel::Name), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Error: two columns are named title")));

    model.setFindings({});
    EXPECT_EQ(changes, 2);
    EXPECT_FALSE(model.data(model.index(2, ColumnsModel::Type), Qt::BackgroundRole).isValid());
}
