// SPDX-License-Identifier: GPL-3.0-or-later
// After a rollback each runner sees the undone migrations as pending again: drizzle's classic migrator (by
// created_at), drizzle-orm 1.0's (by folder name) and wrangler (d1_migrations by file), in both layouts; apply then
// runs exactly them again.
#include "migrations/rollback/rollbackrunner.h"
#include "tests/migrations/diff/schemadsl.h"
#include "tests/migrations/rollback/rollbackfixture.h"
#include "tests/support/databases/sqlitefile.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::test::dsl;
using migrations::SqlDialect;
using test::RollbackFixture;
using test::SqliteFile;
using Tracking = model::ProjectSettings::Tracking;

namespace {

struct Layout
{
    SqlDialect dialect;
    Tracking tracking;
    QString rowsSql; ///< the tracking rows, one per migration, in a form that names the migration
};

std::string layoutName(const ::testing::TestParamInfo<Layout> &param)
{
    return std::string(param.param.dialect == SqlDialect::V1 ? "V1" : "Classic") +
           (param.param.tracking == Tracking::D1 ? "D1Migrations" : "DrizzleMigrations");
}

class TrackingRemoval : public ::testing::TestWithParam<Layout>
{
};

TEST_P(TrackingRemoval, TheUndoneMigrationsArePendingAgain)
{
    const Layout layout = GetParam();
    RollbackFixture fixture(layout.dialect);
    const QString first =
        fixture.add(QStringLiteral("users"),
                    schema({TableSpec(QStringLiteral("users")) << integer(QStringLiteral("id")).primaryKey(true)}));
    fixture.add(QStringLiteral("tags"),
                schema({TableSpec(QStringLiteral("users")) << integer(QStringLiteral("id")).primaryKey(true),
                        TableSpec(QStringLiteral("tags")) << integer(QStringLiteral("id")).primaryKey(true)}));
    const QString third =
        fixture.add(QStringLiteral("notes"),
                    schema({TableSpec(QStringLiteral("users")) << integer(QStringLiteral("id")).primaryKey(true),
                            TableSpec(QStringLiteral("tags")) << integer(QStringLiteral("id")).primaryKey(true),
                            TableSpec(QStringLiteral("notes")) << integer(QStringLiteral("id")).primaryKey(true)}));
    const auto up = fixture.apply(layout.tracking);
    ASSERT_TRUE(up.ok()) << up.error().toStdString();
    const QStringList rowsBefore = SqliteFile(fixture.db()).rows(layout.rowsSql);
    ASSERT_EQ(rowsBefore.size(), 3);

    const auto outcome = migrations::RollbackRunner::run(fixture.request(layout.tracking, first));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    EXPECT_EQ(SqliteFile(fixture.db()).rows(layout.rowsSql), rowsBefore.mid(0, 1));
    EXPECT_EQ(outcome.value().schemaDifference.toStdString(), "");

    const auto again = fixture.apply(layout.tracking);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    ASSERT_EQ(again.value().applied.size(), 2);
    EXPECT_EQ(again.value().applied.last(), fixture.sqlFile(third));
    EXPECT_EQ(SqliteFile(fixture.db()).rows(layout.rowsSql), rowsBefore);
}

INSTANTIATE_TEST_SUITE_P(
    Runners, TrackingRemoval,
    ::testing::Values(
        Layout{SqlDialect::Classic, Tracking::Drizzle,
               QStringLiteral("SELECT created_at || ' ' || hash FROM __drizzle_migrations ORDER BY created_at")},
        Layout{SqlDialect::Classic, Tracking::D1, QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")},
        Layout{SqlDialect::V1, Tracking::Drizzle,
               QStringLiteral("SELECT name || ' ' || hash FROM __drizzle_migrations ORDER BY created_at")},
        Layout{SqlDialect::V1, Tracking::D1, QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")}),
    layoutName);

} // namespace

// A v1 folder tracked in drizzle-orm 0.31's table (no `name`: a database migrated before `drizzle-kit up`): the rows
// rc.5 would match to the undone folders (same second, same hash) go, the table is left as it is, and apply then
// upgrades it and runs the folders again.
TEST(TrackingRemovalOf031Table, TheRowsMatchedToTheUndoneFoldersGo)
{
    RollbackFixture fixture(SqlDialect::V1);
    const QString first =
        fixture.add(QStringLiteral("users"),
                    schema({TableSpec(QStringLiteral("users")) << integer(QStringLiteral("id")).primaryKey(true)}));
    fixture.add(QStringLiteral("tags"),
                schema({TableSpec(QStringLiteral("users")) << integer(QStringLiteral("id")).primaryKey(true),
                        TableSpec(QStringLiteral("tags")) << integer(QStringLiteral("id")).primaryKey(true)}));
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    fixture.run(QStringLiteral(
        "CREATE TABLE old (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric);"
        "INSERT INTO old (hash, created_at) SELECT hash, created_at + 500 FROM __drizzle_migrations ORDER BY id;"
        "DROP TABLE __drizzle_migrations; ALTER TABLE old RENAME TO __drizzle_migrations;"));
    const QString rows = QStringLiteral("SELECT hash FROM __drizzle_migrations ORDER BY created_at");
    const QStringList before = SqliteFile(fixture.db()).rows(rows);
    ASSERT_EQ(before.size(), 2);

    const auto outcome = migrations::RollbackRunner::run(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    EXPECT_EQ(outcome.value().plan.target, first);
    EXPECT_EQ(SqliteFile(fixture.db()).rows(rows), before.mid(0, 1));
    const auto again = fixture.apply(Tracking::Drizzle);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(again.value().applied.size(), 1);
}
