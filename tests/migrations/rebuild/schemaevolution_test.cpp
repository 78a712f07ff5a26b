// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/rebuild/rebuildplanner.h"
#include "migrations/rebuild/schemaevolution.h"
#include "migrations/rebuild/sqlidentifiers.h"
#include "tests/migrations/rebuild/rebuildfixture.h"

#include <gtest/gtest.h>

using namespace tw;
using migrations::RebuildPlanner;
using migrations::RebuildTable;
using migrations::SchemaDefinition;
using migrations::SchemaEvolution;
using migrations::SqlIdentifiers;

namespace {

TEST(SchemaEvolution, RenamedParentIsPlannedUnderItsNewNameWithItsChildren)
{
    SchemaDefinition current = migrations::schemaDefinition(test::RebuildFixture::schema());
    SchemaEvolution::apply(current, migrations::RenameTable{QStringLiteral("authors"), QStringLiteral("writers")});
    const auto *writers = SchemaEvolution::table(current, QStringLiteral("writers"));
    ASSERT_NE(writers, nullptr);
    EXPECT_EQ(SchemaEvolution::table(current, QStringLiteral("authors")), nullptr);
    const auto plan = RebuildPlanner::plan(current, RebuildTable{*writers, {}});
    EXPECT_EQ(plan.keep,
              (QStringList{QStringLiteral("notes"), QStringLiteral("reviews"), QStringLiteral("review_votes")}));
    EXPECT_EQ(plan.referencing, (QStringList{QStringLiteral("books"), QStringLiteral("pins")}));
    EXPECT_TRUE(plan.selfReference) << "the self-reference follows the rename, as SQLite rewrites it";
}

TEST(SchemaEvolution, SecondRebuildSeesTheFirstOnesResult)
{
    // Two rebuilds in one migration: after the first (authors), reviews is planned on the schema as it stands then.
    const SchemaDefinition before = migrations::schemaDefinition(test::RebuildFixture::schema());
    test::RebuildCase both;
    for (const auto &c : test::fixtureRebuildCases()) {
        if (c.name == QStringLiteral("two_rebuilds"))
            both = c;
    }
    const auto ops = migrations::diff(before, migrations::schemaDefinition(both.after)).operations;
    SchemaDefinition current = before;
    int rebuilds = 0;
    for (const auto &op : ops) {
        if (const auto *rebuild = std::get_if<RebuildTable>(&op)) {
            ++rebuilds;
            const auto plan = RebuildPlanner::plan(current, *rebuild);
            EXPECT_TRUE(plan.needsKeepAndRestore()) << rebuild->table.name.toStdString();
        }
        SchemaEvolution::apply(current, op);
    }
    EXPECT_EQ(rebuilds, 2);
    EXPECT_EQ(current, migrations::schemaDefinition(both.after)) << "replaying the plan reaches the new schema";
}

TEST(SqlIdentifiers, FindsQuotedAndBareNamesButNotStringsOrComments)
{
    const auto names = SqlIdentifiers::referenced(
        QStringLiteral("select \"Main\".x, `we``ird`, [br] from t -- comment_word\n where y = 'str_word' /* c2 */"));
    EXPECT_TRUE(names.contains(QStringLiteral("main")));
    EXPECT_TRUE(names.contains(QStringLiteral("we`ird")));
    EXPECT_TRUE(names.contains(QStringLiteral("br")));
    EXPECT_TRUE(names.contains(QStringLiteral("t")));
    EXPECT_FALSE(names.contains(QStringLiteral("comment_word")));
    EXPECT_FALSE(names.contains(QStringLiteral("str_word")));
    EXPECT_FALSE(names.contains(QStringLiteral("c2")));
}

TEST(SqlIdentifiers, RenamesWholeTokensOnly)
{
    EXPECT_EQ(SqlIdentifiers::renamed(
                  QStringLiteral("select a.id from authors a join `authors_x` on 'authors' = \"AUTHORS\".id"),
                  QStringLiteral("authors"), QStringLiteral("writers")),
              QStringLiteral("select a.id from writers a join `authors_x` on 'authors' = `writers`.id"));
}

} // namespace
