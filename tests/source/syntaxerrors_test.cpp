// SPDX-License-Identifier: GPL-3.0-or-later
// A half-typed edit in a schema file is a syntax error where it is, and the table it is in is left out with an
// error: never read as the same table with fewer columns (which a caller would take in as "columns removed").
#include "source/schema/schemasourcereader.h"
#include "source/typescript/tsmodule.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>

using namespace tw::source;

namespace {

const QString kHead = QStringLiteral("import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';\n" // 1
                                     "\n"                                                                      // 2
                                     "export const books = sqliteTable('books', {\n"                           // 3
                                     "  id: integer('id').primaryKey(),\n");                                   // 4
const QString kTail = QStringLiteral("  added_at: integer('added_at'),\n"
                                     "});\n"
                                     "\n"
                                     "export const authors = sqliteTable('authors', {\n"
                                     "  id: integer('id').primaryKey(),\n"
                                     "});\n");

/// Reads the books table with @p line5 as its fifth line (after `id`, before `added_at`).
SourceSchema readWithLine5(const QString &line5)
{
    return SchemaSourceReader::readText(QStringLiteral("/p/schema.ts"), kHead + line5 + kTail, Casing::None);
}

/// The first error, as `line:column: message`.
QString firstError(const SourceSchema &schema)
{
    for (const SourceDiagnostic &d : schema.diagnostics) {
        if (d.severity == SourceDiagnostic::Severity::Error)
            return QStringLiteral("%1:%2: %3").arg(d.location.line).arg(d.location.column).arg(d.message);
    }
    return QStringLiteral("<no error>");
}

void expectBooksLeftOut(const SourceSchema &schema)
{
    EXPECT_TRUE(schema.hasErrors());
    EXPECT_EQ(schema.tableNamed(QStringLiteral("books")), nullptr) << "a broken table must not read as a smaller one";
    bool named = false;
    for (const SourceDiagnostic &d : schema.diagnostics)
        named = named || (d.severity == SourceDiagnostic::Severity::Error && d.location.file == u"/p/schema.ts" &&
                          d.location.line == 3 && d.message.contains(u"table books (`books`) cannot be read"));
    EXPECT_TRUE(named);
}

TEST(SyntaxErrors, ValidSourceHasNoErrors)
{
    const SourceSchema schema = readWithLine5(QStringLiteral("  title: text('title').notNull(),\n"));
    EXPECT_FALSE(schema.hasErrors());
    ASSERT_NE(schema.tableNamed(QStringLiteral("books")), nullptr);
    EXPECT_EQ(schema.tableNamed(QStringLiteral("books"))->table.columns.size(), 3);
}

TEST(SyntaxErrors, ArgumentListStartingWithAComma)
{
    const SourceSchema schema = readWithLine5(QStringLiteral("  title: text('title').notNull(,\n"));
    EXPECT_EQ(firstError(schema), "5:31: `(` is not closed: expected `)` before `}`");
    bool expression = false;
    for (const SourceDiagnostic &d : schema.diagnostics)
        expression = expression || d.toString() == u"error: /p/schema.ts:5:32: expected an expression, found `,`";
    EXPECT_TRUE(expression);
    expectBooksLeftOut(schema);
    EXPECT_NE(schema.tableNamed(QStringLiteral("authors")), nullptr) << "the damage stays in its table";
}

TEST(SyntaxErrors, CallCutOffAtTheEndOfTheObject)
{
    const SourceSchema schema = SchemaSourceReader::readText(
        QStringLiteral("/p/schema.ts"), kHead + QStringLiteral("  title: text('title'\n});\n"), Casing::None);
    EXPECT_EQ(firstError(schema), "5:14: `(` is not closed: expected `)` before `}`");
    expectBooksLeftOut(schema);
}

TEST(SyntaxErrors, PropertyWithoutAValue)
{
    const SourceSchema schema = readWithLine5(QStringLiteral("  foo:\n"));
    EXPECT_EQ(firstError(schema), "5:7: expected a value after `foo:`");
    expectBooksLeftOut(schema);

    const SourceSchema last = SchemaSourceReader::readText(QStringLiteral("/p/schema.ts"),
                                                           kHead + QStringLiteral("  foo:\n});\n"), Casing::None);
    EXPECT_EQ(firstError(last), "5:7: expected a value after `foo:`, found `}`");
    expectBooksLeftOut(last);
}

TEST(SyntaxErrors, TwoCommasInARow)
{
    const SourceSchema schema = readWithLine5(QStringLiteral("  title: text('title'),, name: text(),\n"));
    EXPECT_EQ(firstError(schema), "5:24: expected a property name, found `,`");
    expectBooksLeftOut(schema);
}

TEST(SyntaxErrors, MissingCommaBetweenProperties)
{
    const SourceSchema schema = readWithLine5(QStringLiteral("  a: text() b: text(),\n"));
    EXPECT_EQ(firstError(schema), "5:13: expected `,` or `}`, found `b`");
    expectBooksLeftOut(schema);
}

TEST(SyntaxErrors, UnbalancedClosingBrackets)
{
    const SourceSchema paren = readWithLine5(QStringLiteral("  title: text('title')),\n"));
    EXPECT_TRUE(paren.hasErrors());
    bool atParen = false;
    for (const SourceDiagnostic &d : paren.diagnostics)
        atParen = atParen || d.toString() == u"error: /p/schema.ts:5:23: expected `,` or `}`, found `)`";
    EXPECT_TRUE(atParen);
    expectBooksLeftOut(paren);

    const SourceSchema bracket = readWithLine5(QStringLiteral("  title: text('title')],\n"));
    EXPECT_EQ(firstError(bracket), "5:23: unexpected `]`: nothing before it is open");
    expectBooksLeftOut(bracket);
}

TEST(SyntaxErrors, UnterminatedStringAndTemplate)
{
    const SourceSchema string = readWithLine5(QStringLiteral("  title: text('title),\n"));
    EXPECT_EQ(firstError(string), "5:15: unterminated string");
    expectBooksLeftOut(string);

    const SourceSchema templateText = readWithLine5(QStringLiteral("  title: text(`title),\n"));
    EXPECT_EQ(firstError(templateText), "5:15: unterminated template literal");
    EXPECT_TRUE(templateText.hasErrors());
    EXPECT_EQ(templateText.tableNamed(QStringLiteral("books")), nullptr);
}

TEST(SyntaxErrors, DamageOutsideAnyTableIsAnErrorOfTheFile)
{
    const SourceSchema schema = SchemaSourceReader::readText(
        QStringLiteral("/p/schema.ts"), kHead + QStringLiteral("});\n\nexport const limits = { max: 3,, min: 1 };\n"),
        Casing::None);
    EXPECT_EQ(firstError(schema), "7:32: expected a property name, found `,`");
    EXPECT_NE(schema.tableNamed(QStringLiteral("books")), nullptr);
}

TEST(SyntaxErrors, ChainAndArrayDamage)
{
    EXPECT_EQ(firstError(readWithLine5(QStringLiteral("  title: text('title').,\n"))),
              "5:24: expected a name after `.`, found `,`");
    EXPECT_EQ(firstError(readWithLine5(QStringLiteral("  tier: text('tier', { enum: ['a' 'b'] }),\n"))),
              "5:35: expected `,` or `]`, found a string");
    EXPECT_EQ(firstError(readWithLine5(QStringLiteral("  n: integer('n').default(1 +),\n"))),
              "5:30: expected an expression, found `)`");
}

TEST(SyntaxErrors, ValidTypeScriptAroundTablesIsNoError)
{
    const QString text =
        kHead +
        QStringLiteral("  meta: text('meta', { mode: 'json' }).$type<{ a: string; b?: number[] }>(),\n"
                       "  tags: text('tags').$type<Array<'x' | 'y'>>().default(sql`'[]'`),\n"
                       "  at: integer('at').$defaultFn(() => { if (!x) return; return Date.now(); }),\n"
                       "  cfg: text('cfg').default(JSON.stringify({ a: [1, , 2], ...rest })),\n"
                       "  opt: text('opt').$defaultFn(() => a?.b?.[0] ?? c?.(1)! as string),\n") +
        kTail +
        QStringLiteral("export interface Thing<T> { a: T; b(): void }\n"
                       "type Row = typeof books.$inferSelect;\n"
                       "@sealed class Repo<T extends object> { private x = 1; get y() { return 2 } }\n"
                       "export function f<T,>(a: T, ...rest: T[]): T { return a }\n"
                       "const g = <T,>(t: T) => t;\n"
                       "export const helpers = { id: <T,>(x: T): T => x, *gen() { yield 1 } };\n"
                       "export const cfg = { a: 1, b: [1, 2] as const } satisfies Record<string, "
                       "unknown>;\n"
                       "declare const sql: any;\n"
                       "enum Tier { Free = 'free', Pro }\n"
                       "const big = 1n, y = a > b ? c : d, re = /[)}]/g;\n");
    const SourceSchema schema = SchemaSourceReader::readText(QStringLiteral("/p/schema.ts"), text, Casing::None);
    for (const SourceDiagnostic &d : schema.diagnostics)
        EXPECT_NE(d.severity, SourceDiagnostic::Severity::Error) << d.toString().toStdString();
    ASSERT_NE(schema.tableNamed(QStringLiteral("books")), nullptr);
    EXPECT_EQ(schema.tableNamed(QStringLiteral("books"))->table.columns.size(), 7);
}

TEST(SyntaxErrors, EveryFixtureIsFreeOfSyntaxErrors)
{
    qsizetype files = 0;
    for (const QString &root : {QStringLiteral("source"), QStringLiteral("codegen")}) {
        QDirIterator it(tw::test::dataPath(root), {"*.ts"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const ts::TsModule module = ts::TsModuleReader::read(QString::fromUtf8(file.readAll()));
            for (const ts::TsProblem &problem : module.problems)
                ADD_FAILURE() << file.fileName().toStdString() << ": " << problem.offset << ": "
                              << problem.message.toStdString();
            ++files;
        }
    }
    EXPECT_GE(files, 10);
}

} // namespace
