// SPDX-License-Identifier: GPL-3.0-or-later
// The oracle for the validation rules that are warnings because SQLite takes what they find: the SQL the project
// writes for such a schema (drizzle-kit's SQL) runs in a real SQLite database, and the rule reports no error.
#include "tests/database/introspection/styledddl.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include "database/sqltext/sqlstatementsplitter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace tw::model;
using namespace tw::test;

namespace {

/// Whether every statement of @p schema's SQL runs in a new SQLite file; each failure is a test failure.
void expectSqliteTakes(const Schema &schema)
{
    QTemporaryDir dir;
    const SqliteFile file(dir.filePath(QStringLiteral("oracle.sqlite")));
    const QString sql = styledDdl(schema, DdlStyle::DrizzleKit);
    for (const QString &statement : tw::database::SqlStatementSplitter::split(sql))
        EXPECT_TRUE(file.exec(statement)) << statement.toStdString();
}

/// The findings of @p rule in @p schema are warnings, there is at least one, and nothing else is an error.
void expectWarningOnly(const Schema &schema, const char *rule)
{
    const Findings findings = validate(schema);
    EXPECT_FALSE(withRule(findings, QString::fromLatin1(rule)).isEmpty()) << describe(findings);
    EXPECT_FALSE(hasErrors(findings)) << describe(findings);
    expectSqliteTakes(schema);
}

SchemaBuilder categories()
{
    SchemaBuilder b;
    b.table(QStringLiteral("categories")).id().text(QStringLiteral("code"));
    return b;
}

} // namespace

TEST(AcceptedSchemas, TextKeyReferencingAnIntegerKey)
{
    SchemaBuilder b = categories();
    b.table(QStringLiteral("products"))
        .id()
        .text(QStringLiteral("category_id"))
        .references(QStringLiteral("categories"));
    expectWarningOnly(b.build(), "fk-type-mismatch");
}

TEST(AcceptedSchemas, ReferenceToAColumnThatIsNotAKey)
{
    SchemaBuilder b = categories();
    b.table(QStringLiteral("products"))
        .id()
        .text(QStringLiteral("category_code"))
        .references(QStringLiteral("categories"), QStringLiteral("code"));
    expectWarningOnly(b.build(), "fk-target-not-unique");
}

TEST(AcceptedSchemas, SetNullOnANotNullColumn)
{
    SchemaBuilder b = categories();
    b.table(QStringLiteral("products"))
        .id()
        .integer(QStringLiteral("category_id"))
        .notNull()
        .references(QStringLiteral("categories"))
        .onDelete(ReferentialAction::SetNull);
    expectWarningOnly(b.build(), "fk-set-null-on-not-null");
}

TEST(AcceptedSchemas, ColumnListedTwiceInAKeyAndAnIndex)
{
    SchemaBuilder b;
    b.table(QStringLiteral("pairs"))
        .integer(QStringLiteral("a"))
        .integer(QStringLiteral("b"))
        .primaryKeyOn({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")})
        .index(QStringLiteral("pairs_b_idx"), {QStringLiteral("b"), QStringLiteral("b")});
    expectWarningOnly(b.build(), "duplicate-constraint-column");
}

TEST(AcceptedSchemas, DefaultsThatDoNotFitTheColumnType)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items"))
        .id()
        .text(QStringLiteral("label"))
        .defaultTo(ColumnDefault::number(QStringLiteral("0")))
        .integer(QStringLiteral("count"))
        .defaultTo(ColumnDefault::string(QStringLiteral("7")))
        .integer(QStringLiteral("ratio"))
        .defaultTo(ColumnDefault::number(QStringLiteral("2.5")))
        .blob(QStringLiteral("raw"))
        .defaultTo(ColumnDefault::boolean(true));
    expectWarningOnly(b.build(), "default-type-mismatch");
}

TEST(AcceptedSchemas, NamesAsDefaults)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items"))
        .id()
        .text(QStringLiteral("bare"))
        .defaultTo(ColumnDefault::expression(QStringLiteral("hello")))
        .text(QStringLiteral("quoted"))
        .defaultTo(ColumnDefault::expression(QStringLiteral("\"hello\"")));
    expectWarningOnly(b.build(), "name-as-default");
}

TEST(AcceptedSchemas, LengthZero)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items")).id().text(QStringLiteral("length_zero")).length(0);
    expectWarningOnly(b.build(), "invalid-length");
}

TEST(AcceptedSchemas, NameWithOuterWhiteSpace)
{
    SchemaBuilder b;
    b.table(QStringLiteral("items")).id().text(QStringLiteral(" padded ")).tsName(QStringLiteral("padded"));
    expectWarningOnly(b.build(), "awkward-sql-name");
}

TEST(AcceptedSchemas, TheErrorsThatStayAreWhatSqliteRefuses)
{
    QTemporaryDir dir;
    const SqliteFile file(dir.filePath(QStringLiteral("refused.sqlite")));
    // fk-column-count-mismatch, invalid-autoincrement, unparenthesised-default-expression, default-on-generated-column
    EXPECT_FALSE(file.exec(QStringLiteral("CREATE TABLE p (id integer PRIMARY KEY, x integer REFERENCES p(id, id))")));
    EXPECT_FALSE(file.exec(QStringLiteral("CREATE TABLE q (id text PRIMARY KEY AUTOINCREMENT)")));
    EXPECT_FALSE(file.exec(QStringLiteral("CREATE TABLE r (id integer DEFAULT abs(1))")));
    EXPECT_FALSE(file.exec(QStringLiteral("CREATE TABLE s (a integer, b integer DEFAULT 1 AS (a + 1))")));
    EXPECT_FALSE(file.exec(QStringLiteral("CREATE TABLE sqlite_mine (id integer)")));
}
