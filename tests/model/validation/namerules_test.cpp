// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

TEST(ValidationNames, CleanTableHasNoFindings)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id().text(QStringLiteral("email")).notNull();
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationNames, EmptyTableNameIsAnError)
{
    SchemaBuilder b;
    b.table(QString()).id();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "empty-name");
    EXPECT_EQ(f[0].location.text, QStringLiteral("table (unnamed)"));
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::Table);
}

TEST(ValidationNames, EmptyColumnNameIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id().text(QStringLiteral("  "));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "empty-name");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::Column);
}

TEST(ValidationNames, SqliteReservedPrefixIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("sqlite_stuff")).id();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-sql-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("sqlite_"))) << f[0].message.toStdString();
    EXPECT_TRUE(f[0].isError());
}

TEST(ValidationNames, DuplicateTableNamesDifferingOnlyInCaseAreAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id();
    b.table(QStringLiteral("USERS")).id().tableTsName(QStringLiteral("usersAgain"));
    const Schema schema = b.build();
    const Findings f = validate(schema);
    EXPECT_RULES(f, "duplicate-table-name", "not-snake-case");
    EXPECT_EQ(f[0].location.table, schema.tables[1].id);
    EXPECT_EQ(f[0].location.text, QStringLiteral("table USERS"));
}

TEST(ValidationNames, ANameTakenSeveralTimesIsReportedAgainstItsFirstHolder)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id();
    b.table(QStringLiteral("Users")).id().tableTsName(QStringLiteral("users2"));
    b.table(QStringLiteral("USERS")).id().tableTsName(QStringLiteral("users"));
    b.view(QStringLiteral("uSers"), QStringLiteral("select 1"));
    const Schema schema = b.build();
    const Findings duplicates = withRule(validate(schema), QStringLiteral("duplicate-table-name"));
    ASSERT_EQ(duplicates.size(), 3);
    for (const Finding &f : duplicates)
        EXPECT_TRUE(f.message.contains(QLatin1String("already used by table users ("))) << f.message.toStdString();
    const Findings exports = withRule(validate(schema), QStringLiteral("duplicate-ts-name"));
    ASSERT_EQ(exports.size(), 1) << "only USERS is exported as users";
    EXPECT_EQ(exports[0].location.table, schema.tables[2].id);
}

TEST(ValidationNames, NonAsciiCaseIsNotFoldedLikeSqlite)
{
    SchemaBuilder b;
    b.table(QStringLiteral("émile")).id();
    b.table(QStringLiteral("Émile")).id().tableTsName(QStringLiteral("emile2"));
    EXPECT_TRUE(withRule(validate(b.build()), QStringLiteral("duplicate-table-name")).isEmpty());
}

TEST(ValidationNames, ViewNamedLikeATableIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id();
    b.view(QStringLiteral("Users"), QStringLiteral("select 1"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-table-name", "duplicate-ts-name");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::View);
    EXPECT_TRUE(f[0].message.contains(QLatin1String("table users")));
}

TEST(ValidationNames, DuplicateColumnNamesAreAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users"))
        .id()
        .text(QStringLiteral("email"))
        .text(QStringLiteral("Email"))
        .tsName(QStringLiteral("email2"));
    const Schema schema = b.build();
    const Findings f = validate(schema);
    EXPECT_RULES(f, "duplicate-column-name", "not-snake-case");
    EXPECT_EQ(f[0].location.item, schema.tables[0].columns[2].id);
    EXPECT_EQ(f[0].location.text, QStringLiteral("column users.Email"));
    EXPECT_TRUE(f[0].message.contains(QLatin1String("users.email")));
}

TEST(ValidationNames, DistinctColumnNamesAreFine)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id().text(QStringLiteral("email")).text(QStringLiteral("email2"));
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationNames, TableTsNameThatIsNotAnIdentifierIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("2fa_codes")).id();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-ts-name", "not-snake-case");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("derived from the SQL name")));
    EXPECT_FALSE(f[1].message.contains(QLatin1String("e.g.")));
}

TEST(ValidationNames, TableTsNameThatIsAReservedWordIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items")).tableTsName(QStringLiteral("delete")).id();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-ts-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("reserved word")));
}

TEST(ValidationNames, ColumnTsNameMayBeAReservedWord)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items")).id().text(QStringLiteral("label")).tsName(QStringLiteral("delete"));
    EXPECT_NO_FINDINGS(validate(b.build()));
}

TEST(ValidationNames, ColumnTsNameThatIsNotAnIdentifierIsAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items")).id().text(QStringLiteral("label")).tsName(QStringLiteral("my-label"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-ts-name");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::Column);
}

TEST(ValidationNames, DuplicateTableTsNamesAreAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("user_roles")).id();
    b.table(QStringLiteral("roles")).tableTsName(QStringLiteral("userRoles")).id();
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-ts-name");
    EXPECT_EQ(f[0].location.text, QStringLiteral("table roles"));
    EXPECT_TRUE(f[0].message.contains(QLatin1String("table user_roles")));
}

TEST(ValidationNames, DuplicateColumnTsNamesAreAnError)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users"))
        .id()
        .integer(QStringLiteral("created_at"))
        .integer(QStringLiteral("updated_at"))
        .tsName(QStringLiteral("createdAt"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-ts-name");
    EXPECT_EQ(f[0].location.text, QStringLiteral("column users.updated_at"));
}

TEST(ValidationNames, EmptyViewDefinitionIsAnErrorUnlessTheViewIsExisting)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id();
    b.view(QStringLiteral("v_users"), QStringLiteral("  "));
    Schema schema = b.build();
    EXPECT_RULES(validate(schema), "empty-view-definition");
    schema.views[0].isExisting = true;
    EXPECT_NO_FINDINGS(validate(schema));
    schema.views[0].isExisting = false;
    schema.views[0].definition = QStringLiteral("select id from users");
    EXPECT_NO_FINDINGS(validate(schema));
}

TEST(ValidationNames, ViewLocationNamesTheView)
{
    SchemaBuilder b;
    b.view(QStringLiteral("v_x"), QString());
    const Schema schema = b.build();
    const Findings f = validate(schema);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].toString(), QStringLiteral("error: view v_x: the view has no SELECT statement; write one or mark "
                                              "the view as existing"));
    EXPECT_EQ(f[0].location.table, schema.views[0].id);
}

TEST(ValidationNames, EmptyViewNameIsAnError)
{
    SchemaBuilder b;
    b.view(QString(), QStringLiteral("select 1"));
    EXPECT_RULES(validate(b.build()), "empty-name");
}

TEST(ValidationNames, ViewTsNameMustNotBeAReservedWord)
{
    SchemaBuilder b;
    b.view(QStringLiteral("class"), QStringLiteral("select 1"));
    EXPECT_RULES(validate(b.build()), "invalid-ts-name");
}

TEST(ValidationNames, ColumnNameWithControlCharacterIsAWarning)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id().text(QStringLiteral("e\nmail")).tsName(QStringLiteral("email"));
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "awkward-sql-name"); // SQLite takes it quoted, as drizzle-kit writes every name
    EXPECT_FALSE(f[0].isError());
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::Column);
}

TEST(ValidationNames, TwoViewsWithTheSameNameAreAnError)
{
    SchemaBuilder b;
    b.view(QStringLiteral("v_users"), QStringLiteral("select 1"));
    b.view(QStringLiteral("V_USERS"), QStringLiteral("select 2")); // TypeScript name vUSERS: no clash there
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "duplicate-table-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("view v_users")));
}
