// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/ddlparser.h"
#include "database/sqltext/sqltokenizer.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::database;

TEST(SqlTokenizer, QuotesBackticksBracketsAndCommentsAreRespected)
{
    const QString sql = QStringLiteral("a \"b\"\"c\" `d``e` [f g] 'h''i' -- x ( y\n/* ) */ x'0F' 1.5e3 || ?");
    QString error;
    const QList<SqlToken> tokens = SqlTokenizer::tokenize(sql, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QStringList texts;
    for (const SqlToken &t : tokens)
        texts << t.text;
    EXPECT_EQ(texts, QStringList({"a", "b\"c", "d`e", "f g", "h'i", "x'0F'", "1.5e3", "||", "?"}));
    EXPECT_EQ(tokens[1].kind, SqlToken::Kind::Identifier);
    EXPECT_EQ(tokens[4].kind, SqlToken::Kind::String);
    EXPECT_EQ(sql.mid(tokens[2].start, tokens[2].end - tokens[2].start), QStringLiteral("`d``e`"));
}

TEST(SqlTokenizer, UnterminatedQuoteIsAnError)
{
    QString error;
    EXPECT_TRUE(SqlTokenizer::tokenize(QStringLiteral("CREATE TABLE \"x (a)"), &error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("unterminated"))) << error.toStdString();
}

TEST(DdlParser, TableClausesAreCutOutVerbatim)
{
    const auto ddl =
        DdlParser::parseTable(QStringLiteral("CREATE TABLE `t` (\n"
                                             "\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, -- note (, here\n"
                                             "\t\"a, b\" text DEFAULT 'x, (y' CHECK(length(\"a, b\") > 0),\n"
                                             "\t`g` text GENERATED ALWAYS AS (\"a, b\" || ' ') STORED,\n"
                                             "\t`c` integer DEFAULT (cast(1 as integer)),\n"
                                             "\tCONSTRAINT \"named\" CHECK(\"c\" IN (1, 2)),\n"
                                             "\tCONSTRAINT fk FOREIGN KEY (c) REFERENCES t(id)\n"
                                             ") STRICT"));
    ASSERT_TRUE(ddl.ok()) << ddl.error().toStdString();
    const TableDdl &t = ddl.value();
    ASSERT_EQ(t.columns.size(), 4);
    EXPECT_TRUE(t.columns[0].autoincrement);
    EXPECT_EQ(t.columns[1].name, QStringLiteral("a, b"));
    EXPECT_FALSE(t.columns[1].generated.has_value());
    EXPECT_EQ(t.columns[2].generated, QStringLiteral("\"a, b\" || ' '"));
    EXPECT_TRUE(t.columns[2].generatedStored);
    EXPECT_FALSE(t.columns[3].generated.has_value()) << "AS inside a DEFAULT's cast is not a generated column";
    EXPECT_EQ(t.columns[3].defaultSql, QStringLiteral("(cast(1 as integer))"));
    EXPECT_EQ(t.columns[1].defaultSql, QStringLiteral("'x, (y'"));
    EXPECT_FALSE(t.columns[0].defaultSql.has_value());
    ASSERT_EQ(t.checks.size(), 2);
    EXPECT_EQ(t.checks[0].expression, QStringLiteral("length(\"a, b\") > 0"));
    EXPECT_EQ(t.checks[0].column, QStringLiteral("a, b"));
    EXPECT_EQ(t.checks[1].name, QStringLiteral("named"));
    EXPECT_EQ(t.checks[1].expression, QStringLiteral("\"c\" IN (1, 2)"));
    EXPECT_EQ(t.foreignKeyNames, QStringList{QStringLiteral("fk")});
    EXPECT_TRUE(t.strict);
    EXPECT_FALSE(t.withoutRowid);
}

TEST(DdlParser, IndexTermsAndWhere)
{
    const auto ddl =
        DdlParser::parseIndex(QStringLiteral("CREATE UNIQUE INDEX `i` ON `t` (`a`, lower(\"b\"), coalesce(\"c\", 0), "
                                             "\"d\" desc) WHERE \"t\".\"x\" is null;"));
    ASSERT_TRUE(ddl.ok()) << ddl.error().toStdString();
    EXPECT_EQ(ddl.value().terms, QStringList({"`a`", "lower(\"b\")", "coalesce(\"c\", 0)", "\"d\" desc"}));
    EXPECT_EQ(ddl.value().where, QStringLiteral("\"t\".\"x\" is null"));
}

TEST(DdlParser, ViewDefinitionSkipsTheColumnList)
{
    const auto definition = DdlParser::viewDefinition(
        QStringLiteral("CREATE VIEW \"v as w\" (\"a\", \"as\") AS\n  select 1 as a, 2 as \"as\""));
    ASSERT_TRUE(definition.ok()) << definition.error().toStdString();
    EXPECT_EQ(definition.value(), QStringLiteral("select 1 as a, 2 as \"as\""));
}

TEST(DdlParser, UniqueConstraintsWithTheirNames)
{
    const auto ddl = DdlParser::parseTable(
        QStringLiteral("create table t (a text constraint a_key unique, b text unique, c text,\n"
                       "  constraint \"b c key\" unique (\"B\", c collate nocase), unique (a, c))"));
    ASSERT_TRUE(ddl.ok()) << ddl.error().toStdString();
    const TableDdl &t = ddl.value();
    ASSERT_EQ(t.uniques.size(), 4);
    EXPECT_EQ(t.uniques[0].name, QStringLiteral("a_key"));
    EXPECT_EQ(t.uniques[0].columns, QStringList{"a"});
    EXPECT_TRUE(t.uniques[1].name.isEmpty());
    EXPECT_EQ(t.uniques[2].columns, QStringList({"B", "c"}));
    EXPECT_EQ(t.uniqueName({QStringLiteral("b"), QStringLiteral("C")}), QStringLiteral("b c key"));
    EXPECT_EQ(t.uniqueName({QStringLiteral("a")}), QStringLiteral("a_key"));
    EXPECT_TRUE(t.uniqueName({QStringLiteral("a"), QStringLiteral("c")}).isEmpty()) << "unnamed";
    EXPECT_EQ(t.columns.size(), 3) << "a table constraint is not a column";
}

TEST(DdlParser, SignedDefaultsLoseTheSpaceAfterTheSign)
{
    const auto ddl =
        DdlParser::parseTable(QStringLiteral("CREATE TABLE t (a integer DEFAULT - 5, b real DEFAULT +2.5)"));
    ASSERT_TRUE(ddl.ok()) << ddl.error().toStdString();
    EXPECT_EQ(ddl.value().columns[0].defaultSql, QStringLiteral("-5"));
    EXPECT_EQ(ddl.value().columns[1].defaultSql, QStringLiteral("+2.5"));
}
