// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/rebuild/rebuildplanner.h"
#include "tests/migrations/diff/schemadsl.h"
#include "tests/migrations/rebuild/rebuildfixture.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::test::dsl;
using migrations::RebuildPlan;
using migrations::RebuildPlanner;
using migrations::RebuildTable;
using migrations::SchemaDefinition;
using model::ReferentialAction;

namespace {

const QString kId = QStringLiteral("id");

/// The plan for rebuilding @p table of @p schema (the rebuilt definition is the current one: the planner only
/// reads the schema before the rebuild, except for AUTOINCREMENT).
RebuildPlan planFor(const model::Schema &schema, const QString &table)
{
    const SchemaDefinition current = migrations::schemaDefinition(schema);
    for (const auto &t : current.tables) {
        if (t.name == table)
            return RebuildPlanner::plan(current, RebuildTable{t, {}});
    }
    ADD_FAILURE() << "no table " << table.toStdString();
    return {};
}

QStringList keyTables(const RebuildPlan &plan)
{
    QStringList out;
    for (const auto &k : plan.unindexedKeys)
        out << k.table + u'.' + k.columns.join(u',');
    return out;
}

TEST(RebuildPlanner, FixtureParentKeepsCascadeAndSetNullChildrenTransitivelyParentsFirst)
{
    const RebuildPlan plan = planFor(test::RebuildFixture::schema(), QStringLiteral("authors"));
    EXPECT_EQ(plan.keep,
              (QStringList{QStringLiteral("notes"), QStringLiteral("reviews"), QStringLiteral("review_votes")}));
    EXPECT_EQ(plan.referencing, (QStringList{QStringLiteral("books"), QStringLiteral("pins")}));
    EXPECT_TRUE(plan.selfReference);
    EXPECT_FALSE(plan.keepParent);
    EXPECT_TRUE(plan.carrySequence);
    ASSERT_EQ(plan.views.size(), 1);
    EXPECT_EQ(plan.views.first().name, QStringLiteral("v_reviews"));
    // reviews.author_id is indexed, and the children of S are emptied: only rows that stay need an index.
    EXPECT_EQ(keyTables(plan), (QStringList{QStringLiteral("authors.mentor_id"), QStringLiteral("books.author_id"),
                                            QStringLiteral("pins.author_id")}));
    EXPECT_EQ(plan.checkedTables,
              (QStringList{QStringLiteral("authors"), QStringLiteral("books"), QStringLiteral("notes"),
                           QStringLiteral("pins"), QStringLiteral("review_votes"), QStringLiteral("reviews")}));
    EXPECT_TRUE(plan.needsKeepAndRestore());
}

TEST(RebuildPlanner, ChildThatIsAlsoAParentKeepsOnlyItsOwnChildrenAndItsView)
{
    const RebuildPlan plan = planFor(test::RebuildFixture::schema(), QStringLiteral("reviews"));
    EXPECT_EQ(plan.keep, QStringList{QStringLiteral("review_votes")});
    EXPECT_TRUE(plan.referencing.isEmpty());
    EXPECT_FALSE(plan.selfReference);
    EXPECT_TRUE(plan.carrySequence);
    ASSERT_EQ(plan.views.size(), 1);
    EXPECT_EQ(keyTables(plan), QStringList{});
}

TEST(RebuildPlanner, LeafTableNeedsNothing)
{
    const RebuildPlan plan = planFor(test::RebuildFixture::schema(), QStringLiteral("pins"));
    EXPECT_FALSE(plan.needsKeepAndRestore());
    EXPECT_FALSE(plan.carrySequence);
}

TEST(RebuildPlanner, SelfReferenceAloneNeedsKeepAndRestore)
{
    TableSpec nodes(QStringLiteral("nodes"));
    nodes << integer(kId).primaryKey() << integer(QStringLiteral("parent_id"));
    nodes.foreignKey({QStringLiteral("parent_id")}, QStringLiteral("nodes"), {kId}, ReferentialAction::SetNull);
    nodes.index(QStringLiteral("nodes_parent_idx"), {QStringLiteral("parent_id")});
    const RebuildPlan plan = planFor(schema({nodes}), QStringLiteral("nodes"));
    EXPECT_TRUE(plan.keep.isEmpty());
    EXPECT_TRUE(plan.selfReference);
    EXPECT_TRUE(plan.unindexedKeys.isEmpty()); // nodes_parent_idx covers it
    EXPECT_TRUE(plan.needsKeepAndRestore());
}

TEST(RebuildPlanner, SetNullOnNotNullColumnIsKept)
{
    TableSpec p(QStringLiteral("p"));
    p << integer(kId).primaryKey();
    TableSpec c(QStringLiteral("c"));
    c << integer(kId).primaryKey() << integer(QStringLiteral("p_id")).notNull();
    c.foreignKey({QStringLiteral("p_id")}, QStringLiteral("p"), {kId}, ReferentialAction::SetNull);
    const RebuildPlan plan = planFor(schema({p, c}), QStringLiteral("p"));
    EXPECT_EQ(plan.keep, QStringList{QStringLiteral("c")});
}

TEST(RebuildPlanner, SetDefaultChildIsKeptRestrictAndNoActionChildrenAreOnlyReferencing)
{
    TableSpec p(QStringLiteral("p"));
    p << integer(kId).primaryKey();
    TableSpec d(QStringLiteral("d"));
    d << integer(kId).primaryKey()
      << integer(QStringLiteral("p_id")).defaultValue(model::ColumnDefault::number(QStringLiteral("1")));
    d.foreignKey({QStringLiteral("p_id")}, QStringLiteral("p"), {kId}, ReferentialAction::SetDefault);
    TableSpec r(QStringLiteral("r"));
    r << integer(kId).primaryKey() << integer(QStringLiteral("p_id"));
    r.foreignKey({QStringLiteral("p_id")}, QStringLiteral("p"), {kId}, ReferentialAction::Restrict);
    r.index(QStringLiteral("r_p_idx"), {QStringLiteral("p_id")});
    const RebuildPlan plan = planFor(schema({p, d, r}), QStringLiteral("p"));
    EXPECT_EQ(plan.keep, QStringList{QStringLiteral("d")});
    EXPECT_EQ(plan.referencing, QStringList{QStringLiteral("r")});
    EXPECT_TRUE(plan.unindexedKeys.isEmpty());
}

TEST(RebuildPlanner, CycleThroughTheParentCopiesTheParentAside)
{
    TableSpec a(QStringLiteral("a"));
    a << integer(kId).primaryKey() << integer(QStringLiteral("b_id"));
    a.foreignKey({QStringLiteral("b_id")}, QStringLiteral("b"), {kId}, ReferentialAction::SetNull);
    TableSpec b(QStringLiteral("b"));
    b << integer(kId).primaryKey() << integer(QStringLiteral("a_id"));
    b.foreignKey({QStringLiteral("a_id")}, QStringLiteral("a"), {kId}, ReferentialAction::Cascade);
    const RebuildPlan plan = planFor(schema({a, b}), QStringLiteral("a"));
    EXPECT_EQ(plan.keep, QStringList{QStringLiteral("b")});
    EXPECT_TRUE(plan.keepParent);
    EXPECT_FALSE(plan.selfReference);
}

TEST(RebuildPlanner, CycleBetweenChildrenTerminatesWithEachTableOnce)
{
    TableSpec p(QStringLiteral("p"));
    p << integer(kId).primaryKey();
    TableSpec b(QStringLiteral("b"));
    b << integer(kId).primaryKey() << integer(QStringLiteral("p_id")) << integer(QStringLiteral("c_id"));
    b.foreignKey({QStringLiteral("p_id")}, QStringLiteral("p"), {kId}, ReferentialAction::Cascade);
    b.foreignKey({QStringLiteral("c_id")}, QStringLiteral("c"), {kId}, ReferentialAction::Cascade);
    TableSpec c(QStringLiteral("c"));
    c << integer(kId).primaryKey() << integer(QStringLiteral("b_id"));
    c.foreignKey({QStringLiteral("b_id")}, QStringLiteral("b"), {kId}, ReferentialAction::Cascade);
    const RebuildPlan plan = planFor(schema({p, b, c}), QStringLiteral("p"));
    EXPECT_EQ(plan.keep, (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_FALSE(plan.keepParent);
}

TEST(RebuildPlanner, ViewsOverViewsAreRecreatedAfterTheViewsTheyRead)
{
    TableSpec p(QStringLiteral("p"));
    p << integer(kId).primaryKey();
    const model::Schema s = schema({p}, {view(QStringLiteral("v_top"), QStringLiteral("select * from \"v_base\"")),
                                         view(QStringLiteral("v_base"), QStringLiteral("select id from p")),
                                         view(QStringLiteral("v_other"), QStringLiteral("select 'p' as x"))});
    const RebuildPlan plan = planFor(s, QStringLiteral("p"));
    ASSERT_EQ(plan.views.size(), 2); // a string 'p' is not a reference
    EXPECT_EQ(plan.views[0].name, QStringLiteral("v_base"));
    EXPECT_EQ(plan.views[1].name, QStringLiteral("v_top"));
}

TEST(RebuildPlanner, RowidIsHiddenUnlessAnIntegerPrimaryKeyAliasesIt)
{
    TableSpec aliased(QStringLiteral("a"));
    aliased << integer(kId).primaryKey();
    TableSpec textKey(QStringLiteral("t"));
    textKey << text(QStringLiteral("code")).primaryKey();
    TableSpec composite(QStringLiteral("m"));
    composite << integer(QStringLiteral("x")).notNull() << integer(QStringLiteral("y")).notNull();
    composite.primaryKey({QStringLiteral("x"), QStringLiteral("y")});
    const SchemaDefinition d = migrations::schemaDefinition(schema({aliased, textKey, composite}));
    ASSERT_EQ(d.tables.size(), 3); // ordered by export name: a, m, t
    EXPECT_FALSE(RebuildPlanner::hasHiddenRowid(d.tables[0]));
    EXPECT_TRUE(RebuildPlanner::hasHiddenRowid(d.tables[1]));
    EXPECT_TRUE(RebuildPlanner::hasHiddenRowid(d.tables[2]));
    EXPECT_TRUE(RebuildPlanner::isIndexed(d.tables[1], {QStringLiteral("x")}));
    EXPECT_FALSE(RebuildPlanner::isIndexed(d.tables[1], {QStringLiteral("y")}));
    EXPECT_TRUE(RebuildPlanner::isIndexed(d.tables[1], {QStringLiteral("y"), QStringLiteral("x")}));
}

} // namespace
