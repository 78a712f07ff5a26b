// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/driftreport.h"
#include "migrations/snapshot/snapshotreader.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw::database;
using namespace tw::migrations;
using tw::model::Schema;
using Change = DriftEntry::Change;
using Kind = DriftEntry::ObjectKind;

namespace {

/// The guide's users/categories/products/tags schema, as drizzle-kit recorded it.
Schema guideSchema()
{
    auto snapshot =
        SnapshotReader::read(tw::test::readData(QStringLiteral("drizzle/snapshots/guide_example/snapshot.json")));
    EXPECT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    return snapshot.ok() ? snapshot.value().schema : Schema{};
}

tw::model::Table &tableNamed(Schema &schema, const QString &name)
{
    for (tw::model::Table &t : schema.tables) {
        if (t.name == name)
            return t;
    }
    ADD_FAILURE() << "no table " << name.toStdString();
    return schema.tables.first();
}

} // namespace

TEST(DriftReport, EqualSchemasAreInSync)
{
    const DriftReport report = DriftReport::compare(guideSchema(), guideSchema());
    EXPECT_TRUE(report.isInSync()) << report.text().toStdString();
    EXPECT_EQ(report.text(), QStringLiteral("In sync\n"));
}

TEST(DriftReport, ColumnAddedInTheDatabaseIsExtra)
{
    Schema live = guideSchema();
    tw::model::Column age;
    age.id = tw::model::Id(QStringLiteral("age"));
    age.name = QStringLiteral("age");
    age.type = tw::model::SqlType::Integer;
    tableNamed(live, QStringLiteral("users")).columns << age;
    const DriftReport report = DriftReport::compare(guideSchema(), live);
    ASSERT_EQ(report.entries.size(), 1) << report.text().toStdString();
    EXPECT_EQ(report.entries.first(),
              (DriftEntry{Change::Extra, Kind::Column, QStringLiteral("users"), QStringLiteral("age"), {}}));
    EXPECT_EQ(report.text(), QStringLiteral("column \"users\".\"age\": in the database only\n"));
}

TEST(DriftReport, DroppedIndexIsMissing)
{
    Schema live = guideSchema();
    tableNamed(live, QStringLiteral("products")).indexes.removeIf([](const tw::model::Index &i) {
        return i.name == QLatin1String("products_category_idx");
    });
    const DriftReport report = DriftReport::compare(guideSchema(), live);
    ASSERT_EQ(report.entries.size(), 1) << report.text().toStdString();
    EXPECT_EQ(
        report.entries.first(),
        (DriftEntry{
            Change::Missing, Kind::Index, QStringLiteral("products"), QStringLiteral("products_category_idx"), {}}));
}

TEST(DriftReport, DroppedColumnUniqueIsAMissingIndex)
{
    Schema live = guideSchema();
    for (tw::model::Column &c : tableNamed(live, QStringLiteral("users")).columns)
        c.unique = false;
    const DriftReport report = DriftReport::compare(guideSchema(), live);
    ASSERT_EQ(report.entries.size(), 1) << report.text().toStdString();
    EXPECT_EQ(report.entries.first().name, QStringLiteral("users_email_unique"));
    EXPECT_EQ(report.entries.first().change, Change::Missing);
}

TEST(DriftReport, TableOnlyInTheDatabaseIsExtraAndOneOnlyExpectedIsMissing)
{
    Schema live = guideSchema();
    tableNamed(live, QStringLiteral("tags")).name = QStringLiteral("labels");
    const DriftReport report = DriftReport::compare(guideSchema(), live);
    const QString text = report.text();
    EXPECT_TRUE(text.contains(QStringLiteral("table \"tags\": missing from the database\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("table \"labels\": in the database only\n"))) << text.toStdString();
}

TEST(DriftReport, ChangedTypeAndNotNullAreNamed)
{
    Schema live = guideSchema();
    for (tw::model::Column &c : tableNamed(live, QStringLiteral("products")).columns) {
        if (c.name == QLatin1String("price")) {
            c.type = tw::model::SqlType::Real;
            c.notNull = false;
        }
    }
    const DriftReport report = DriftReport::compare(guideSchema(), live);
    ASSERT_EQ(report.entries.size(), 1) << report.text().toStdString();
    EXPECT_EQ(report.entries.first().change, Change::Different);
    EXPECT_EQ(report.entries.first().differences,
              QStringList({QStringLiteral("type: integer expected, real in the database"),
                           QStringLiteral("not null: yes expected, no in the database")}));
}

TEST(DriftReport, DroppedForeignKeyIsMissingAndChangedActionIsDifferent)
{
    Schema live = guideSchema();
    tw::model::Table &products = tableNamed(live, QStringLiteral("products"));
    products.foreignKeys.removeLast();
    products.foreignKeys.first().onDelete = tw::model::ReferentialAction::Restrict;
    const DriftReport report = DriftReport::compare(guideSchema(), live);
    ASSERT_EQ(report.entries.size(), 2) << report.text().toStdString();
    EXPECT_EQ(
        report.entries[0].text(),
        QStringLiteral("foreign key \"products\" (\"category_id\") -> \"categories\"(\"id\"): differs: on delete: "
                       "cascade expected, restrict in the database"));
    EXPECT_EQ(
        report.entries[1].text(),
        QStringLiteral("foreign key \"products\" (\"owner_id\") -> \"users\"(\"id\"): missing from the database"));
}

TEST(DriftReport, NamesCompareCaseInsensitivelyAndSqlLayoutDoesNotMatter)
{
    Schema expected = guideSchema();
    expected.views << tw::model::View{tw::model::Id(QStringLiteral("v")),
                                      QStringLiteral("active"),
                                      {},
                                      QStringLiteral("select id from users where is_active = 1"),
                                      false,
                                      {},
                                      {}};
    Schema live = expected;
    tableNamed(live, QStringLiteral("users")).name = QStringLiteral("USERS");
    live.views.first().definition = QStringLiteral("select id\n  from users\n  where is_active = 1;");
    EXPECT_TRUE(DriftReport::compare(expected, live).isInSync())
        << DriftReport::compare(expected, live).text().toStdString();
    live.views.first().definition = QStringLiteral("select id from users");
    const DriftReport report = DriftReport::compare(expected, live);
    ASSERT_EQ(report.entries.size(), 1);
    EXPECT_EQ(report.entries.first().kind, Kind::View);
    EXPECT_EQ(report.entries.first().change, Change::Different);
}
