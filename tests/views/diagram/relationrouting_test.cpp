// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/cardgrid.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/edgerouter.h"
#include "views/diagram/relationcardinality.h"
#include "views/diagram/relationitem.h"
#include "views/diagram/tablecarditem.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

#include <random>

using namespace tw::model;
using namespace tw::views;

namespace {

bool isOrthogonal(const QPolygonF &route)
{
    for (int i = 1; i < route.size(); ++i) {
        if (route[i].x() != route[i - 1].x() && route[i].y() != route[i - 1].y())
            return false;
    }
    return true;
}

bool onVerticalEdge(const QPointF &p, const QRectF &card)
{
    return (p.x() == card.left() || p.x() == card.right()) && p.y() >= card.top() && p.y() <= card.bottom();
}

class RelationTest : public ::testing::Test
{
protected:
    const RelationItem *relation(const char *id) const { return scene.relation(Id(QString::fromLatin1(id))); }
    const TableCardItem *card(const char *id) const { return scene.card(Id(QString::fromLatin1(id))); }

    SchemaDocument document{tw::test::diagramProject()};
    DiagramScene scene{&document};
};

Table tableWith(std::initializer_list<Column> columns)
{
    Table t;
    t.id = Id(QStringLiteral("t"));
    t.columns = columns;
    return t;
}

Column column(const char *id, bool notNull, bool unique = false, bool primaryKey = false)
{
    Column c;
    c.id = Id(QString::fromLatin1(id));
    c.name = c.id.toString();
    c.notNull = notNull;
    c.unique = unique;
    c.primaryKey = primaryKey;
    return c;
}

ForeignKey keyOver(QList<Id> columns)
{
    ForeignKey fk;
    fk.columns = std::move(columns);
    return fk;
}

} // namespace

TEST_F(RelationTest, LineRunsFromTheForeignKeyRowToTheReferencedRow)
{
    const QPolygonF route = relation("fk.posts.author")->route();
    ASSERT_GE(route.size(), 2);
    EXPECT_TRUE(onVerticalEdge(route.first(), card("posts")->sceneCardRect()));
    EXPECT_TRUE(onVerticalEdge(route.last(), card("users")->sceneCardRect()));
    EXPECT_EQ(route.first().y(), card("posts")->columnAnchorY(Id(QStringLiteral("posts.author_id"))));
    EXPECT_EQ(route.last().y(), card("users")->columnAnchorY(Id(QStringLiteral("users.id"))));
    EXPECT_TRUE(isOrthogonal(route));
}

TEST_F(RelationTest, EndpointsFollowACardWhileItIsDraggedAndAfterTheMoveCommand)
{
    TableCardItem *posts = scene.card(Id(QStringLiteral("posts")));
    posts->setPos(QPointF(700, 200)); // what a drag does before the release pushes the command
    QPolygonF route = relation("fk.posts.author")->route();
    EXPECT_TRUE(onVerticalEdge(route.first(), posts->sceneCardRect()));
    EXPECT_EQ(route.first().y(), posts->columnAnchorY(Id(QStringLiteral("posts.author_id"))));

    ASSERT_TRUE(SchemaEditor(&document).moveLayoutItems({{Id(QStringLiteral("users")), QPointF(-300, 500)}}));
    route = relation("fk.posts.author")->route();
    EXPECT_TRUE(onVerticalEdge(route.last(), card("users")->sceneCardRect()));
    EXPECT_EQ(route.last().y(), card("users")->columnAnchorY(Id(QStringLiteral("users.id"))));
    EXPECT_TRUE(isOrthogonal(route));
}

TEST_F(RelationTest, SelfReferenceIsALoopOnOneSideOfItsCard)
{
    const QPolygonF route = relation("fk.users.manager")->route();
    const QRectF users = card("users")->sceneCardRect();
    ASSERT_EQ(route.size(), 4);
    EXPECT_EQ(route.first().x(), users.right());
    EXPECT_EQ(route.last().x(), users.right());
    EXPECT_GT(route[1].x(), users.right());
    EXPECT_EQ(route.first().y(), card("users")->columnAnchorY(Id(QStringLiteral("users.manager_id"))));
    EXPECT_EQ(route.last().y(), card("users")->columnAnchorY(Id(QStringLiteral("users.id"))));
}

TEST_F(RelationTest, StackedCardsAreJoinedAroundTheirSharedSide)
{
    // profiles sits below users: the line leaves and enters on the same side, outside both cards.
    const QPolygonF route = relation("fk.profiles.user")->route();
    ASSERT_EQ(route.size(), 4);
    const QRectF profiles = card("profiles")->sceneCardRect();
    const QRectF users = card("users")->sceneCardRect();
    EXPECT_TRUE(isOrthogonal(route));
    EXPECT_TRUE(route[1].x() < std::min(profiles.left(), users.left()) ||
                route[1].x() > std::max(profiles.right(), users.right()));
}

TEST_F(RelationTest, StraightStyleIsASwapOfTheRouterBehindTheSameItems)
{
    scene.setRouterStyle(EdgeRouter::Style::Straight);
    const QPolygonF route = relation("fk.posts.author")->route();
    ASSERT_EQ(route.size(), 4);
    EXPECT_NE(route[1].y(), route[2].y()); // a diagonal between the two stubs
    EXPECT_TRUE(onVerticalEdge(route.first(), card("posts")->sceneCardRect()));
}

TEST(EdgeLanes, OverlappingVerticalSegmentsInOneChannelGetDifferentLanes)
{
    const auto router = EdgeRouter::create(EdgeRouter::Style::Orthogonal);
    const QRectF top(0, 0, 200, 200);
    const QRectF middle(0, 300, 200, 200);
    const QRectF bottom(0, 600, 200, 200);
    QList<RouteEnds> ends{{middle, 350, top, 50, false, 0, {}},
                          {bottom, 650, top, 100, false, 0, {}},
                          {bottom, 700, middle, 400, false, 0, {}}};
    assignLanes(ends, *router);
    // The two shorter lines share lane 0 (their spans do not meet); the long one is pushed outwards.
    EXPECT_EQ(ends[0].lane, 0);
    EXPECT_EQ(ends[2].lane, 0);
    EXPECT_EQ(ends[1].lane, 1);
    EXPECT_LT(router->route(ends[1])[1].x(), router->route(ends[0])[1].x());
}

// The walkthrough saw lines swap lanes when an edit elsewhere changed another line's length: a line that had a
// lane keeps it while it is free, and a new line takes what is left.
TEST(EdgeLanes, LinesKeepTheirLanesWhenAnotherLineChanges)
{
    const auto router = EdgeRouter::create(EdgeRouter::Style::Orthogonal);
    const QRectF top(0, 0, 200, 200);
    const QRectF middle(0, 300, 200, 200);
    const QRectF bottom(0, 600, 200, 200);
    QList<RouteEnds> ends{{middle, 350, top, 50, false, 0, {}}, {bottom, 650, top, 100, false, 0, {}}};
    assignLanes(ends, *router);
    ASSERT_EQ(ends[0].lane, 0); // the shorter line inside
    ASSERT_EQ(ends[1].lane, 1);
    for (RouteEnds &e : ends)
        e.previousLane = e.lane;
    // The first line grows longer than the second (its card got rows): fresh, the two would swap lanes.
    ends[0].sourceCard = QRectF(0, 300, 200, 600);
    ends[0].sourceY = 880;
    QList<RouteEnds> fresh = ends;
    for (RouteEnds &e : fresh)
        e.previousLane = -1;
    assignLanes(fresh, *router);
    ASSERT_EQ(fresh[0].lane, 1) << "the test needs an edit that would swap the lanes";
    assignLanes(ends, *router);
    EXPECT_EQ(ends[0].lane, 0);
    EXPECT_EQ(ends[1].lane, 1);
}

TEST(Cardinality, PlainNotNullKeyIsManyToExactlyOne)
{
    const Table t = tableWith({column("a", true)});
    EXPECT_EQ(Cardinality::of(t, keyOver({Id(QStringLiteral("a"))})), (Cardinality{true, false}));
}

TEST(Cardinality, NullableKeyMakesTheParentOptional)
{
    const Table t = tableWith({column("a", false)});
    EXPECT_EQ(Cardinality::of(t, keyOver({Id(QStringLiteral("a"))})), (Cardinality{true, true}));
}

TEST(Cardinality, UniqueKeyIsOneToOne)
{
    const Table t = tableWith({column("a", true, true)});
    EXPECT_EQ(Cardinality::of(t, keyOver({Id(QStringLiteral("a"))})), (Cardinality{false, false}));
}

TEST(Cardinality, PrimaryKeyColumnIsOneToOneAndMandatoryEvenWithoutNotNull)
{
    const Table t = tableWith({column("a", false, false, true)});
    EXPECT_EQ(Cardinality::of(t, keyOver({Id(QStringLiteral("a"))})), (Cardinality{false, false}));
}

TEST(Cardinality, PartOfACompositeKeyIsStillMany)
{
    Table t = tableWith({column("a", true), column("b", true)});
    t.primaryKey = PrimaryKey{Id(QStringLiteral("pk")), {}, {Id(QStringLiteral("a")), Id(QStringLiteral("b"))}};
    EXPECT_TRUE(Cardinality::of(t, keyOver({Id(QStringLiteral("a"))})).childMany);
}

TEST_F(RelationTest, SceneLinesCarryTheCardinalityOfTheirKeys)
{
    EXPECT_EQ(relation("fk.posts.author")->cardinality(), (Cardinality{true, false}));
    EXPECT_EQ(relation("fk.profiles.user")->cardinality(), (Cardinality{false, false}));
    EXPECT_EQ(relation("fk.users.manager")->cardinality(), (Cardinality{true, true}));

    Column authorId =
        *document.schema().table(Id(QStringLiteral("posts")))->column(Id(QStringLiteral("posts.author_id")));
    authorId.unique = true;
    ASSERT_TRUE(SchemaEditor(&document).changeItem(Id(QStringLiteral("posts")), authorId));
    EXPECT_EQ(relation("fk.posts.author")->cardinality(), (Cardinality{false, false}));
}

namespace {

/// Cards a route's segments pass through, touching an outline aside, counted by looking at every card.
int cardsCrossedByScan(const QPolygonF &route, const QList<QRectF> &cards)
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

} // namespace

TEST(OrthogonalRouter, NeverCrossesMoreCardsThanTheLineThroughTheMiddleOfTheGap)
{
    // Random cards of many widths (the router looks only at the cards in a candidate's horizontal band) and
    // columns of aligned cards (candidates beside them coincide): whatever it skips, the route it keeps must
    // cross no more cards, counted over all of them, than the plain zigzag it could have taken.
    const auto router = EdgeRouter::create(EdgeRouter::Style::Orthogonal);
    std::mt19937 random(5);
    std::uniform_real_distribution<double> coordinate(-1500, 1500);
    std::uniform_real_distribution<double> width(160, 420);
    int detours = 0;
    for (int trial = 0; trial < 300; ++trial) {
        RouteEnds ends;
        ends.sourceCard = QRectF(std::round(coordinate(random)), std::round(coordinate(random)), 220, 200);
        ends.targetCard = QRectF(std::round(coordinate(random)), std::round(coordinate(random)), 220, 200);
        if (ends.sourceCard.intersects(ends.targetCard))
            continue;
        ends.sourceY = ends.sourceCard.top() + 40;
        ends.targetY = ends.targetCard.top() + 20;
        for (int i = 0; i < 60; ++i) {
            const double x = i % 2 ? std::round(coordinate(random)) : std::round(coordinate(random) / 400) * 400;
            const QRectF card(x, std::round(coordinate(random)), std::round(width(random)), 150);
            if (!card.intersects(ends.sourceCard) && !card.intersects(ends.targetCard))
                ends.obstacles << card;
        }
        const QPolygonF route = router->route(ends);
        ASSERT_GE(route.size(), 4);
        EXPECT_TRUE(isOrthogonal(route));
        const QList<QRectF> all = ends.obstacles + QList<QRectF>{ends.sourceCard, ends.targetCard};
        const bool toRight = ends.sourceCard.right() + 2 * EdgeRouter::kStub <= ends.targetCard.left();
        const bool toLeft = ends.targetCard.right() + 2 * EdgeRouter::kStub <= ends.sourceCard.left();
        if ((!toRight && !toLeft) || std::abs(ends.sourceY - ends.targetY) < 0.5)
            continue;
        const double sx = toRight ? ends.sourceCard.right() : ends.sourceCard.left();
        const double tx = toRight ? ends.targetCard.left() : ends.targetCard.right();
        const double mid = std::round((sx + tx) / 2);
        const QPolygonF middle({{sx, ends.sourceY}, {mid, ends.sourceY}, {mid, ends.targetY}, {tx, ends.targetY}});
        const int kept = cardsCrossedByScan(route, all);
        EXPECT_LE(kept, cardsCrossedByScan(middle, all)) << "trial " << trial;
        detours += route != middle ? 1 : 0;
    }
    EXPECT_GT(detours, 20); // the cards were in the way often enough to matter
}

TEST_F(RelationTest, HitAreaFollowsTheRouteAfterAMove)
{
    const RelationItem *line = relation("fk.posts.author");
    const auto middleOfLongestSegment = [&] {
        const QPolygonF &route = line->route();
        QLineF longest;
        for (int i = 1; i < route.size(); ++i) {
            if (QLineF(route[i - 1], route[i]).length() > longest.length())
                longest = QLineF(route[i - 1], route[i]);
        }
        return longest.center();
    };
    const QPointF before = middleOfLongestSegment();
    EXPECT_TRUE(line->shape().contains(before));
    EXPECT_FALSE(line->shape().contains(before + QPointF(0, 20)) && line->shape().contains(before + QPointF(20, 0)));

    ASSERT_TRUE(SchemaEditor(&document).moveLayoutItems({{Id(QStringLiteral("posts")), QPointF(900, 600)}}));
    const QPointF after = middleOfLongestSegment();
    EXPECT_TRUE(line->shape().contains(after));
    EXPECT_FALSE(line->shape().contains(before)); // the old route's hit area is gone
}

TEST_F(RelationTest, ALanePassOnTheWorkerEndsAsOneMadeAtOnce)
{
    // The same document drawn twice: one scene assigns lanes on the worker after every edit (as from
    // kBackgroundLanesFrom lines on), the other at once.
    DiagramScene background(&document);
    background.setBackgroundLanesFrom(0);
    SchemaEditor editor(&document);
    ASSERT_TRUE(editor.moveLayoutItems(
        {{Id(QStringLiteral("users")), QPointF(40, 420)}, {Id(QStringLiteral("tags")), QPointF(-260, 60)}}));
    EXPECT_TRUE(background.isAssigningLanes());
    for (int turns = 0; background.isAssigningLanes() && turns < 10'000; ++turns)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ASSERT_FALSE(background.isAssigningLanes());
    ASSERT_FALSE(scene.relations().isEmpty());
    for (const Id &key : scene.relations().keys()) {
        EXPECT_EQ(background.relation(key)->route(), scene.relation(key)->route()) << key.toString().toStdString();
        EXPECT_EQ(background.relation(key)->lane(), scene.relation(key)->lane());
    }
    // An export does not wait for the worker: it settles the lanes first.
    ASSERT_TRUE(editor.moveLayoutItems({{Id(QStringLiteral("users")), QPointF(300, 40)}}));
    background.settleLanes();
    for (const Id &key : scene.relations().keys())
        EXPECT_EQ(background.relation(key)->route(), scene.relation(key)->route()) << key.toString().toStdString();
}

TEST_F(RelationTest, ObstaclesFromTheListOfCardsAreTheGridsInItsOrder)
{
    // The worker's lane pass finds each line's obstacles in a list of the cards; the grid finds them for one line.
    QList<RelationItem::ObstacleCard> cards;
    for (const CardGrid::Placed &placed : scene.cardGrid().inOrder()) {
        cards << RelationItem::ObstacleCard{placed.card, placed.rect,
                                            static_cast<const TableCardItem *>(placed.card)->sceneCardRect()};
    }
    qsizetype obstacles = 0;
    for (const RelationItem *line : scene.relations()) {
        RouteEnds listed = line->routeEndsWithoutObstacles();
        RelationItem::addObstacles(listed, line->childCard(), line->parentCard(), cards);
        EXPECT_EQ(listed.obstacles, line->routeEnds().obstacles) << line->foreignKeyId().toString().toStdString();
        obstacles += listed.obstacles.size();
    }
    EXPECT_GT(obstacles, 0); // the diagram's cards stand near each other's lines
}
