// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

const QString kUsers = QStringLiteral("users");
const QString kEmail = QStringLiteral("email");

} // namespace

TEST(ValidationKeys, TwoFlaggedPrimaryKeyColumnsAreAnError)
{
    SchemaBuilder b;
    b.table(kUsers).integer(QStringLiteral("id")).primaryKey().text(kEmail).primaryKey();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "multiple-primary-keys");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("(id, email)")));
}

TEST(ValidationKeys, FlaggedColumnPlusTableLevelKeyIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers)
        .integer(QStringLiteral("id"))
        .primaryKey()
        .text(kEmail)
        .primaryKeyOn({QStringLiteral("id"), kEmail});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "multiple-primary-keys");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::PrimaryKey);
    EXPECT_EQ(f[0].location.text, QStringLiteral("primary key of users"));
}

TEST(ValidationKeys, EmptyTableLevelPrimaryKeyIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers).text(kEmail).primaryKeyOn({});
    EXPECT_RULES(validate(b.build()), "empty-primary-key");
}

TEST(ValidationKeys, CompositePrimaryKeyIsFine)
{
    SchemaBuilder b;
    b.table(QStringLiteral("pairs"))
        .integer(QStringLiteral("a"))
        .integer(QStringLiteral("b"))
        .primaryKeyOn({QStringLiteral("a"), QStringLiteral("b")});
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationKeys, PrimaryKeyOnUnknownColumnIsAnErrorAndOnARepeatedOneAWarning)
{
    SchemaBuilder b;
    b.table(QStringLiteral("pairs"))
        .integer(QStringLiteral("a"))
        .primaryKeyOn({QStringLiteral("a"), QStringLiteral("nope"), QStringLiteral("a")});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "unknown-column", "duplicate-constraint-column");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("missing-column-nope")));
    EXPECT_TRUE(f[0].isError());
    EXPECT_EQ(f[1].message, QStringLiteral("column a is listed more than once; the repetition adds nothing"));
    EXPECT_FALSE(f[1].isError()); // SQLite takes PRIMARY KEY(a, a)
}

TEST(ValidationKeys, TableWithoutColumnsIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers);
    EXPECT_RULES(validate(b.build()), "table-without-columns");
}

TEST(ValidationKeys, IndexNamesAreSchemaWide)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).index(QStringLiteral("by_email"), {kEmail});
    b.table(QStringLiteral("admins")).id().text(kEmail).index(QStringLiteral("BY_EMAIL"), {kEmail});
    const Schema schema = b.build();
    const Findings f = validate(schema);
    EXPECT_RULES(f, "duplicate-index-name");
    EXPECT_EQ(f[0].location.text, QStringLiteral("index BY_EMAIL on admins"));
    EXPECT_EQ(f[0].location.item, schema.tables[1].indexes[0].id);
    EXPECT_TRUE(f[0].message.contains(QLatin1String("index by_email on users")));
}

TEST(ValidationKeys, ColumnUniqueGetsDrizzlesAutomaticIndexName)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).unique().index(QStringLiteral("users_email_unique"), {kEmail});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-index-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("the unique index of column users.email")));
}

TEST(ValidationKeys, UnnamedUniqueConstraintGetsDrizzlesAutomaticIndexName)
{
    SchemaBuilder b;
    b.table(kUsers)
        .id()
        .text(QStringLiteral("first_name"))
        .text(QStringLiteral("last_name"))
        .uniqueOn({QStringLiteral("first_name"), QStringLiteral("last_name")})
        .index(QStringLiteral("users_first_name_last_name_unique"), {QStringLiteral("last_name")});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-index-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("unique constraint on users (first_name, last_name)")));
}

TEST(ValidationKeys, IndexNamedLikeATableIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).index(QStringLiteral("admins"), {kEmail});
    b.table(QStringLiteral("admins")).id();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-index-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("table admins")));
}

TEST(ValidationKeys, DistinctIndexNamesAreFine)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).unique().index(QStringLiteral("users_email_idx"), {kEmail});
    b.table(QStringLiteral("admins")).id().text(kEmail).unique().index(QStringLiteral("admins_email_idx"), {kEmail});
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationKeys, IndexWithoutNameOrPartsIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers).id().index(QString(), {});
    EXPECT_RULES(validate(b.build()), "empty-name", "empty-index");
}

TEST(ValidationKeys, IndexPartWithNeitherColumnNorExpressionIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).index(QStringLiteral("users_email_idx"), {kEmail});
    Schema schema = b.build();
    schema.tables[0].indexes[0].parts << IndexPart::ofExpression(QStringLiteral(" "));
    const Findings f = validate(schema);
    EXPECT_RULES(f, "empty-index-part");
    EXPECT_EQ(f[0].message, QStringLiteral("part 2 of the index has neither a column nor an expression"));
    schema.tables[0].indexes[0].parts.last() = IndexPart::ofExpression(QStringLiteral("lower(email)"));
    EXPECT_NO_FINDINGS(validate(schema));
}

TEST(ValidationKeys, IndexOnUnknownColumnIsAnErrorAndOnARepeatedOneAWarning)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).index(QStringLiteral("users_email_idx"),
                                            {kEmail, QStringLiteral("gone"), kEmail});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "unknown-column", "duplicate-constraint-column");
    EXPECT_TRUE(f[0].isError());
    EXPECT_FALSE(f[1].isError());
}

TEST(ValidationKeys, UniqueConstraintOnUnknownColumnIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers).id().uniqueOn({QStringLiteral("gone")}, QStringLiteral("users_gone_key"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "unknown-column");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::UniqueConstraint);
    EXPECT_EQ(f[0].location.text, QStringLiteral("unique constraint users_gone_key on users"));
}

TEST(ValidationKeys, EmptyUniqueConstraintIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers).id().uniqueOn({});
    EXPECT_RULES(validate(b.build()), "empty-unique-constraint");
}

TEST(ValidationKeys, DuplicateCheckNamesAreAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("products"))
        .id()
        .integer(QStringLiteral("price"))
        .check(QStringLiteral("price_positive"), QStringLiteral("price > 0"))
        .check(QStringLiteral("Price_Positive"), QStringLiteral("price < 100000"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-check-name");
    EXPECT_EQ(f[0].location.text, QStringLiteral("check Price_Positive on products"));
}

TEST(ValidationKeys, DistinctChecksAreFine)
{
    SchemaBuilder b;
    b.table(QStringLiteral("products"))
        .id()
        .integer(QStringLiteral("price"))
        .check(QStringLiteral("price_positive"), QStringLiteral("price > 0"))
        .check(QStringLiteral("price_bounded"), QStringLiteral("price < 100000"));
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationKeys, EmptyCheckExpressionOrNameIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("products"))
        .id()
        .check(QStringLiteral("nothing"), QStringLiteral(" "))
        .check(QString(), QStringLiteral("1"));
    EXPECT_RULES(validate(b.build()), "empty-check-expression", "empty-name");
}

TEST(ValidationKeys, FlaggedAutoincrementColumnPlusTableLevelKeyIsReportedOnce)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).primaryKeyOn({QStringLiteral("id"), kEmail});
    EXPECT_RULES(validate(b.build()), "multiple-primary-keys");
}

TEST(ValidationKeys, IndexNameSqliteCannotTakeIsAnError)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).index(QStringLiteral("sqlite_autoindex_users_1"), {kEmail});
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-sql-name");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::Index);
}

TEST(ValidationKeys, UniqueConstraintNameWithOuterWhiteSpaceIsAWarning)
{
    SchemaBuilder b;
    b.table(kUsers).id().text(kEmail).uniqueOn({kEmail}, QStringLiteral(" users_email_key"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "awkward-sql-name");
    EXPECT_FALSE(f[0].isError());
    EXPECT_TRUE(f[0].message.contains(QLatin1String("white space")));
}
