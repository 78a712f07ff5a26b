// SPDX-License-Identifier: GPL-3.0-or-later
// A folder holding PostgreSQL, MySQL and SQLite tables (only the SQLite ones belong to the schema), and the
// reader's smaller cases, each on an inline source.
#include "source/config/drizzleconfig.h"
#include "source/schema/drizzlecasing.h"
#include "source/schema/schemasourcereader.h"
#include "tests/source/sourcetestsupport.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace tw;
using namespace tw::source;

namespace {

SourceSchema readInline(const QString &text, Casing casing = Casing::None)
{
    return SchemaSourceReader::readText(QStringLiteral("/p/schema.ts"), text, casing);
}

QString messages(const SourceSchema &schema)
{
    QStringList out;
    for (const SourceDiagnostic &d : schema.diagnostics)
        out << d.toString();
    return out.join(u'\n');
}

const QString kImports = QStringLiteral(
    "import { sql } from 'drizzle-orm';\n"
    "import { sqliteTable, sqliteTableCreator, integer, text, primaryKey } from 'drizzle-orm/sqlite-core';\n");

TEST(MixedSchema, OnlySqliteTablesOfAFolderAreRead)
{
    const QString configPath = test::dataPath("source/mixed/drizzle.config.ts");
    const model::Result<DrizzleConfig> config = DrizzleConfigReader::read(configPath);
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config.value().schema, QStringList{"./schema"});
    QStringList errors;
    const QStringList files =
        SchemaSourceReader::resolvePaths(config.value().schema, QFileInfo(configPath).absolutePath(), &errors);
    ASSERT_EQ(files.size(), 3);
    const SourceSchema schema = SchemaSourceReader::read(files, config.value().casing);
    EXPECT_EQ(messages(schema), QString());
    QStringList names;
    for (const SourceTable &t : schema.tables)
        names << t.table.name;
    EXPECT_EQ(names, (QStringList{"sqlite_users", "app_categories", "category_links"}));
    const SourceTable *categories = schema.tableNamed("app_categories");
    ASSERT_NE(categories, nullptr);
    EXPECT_EQ(categories->variable, "categories");
    EXPECT_EQ(test::spanText(schema, categories->file, categories->nameArgument), "\"categories\"");
    ASSERT_EQ(categories->table.foreignKeys.size(), 1);
    EXPECT_EQ(categories->table.foreignKeys[0].targetTable, categories->table.id);
}

TEST(MixedSchema, DrizzleCasingSplitsWordsAsDrizzleDoes)
{
    EXPECT_EQ(drizzleSnakeCase("createdAt"), "created_at");
    EXPECT_EQ(drizzleSnakeCase("userID"), "user_id");
    EXPECT_EQ(drizzleSnakeCase("HTMLParser2Value"), "html_parser2_value");
    EXPECT_EQ(drizzleSnakeCase("already_snake"), "already_snake");
    EXPECT_EQ(drizzleSnakeCase("it'sDone"), "its_done");
    EXPECT_EQ(drizzleCamelCase("created_at"), "createdAt");
    EXPECT_EQ(drizzleColumnName("createdAt", Casing::None), "createdAt");
    EXPECT_EQ(drizzleColumnName("created_at", Casing::CamelCase), "createdAt");
}

TEST(MixedSchema, WhatCannotBeReadIsAWarningWithFileAndLine)
{
    const SourceSchema schema = readInline(kImports + QStringLiteral("import { STATES } from '@acme/shared';\n"
                                                                     "export const t = sqliteTable('t', {\n"
                                                                     "  state: text({ enum: STATES }).notNull(),\n"
                                                                     "  at: integer().default(Date.now()),\n"
                                                                     "  other: makeColumn(),\n"
                                                                     "  ...helpers(),\n"
                                                                     "});\n"));
    EXPECT_EQ(messages(schema),
              "warning: /p/schema.ts:5:23: column `state` of t: the enum values `STATES` are not a list of strings in "
              "the files read; the column is read without them\n"
              "warning: /p/schema.ts:6:16: column `at` of t: the default `Date.now()` is computed in TypeScript; it is "
              "not a literal this reader can take\n"
              "warning: /p/schema.ts:7:3: column `other` of t: `makeColumn()` is not a drizzle sqlite-core column "
              "builder this reader knows; the column is left out\n"
              "warning: /p/schema.ts:8:3: table t: the spread `...helpers()` is not an object of columns declared in "
              "the files read; its columns are left out");
    ASSERT_EQ(schema.tables.size(), 1);
    ASSERT_EQ(schema.tables[0].columns.size(), 2);
    EXPECT_TRUE(schema.tables[0].columns[0].column.enumValues.isEmpty());
    EXPECT_TRUE(schema.tables[0].columns[0].column.notNull);
    EXPECT_FALSE(schema.tables[0].columns[1].editable);
    EXPECT_FALSE(schema.hasErrors());
}

TEST(MixedSchema, BrokenTextIsAnErrorWhereItStarts)
{
    const SourceSchema schema =
        readInline(kImports + QStringLiteral("export const t = sqliteTable('t', {\n  a: text('a),\n});\n"));
    ASSERT_FALSE(schema.diagnostics.isEmpty());
    EXPECT_EQ(schema.diagnostics[0].toString(), "error: /p/schema.ts:4:11: unterminated string");
    EXPECT_TRUE(schema.hasErrors());
}

TEST(MixedSchema, TableNamesThatAreNotLiteralsAreErrors)
{
    const SourceSchema schema =
        readInline(kImports + QStringLiteral("const NAME = 'x';\n"
                                             "export const a = sqliteTable(NAME, { id: integer() });\n"
                                             "const make = sqliteTableCreator((name) => name.toUpperCase());\n"
                                             "export const b = make('b', { id: integer() });\n"));
    EXPECT_TRUE(schema.tables.isEmpty());
    EXPECT_EQ(messages(schema),
              "error: /p/schema.ts:4:30: the name of table `a` is `NAME`, not a string literal; the table is left out\n"
              "error: /p/schema.ts:6:18: the table name `b` goes through `make`, whose callback is not a template of "
              "its parameter; the table is left out");
}

TEST(MixedSchema, LegacyPrimaryKeyArgumentsAndUnexportedTables)
{
    const SourceSchema schema = readInline(kImports + QStringLiteral("const pairs = sqliteTable('pairs', {\n"
                                                                     "  a: integer('a').notNull(),\n"
                                                                     "  b: integer('b').notNull(),\n"
                                                                     "}, (t) => ({ pk: primaryKey(t.a, t.b) }));\n"));
    ASSERT_EQ(schema.tables.size(), 1);
    EXPECT_FALSE(schema.tables[0].exported);
    ASSERT_TRUE(schema.tables[0].table.primaryKey.has_value());
    EXPECT_EQ(schema.tables[0].table.primaryKey->columns.size(), 2);
    EXPECT_EQ(schema.tables[0].constraints[0].key, "pk");
    EXPECT_EQ(messages(schema),
              "warning: /p/schema.ts:3:7: table pairs (`pairs`) is not exported: drizzle-kit does not see it");
}

TEST(MixedSchema, StyleOfAFileWrittenDifferently)
{
    const SourceSchema schema =
        readInline(QStringLiteral("import { sqliteTable, text } from 'drizzle-orm/sqlite-core'\r\n"
                                  "export const t = sqliteTable('t', {\r\n"
                                  "\ta: text('a'),\r\n"
                                  "\tb: text('b')\r\n"
                                  "})\r\n"));
    ASSERT_EQ(schema.files.size(), 1);
    const SourceStyle &style = schema.files[0].style;
    EXPECT_EQ(style.quote, QLatin1Char('\''));
    EXPECT_FALSE(style.semicolons);
    EXPECT_EQ(style.indent, "\t");
    EXPECT_FALSE(style.trailingCommas);
    EXPECT_EQ(style.lineEnding, "\r\n");
    ASSERT_EQ(schema.tables.size(), 1);
    EXPECT_EQ(test::spanText(schema, 0, schema.tables[0].columns[0].lines), "\ta: text('a'),\r\n");
    EXPECT_EQ(test::spanText(schema, 0, schema.tables[0].columns[1].lines), "\tb: text('b')\r\n");
}

TEST(MixedSchema, ColumnsSharingALine)
{
    const SourceSchema schema = readInline(
        kImports + QStringLiteral("export const t = sqliteTable('t', { a: text(), b: text() /* two */ });\n"));
    ASSERT_EQ(schema.tables.size(), 1);
    EXPECT_EQ(test::spanText(schema, 0, schema.tables[0].columns[0].lines), "a: text(), ");
    EXPECT_EQ(test::spanText(schema, 0, schema.tables[0].columns[1].entry), "b: text()");
}

} // namespace

namespace {

TEST(MixedSchema, DefaultLiteralsOfEveryKind)
{
    const SourceSchema schema = readInline(
        kImports +
        QStringLiteral("import { blob, real, customType } from 'drizzle-orm/sqlite-core';\n"
                       "const money = customType<{ data: number }>({ dataType: (config) => `decimal(${config})` });\n"
                       "export const t = sqliteTable('t', {\n"
                       "  big: integer().default(0x1F),\n"
                       "  sep: integer().default(1_000),\n"
                       "  neg: real().default(-2.5e3),\n"
                       "  tpl: text().default(`plain`),\n"
                       "  json: text({ mode: 'json' }).default({ a: [1, 'x', true, null] }),\n"
                       "  list: blob({ mode: 'json' }).default([]),\n"
                       "  quoted: integer({ mode: 'timestamp' }).default(sql`'it''s'`),\n"
                       "  flag: integer().default(sql`true`),\n"
                       "  id: text().$default(() => 'x').$onUpdateFn(() => 'y'),\n"
                       "  amount: money('amount'),\n"
                       "});\n"));
    ASSERT_EQ(schema.tables.size(), 1);
    const QList<model::Column> &c = schema.tables[0].table.columns;
    ASSERT_EQ(c.size(), 10);
    EXPECT_EQ(c[0].defaultValue, model::ColumnDefault::number("31"));
    EXPECT_EQ(c[1].defaultValue, model::ColumnDefault::number("1000"));
    EXPECT_EQ(c[2].defaultValue, model::ColumnDefault::number("-2.5e3"));
    EXPECT_EQ(c[3].defaultValue, model::ColumnDefault::string("plain"));
    EXPECT_EQ(c[4].defaultValue, model::ColumnDefault::string("{\"a\":[1,\"x\",true,null]}"));
    EXPECT_EQ(c[5].defaultValue, model::ColumnDefault::string("[]"));
    EXPECT_EQ(c[6].defaultValue, model::ColumnDefault::string("it's"));
    EXPECT_EQ(c[7].defaultValue, model::ColumnDefault::boolean(true));
    EXPECT_TRUE(c[8].defaultValue.isNone());
    EXPECT_EQ(schema.tables[0].columns[8].chain.size(), 2);
    EXPECT_EQ(schema.tables[0].columns[8].chain[1].method, "$onUpdateFn");
    EXPECT_EQ(c[9].type, model::SqlType::Text);
    EXPECT_FALSE(schema.tables[0].columns[9].editable);
    EXPECT_EQ(messages(schema),
              "warning: /p/schema.ts:15:3: column `amount` of t: the SQL type of customType `money` (not a literal) "
              "is not integer, text, real, numeric or blob; it is read as text");
}

} // namespace
