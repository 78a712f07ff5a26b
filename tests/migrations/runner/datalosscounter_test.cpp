// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/datalosscounter.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::migrations;
using Kind = MigrationWarning::Kind;
using tw::test::ApplyFixture;
using tw::test::SqliteFile;

namespace {

QStringList texts(const QList<CountedWarning> &counted)
{
    QStringList out;
    for (const CountedWarning &c : counted)
        out << c.text();
    return out;
}

} // namespace

TEST(DataLossCounter, PutsRealCountsOnDestructiveWarnings)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    ASSERT_TRUE(f.apply().ok());
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE \"odd.name\" (\"pr\"\"ice\" real)")));
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO \"odd.name\" VALUES (1), (NULL), (12345)")));
    }
    const QList<MigrationWarning> warnings{
        {Kind::DropTable, QStringLiteral("pins"), QStringLiteral("Table \"pins\" is dropped with all its rows.")},
        {Kind::DropColumn, QStringLiteral("notes.score"), {}},
        {Kind::DropColumn, QStringLiteral("odd.name.pr\"ice"), {}},
        {Kind::NotNullAdded, QStringLiteral("reviews.rating"), {}},
        {Kind::TypeChange, QStringLiteral("notes.payload"), {}},
        {Kind::UniqueAdded, QStringLiteral("reviews.reviews_body_uq"), {}},
        {Kind::DropTable, QStringLiteral("not_here"),
         QStringLiteral("Table \"not_here\" is dropped with all its rows.")},
    };
    const auto counted = DataLossCounter::count(f.db(), warnings);
    ASSERT_TRUE(counted.ok()) << counted.error().toStdString();
    EXPECT_EQ(texts(counted.value()),
              QStringList({QStringLiteral("drop table pins: 2 rows"),
                           QStringLiteral("drop column notes.score: 2 non-null values"),
                           QStringLiteral("drop column odd.name.pr\"ice: 2 non-null values"),
                           QStringLiteral("not null added reviews.rating: 1 NULL values"),
                           QStringLiteral("type change notes.payload: 2 non-null values"),
                           QStringLiteral("unique added reviews.reviews_body_uq: 4 rows"),
                           QStringLiteral("not_here: Table \"not_here\" is dropped with all its rows.")}));
    EXPECT_EQ(counted.value().last().count, -1);
}

TEST(DataLossCounter, ThousandsAreSeparated)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE products (price real)")));
        ASSERT_TRUE(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                           "12345) INSERT INTO products SELECT i FROM n")));
    }
    const auto counted = DataLossCounter::count(f.db(), {{Kind::DropColumn, QStringLiteral("products.price"), {}}});
    ASSERT_TRUE(counted.ok());
    EXPECT_EQ(counted.value().first().text(), QStringLiteral("drop column products.price: 12,345 non-null values"));
}

TEST(DataLossCounter, MissingDatabaseIsAnError)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    const auto counted = DataLossCounter::count(f.db(), {{Kind::DropTable, QStringLiteral("x"), {}}});
    ASSERT_FALSE(counted.ok());
    EXPECT_TRUE(counted.error().contains(QStringLiteral("no such database file")));
}
