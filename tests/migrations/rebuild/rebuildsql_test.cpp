// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/rebuild/targetmigrationwriter.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "tests/migrations/rebuild/rebuildfixture.h"
#include "tests/migrations/sqlite/sqlite3cli.h"
#include "tests/support/golden.h"
#include "tests/support/outsidetools.h"

#include <gtest/gtest.h>

using namespace tw;
using migrations::SchemaDefinition;
using migrations::TargetMigrationWriter;
using test::RebuildCase;
using test::RebuildFixture;
using test::Sqlite3Cli;
using Target = model::ProjectSettings::Target;

namespace {

struct Migration
{
    QString d1;
    QString sqlite;
};

Migration migrationFor(const RebuildCase &c)
{
    const SchemaDefinition before = migrations::schemaDefinition(RebuildFixture::schema());
    const auto plan = migrations::diff(before, migrations::schemaDefinition(c.after));
    return {TargetMigrationWriter::migrationText(plan, before, Target::D1),
            TargetMigrationWriter::migrationText(plan, before, Target::Sqlite)};
}

/// Seeds the fixture, runs @p migration (inside BEGIN/COMMIT unless @p autocommit), checks foreign keys.
Sqlite3Cli::Output run(const RebuildCase &c, const QString &migration, bool autocommit = false)
{
    return Sqlite3Cli::run(RebuildFixture::setupSql() + Sqlite3Cli::marker(QStringLiteral("before")) + c.dumpBefore() +
                           Sqlite3Cli::marker(QStringLiteral("migration")) +
                           (autocommit ? QString() : QStringLiteral("BEGIN;\n")) + migration +
                           (autocommit ? QString() : QStringLiteral("\nCOMMIT;\n")) +
                           Sqlite3Cli::marker(QStringLiteral("check")) + QStringLiteral("PRAGMA foreign_key_check;\n") +
                           Sqlite3Cli::marker(QStringLiteral("after")) + c.dumpAfter());
}

class RebuildSql : public ::testing::TestWithParam<RebuildCase>
{
};

TEST_P(RebuildSql, D1OutputMatchesGolden)
{
    const Migration m = migrationFor(GetParam());
    test::expectMatchesGolden(m.d1.toUtf8(), QStringLiteral("rebuild/%1.d1.sql").arg(GetParam().name));
}

TEST_P(RebuildSql, SqliteTargetIsDrizzleKitText)
{
    const SchemaDefinition before = migrations::schemaDefinition(RebuildFixture::schema());
    const auto plan = migrations::diff(before, migrations::schemaDefinition(GetParam().after));
    EXPECT_EQ(migrationFor(GetParam()).sqlite, migrations::SqliteMigrationWriter::migrationText(plan));
}

TEST_P(RebuildSql, D1OutputKeepsEveryRowInATransactionWithForeignKeysOn)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    for (const bool autocommit : {false, true}) {
        const auto out = run(GetParam(), migrationFor(GetParam()).d1, autocommit);
        ASSERT_TRUE(out.ok) << (autocommit ? "autocommit: " : "transaction: ") << out.error.toStdString();
        const auto sections = out.sections();
        EXPECT_EQ(sections.value(QStringLiteral("check")), QString()) << "foreign_key_check";
        EXPECT_FALSE(sections.value(QStringLiteral("before")).isEmpty());
        EXPECT_EQ(sections.value(QStringLiteral("after")).toStdString(),
                  sections.value(QStringLiteral("before")).toStdString())
            << (autocommit ? "autocommit" : "transaction");
    }
}

// The same keep-and-restore written in drizzle-kit 1.0's dialect (a v1 folder continued for D1): every row kept.
TEST_P(RebuildSql, V1D1OutputKeepsEveryRowInATransactionWithForeignKeysOn)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    migrations::DiffOptions options;
    options.dialect = migrations::SqlDialect::V1;
    const SchemaDefinition before = migrations::schemaDefinition(RebuildFixture::schema(), options.dialect);
    const auto plan =
        migrations::diff(before, migrations::schemaDefinition(GetParam().after, options.dialect), options);
    const QString sql = TargetMigrationWriter::migrationText(plan, before, Target::D1, options.dialect);
    EXPECT_FALSE(sql.contains(QLatin1String("ON UPDATE no action"))) << "the rebuilt table is written in V1's text";
    const auto out = run(GetParam(), sql);
    ASSERT_TRUE(out.ok) << out.error.toStdString();
    const auto sections = out.sections();
    EXPECT_EQ(sections.value(QStringLiteral("check")), QString()) << "foreign_key_check";
    EXPECT_EQ(sections.value(QStringLiteral("after")).toStdString(),
              sections.value(QStringLiteral("before")).toStdString());
}

INSTANTIATE_TEST_SUITE_P(Fixture, RebuildSql, ::testing::ValuesIn(test::fixtureRebuildCases()),
                         [](const auto &testInfo) { return testInfo.param.name.toStdString(); });

TEST(RebuildSql, DrizzleKitTextFailsOrLosesRowsInATransaction)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    int failedOrLost = 0;
    QStringList names;
    for (const RebuildCase &c : test::fixtureRebuildCases()) {
        const auto out = run(c, migrationFor(c).sqlite);
        const auto sections = out.sections();
        if (!out.ok || sections.value(QStringLiteral("after")) != sections.value(QStringLiteral("before"))) {
            ++failedOrLost;
            names << c.name;
        }
    }
    // Every case rebuilds a table with children or a view: drizzle-kit's text cannot survive foreign keys.
    EXPECT_EQ(failedOrLost, test::fixtureRebuildCases().size()) << names.join(u' ').toStdString();
}

TEST(RebuildSql, DrizzleKitTextInAutocommitLowersTheSequence)
{
    if (!Sqlite3Cli::isAvailable())
        return test::missingTool("sqlite3");
    const RebuildCase c = test::fixtureRebuildCases().first(); // parent_not_null
    const auto out = run(c, migrationFor(c).sqlite, true);
    ASSERT_TRUE(out.ok) << out.error.toStdString();
    EXPECT_TRUE(out.sections().value(QStringLiteral("before")).contains(QStringLiteral("seq|authors|5")));
    EXPECT_TRUE(out.sections().value(QStringLiteral("after")).contains(QStringLiteral("seq|authors|4")));
}

} // namespace
