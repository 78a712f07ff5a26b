// SPDX-License-Identifier: GPL-3.0-or-later
// NextMigration::between(): how `tablewright diff` pairs two schemas that are not a project and its folder.
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/nextmigration.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::migrations;
using tw::model::Column;
using tw::model::Id;
using tw::model::Schema;
using tw::model::SqlType;
using Target = NextMigration::Target;

namespace {

/// `users (id, name)`, every id starting with @p idPrefix (a snapshot's ids mean nothing to a project).
Schema users(const QString &idPrefix, const QString &nameColumn = QStringLiteral("name"))
{
    tw::model::Table table;
    table.id = Id(idPrefix + QStringLiteral("users"));
    table.name = QStringLiteral("users");
    Column id;
    id.id = Id(idPrefix + QStringLiteral("users.id"));
    id.name = QStringLiteral("id");
    id.type = SqlType::Integer;
    id.primaryKey = true;
    Column name;
    name.id = Id(idPrefix + QStringLiteral("users.name"));
    name.name = nameColumn;
    table.columns << id << name;
    Schema schema;
    schema.tables << table;
    return schema;
}

MigrationSide snapshotSide(const QString &id, Schema schema)
{
    MigrationSide side;
    side.snapshot.id = id;
    side.snapshot.schema = std::move(schema);
    return side;
}

MigrationSide projectSide(Schema schema, const tw::model::Baseline &baseline)
{
    return MigrationSide{Snapshot{{}, {}, std::move(schema), {}}, baseline, {}};
}

const QString kRename = QStringLiteral("ALTER TABLE `users` RENAME COLUMN \"name\" TO \"full_name\";");

} // namespace

TEST(NextMigrationBetween, ASnapshotAndTheProjectThatGeneratedItPairByTheBaselinesIds)
{
    const auto baseline = BaselineMapper::baselineFor(users(QStringLiteral("p.")), QStringLiteral("s1"));
    const Schema renamed = users(QStringLiteral("p."), QStringLiteral("full_name"));
    const NextMigration forward =
        NextMigration::between(snapshotSide(QStringLiteral("s1"), users(QStringLiteral("s."))),
                               projectSide(renamed, baseline), Target::Sqlite);
    EXPECT_EQ(forward.sql, kRename);
    EXPECT_EQ(forward.previous.id, QStringLiteral("s1"));

    const NextMigration other = NextMigration::between(snapshotSide(QStringLiteral("s0"), users(QStringLiteral("s."))),
                                                       projectSide(renamed, baseline), Target::Sqlite);
    EXPECT_TRUE(other.sql.contains(QStringLiteral("DROP COLUMN `name`")))
        << other.sql.toStdString() << "a snapshot the project did not generate is paired by name";
}

TEST(NextMigrationBetween, TwoSnapshotsPairByNameHonouringTheRenamesOfTheNewOne)
{
    MigrationSide after = snapshotSide(QStringLiteral("s2"), users(QStringLiteral("b."), QStringLiteral("full_name")));
    after.snapshot.renames.columns << SnapshotRenames::ColumnRename{
        QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("users"), QStringLiteral("full_name")};
    EXPECT_EQ(
        NextMigration::between(snapshotSide(QStringLiteral("s1"), users(QStringLiteral("a."))), after, Target::Sqlite)
            .sql,
        kRename);
    const NextMigration same =
        NextMigration::between(snapshotSide(QStringLiteral("s1"), users(QStringLiteral("a."))),
                               snapshotSide(QStringLiteral("s2"), users(QStringLiteral("b."))), Target::D1);
    EXPECT_TRUE(same.plan.isEmpty());
    EXPECT_TRUE(same.sql.isEmpty());
}

TEST(NextMigrationBetween, TwoProjectsPairById)
{
    const NextMigration next = NextMigration::between(
        projectSide(users(QStringLiteral("p.")), {}),
        projectSide(users(QStringLiteral("p."), QStringLiteral("full_name")), {}), Target::Sqlite);
    EXPECT_EQ(next.sql, kRename);
}
