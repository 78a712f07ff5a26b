// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

const QString kUsers = QStringLiteral("users");
const QString kPosts = QStringLiteral("posts");
const QString kUserId = QStringLiteral("user_id");

} // namespace

TEST(ValidationLints, ForeignKeyWithoutIndexIsAWarning)
{
    SchemaBuilder b;
    b.table(kUsers).id();
    b.table(kPosts).id().integer(kUserId).notNull().references(kUsers);
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "fk-without-index");
    EXPECT_FALSE(f[0].isError());
    EXPECT_FALSE(hasErrors(f));
    EXPECT_EQ(f[0].toString(),
              QStringLiteral("warning: foreign key on posts (user_id): no index starts with (user_id), so deleting or "
                             "updating a row of users scans all of posts; add an index on posts (user_id)"));
}

TEST(ValidationLints, ForeignKeyCoveredByIndexPrimaryKeyOrUniqueKeyIsFine)
{
    SchemaBuilder b;
    b.table(kUsers).id();
    b.table(kPosts).id().integer(kUserId).references(kUsers).index(QStringLiteral("posts_user_idx"), {kUserId});
    b.table(QStringLiteral("profiles")).integer(kUserId).primaryKey().references(kUsers);
    b.table(QStringLiteral("avatars")).id().integer(kUserId).unique().references(kUsers);
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationLints, IndexMustStartWithTheForeignKeyColumns)
{
    SchemaBuilder b;
    b.table(kUsers).id();
    b.table(kPosts)
        .id()
        .integer(QStringLiteral("rank"))
        .integer(kUserId)
        .references(kUsers)
        .index(QStringLiteral("posts_rank_user_idx"), {QStringLiteral("rank"), kUserId});
    EXPECT_RULES(validate(b.build()), "fk-without-index");
}

TEST(ValidationLints, PartialIndexDoesNotCoverAForeignKey)
{
    SchemaBuilder b;
    b.table(kUsers).id();
    b.table(kPosts).id().integer(kUserId).references(kUsers).index(QStringLiteral("posts_user_idx"), {kUserId});
    Schema schema = b.build();
    schema.tables[1].indexes[0].where = QStringLiteral("user_id is not null");
    EXPECT_RULES(validate(schema), "fk-without-index");
}

TEST(ValidationLints, ConstantTimestampDefaultIsAWarningWithTheMillisecondFix)
{
    SchemaBuilder b;
    b.table(kUsers)
        .id()
        .integer(QStringLiteral("created_at"))
        .notNull()
        .defaultTo(ColumnDefault::number(QStringLiteral("1700000000000")));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "frozen-timestamp-default");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("(cast((julianday('now') - 2440587.5)*86400000 as integer))")))
        << f[0].message.toStdString();
}

TEST(ValidationLints, ConstantDefaultOnSecondsTimestampSuggestsUnixepoch)
{
    SchemaBuilder b;
    b.table(kUsers)
        .id()
        .integer(QStringLiteral("seen"))
        .mode(DrizzleMode::Timestamp)
        .defaultTo(ColumnDefault::number(QStringLiteral("0")));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "frozen-timestamp-default");
    EXPECT_TRUE(f[0].message.endsWith(QLatin1String("use the SQL default (unixepoch())")));
}

TEST(ValidationLints, ExpressionTimestampDefaultOrNonTimestampNumberIsFine)
{
    SchemaBuilder b;
    b.table(kUsers)
        .id()
        .integer(QStringLiteral("created_at"))
        .defaultTo(ColumnDefault::expression(QStringLiteral("(unixepoch())")))
        .integer(QStringLiteral("login_count"))
        .defaultTo(ColumnDefault::number(QStringLiteral("0")));
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationLints, NonSnakeCaseNamesAreWarnings)
{
    SchemaBuilder b;
    b.table(QStringLiteral("UserRoles"))
        .tableTsName(QStringLiteral("userRoles"))
        .id()
        .text(QStringLiteral("displayName"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "not-snake-case", "not-snake-case");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::Table);
    EXPECT_TRUE(f[0].message.contains(QLatin1String("\"user_roles\"")));
    EXPECT_EQ(f[1].location.text, QStringLiteral("column UserRoles.displayName"));
}

TEST(ValidationLints, ExplicitTsNameThatIsNotCamelCaseIsAWarning)
{
    SchemaBuilder b;
    b.table(kUsers)
        .tableTsName(QStringLiteral("Users"))
        .id()
        .text(QStringLiteral("email"))
        .tsName(QStringLiteral("EMail"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "not-camel-case", "not-camel-case");
    b.table(QStringLiteral("admins")).tableTsName(QStringLiteral("adminUsers")).id();
    EXPECT_TRUE(withRule(validate(b.build()), QStringLiteral("not-camel-case")).size() == 2);
}

TEST(ValidationLints, BrokenForeignKeyGetsNoIndexHint)
{
    SchemaBuilder b;
    b.table(kUsers).id();
    b.table(kPosts).id().text(kUserId).references(QStringLiteral("people"));
    EXPECT_RULES(validate(b.build()), "unknown-table");
}

TEST(ValidationLints, ForeignKeyWithOnlyWarningsStillGetsTheIndexHint)
{
    SchemaBuilder b;
    b.table(kUsers).id();
    b.table(kPosts).id().text(kUserId).references(kUsers);
    EXPECT_RULES(validate(b.build()), "fk-type-mismatch", "fk-without-index");
}

TEST(ValidationLints, SqliteKeywordAsColumnNameIsAWarning)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(QStringLiteral("group"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "sql-keyword-name");
    EXPECT_EQ(f[0].location.text, QStringLiteral("column users.group"));
}

TEST(ValidationLints, SqliteKeywordAsTableNameIsAWarning)
{
    SchemaBuilder b;
    b.table(QStringLiteral("order")).id();
    b.table(QStringLiteral("orders")).id();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "sql-keyword-name");
    EXPECT_EQ(f[0].location.text, QStringLiteral("table order"));
}

TEST(ValidationLints, JunctionTableWithoutCompositeKeyIsAWarning)
{
    SchemaBuilder b;
    b.table(QStringLiteral("products")).id();
    b.table(QStringLiteral("tags")).id();
    b.table(QStringLiteral("product_tags"))
        .integer(QStringLiteral("product_id"))
        .notNull()
        .references(QStringLiteral("products"))
        .integer(QStringLiteral("tag_id"))
        .notNull()
        .references(QStringLiteral("tags"))
        .index(QStringLiteral("product_tags_product_idx"), {QStringLiteral("product_id")})
        .index(QStringLiteral("product_tags_tag_idx"), {QStringLiteral("tag_id")});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "junction-without-composite-key");
    EXPECT_EQ(f[0].message, QStringLiteral("product_tags links products and tags like a junction table but has no "
                                           "composite primary key over (product_id, tag_id), so the same pair can be "
                                           "stored twice"));
}

TEST(ValidationLints, JunctionTableWithCompositeKeyIsFine)
{
    SchemaBuilder b;
    b.table(QStringLiteral("products")).id();
    b.table(QStringLiteral("tags")).id();
    b.table(QStringLiteral("product_tags"))
        .integer(QStringLiteral("product_id"))
        .notNull()
        .references(QStringLiteral("products"))
        .integer(QStringLiteral("tag_id"))
        .notNull()
        .references(QStringLiteral("tags"))
        .primaryKeyOn({QStringLiteral("product_id"), QStringLiteral("tag_id")})
        .index(QStringLiteral("product_tags_tag_idx"), {QStringLiteral("tag_id")});
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationLints, MoneyStoredAsRealIsAWarning)
{
    SchemaBuilder b;
    b.table(QStringLiteral("orders"))
        .id()
        .real(QStringLiteral("unit_price"))
        .real(QStringLiteral("weight"))
        .integer(QStringLiteral("total_cents"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "money-as-real");
    EXPECT_EQ(f[0].location.text, QStringLiteral("column orders.unit_price"));
}

TEST(ValidationLints, TableWithoutPrimaryKeyIsAWarning)
{
    SchemaBuilder b;
    b.table(QStringLiteral("logs")).text(QStringLiteral("line"));
    EXPECT_RULES(validate(b.build()), "table-without-primary-key");
}
