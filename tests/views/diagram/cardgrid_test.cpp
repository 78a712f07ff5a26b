// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/cardgrid.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"

#include <QGraphicsRectItem>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <random>
#include <vector>

using namespace tw::model;
using namespace tw::views;

namespace {

/// What the grid should answer, by looking at every card: @p rects in insertion order, answered last first.
QList<const QGraphicsItem *> bruteForce(const std::vector<std::unique_ptr<QGraphicsRectItem>> &cards,
                                        const QList<QRectF> &rects, const QRectF &area)
{
    QList<const QGraphicsItem *> found;
    for (qsizetype i = rects.size() - 1; i >= 0; --i) {
        if (cards[size_t(i)] && area.intersects(rects[i]))
            found << cards[size_t(i)].get();
    }
    return found;
}

QRectF randomRect(std::mt19937 &random, double extent, double maxSize)
{
    std::uniform_real_distribution<double> position(-extent, extent);
    std::uniform_real_distribution<double> size(1, maxSize);
    return QRectF(std::round(position(random)), std::round(position(random)), std::round(size(random)),
                  std::round(size(random)));
}

/// The table cards the scene's own index finds in @p area, in its order: what the lines used to ask.
QList<const QGraphicsItem *> sceneCards(const DiagramScene &scene, const QRectF &area)
{
    QList<const QGraphicsItem *> found;
    for (const QGraphicsItem *item : scene.items(area, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == TableCardItem::Type)
            found << item;
    }
    return found;
}

/// Cards a route's segments pass through, touching an outline aside (as the router counts them).
int cardsCrossed(const QPolygonF &route, const QList<QRectF> &cards)
{
    int count = 0;
    for (const QRectF &card : cards) {
        const QRectF inner = card.adjusted(1, 1, -1, -1);
        for (int i = 1; i < route.size(); ++i) {
            const QRectF segment = QRectF(route[i - 1], route[i]).normalized();
            if (segment.left() < inner.right() && segment.right() > inner.left() && segment.top() < inner.bottom() &&
                segment.bottom() > inner.top())
                ++count;
        }
    }
    return count;
}

Project chainProject(int tables)
{
    // A grid of small tables, each with a key to the one before: lines of every length run between the cards.
    Project project;
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.id = Id(QStringLiteral("t%1").arg(i));
        t.name = t.id.toString();
        Column key;
        key.id = Id(t.id.toString() + QStringLiteral(".id"));
        key.name = QStringLiteral("id");
        key.primaryKey = true;
        t.columns << key;
        if (i > 0) {
            Column parent;
            parent.id = Id(t.id.toString() + QStringLiteral(".parent_id"));
            parent.name = QStringLiteral("parent_id");
            t.columns << parent;
            ForeignKey fk;
            fk.id = Id(QStringLiteral("fk.t%1").arg(i));
            fk.columns = {parent.id};
            fk.targetTable = Id(QStringLiteral("t%1").arg((i * 37 + 11) % i));
            fk.targetColumns = {Id(fk.targetTable.toString() + QStringLiteral(".id"))};
            t.foreignKeys << fk;
        }
        TableLayout item;
        item.position = QPointF((i % 8) * 330 + (i / 8 % 2) * 90, (i / 8) * 210);
        project.layout.items.insert(t.id, item);
        project.schema.tables << t;
    }
    return project;
}

} // namespace

TEST(CardGrid, AnswersExactlyTheCardsABruteForceScanFindsInTheSameOrder)
{
    std::mt19937 random(20261124);
    std::vector<std::unique_ptr<QGraphicsRectItem>> cards;
    QList<QRectF> rects;
    CardGrid grid;
    for (int i = 0; i < 400; ++i) {
        // Cards smaller and much larger than a cell, at negative and positive coordinates.
        rects << randomRect(random, 4000, i % 10 == 0 ? 1500 : 300);
        cards.push_back(std::make_unique<QGraphicsRectItem>());
        grid.insert(cards.back().get(), rects.last());
    }
    ASSERT_EQ(grid.size(), 400);
    int nonEmpty = 0;
    for (int i = 0; i < 500; ++i) {
        // Small and large areas (a large one is answered by a scan of the cards instead of the cells).
        const QRectF area = randomRect(random, 5000, i % 5 == 0 ? 9000 : 800);
        const QList<const QGraphicsItem *> expected = bruteForce(cards, rects, area);
        EXPECT_EQ(grid.intersecting(area), expected) << "area " << i;
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(nonEmpty, 250); // the areas do find cards
}

TEST(CardGrid, TouchingEdgesDoNotCountAsTheSceneIndexDoesNot)
{
    QGraphicsRectItem card;
    CardGrid grid;
    grid.insert(&card, QRectF(0, 0, CardGrid::kCellSize, 100)); // right edge on a cell boundary
    EXPECT_TRUE(grid.intersecting(QRectF(CardGrid::kCellSize, 0, 50, 50)).isEmpty());
    EXPECT_TRUE(grid.intersecting(QRectF(-50, 100, 50, 50)).isEmpty());
    EXPECT_EQ(grid.intersecting(QRectF(CardGrid::kCellSize - 0.5, 99.5, 50, 50)).size(), 1);
}

TEST(CardGrid, MovingACardAnswersItAtItsNewPlaceOnlyAndKeepsItsOrder)
{
    std::mt19937 random(7);
    std::vector<std::unique_ptr<QGraphicsRectItem>> cards;
    QList<QRectF> rects;
    CardGrid grid;
    for (int i = 0; i < 100; ++i) {
        rects << randomRect(random, 2000, 400);
        cards.push_back(std::make_unique<QGraphicsRectItem>());
        grid.insert(cards.back().get(), rects.last());
    }
    for (int i = 0; i < 300; ++i) {
        const int moved = int(random() % 100);
        if (i % 10 == 9) { // now and then a card leaves
            grid.remove(cards[size_t(moved)].get());
            EXPECT_FALSE(grid.contains(cards[size_t(moved)].get()));
            cards[size_t(moved)].reset();
        } else if (cards[size_t(moved)]) {
            rects[moved] = randomRect(random, 2000, 400);
            grid.insert(cards[size_t(moved)].get(), rects[moved]);
        }
        const QRectF area = randomRect(random, 2500, 1200);
        ASSERT_EQ(grid.intersecting(area), bruteForce(cards, rects, area)) << "step " << i;
    }
    QGraphicsRectItem lone;
    CardGrid single;
    single.insert(&lone, QRectF(0, 0, 100, 100));
    single.insert(&lone, QRectF(5000, 5000, 100, 100));
    EXPECT_EQ(single.size(), 1);
    EXPECT_TRUE(single.intersecting(QRectF(-10, -10, 200, 200)).isEmpty());
    EXPECT_EQ(single.intersecting(QRectF(4990, 4990, 50, 50)), QList<const QGraphicsItem *>{&lone});
}

TEST(CardGrid, SceneGridFollowsCardsThroughMovesEditsRemovalsAndUndo)
{
    SchemaDocument document(chainProject(40));
    DiagramScene scene(&document);
    std::mt19937 random(42);
    const auto expectSameAsScene = [&](const char *when) {
        EXPECT_EQ(scene.cardGrid().size(), scene.cards().size()) << when;
        for (int i = 0; i < 60; ++i) {
            const QRectF area = randomRect(random, 2500, i % 3 == 0 ? 2500 : 600).translated(1200, 800);
            ASSERT_EQ(scene.cardGrid().intersecting(area), sceneCards(scene, area)) << when << ", area " << i;
        }
    };
    expectSameAsScene("built");

    SchemaEditor editor(&document);
    QMap<Id, QPointF> moves;
    for (int i = 0; i < 40; i += 3)
        moves.insert(Id(QStringLiteral("t%1").arg(i)), QPointF(random() % 2600, random() % 1100));
    ASSERT_TRUE(editor.moveLayoutItems(moves));
    expectSameAsScene("moved");

    scene.card(Id(QStringLiteral("t5")))->setPos(1234, 567); // the middle of a drag, before the command
    expectSameAsScene("dragged");

    Column extra;
    extra.name = QStringLiteral("a_much_longer_column_name_that_widens_the_card");
    ASSERT_FALSE(editor.addItem(Id(QStringLiteral("t9")), extra).isNull()); // the card grows
    expectSameAsScene("grown");

    ASSERT_TRUE(editor.removeTablesAndViews({Id(QStringLiteral("t12"))}));
    ASSERT_TRUE(editor.removeTablesAndViews({Id(QStringLiteral("t30"))}));
    EXPECT_EQ(scene.cards().size(), 38);
    expectSameAsScene("removed");

    document.undoStack()->undo(); // t30 comes back, added last
    expectSameAsScene("undone");

    document.resetProject(chainProject(10));
    expectSameAsScene("reset");
}

TEST(CardGrid, ALineRoutesAroundACardMovedIntoItsWay)
{
    Project project = tw::test::diagramProject();
    project.layout.items[Id(QStringLiteral("tags"))].position = QPointF(3000, 3000); // far from every line
    SchemaDocument document(project);
    DiagramScene scene(&document);
    const RelationItem *line = scene.relation(Id(QStringLiteral("fk.posts.author")));
    const TableCardItem *users = scene.card(Id(QStringLiteral("users")));
    const TableCardItem *posts = scene.card(Id(QStringLiteral("posts")));
    const TableCardItem *tags = scene.card(Id(QStringLiteral("tags")));
    // posts moves down and right of users, and tags (built far away) into the gap, across the row of users.id
    // where the straight zigzag through the middle of the gap would run: the line must learn where tags is now.
    ASSERT_TRUE(SchemaEditor(&document).moveLayoutItems(
        {{Id(QStringLiteral("posts")), QPointF(1200, 400)}, {Id(QStringLiteral("tags")), QPointF(600, -20)}}));
    const double middle = std::round((users->sceneCardRect().right() + posts->sceneCardRect().left()) / 2);
    const double targetY = line->route().last().y();
    const double sourceY = line->route().first().y();
    ASSERT_GT(middle, tags->sceneCardRect().left());
    ASSERT_LT(middle, tags->sceneCardRect().right());
    ASSERT_GT(targetY, tags->sceneCardRect().top());
    ASSERT_LT(targetY, tags->sceneCardRect().bottom());
    ASSERT_GT(sourceY, tags->sceneCardRect().bottom());
    const auto allCards = [&] {
        QList<QRectF> rects;
        for (const TableCardItem *card : scene.cards())
            rects << card->sceneCardRect();
        return rects;
    };
    EXPECT_EQ(cardsCrossed(line->route(), allCards()), 0);
    EXPECT_NE(line->route()[1].x(), middle);

    // Moved away again, the line takes the way through the middle of the gap.
    ASSERT_TRUE(SchemaEditor(&document).moveLayoutItems({{Id(QStringLiteral("tags")), QPointF(600, 1200)}}));
    ASSERT_EQ(line->route().size(), 4);
    EXPECT_EQ(line->route()[1].x(), middle);
    EXPECT_EQ(cardsCrossed(line->route(), allCards()), 0);
}
