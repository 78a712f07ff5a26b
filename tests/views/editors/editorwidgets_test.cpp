// SPDX-License-Identifier: GPL-3.0-or-later
// The table editor's cell editors as the user meets them in a short dock: a pick from the Type combo commits once
// (walkthrough bug b11), and the column checklist stays inside the view with every column reachable (bug b3).
#include "model/document/schemadocument.h"
#include "model/itemmodels/columnsmodel.h"
#include "model/itemmodels/foreignkeysmodel.h"
#include "views/editors/itemlistpage.h"
#include "views/editors/tableeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::TableEditor;

namespace {

const Id kProducts(QStringLiteral("products"));
const Id kReviews(QStringLiteral("reviews"));

// products with eight columns, reviews with a key to it: the walkthrough's case.
Project shop()
{
    Project project;
    Table products;
    products.id = kProducts;
    products.name = QStringLiteral("products");
    for (const char *name :
         {"id", "name", "description", "price", "is_active", "category_id", "created_at", "updated_at"}) {
        Column c;
        c.id = Id(QStringLiteral("products.") + QLatin1String(name));
        c.name = QLatin1String(name);
        c.type = SqlType::Integer;
        products.columns << c;
    }
    products.columns[0].primaryKey = true;
    Table reviews;
    reviews.id = kReviews;
    reviews.name = QStringLiteral("reviews");
    for (const char *name : {"id", "product_id", "comment"}) {
        Column c;
        c.id = Id(QStringLiteral("reviews.") + QLatin1String(name));
        c.name = QLatin1String(name);
        c.type = SqlType::Integer;
        reviews.columns << c;
    }
    reviews.columns[0].primaryKey = true;
    ForeignKey key;
    key.id = Id(QStringLiteral("reviews.fk"));
    key.columns = {Id(QStringLiteral("reviews.product_id"))};
    key.targetTable = kProducts;
    key.targetColumns = {Id(QStringLiteral("products.id"))};
    reviews.foreignKeys << key;
    project.schema.tables << products << reviews;
    return project;
}

/// Collects the Qt warnings logged while it lives.
class WarningCatcher
{
public:
    WarningCatcher()
    {
        s_warnings.clear();
        m_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtWarningMsg || type == QtCriticalMsg)
                s_warnings << message;
        });
    }
    ~WarningCatcher() { qInstallMessageHandler(m_previous); }
    const QStringList &warnings() const { return s_warnings; }

private:
    static inline QStringList s_warnings;
    QtMessageHandler m_previous = nullptr;
};

class EditorWidgetsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        editor.resize(900, 260); // the short Table dock of the walkthrough
        editor.setTableId(kReviews);
        editor.show();
        QApplication::processEvents();
    }
    QTableView *view(TableEditor::Tab tab)
    {
        editor.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        return editor.page(tab)->view();
    }

    SchemaDocument document{shop()};
    TableEditor editor{&document};
};

TEST_F(EditorWidgetsTest, PickingATypeFromTheComboCommitsOnceWithoutItemViewWarnings)
{
    QTableView *columns = view(TableEditor::ColumnsTab);
    const QModelIndex cell = columns->model()->index(2, ColumnsModel::Type);
    WarningCatcher catcher;
    columns->setCurrentIndex(cell);
    columns->edit(cell);
    QApplication::processEvents();
    auto *combo = columns->indexWidget(cell) ? qobject_cast<QComboBox *>(columns->indexWidget(cell))
                                             : columns->viewport()->findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    const int text = combo->findText(QStringLiteral("text"));
    ASSERT_GE(text, 0);
    combo->setCurrentIndex(text);
    Q_EMIT combo->activated(text); // what a click in the popup emits
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    EXPECT_EQ(document.schema().table(kReviews)->columns.at(2).type, SqlType::Text);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(catcher.warnings().isEmpty()) << catcher.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST_F(EditorWidgetsTest, TargetColumnChecklistStaysInsideTheViewWithEveryColumnReachable)
{
    QTableView *keys = view(TableEditor::ForeignKeysTab);
    const QModelIndex cell = keys->model()->index(0, ForeignKeysModel::TargetColumns);
    keys->setCurrentIndex(cell);
    keys->edit(cell);
    QApplication::processEvents();
    auto *list = keys->viewport()->findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 8);
    const QRect inside = keys->viewport()->rect();
    EXPECT_TRUE(inside.contains(list->geometry()))
        << "editor " << list->geometry().y() << ".." << list->geometry().bottom() << " in a viewport 0.."
        << inside.bottom();
    // Every column can be scrolled to: the first (checked: the key's target) and the last.
    list->scrollToItem(list->item(0));
    EXPECT_TRUE(list->viewport()->rect().contains(list->visualItemRect(list->item(0))));
    list->scrollToItem(list->item(7));
    EXPECT_TRUE(list->viewport()->rect().contains(list->visualItemRect(list->item(7))));
}

} // namespace
