// SPDX-License-Identifier: GPL-3.0-or-later
// Mouse and keyboard on the real view (offscreen), plus the commands the view's methods push.
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"
#include "views/editors/relationshipdialog.h"

#include <QComboBox>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

class DiagramViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(1000, 700);
        view.show();
        view.resetZoom();
        view.QGraphicsView::centerOn(QPointF(450, 300));
        view.diagramScene()->setRetypeQuestion([this](const QString &question) {
            questions << question;
            return retypeAnswer;
        });
    }

    TableCardItem *card(const char *id) const { return view.diagramScene()->card(Id(QString::fromLatin1(id))); }
    QPoint viewportPoint(const QPointF &scenePos) const { return view.mapFromScene(scenePos); }
    // The middle of a card's title bar, where a drag moves the card.
    QPoint headerOf(const char *id) const
    {
        return viewportPoint(card(id)->sceneCardRect().topLeft() + QPointF(60, 15));
    }
    QPoint rowOf(const char *id, const char *column) const
    {
        const TableCardItem *c = card(id);
        return viewportPoint(
            QPointF(c->sceneCardRect().left() + 60, c->columnAnchorY(Id(QString::fromLatin1(column)))));
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *viewport = view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(viewport, from + QPoint(4, 4));
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
    }

    SchemaDocument document{tw::test::diagramProject()};
    DiagramView view{&document};
    QStringList questions;    ///< what the drags asked
    bool retypeAnswer = true; ///< the answer they get
};

} // namespace

TEST_F(DiagramViewTest, DraggingTwoSelectedCardsIsOneUndoStep)
{
    view.selectTables({Id(QStringLiteral("posts")), Id(QStringLiteral("tags"))});
    const int before = document.undoStack()->count();
    drag(headerOf("posts"), headerOf("posts") + QPoint(80, 40));

    EXPECT_EQ(document.undoStack()->count(), before + 1);
    EXPECT_EQ(document.layout().item(Id(QStringLiteral("posts"))).position, QPointF(480, 40));
    EXPECT_EQ(document.layout().item(Id(QStringLiteral("tags"))).position, QPointF(480, 340));
    document.undoStack()->undo();
    EXPECT_EQ(card("posts")->pos(), QPointF(400, 0));
    EXPECT_EQ(card("tags")->pos(), QPointF(400, 300));
}

TEST_F(DiagramViewTest, DragSnapsToTheGridWhenSnappingIsOn)
{
    view.setSnapToGrid(true);
    drag(headerOf("posts"), headerOf("posts") + QPoint(33, 27));
    EXPECT_EQ(document.layout().item(Id(QStringLiteral("posts"))).position, QPointF(440, 20));
}

TEST_F(DiagramViewTest, GridSnappingRoundsPositionsToTheNearestGridPoint)
{
    TableCardItem *users = card("users");
    users->setPos(QPointF(13, 27));
    EXPECT_EQ(users->pos(), QPointF(13, 27));
    view.setSnapToGrid(true);
    users->setPos(QPointF(14, 26));
    EXPECT_EQ(users->pos(), QPointF(20, 20));
    users->setPos(QPointF(-9, 31));
    EXPECT_EQ(users->pos(), QPointF(0, 40));
}

TEST_F(DiagramViewTest, ArrowKeysNudgeTheSelectionAndMergeIntoOneUndoStep)
{
    view.selectTables({Id(QStringLiteral("posts"))});
    const int before = document.undoStack()->count();
    QTest::keyClick(view.viewport(), Qt::Key_Right);
    QTest::keyClick(view.viewport(), Qt::Key_Right);
    QTest::keyClick(view.viewport(), Qt::Key_Down);
    EXPECT_EQ(document.undoStack()->count(), before + 1);
    EXPECT_EQ(card("posts")->pos(), QPointF(420, 10));
    document.undoStack()->undo();
    EXPECT_EQ(card("posts")->pos(), QPointF(400, 0));
}

TEST_F(DiagramViewTest, DraggingAColumnOntoACardAddsAForeignKeyAsOneUndoStep)
{
    // tags.label (text) onto posts: posts.id is an integer key, so the column becomes an integer too.
    const int before = document.undoStack()->count();
    drag(rowOf("tags", "tags.label"), headerOf("posts"));

    ASSERT_EQ(document.undoStack()->count(), before + 1);
    const Table *tags = document.schema().table(Id(QStringLiteral("tags")));
    ASSERT_EQ(tags->foreignKeys.size(), 1);
    EXPECT_EQ(tags->foreignKeys.first().columns, QList<Id>{Id(QStringLiteral("tags.label"))});
    EXPECT_EQ(tags->foreignKeys.first().targetColumns, QList<Id>{Id(QStringLiteral("posts.id"))});
    EXPECT_EQ(tags->column(Id(QStringLiteral("tags.label")))->type, SqlType::Integer);
    EXPECT_NE(view.diagramScene()->relation(tags->foreignKeys.first().id), nullptr);

    document.undoStack()->undo();
    tags = document.schema().table(Id(QStringLiteral("tags")));
    EXPECT_TRUE(tags->foreignKeys.isEmpty());
    EXPECT_EQ(tags->column(Id(QStringLiteral("tags.label")))->type, SqlType::Text);
}

TEST_F(DiagramViewTest, DragAndTheNewRelationshipDialogMakeTheSameForeignKey)
{
    // The drag once typed the column by its own rule and added no index; now both are the one editor operation.
    drag(rowOf("tags", "tags.label"), headerOf("posts"));
    SchemaDocument other(tw::test::diagramProject());
    RelationshipDialog dialog(&other, Id(QStringLiteral("tags")), Id(QStringLiteral("posts")));
    dialog.columnCombo()->setCurrentIndex(dialog.columnCombo()->findText(QStringLiteral("label"), Qt::MatchStartsWith));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    const Table &dragged = *document.schema().table(Id(QStringLiteral("tags")));
    const Table &dialogs = *other.schema().table(Id(QStringLiteral("tags")));
    EXPECT_EQ(document.undoStack()->undoText(), other.undoStack()->undoText());
    EXPECT_EQ(dragged.columns, dialogs.columns);
    ASSERT_EQ(dragged.foreignKeys.size(), 1);
    ASSERT_EQ(dialogs.foreignKeys.size(), 1);
    ForeignKey withDialogsId = dragged.foreignKeys[0];
    withDialogsId.id = dialogs.foreignKeys[0].id;
    EXPECT_EQ(withDialogsId, dialogs.foreignKeys[0]);
    ASSERT_EQ(dragged.indexes.size(), 1);
    ASSERT_EQ(dialogs.indexes.size(), 1);
    EXPECT_EQ(dragged.indexes[0].name, QStringLiteral("tags_label_idx"));
    EXPECT_EQ(dragged.indexes[0].name, dialogs.indexes[0].name);
    EXPECT_EQ(dragged.indexes[0].parts, dialogs.indexes[0].parts);
}

// Walkthrough bug b5: dragging `reviews.comment` (text) onto `products` silently made it an integer.
TEST_F(DiagramViewTest, DraggingAColumnOfAnotherTypeAsksBeforeRetypingIt)
{
    const int before = document.undoStack()->count();
    retypeAnswer = false;
    drag(rowOf("tags", "tags.label"), headerOf("posts"));
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("tags.label is text, but posts.id is integer")))
        << questions.first().toStdString();
    EXPECT_EQ(document.undoStack()->count(), before);
    EXPECT_TRUE(document.schema().table(Id(QStringLiteral("tags")))->foreignKeys.isEmpty());
    EXPECT_EQ(document.schema().table(Id(QStringLiteral("tags")))->column(Id(QStringLiteral("tags.label")))->type,
              SqlType::Text);

    // A column of the key's type is not asked about: posts.title (text) onto tags (a text key).
    drag(rowOf("posts", "posts.title"), headerOf("tags"));
    EXPECT_EQ(questions.size(), 1);
    EXPECT_EQ(document.undoStack()->count(), before + 1);
}

TEST_F(DiagramViewTest, DroppingAColumnOnEmptyCanvasChangesNothing)
{
    const int before = document.undoStack()->count();
    drag(rowOf("tags", "tags.label"), viewportPoint(QPointF(900, 600)));
    EXPECT_EQ(document.undoStack()->count(), before);
    EXPECT_EQ(card("tags")->pos(), QPointF(400, 300));
}

TEST_F(DiagramViewTest, ZoomedFarOutCardsCollapseToTheTitleAndRowsCannotBeGrabbed)
{
    EXPECT_EQ(TableCardItem::detailFor(1.0), TableCardItem::Detail::Full);
    EXPECT_EQ(TableCardItem::detailFor(0.3), TableCardItem::Detail::TitleOnly);
    view.setZoom(0.3);
    EXPECT_DOUBLE_EQ(view.zoom(), 0.3);
    // A drag starting on what would be a row now moves the card instead of starting a relationship.
    const int before = document.undoStack()->count();
    drag(rowOf("tags", "tags.label"), rowOf("tags", "tags.label") + QPoint(30, 0));
    EXPECT_EQ(document.undoStack()->count(), before + 1);
    EXPECT_TRUE(document.schema().table(Id(QStringLiteral("tags")))->foreignKeys.isEmpty());
    EXPECT_EQ(document.layout().item(Id(QStringLiteral("tags"))).position.y(), 300);
    EXPECT_GT(document.layout().item(Id(QStringLiteral("tags"))).position.x(), 400);
}

TEST_F(DiagramViewTest, DoubleClickActivatesTheTable)
{
    QList<Id> activated;
    QObject::connect(&view, &DiagramView::tableActivated, &view, [&](const Id &id) { activated << id; });
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, headerOf("profiles"));
    EXPECT_EQ(activated, QList<Id>{Id(QStringLiteral("profiles"))});
}

TEST_F(DiagramViewTest, DoubleClickOnAColumnsRowActivatesThatColumn)
{
    QList<Id> tables;
    QList<Id> columns;
    QObject::connect(&view, &DiagramView::tableActivated, &view, [&](const Id &id) { tables << id; });
    QObject::connect(&view, &DiagramView::columnActivated, &view, [&](const Id &table, const Id &column) {
        tables << table;
        columns << column;
    });
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, rowOf("tags", "tags.label"));
    EXPECT_EQ(tables, QList<Id>{Id(QStringLiteral("tags"))});
    EXPECT_EQ(columns, QList<Id>{Id(QStringLiteral("tags.label"))});
}

TEST_F(DiagramViewTest, RubberBandSelectsTheCardsItTouches)
{
    QList<Id> reported;
    QObject::connect(&view, &DiagramView::selectionChanged, &view, [&](const QList<Id> &ids) { reported = ids; });
    drag(viewportPoint(QPointF(-30, 250)), viewportPoint(QPointF(700, 320)));
    EXPECT_EQ(reported, (QList<Id>{Id(QStringLiteral("profiles")), Id(QStringLiteral("tags"))}));
}

TEST_F(DiagramViewTest, AutoLayoutIsOneUndoStepAndPutsParentsAbove)
{
    const int before = document.undoStack()->count();
    view.autoLayout();
    EXPECT_EQ(document.undoStack()->count(), before + 1);
    EXPECT_LT(card("users")->sceneCardRect().bottom(), card("posts")->sceneCardRect().top());
    EXPECT_LT(card("users")->sceneCardRect().bottom(), card("profiles")->sceneCardRect().top());
}

TEST_F(DiagramViewTest, ZoomToFitShowsEveryCard)
{
    view.setZoom(3.0);
    view.zoomToFit();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(view.diagramScene()->cardsBoundingRect()));
    EXPECT_LE(view.zoom(), 1.0);
}

TEST_F(DiagramViewTest, ZoomStepsAreClampedAndReported)
{
    QList<double> zooms;
    QObject::connect(&view, &DiagramView::zoomChanged, &view, [&](double z) { zooms << z; });
    view.zoomIn();
    EXPECT_NEAR(view.zoom(), 1.2, 1e-9);
    view.setZoom(100);
    EXPECT_NEAR(view.zoom(), 4.0, 1e-9);
    EXPECT_EQ(zooms.size(), 2);
}
