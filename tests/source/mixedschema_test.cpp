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

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

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
    EXPECT_EQ(names, (QStringList{"sqlite_users", "app_categories", "category_links", "tags"}));
    const SourceTable *categories = schema.tableNamed("app_categories");
    ASSERT_NE(categories, nullptr);
    EXPECT_EQ(categories->variable, "categories");
    EXPECT_EQ(test::spanText(schema, categories->file, categories->nameArgument), "\"categories\"");
    ASSERT_EQ(categories->table.foreignKeys.size(), 1);
    EXPECT_EQ(categories->table.foreignKeys[0].targetTable, categories->table.id);
    const SourceTable *tags = schema.tableNamed("tags");
    ASSERT_NE(tags, nullptr);
    ASSERT_EQ(tags->table.columns.size(), 2);
    EXPECT_EQ(tags->table.columns[1].length, 40);
    EXPECT_TRUE(tags->table.columns[1].unique);
    EXPECT_EQ(tags->columns[1].builder, "b.text");
    EXPECT_TRUE(test::spanText(schema, tags->file, tags->columnsObject).startsWith("{\n  id: b.integer()"));
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

TEST(MixedSchema, TablesBuiltInAWayTheReaderDoesNotFollowAreReported)
{
    const SourceSchema schema = readInline(
        kImports + QStringLiteral("const withId = <T,>(t: T) => t;\n"
                                  "export const wrapped = withId(sqliteTable('wrapped', { id: integer() }));\n"
                                  "const appTable = sqliteTableCreator((name) => `app_${name}`);\n"));
    EXPECT_TRUE(schema.tables.isEmpty());
    EXPECT_EQ(messages(schema), "warning: /p/schema.ts:4:31: `wrapped` calls sqliteTable in a way this reader does not "
                                "follow; its table or view is left out");
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

namespace {

TEST(MixedSchema, ReferencesThroughANamespaceImportAcrossFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto write = [&](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    write("users.ts", kImports + "export const users = sqliteTable('users', { id: integer().primaryKey() });\n");
    write("posts.ts", kImports + "import * as schema from './users.js';\n"
                                 "export const posts = sqliteTable('posts', {\n"
                                 "  authorId: integer('author_id').references(() => schema.users.id),\n"
                                 "});\n");
    const SourceSchema schema =
        SchemaSourceReader::read({dir.filePath("posts.ts"), dir.filePath("users.ts")}, Casing::None);
    EXPECT_EQ(messages(schema), QString());
    ASSERT_EQ(schema.tables.size(), 2);
    ASSERT_EQ(schema.tables[0].table.foreignKeys.size(), 1);
    EXPECT_EQ(schema.tables[0].table.foreignKeys[0].targetTable, schema.tables[1].table.id);

    QFile latin1(dir.filePath("latin1.ts"));
    ASSERT_TRUE(latin1.open(QIODevice::WriteOnly));
    latin1.write("// caf\xe9\n");
    latin1.close();
    const SourceSchema broken = SchemaSourceReader::read({latin1.fileName()}, Casing::None);
    EXPECT_TRUE(broken.hasErrors());
    EXPECT_TRUE(messages(broken).endsWith("latin1.ts: the file is not valid UTF-8; it cannot be edited in place"));

    // Read alone, posts.ts still reaches users.ts for the reference, but drizzle-kit would not see the users table.
    const SourceSchema alone = SchemaSourceReader::read({dir.filePath("posts.ts")}, Casing::None);
    ASSERT_EQ(alone.tables.size(), 1);
    EXPECT_EQ(alone.files.size(), 2);
    EXPECT_TRUE(alone.tables[0].table.foreignKeys.isEmpty());
    EXPECT_TRUE(messages(alone).contains("does not name a column of a table in the files read"));
}

} // namespace
