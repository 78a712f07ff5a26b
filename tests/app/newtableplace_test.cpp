// SPDX-License-Identifier: GPL-3.0-or-later
// New Table puts the card in free space where the user looks (walkthrough bug b7: Ctrl+T dropped it on the
// categories-products line, and it grew over `tags` as columns were added).
#include "app/editactions.h"
#include "app/mainwindow.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/testdata.h"
#include "views/diagram/diagramitemtypes.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/tablecarditem.h"

#include <QAction>
#include <QDir>
#include <QGraphicsItem>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

/// The other cards and the lines under the card of @p tableId.
QStringList coveredBy(tw::views::DiagramView *view, const Id &tableId)
{
    const tw::views::TableCardItem *card = view->diagramScene()->card(tableId);
    QStringList covered;
    for (const QGraphicsItem *item : view->scene()->items(card->sceneCardRect(), Qt::IntersectsItemShape)) {
        if (item == card)
            continue;
        if (item->type() == tw::views::RelationItemType)
            covered << QStringLiteral("a line");
        else if (const auto *other = qgraphicsitem_cast<const tw::views::TableCardItem *>(item))
            covered << other->table()->name;
    }
    return covered;
}

class NewTablePlaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        script.confirmAnswer = true; // the bundled example may be open in another test process or the user's window
        window.resize(1440, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(
            window.openFile(QDir::cleanPath(tw::test::dataPath(QStringLiteral("../../examples/aperto.twproj")))));
        QTest::qWait(20);
    }
    Id newTable()
    {
        window.editActions()->newTableAction()->trigger();
        return window.diagram()->selectedTableIds().value(0);
    }

    tw::test::ScriptedPrompts::Script script;
    tw::app::MainWindow window{std::make_unique<tw::test::ScriptedPrompts>(&script)};
};

TEST_F(NewTablePlaceTest, NewTableLandsInFreeSpaceInsideTheViewAndHasRoomToGrow)
{
    tw::views::DiagramView *view = window.diagram();
    const Id id = newTable();
    ASSERT_FALSE(id.isNull());
    EXPECT_TRUE(coveredBy(view, id).isEmpty()) << coveredBy(view, id).join(QLatin1String(", ")).toStdString();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(view->diagramScene()->card(id)->sceneCardRect()));

    // Five columns later the card still covers nothing.
    for (int i = 0; i < 5; ++i) {
        Column c;
        c.name = QStringLiteral("c%1").arg(i);
        c.type = SqlType::Text;
        ASSERT_FALSE(SchemaEditor(window.document()).addItem(id, c).isNull());
    }
    EXPECT_TRUE(coveredBy(view, id).isEmpty()) << coveredBy(view, id).join(QLatin1String(", ")).toStdString();

    // A second new table (next to the selected first one) covers neither.
    const Id second = newTable();
    ASSERT_FALSE(second.isNull());
    EXPECT_NE(second, id);
    EXPECT_TRUE(coveredBy(view, second).isEmpty()) << coveredBy(view, second).join(QLatin1String(", ")).toStdString();
}

} // namespace
