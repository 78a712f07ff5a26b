// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/diff/tabledefinitionbuilder.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "tests/migrations/diff/goldencasesparts.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::migrations;
using namespace tw::test::dsl;

namespace {

template<typename T>
int countOf(const MigrationPlan &plan)
{
    int n = 0;
    for (const Operation &op : plan.operations)
        n += std::holds_alternative<T>(op) ? 1 : 0;
    return n;
}

bool hasWarning(const MigrationPlan &plan, MigrationWarning::Kind kind, const QString &object)
{
    for (const MigrationWarning &w : plan.warnings) {
        if (w.kind == kind && w.object == object)
            return true;
    }
    return false;
}

} // namespace

TEST(Diff, SchemaAgainstItselfIsEmpty)
{
    for (const test::GoldenCase &c : test::goldenCases()) {
        EXPECT_TRUE(diff(c.after, c.after).isEmpty()) << c.name.toStdString();
        EXPECT_TRUE(diff(c.before, c.before).warnings.isEmpty()) << c.name.toStdString();
    }
}

TEST(Diff, TableRenamedByIdIsARenameNotDropAndCreate)
{
    TableSpec before(QStringLiteral("tags"));
    before << integer(QStringLiteral("id")).primaryKey(true).withId(QStringLiteral("c1"));
    TableSpec after(QStringLiteral("labels"));
    after.withId(QStringLiteral("t.tags"))
        << integer(QStringLiteral("id")).primaryKey(true).withId(QStringLiteral("c1"));
    const MigrationPlan plan = diff(schema({before}), schema({after}));
    ASSERT_EQ(plan.operations.size(), 1);
    EXPECT_EQ(std::get<RenameTable>(plan.operations.first()),
              (RenameTable{QStringLiteral("tags"), QStringLiteral("labels")}));
    EXPECT_TRUE(plan.warnings.isEmpty());
}

TEST(Diff, ColumnRenamedByIdIsARenameNotDropAndAdd)
{
    TableSpec before(QStringLiteral("users"));
    before << integer(QStringLiteral("id")).primaryKey(true)
           << text(QStringLiteral("name")).withId(QStringLiteral("n"));
    TableSpec after(QStringLiteral("users"));
    after << integer(QStringLiteral("id")).primaryKey(true)
          << text(QStringLiteral("full_name")).withId(QStringLiteral("n"));
    const MigrationPlan plan = diff(schema({before}), schema({after}));
    ASSERT_EQ(plan.operations.size(), 1);
    EXPECT_EQ(std::get<RenameColumn>(plan.operations.first()),
              (RenameColumn{QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("full_name")}));
}

TEST(Diff, ByNameWithoutRenameMapDropsAndAdds)
{
    TableSpec before(QStringLiteral("users"));
    before << integer(QStringLiteral("id")).primaryKey(true)
           << text(QStringLiteral("name")).withId(QStringLiteral("n"));
    TableSpec after(QStringLiteral("users"));
    after << integer(QStringLiteral("id")).primaryKey(true)
          << text(QStringLiteral("full_name")).withId(QStringLiteral("n"));
    DiffOptions options;
    options.matching = DiffOptions::Matching::NamesOnly;
    const MigrationPlan plan = diff(schema({before}), schema({after}), options);
    EXPECT_EQ(countOf<AddColumn>(plan), 1);
    EXPECT_EQ(countOf<DropColumn>(plan), 1);
    EXPECT_TRUE(hasWarning(plan, MigrationWarning::Kind::DropColumn, QStringLiteral("users.name")));
}

TEST(Diff, IdsWinOverNames)
{
    // Two columns swap names: by id this is two renames, never a type change.
    TableSpec before(QStringLiteral("t"));
    before << text(QStringLiteral("a")).withId(QStringLiteral("x"))
           << integer(QStringLiteral("b")).withId(QStringLiteral("y"));
    TableSpec after(QStringLiteral("t"));
    after << text(QStringLiteral("b")).withId(QStringLiteral("x"))
          << integer(QStringLiteral("a")).withId(QStringLiteral("y"));
    const MigrationPlan plan = diff(schema({before}), schema({after}));
    EXPECT_EQ(countOf<RenameColumn>(plan), 2);
    EXPECT_EQ(countOf<RebuildTable>(plan), 0);
}

TEST(Diff, WarnsAboutEveryRiskyChange)
{
    TableSpec before = test::usersTable();
    before << integer(QStringLiteral("age")) << text(QStringLiteral("nick"));
    TableSpec after(QStringLiteral("users"));
    after << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
          << text(QStringLiteral("name")).notNull().unique() << text(QStringLiteral("age"))
          << text(QStringLiteral("handle")).notNull() << integer(QStringLiteral("boss_id"));
    after.foreignKey({QStringLiteral("boss_id")}, QStringLiteral("users"), {QStringLiteral("id")});
    after.foreignKey({QStringLiteral("age")}, QStringLiteral("users"), {QStringLiteral("id")});
    const MigrationPlan plan = diff(schema({before, test::tagsTable()}), schema({after}));
    using K = MigrationWarning::Kind;
    EXPECT_TRUE(hasWarning(plan, K::DropTable, QStringLiteral("tags")));
    EXPECT_TRUE(hasWarning(plan, K::DropColumn, QStringLiteral("users.nick")));
    EXPECT_TRUE(hasWarning(plan, K::TypeChange, QStringLiteral("users.age")));
    EXPECT_TRUE(hasWarning(plan, K::NotNullAdded, QStringLiteral("users.name")));
    EXPECT_TRUE(hasWarning(plan, K::NotNullColumnWithoutDefault, QStringLiteral("users.handle")));
    EXPECT_TRUE(hasWarning(plan, K::UniqueAdded, QStringLiteral("users.users_name_unique")));
    EXPECT_TRUE(hasWarning(plan, K::ForeignKeyAdded, QStringLiteral("users.users_age_users_id_fk")));
    EXPECT_FALSE(hasWarning(plan, K::ForeignKeyAdded, QStringLiteral("users.users_boss_id_users_id_fk")));
}

TEST(Diff, ConstraintsRecreatedOnlyBecauseOfATableRenameWarnOfNothing)
{
    TableSpec tags(QStringLiteral("tags"));
    tags << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("name")).unique();
    TableSpec links(QStringLiteral("links"));
    links << integer(QStringLiteral("tag_id"));
    links.foreignKey({QStringLiteral("tag_id")}, QStringLiteral("tags"), {QStringLiteral("id")});
    const model::Schema before = schema({tags, links});
    // The same schema with tags renamed to labels (ids unchanged): its unique index and the foreign key of links
    // are re-created under new automatic names, but no row can violate them anew.
    model::Schema after = before;
    after.tables[0].name = QStringLiteral("labels");
    const MigrationPlan plan = diff(before, after);
    ASSERT_FALSE(plan.isEmpty());
    EXPECT_TRUE(plan.warnings.isEmpty()) << plan.warnings.first().message.toStdString();
}

TEST(Diff, CreatedTablesFollowExportNames)
{
    TableSpec b(QStringLiteral("b_table"));
    b.tsName(QStringLiteral("aFirst")) << integer(QStringLiteral("id"));
    TableSpec a(QStringLiteral("a_table"));
    a.tsName(QStringLiteral("zLast")) << integer(QStringLiteral("id"));
    const MigrationPlan plan = diff({}, schema({a, b}));
    ASSERT_EQ(plan.operations.size(), 2);
    EXPECT_EQ(std::get<CreateTable>(plan.operations[0]).table.name, QStringLiteral("b_table"));
}

TEST(Diff, NumberDefaultsAreWrittenLikeJavaScript)
{
    EXPECT_EQ(TableDefinitionBuilder::javaScriptNumber(QStringLiteral("1e3")), QStringLiteral("1000"));
    EXPECT_EQ(TableDefinitionBuilder::javaScriptNumber(QStringLiteral("1.50")), QStringLiteral("1.5"));
    EXPECT_EQ(TableDefinitionBuilder::javaScriptNumber(QStringLiteral("-0.0000001")), QStringLiteral("-1e-7"));
    EXPECT_EQ(TableDefinitionBuilder::javaScriptNumber(QStringLiteral("1e21")), QStringLiteral("1e+21"));
    EXPECT_EQ(TableDefinitionBuilder::javaScriptNumber(QStringLiteral("123456789012345680000")),
              QStringLiteral("123456789012345680000"));
    EXPECT_EQ(TableDefinitionBuilder::javaScriptNumber(QStringLiteral("0.000001")), QStringLiteral("0.000001"));
}

TEST(Diff, RenameSpecsParseTheHarnessSyntax)
{
    const auto map = RenameMap::fromSpecs(QStringLiteral("table:a=b\n# note\ncolumn:my.table.x=y\nview:v=w\n"));
    ASSERT_TRUE(map.ok()) << map.error().toStdString();
    EXPECT_EQ(map.value().tables, (QList<RenameMap::TableRename>{{QStringLiteral("a"), QStringLiteral("b")}}));
    EXPECT_EQ(map.value().columns,
              (QList<RenameMap::ColumnRename>{{QStringLiteral("my.table"), QStringLiteral("x"), QStringLiteral("y")}}));
    EXPECT_EQ(map.value().views.size(), 1);
    EXPECT_FALSE(RenameMap::fromSpecs(QStringLiteral("column:x=y")).ok());
    EXPECT_FALSE(RenameMap::fromSpecs(QStringLiteral("index:a=b")).ok());
}
