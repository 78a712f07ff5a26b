// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layout/autolayout.h"
#include "model/schema/schema.h"
#include "tests/support/printers.h"

#include <QRectF>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

Id id(const QString &token)
{
    return Id(token);
}

// Tables named by their ids, each with an `id` key and one column per reference.
class SchemaBuilder
{
public:
    SchemaBuilder &table(const QString &name, const QStringList &references = {}, int extraColumns = 0)
    {
        Table t;
        t.id = id(name);
        t.name = name;
        Column key;
        key.id = id(name + QStringLiteral(".id"));
        key.name = QStringLiteral("id");
        key.primaryKey = true;
        t.columns << key;
        for (const QString &target : references) {
            Column c;
            c.id = id(name + QLatin1Char('.') + target + QStringLiteral("_id"));
            c.name = target + QStringLiteral("_id");
            t.columns << c;
            ForeignKey fk;
            fk.id = id(QStringLiteral("fk.") + name + QLatin1Char('.') + target);
            fk.columns = {c.id};
            fk.targetTable = id(target);
            fk.targetColumns = {id(target + QStringLiteral(".id"))};
            t.foreignKeys << fk;
        }
        for (int i = 0; i < extraColumns; ++i) {
            Column c;
            c.id = id(QStringLiteral("%1.c%2").arg(name).arg(i));
            c.name = QStringLiteral("column_%1").arg(i);
            t.columns << c;
        }
        m_schema.tables << t;
        return *this;
    }
    Schema build() const { return m_schema; }

private:
    Schema m_schema;
};

QMap<Id, QRectF> rects(const Schema &schema, const QMap<Id, QPointF> &positions)
{
    QMap<Id, QRectF> result;
    for (const Table &t : schema.tables)
        result.insert(t.id, QRectF(positions.value(t.id), estimatedCardSize(t)));
    return result;
}

void expectNoOverlaps(const QMap<Id, QRectF> &cards)
{
    const QList<Id> ids = cards.keys();
    for (int i = 0; i < ids.size(); ++i) {
        for (int j = i + 1; j < ids.size(); ++j)
            EXPECT_FALSE(cards[ids[i]].intersects(cards[ids[j]]))
                << ids[i].toString().toStdString() << " overlaps " << ids[j].toString().toStdString();
    }
}

Schema guideSchema()
{
    return SchemaBuilder()
        .table(QStringLiteral("users"), {}, 6)
        .table(QStringLiteral("categories"), {QStringLiteral("users")}, 4)
        .table(QStringLiteral("products"), {QStringLiteral("categories")}, 6)
        .table(QStringLiteral("tags"), {}, 1)
        .table(QStringLiteral("product_tags"), {QStringLiteral("products"), QStringLiteral("tags")})
        .build();
}

// Top to bottom in a tall view: one band, so every parent is above its children.
AutoLayoutOptions topToBottom()
{
    AutoLayoutOptions options;
    options.direction = LayoutDirection::TopToBottom;
    options.aspectRatio = 0.5;
    return options;
}

// Table i references table i / 2 (a binary tree, as the benchmarks' generated schema), @p columns columns each.
Schema treeSchema(int tables, int columns)
{
    SchemaBuilder builder;
    builder.table(QStringLiteral("table_0"), {}, columns - 1);
    for (int i = 1; i < tables; ++i)
        builder.table(QStringLiteral("table_%1").arg(i), {QStringLiteral("table_%1").arg(i / 2)}, columns - 2);
    return builder.build();
}

QRectF boundingRect(const QMap<Id, QRectF> &cards)
{
    QRectF bounds;
    for (const QRectF &card : cards)
        bounds |= card;
    return bounds;
}

// The zoom at which @p bounds fits a viewport of @p aspect (height 1), with the view's margin.
double fittedZoom(const QRectF &bounds, double aspect)
{
    return std::min(aspect / (bounds.width() + 80), 1.0 / (bounds.height() + 80));
}

} // namespace

TEST(AutoLayout, ReferencedTablesSitAboveTheTablesThatReferenceThem)
{
    const Schema schema = guideSchema();
    const auto cards = rects(schema, autoLayout(schema, {}, topToBottom()));
    ASSERT_EQ(cards.size(), 5);
    for (const Table &t : schema.tables) {
        for (const ForeignKey &fk : t.foreignKeys)
            EXPECT_LT(cards[fk.targetTable].bottom(), cards[t.id].top()) << t.name.toStdString();
    }
}

TEST(AutoLayout, ParentsWithoutParentsOfTheirOwnSitJustAboveTheirChildren)
{
    // tags references nothing, but it belongs next to products (above product_tags), not next to users.
    const Schema schema = guideSchema();
    const auto p = autoLayout(schema, {}, topToBottom());
    EXPECT_EQ(p[id(QStringLiteral("tags"))].y(), p[id(QStringLiteral("products"))].y());
}

TEST(AutoLayout, CardsNeverOverlap)
{
    SchemaBuilder builder;
    builder.table(QStringLiteral("root"), {}, 3);
    for (int i = 0; i < 30; ++i)
        builder.table(QStringLiteral("child%1").arg(i), {QStringLiteral("root")}, i % 7);
    const Schema schema = builder.build();
    AutoLayoutOptions options = topToBottom();
    options.aspectRatio = 1.6;
    const auto positions = autoLayout(schema, {}, options);
    expectNoOverlaps(rects(schema, positions));
    // 30 children in one row would be 30 cards wide: the layer wraps into rows until the diagram is about as wide
    // as a 16:10 view.
    const QRectF bounds = boundingRect(rects(schema, positions));
    EXPECT_GT(bounds.height(), 3 * estimatedCardSize(schema.tables.last()).height());
    EXPECT_LT(bounds.width() / bounds.height(), 3.0);
}

TEST(AutoLayout, SameInputGivesTheSamePositions)
{
    const Schema schema = guideSchema();
    EXPECT_EQ(autoLayout(schema, {}), autoLayout(schema, {}));
}

TEST(AutoLayout, CyclesAreBrokenAndEveryTableIsPlaced)
{
    const Schema schema = SchemaBuilder()
                              .table(QStringLiteral("a"), {QStringLiteral("c")})
                              .table(QStringLiteral("b"), {QStringLiteral("a")})
                              .table(QStringLiteral("c"), {QStringLiteral("b")})
                              .build();
    const auto positions = autoLayout(schema, {}, topToBottom());
    ASSERT_EQ(positions.size(), 3);
    expectNoOverlaps(rects(schema, positions));
    const auto cards = rects(schema, positions);
    // Exactly one edge of the cycle points upwards; the other two keep parents above children.
    int downward = 0;
    for (const Table &t : schema.tables)
        downward += cards[t.foreignKeys.first().targetTable].bottom() < cards[t.id].top() ? 1 : 0;
    EXPECT_EQ(downward, 2);
}

TEST(AutoLayout, SelfReferencesDoNotChangeTheLayer)
{
    const Schema schema = SchemaBuilder()
                              .table(QStringLiteral("employees"), {QStringLiteral("employees")})
                              .table(QStringLiteral("teams"), {QStringLiteral("employees")})
                              .build();
    const auto cards = rects(schema, autoLayout(schema, {}, topToBottom()));
    EXPECT_LT(cards[id(QStringLiteral("employees"))].bottom(), cards[id(QStringLiteral("teams"))].top());
}

TEST(AutoLayout, BarycentreOrderingUncrossesEdges)
{
    // In schema order the children would be placed crossed: left_child -> right_parent and vice versa.
    const Schema schema = SchemaBuilder()
                              .table(QStringLiteral("left_parent"))
                              .table(QStringLiteral("right_parent"))
                              .table(QStringLiteral("child_of_right"), {QStringLiteral("right_parent")})
                              .table(QStringLiteral("child_of_left"), {QStringLiteral("left_parent")})
                              .build();
    const auto p = autoLayout(schema, {}, topToBottom());
    const bool parentsInOrder = p[id(QStringLiteral("left_parent"))].x() < p[id(QStringLiteral("right_parent"))].x();
    const bool childrenInOrder =
        p[id(QStringLiteral("child_of_left"))].x() < p[id(QStringLiteral("child_of_right"))].x();
    EXPECT_EQ(parentsInOrder, childrenInOrder);
}

TEST(AutoLayout, GivenCardSizesAreUsedForSpacing)
{
    const Schema schema = SchemaBuilder().table(QStringLiteral("a")).table(QStringLiteral("b")).build();
    AutoLayoutOptions options = topToBottom();
    options.aspectRatio = 10; // a wide view: both in one row
    options.cardSpacing = 50;
    const QMap<Id, QSizeF> sizes{{id(QStringLiteral("a")), QSizeF(300, 100)},
                                 {id(QStringLiteral("b")), QSizeF(200, 80)}};
    const auto p = autoLayout(schema, sizes, options);
    EXPECT_EQ(p[id(QStringLiteral("a"))], QPointF(0, 0));
    EXPECT_EQ(p[id(QStringLiteral("b"))], QPointF(350, 0));
}

TEST(AutoLayout, ViewsGoInARowBelowTheTables)
{
    Schema schema = guideSchema();
    View view;
    view.id = id(QStringLiteral("v"));
    view.name = QStringLiteral("active_products");
    schema.views << view;
    const auto p = autoLayout(schema, {}, topToBottom());
    ASSERT_TRUE(p.contains(view.id));
    const auto cards = rects(schema, p);
    for (const QRectF &card : cards)
        EXPECT_LT(card.bottom(), p[view.id].y());
}

TEST(AutoLayout, LeftToRightPutsReferencedTablesLeftOfTheTablesThatReferenceThem)
{
    const Schema schema = guideSchema();
    AutoLayoutOptions options;
    options.direction = LayoutDirection::LeftToRight;
    options.aspectRatio = 3; // a wide view: one band
    const auto cards = rects(schema, autoLayout(schema, {}, options));
    for (const Table &t : schema.tables) {
        for (const ForeignKey &fk : t.foreignKeys)
            EXPECT_LT(cards[fk.targetTable].right(), cards[t.id].left()) << t.name.toStdString();
    }
    expectNoOverlaps(cards);
}

TEST(AutoLayout, UnrelatedTablesComeAfterTheRelatedOnes)
{
    Schema schema = SchemaBuilder()
                        .table(QStringLiteral("settings"), {}, 3)
                        .table(QStringLiteral("users"), {}, 3)
                        .table(QStringLiteral("posts"), {QStringLiteral("users")}, 3)
                        .build();
    const auto cards = rects(schema, autoLayout(schema, {}, topToBottom()));
    EXPECT_GT(cards[id(QStringLiteral("settings"))].top(), cards[id(QStringLiteral("posts"))].bottom());
}

// The walkthrough's example opened as one tall column (a third of the view's width unused, the first card cut
// off). Fitted to a 16:10 view, it is wider than tall and fits at a larger zoom than that column.
TEST(AutoLayout, TheGuideSchemaFitsAWideView)
{
    const Schema schema = guideSchema();
    const QRectF fitted = boundingRect(rects(schema, autoLayout(schema, {})));
    const QRectF column = boundingRect(rects(schema, autoLayout(schema, {}, topToBottom())));
    EXPECT_GT(fitted.width(), fitted.height());
    EXPECT_GT(fittedZoom(fitted, 1.6), 1.2 * fittedZoom(column, 1.6));
}

// 5, 50 and 500 tables in views of three shapes: the diagram takes about the view's shape (so fitting it leaves
// little of the view empty), and no card covers another.
TEST(AutoLayout, LargeSchemasTakeTheShapeOfTheView)
{
    for (int tables : {5, 50, 500}) {
        const Schema schema = treeSchema(tables, 12);
        for (double aspect : {1.6, 2.4, 0.75}) {
            AutoLayoutOptions options;
            options.aspectRatio = aspect;
            const auto cards = rects(schema, autoLayout(schema, {}, options));
            ASSERT_EQ(cards.size(), tables);
            if (tables <= 50)
                expectNoOverlaps(cards);
            const QRectF bounds = boundingRect(cards);
            const double shape = bounds.width() / bounds.height();
            if (tables >= 50) {
                EXPECT_GT(shape, aspect / 1.6) << tables << " tables, aspect " << aspect;
                EXPECT_LT(shape, aspect * 1.6) << tables << " tables, aspect " << aspect;
            }
            // Of the fitted view's area, the cards' bounding box fills most in both directions.
            const double zoom = fittedZoom(bounds, aspect);
            EXPECT_GT(zoom * (bounds.width() + 80) * zoom * (bounds.height() + 80) / aspect, 0.45)
                << tables << " tables, aspect " << aspect;
        }
    }
}

TEST(AutoLayout, FiveHundredTablesNeverOverlap)
{
    const Schema schema = treeSchema(500, 12);
    const auto cards = rects(schema, autoLayout(schema, {}));
    // Sweep line over the cards sorted by left edge: overlaps among 500 cards without 125,000 comparisons.
    QList<QRectF> sorted = cards.values();
    std::sort(sorted.begin(), sorted.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    for (int i = 0; i < sorted.size(); ++i) {
        for (int j = i + 1; j < sorted.size() && sorted[j].left() < sorted[i].right(); ++j)
            ASSERT_FALSE(sorted[i].intersects(sorted[j]));
    }
}

TEST(AutoLayout, EmptySchemaGivesNoPositions)
{
    EXPECT_TRUE(autoLayout(Schema(), {}).isEmpty());
}

TEST(EstimatedCardSize, GrowsWithColumnsAndLongNames)
{
    const Schema schema = SchemaBuilder()
                              .table(QStringLiteral("a"), {}, 1)
                              .table(QStringLiteral("b"), {}, 5)
                              .table(QStringLiteral("a_table_with_a_really_quite_long_name_indeed"), {}, 1)
                              .build();
    const QSizeF small = estimatedCardSize(schema.tables[0]);
    EXPECT_GT(estimatedCardSize(schema.tables[1]).height(), small.height());
    EXPECT_GT(estimatedCardSize(schema.tables[2]).width(), small.width());
    EXPECT_EQ(estimatedCardSize(schema.tables[2]).height(), small.height());
}
