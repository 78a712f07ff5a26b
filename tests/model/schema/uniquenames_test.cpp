// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/schema.h"
#include "model/schema/uniquenames.h"
#include "model/validation/schemavalidator.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::model;
using uniquenames::Kind;
using uniquenames::Numbering;

namespace {

// users(id, email .unique()) with index users_name_idx, posts(id) with unique constraint on id, view `table_1`.
Schema crowdedSchema()
{
    Schema schema;
    Table users;
    users.id = Id(QStringLiteral("users"));
    users.name = QStringLiteral("users");
    Column id;
    id.id = Id(QStringLiteral("users.id"));
    id.name = QStringLiteral("id");
    Column email;
    email.id = Id(QStringLiteral("users.email"));
    email.name = QStringLiteral("email");
    email.unique = true;
    users.columns << id << email;
    users.indexes << Index{
        Id(QStringLiteral("users.idx")), QStringLiteral("Table_2"), false, {IndexPart::ofColumn(id.id)}, {}};
    Table posts;
    posts.id = Id(QStringLiteral("posts"));
    posts.name = QStringLiteral("posts");
    Column postId;
    postId.id = Id(QStringLiteral("posts.id"));
    postId.name = QStringLiteral("id");
    posts.columns << postId;
    posts.uniqueConstraints << UniqueConstraint{Id(QStringLiteral("posts.unique")), {}, {postId.id}};
    posts.checkConstraints << CheckConstraint{Id(QStringLiteral("posts.check")), QStringLiteral("posts_check_1"),
                                              QStringLiteral("1")};
    schema.tables << users << posts;
    View view;
    view.id = Id(QStringLiteral("v"));
    view.name = QStringLiteral("table_1");
    schema.views << view;
    return schema;
}

} // namespace

TEST(UniqueNames, ANewTableAvoidsViewsAndIndexesNotJustTables)
{
    // `table_1` is a view and `Table_2` an index (SQLite folds ASCII case): New Table once offered both.
    EXPECT_EQ(uniquenames::unusedName(crowdedSchema(), Kind::Table, QStringLiteral("table"), Numbering::Always),
              QStringLiteral("table_3"));
}

TEST(UniqueNames, ANewIndexAvoidsTablesViewsAndTheIndexesDrizzleMakesForUniques)
{
    const Schema schema = crowdedSchema();
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::Index, QStringLiteral("users")), QStringLiteral("users_2"));
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::Index, QStringLiteral("users_email_unique")),
              QStringLiteral("users_email_unique_2"));
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::Index, QStringLiteral("posts_id_unique")),
              QStringLiteral("posts_id_unique_2"));
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::Index, QStringLiteral("fresh_idx")), QStringLiteral("fresh_idx"));
}

TEST(UniqueNames, ANewViewAvoidsTablesAndTheirTypeScriptExports)
{
    Schema schema = crowdedSchema();
    schema.tables[1].tsName = QStringLiteral("view1"); // what `view_1` would be exported as
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::View, QStringLiteral("view"), Numbering::Always),
              QStringLiteral("view_2"));
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::View, QStringLiteral("Posts")), QStringLiteral("Posts_2"));
}

TEST(UniqueNames, ColumnsAndChecksAreNamedWithinTheirTable)
{
    const Schema schema = crowdedSchema();
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::Column, QStringLiteral("email"), Numbering::WhenTaken,
                                      Id(QStringLiteral("users"))),
              QStringLiteral("email_2"));
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::Column, QStringLiteral("email"), Numbering::WhenTaken,
                                      Id(QStringLiteral("posts"))),
              QStringLiteral("email"));
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::CheckConstraint, QStringLiteral("posts_check"), Numbering::Always,
                                      Id(QStringLiteral("posts"))),
              QStringLiteral("posts_check_2"));
}

TEST(UniqueNames, ANewColumnAvoidsTheTypeScriptPropertyOfAnother)
{
    Schema schema = crowdedSchema();
    schema.tables[0].columns[1].tsName = QStringLiteral("column1");
    EXPECT_EQ(uniquenames::unusedName(schema, Kind::Column, QStringLiteral("column"), Numbering::Always,
                                      Id(QStringLiteral("users"))),
              QStringLiteral("column_2"));
}

TEST(UniqueNames, NamesOfEveryKindAddedOneAfterAnotherKeepTheSchemaFreeOfNameFindings)
{
    Schema schema = crowdedSchema();
    for (int round = 0; round < 3; ++round) {
        Table table;
        table.id = Id::generate();
        table.name = uniquenames::unusedName(schema, Kind::Table, QStringLiteral("table"), Numbering::Always);
        Column column;
        column.id = Id::generate();
        column.name = QStringLiteral("id");
        table.columns << column;
        schema.tables << table;
        View view;
        view.id = Id::generate();
        view.name = uniquenames::unusedName(schema, Kind::View, QStringLiteral("table"), Numbering::Always);
        view.definition = QStringLiteral("SELECT 1");
        schema.views << view;
        Index index{Id::generate(),
                    uniquenames::unusedName(schema, Kind::Index, QStringLiteral("table"), Numbering::Always),
                    false,
                    {IndexPart::ofColumn(column.id)},
                    {}};
        schema.tables.last().indexes << index;
    }
    for (const Finding &finding : SchemaValidator::validate(schema))
        EXPECT_FALSE(finding.rule.startsWith(QStringLiteral("duplicate"))) << finding.toString().toStdString();
}

TEST(UniqueNames, FirstFreeNameNumbersWithTheSeparatorGiven)
{
    const auto taken = [](const QString &name) {
        return name == QStringLiteral("user") || name == QStringLiteral("user2");
    };
    EXPECT_EQ(uniquenames::firstFreeName(QStringLiteral("user"), taken, {}), QStringLiteral("user3"));
    EXPECT_EQ(uniquenames::firstFreeName(QStringLiteral("post"), taken, {}), QStringLiteral("post"));
    EXPECT_EQ(uniquenames::firstFreeName(QStringLiteral("post"), taken, QStringLiteral("_"), Numbering::Always),
              QStringLiteral("post_1"));
}
