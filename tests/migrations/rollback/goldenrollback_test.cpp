// SPDX-License-Identifier: GPL-3.0-or-later
// Every change kind of the golden set, undone: a database created at the case's `before`, given the case's rows,
// migrated to `after` and rolled back has the starting schema again (introspected and diffed), the surviving tables
// keep their rows, the rows the rollback loses are counted on a rehearsal first, and the database's history expects
// exactly what it holds.
#include "database/introspection/driftreport.h"
#include "database/introspection/schemaintrospector.h"
#include "migrations/rollback/downfiles.h"
#include "migrations/rollback/rollbackrunner.h"
#include "tests/migrations/diff/goldencases.h"
#include "tests/migrations/rollback/rollbackfixture.h"
#include "tests/support/databases/sqlitefile.h"

#include <gtest/gtest.h>

using namespace tw;
using migrations::SqlDialect;
using Tracking = model::ProjectSettings::Tracking;

namespace {

QString renamedTable(const migrations::RenameMap &renames, const QString &name)
{
    for (const auto &r : renames.tables) {
        if (r.from == name)
            return r.to;
    }
    return name;
}

/// Row counts of the tables of `before` that `after` still has, by their name in `before`.
QMap<QString, qint64> survivingCounts(const test::GoldenCase &c, const QString &db)
{
    QMap<QString, qint64> counts;
    const test::SqliteFile file(db);
    for (const model::Table &t : c.before.tables) {
        if (c.after.tableNamed(renamedTable(c.renames, t.name)))
            counts.insert(t.name, file.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t.name)).toLongLong());
    }
    return counts;
}

void upThenDown(const test::GoldenCase &c, SqlDialect dialect)
{
    test::RollbackFixture fixture(dialect);
    fixture.add(QStringLiteral("before"), c.before);
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    fixture.run(c.seedSql);
    const QMap<QString, qint64> countsBefore = survivingCounts(c, fixture.db());
    const auto start = database::SchemaIntrospector::read(fixture.db());
    ASSERT_TRUE(start.ok()) << start.error().toStdString();

    const QString after = fixture.add(QStringLiteral("after"), c.after, c.renames);
    const auto up = fixture.apply(Tracking::Drizzle);
    ASSERT_TRUE(up.ok()) << up.error().toStdString();

    const auto rehearsal = migrations::RollbackRunner::rehearse(fixture.request(Tracking::Drizzle));
    if (!rehearsal.ok() && rehearsal.error().contains(QStringLiteral("NOT NULL column"))) {
        // Undoing a dropped NOT NULL column without a default needs its values: the user's down file.
        EXPECT_TRUE(rehearsal.error().contains(migrations::DownFiles::pathFor(fixture.projectFile(), after)))
            << rehearsal.error().toStdString();
        return;
    }
    ASSERT_TRUE(rehearsal.ok()) << rehearsal.error().toStdString();
    EXPECT_TRUE(rehearsal.value().succeeded()) << rehearsal.value().toText().toStdString();
    bool losesData = false;
    for (const migrations::TableRehearsal &t : rehearsal.value().report.tables)
        losesData = losesData || t.losesData();
    const bool counted =
        std::any_of(rehearsal.value().report.destructive.cbegin(), rehearsal.value().report.destructive.cend(),
                    [](const migrations::DestructiveStep &step) { return step.count > 0; });
    EXPECT_EQ(losesData, counted) << rehearsal.value().toText().toStdString();

    const auto down = migrations::RollbackRunner::run(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(down.ok()) << down.error().toStdString() << "\n" << rehearsal.value().plan.downSql().toStdString();
    EXPECT_EQ(down.value().schemaDifference.toStdString(), "");
    const auto end = database::SchemaIntrospector::read(fixture.db());
    ASSERT_TRUE(end.ok()) << end.error().toStdString();
    EXPECT_EQ(database::DriftReport::compare(start.value().schema, end.value().schema).text().toStdString(),
              database::DriftReport{}.text().toStdString())
        << rehearsal.value().plan.downSql().toStdString();
    EXPECT_EQ(survivingCounts(c, fixture.db()), countsBefore);
}

class GoldenRollback : public ::testing::TestWithParam<test::GoldenCase>
{
};

TEST_P(GoldenRollback, UpThenDownGivesTheStartingSchemaAndKeepsTheRows)
{
    upThenDown(GetParam(), SqlDialect::Classic);
}

class GoldenRollbackV1 : public ::testing::TestWithParam<test::V1GoldenCase>
{
};

TEST_P(GoldenRollbackV1, UpThenDownGivesTheStartingSchemaAndKeepsTheRows)
{
    upThenDown(GetParam().golden, SqlDialect::V1);
}

std::string caseName(const ::testing::TestParamInfo<test::GoldenCase> &info)
{
    return info.param.name.toStdString();
}

std::string v1CaseName(const ::testing::TestParamInfo<test::V1GoldenCase> &info)
{
    return info.param.golden.name.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenRollback, ::testing::ValuesIn(test::goldenCases()), caseName);
INSTANTIATE_TEST_SUITE_P(Cases, GoldenRollbackV1, ::testing::ValuesIn(test::v1GoldenCases()), v1CaseName);

} // namespace
