// SPDX-License-Identifier: GPL-3.0-or-later
// "Test rollback procedure": the pending migrations applied and rolled back on a copy, the copy compared with the
// database as it was (schema, row counts, a checksum of the values, the history); the database only read.
#include "migrations/rollback/downfiles.h"
#include "migrations/rollback/roundtriprehearsal.h"
#include "tests/migrations/diff/schemadsl.h"
#include "tests/migrations/rollback/rollbackfixture.h"
#include "tests/support/databases/sqlitefile.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::test::dsl;
using migrations::RoundTripRehearsal;
using test::RollbackFixture;
using test::SqliteFile;
using Tracking = model::ProjectSettings::Tracking;

namespace {

model::Schema users(bool withName)
{
    TableSpec table(QStringLiteral("users"));
    table << integer(QStringLiteral("id")).primaryKey(true);
    if (withName)
        table << text(QStringLiteral("name"));
    return schema({table});
}

model::Schema usersAndPosts()
{
    return schema({TableSpec(QStringLiteral("users"))
                       << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("name")),
                   TableSpec(QStringLiteral("posts"))
                       << integer(QStringLiteral("id")).primaryKey(true) << integer(QStringLiteral("author_id"))});
}

} // namespace

TEST(RoundTrip, ALosslessMigrationComesBackToTheSameSchemaRowsAndHistory)
{
    for (const auto dialect : {migrations::SqlDialect::Classic, migrations::SqlDialect::V1}) {
        RollbackFixture fixture(dialect);
        fixture.add(QStringLiteral("users"), users(true));
        ASSERT_TRUE(fixture.apply(Tracking::D1).ok());
        fixture.run(QStringLiteral("INSERT INTO users (name) VALUES ('Ada'), ('Grace');"));
        fixture.add(QStringLiteral("posts"), usersAndPosts());
        const QByteArray before = SqliteFile(fixture.db()).bytes();

        const auto report = RoundTripRehearsal::rehearse(fixture.request(Tracking::D1));
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        EXPECT_TRUE(report.value().succeeded()) << report.value().toText().toStdString();
        EXPECT_EQ(report.value().applied.size(), 1);
        EXPECT_TRUE(report.value().toText().contains(QStringLiteral("restores the starting schema")))
            << report.value().toText().toStdString();
        EXPECT_EQ(SqliteFile(fixture.db()).bytes(), before);
    }
}

// Dropping a column loses its values: after up and down the column is back, empty, and the checksum says so.
TEST(RoundTrip, ValuesAMigrationDropsShowAsADifferenceInTheRows)
{
    RollbackFixture fixture;
    fixture.add(QStringLiteral("users"), users(true));
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    fixture.run(QStringLiteral("INSERT INTO users (name) VALUES ('Ada'), ('Grace');"));
    fixture.add(QStringLiteral("drop_name"), users(false));

    const auto report = RoundTripRehearsal::rehearse(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_FALSE(report.value().succeeded());
    EXPECT_TRUE(report.value().schemaChanges.isEmpty()) << report.value().toText().toStdString();
    EXPECT_EQ(report.value().rowChanges, QStringList{QStringLiteral("users: the same 2 rows, other values")});
}

// A pending custom migration without its down file: the procedure fails on the copy and names the file to write.
TEST(RoundTrip, APendingCustomMigrationWithoutItsDownFileIsReported)
{
    RollbackFixture fixture;
    fixture.add(QStringLiteral("users"), users(true));
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    const QString custom =
        fixture.addCustom(QStringLiteral("seed"), QStringLiteral("INSERT INTO users (name) VALUES ('root');"));
    const auto report = RoundTripRehearsal::rehearse(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_FALSE(report.value().succeeded());
    EXPECT_TRUE(report.value().downError.contains(migrations::DownFiles::pathFor(fixture.projectFile(), custom)))
        << report.value().toText().toStdString();

    fixture.writeDownFile(custom, "DELETE FROM users WHERE name = 'root';");
    const auto withDownFile = RoundTripRehearsal::rehearse(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(withDownFile.ok()) << withDownFile.error().toStdString();
    EXPECT_TRUE(withDownFile.value().succeeded()) << withDownFile.value().toText().toStdString();
}
