// SPDX-License-Identifier: GPL-3.0-or-later
// Database views on the diagram: their cards follow the document, move by command and open the view editor.
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/tablecarditem.h"
#include "views/diagram/viewcarditem.h"
#include "views/editors/vieweditordialog.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

View activeUsers()
{
    View view;
    view.id = Id(QStringLiteral("v.active_users"));
    view.name = QStringLiteral("active_users");
    view.definition = QStringLiteral("SELECT id, email\nFROM users\nWHERE active = 1");
    return view;
}

class ViewCardTest : public ::testing::Test
{
protected:
    ViewCardTest()
    {
        const Id id = editor.addView(activeUsers(), QPointF(40, 500));
        EXPECT_EQ(id, activeUsers().id);
    }

    SchemaDocument document{tw::test::diagramProject()};
    DiagramScene scene{&document};
    SchemaEditor editor{&document};
    const Id viewId = activeUsers().id;
};

TEST_F(ViewCardTest, AViewGetsItsOwnCardWithoutLinesAndGoesWithUndo)
{
    ViewCardItem *card = scene.viewCard(viewId);
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(card->pos(), QPointF(40, 500));
    EXPECT_FALSE(scene.cards().contains(viewId));
    EXPECT_EQ(scene.relations().size(), 3); // the tables' keys only
    EXPECT_TRUE(scene.cardsBoundingRect().contains(card->sceneCardRect()));
    EXPECT_EQ(ViewCardItem::rows(*document.schema().view(viewId)),
              (QStringList{QStringLiteral("SELECT id, email"), QStringLiteral("FROM users"),
                           QStringLiteral("WHERE active = 1")}));

    document.undoStack()->undo();
    EXPECT_EQ(scene.viewCard(viewId), nullptr);
    document.undoStack()->redo();
    ASSERT_NE(scene.viewCard(viewId), nullptr);
}

TEST_F(ViewCardTest, RecordedColumnsAreItsRowsAndEditsResizeTheCard)
{
    const double before = scene.viewCard(viewId)->sceneCardRect().height();
    View changed = *document.schema().view(viewId);
    for (const char *name : {"id", "email", "name", "created_at"}) {
        Column c;
        c.id = Id(QStringLiteral("v.c.") + QLatin1String(name));
        c.name = QLatin1String(name);
        changed.columns << c;
    }
    ASSERT_TRUE(editor.changeView(changed));
    EXPECT_EQ(ViewCardItem::rows(*document.schema().view(viewId)).first(), QStringLiteral("id\ttext"));
    EXPECT_GT(scene.viewCard(viewId)->sceneCardRect().height(), before);
}

TEST_F(ViewCardTest, MovingTheCardIsOneLayoutCommand)
{
    ASSERT_TRUE(editor.moveLayoutItems({{viewId, QPointF(200, 640)}}));
    EXPECT_EQ(scene.viewCard(viewId)->pos(), QPointF(200, 640));
    document.undoStack()->undo();
    EXPECT_EQ(scene.viewCard(viewId)->pos(), QPointF(40, 500));
}

TEST_F(ViewCardTest, DoubleClickAsksForTheViewEditor)
{
    DiagramView view(&document);
    view.resize(900, 700);
    view.show();
    view.setZoom(1.0);
    ViewCardItem *card = view.diagramScene()->viewCard(viewId);
    ASSERT_NE(card, nullptr);
    view.QGraphicsView::centerOn(card);
    QSignalSpy spy(&view, &DiagramView::viewActivated);
    const QPoint at = view.mapFromScene(card->sceneCardRect().center());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().value<Id>(), viewId);
}

TEST_F(ViewCardTest, ViewEditorAppliesNameAndDefinitionAsOneUndoStep)
{
    ViewEditorDialog dialog(&document, viewId);
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("active_users"));
    EXPECT_EQ(dialog.definitionEdit()->toPlainText(), activeUsers().definition);
    EXPECT_FALSE(dialog.apply()); // nothing changed: nothing pushed
    const int steps = document.undoStack()->count();

    dialog.nameEdit()->setText(QStringLiteral("recent_users"));
    dialog.definitionEdit()->setPlainText(QStringLiteral("SELECT id FROM users"));
    dialog.accept();
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.schema().view(viewId)->name, QStringLiteral("recent_users"));
    EXPECT_EQ(document.schema().view(viewId)->definition, QStringLiteral("SELECT id FROM users"));
    document.undoStack()->undo();
    EXPECT_EQ(document.schema().view(viewId)->name, QStringLiteral("active_users"));
}

TEST(DiagramTheme, DarkPaletteGivesTheDiagramDarkColours)
{
    const QPalette original = QApplication::palette();
    EXPECT_FALSE(diagramtheme::isDark());
    const QColor lightCanvas = diagramtheme::canvasColor();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2f, 0x36));
    QApplication::setPalette(dark);
    EXPECT_TRUE(diagramtheme::isDark());
    EXPECT_LT(diagramtheme::canvasColor().lightness(), 64);
    EXPECT_LT(diagramtheme::cardColor().lightness(), 80);
    EXPECT_GT(diagramtheme::rowTextColor().lightness(), 180); // text stays readable on the dark card
    EXPECT_NE(diagramtheme::canvasColor(), lightCanvas);

    // A rendered diagram really is dark: its background pixels follow the palette.
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    view.resize(600, 400);
    view.show();
    view.QGraphicsView::centerOn(QPointF(-1200, -1200)); // empty canvas, far from the cards
    QImage image(view.viewport()->size(), QImage::Format_ARGB32);
    QPainter painter(&image);
    view.render(&painter, QRectF(), view.viewport()->rect());
    painter.end();
    EXPECT_LT(QColor(image.pixel(2, 2)).lightness(), 64);
    QApplication::setPalette(original);
    EXPECT_FALSE(diagramtheme::isDark());
}

} // namespace

TEST_F(ViewCardTest, DeleteRemovesSelectedViewsWithTheSelectedTablesInOneUndoStep)
{
    // Delete once looked at the selected tables only: a view could not be removed from the diagram at all.
    scene.viewCard(viewId)->setSelected(true);
    scene.card(Id(QStringLiteral("tags")))->setSelected(true);
    const int steps = document.undoStack()->count();

    ASSERT_TRUE(scene.removeSelected());

    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Remove 1 table and 1 view"));
    EXPECT_EQ(document.schema().view(viewId), nullptr);
    EXPECT_EQ(scene.viewCard(viewId), nullptr);
    EXPECT_EQ(document.schema().table(Id(QStringLiteral("tags"))), nullptr);
    document.undoStack()->undo();
    EXPECT_NE(scene.viewCard(viewId), nullptr);
}
