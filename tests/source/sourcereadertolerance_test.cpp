// SPDX-License-Identifier: GPL-3.0-or-later
// Any text reads without crashing or hanging: every prefix of every fixture, and text made of the fixtures'
// own pieces in a scrambled order.
#include "source/config/drizzleconfig.h"
#include "source/schema/schemasourcereader.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

using namespace tw::source;

namespace {

QStringList fixtureFiles()
{
    QStringList files;
    for (const QString &root : {QStringLiteral("source"), QStringLiteral("codegen/schemats")}) {
        QDirIterator it(tw::test::dataPath(root), {"*.ts"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

TEST(SourceReaderTolerance, EveryPrefixOfEveryFixtureReads)
{
    const QStringList files = fixtureFiles();
    ASSERT_GE(files.size(), 10);
    for (const QString &path : files) {
        const QString text = readText(path);
        ASSERT_FALSE(text.isEmpty()) << path.toStdString();
        for (qsizetype end = 0; end <= text.size(); end += 7) {
            const SourceSchema schema = SchemaSourceReader::readText(path, text.left(end), Casing::SnakeCase);
            for (const SourceTable &table : schema.tables) {
                EXPECT_LE(table.declaration.end, end);
                EXPECT_EQ(table.columns.size(), table.table.columns.size());
            }
            (void)DrizzleConfigReader::readText(QStringLiteral("drizzle.config.ts"), text.left(end));
        }
    }
}

TEST(SourceReaderTolerance, ScrambledFixturesRead)
{
    QRandomGenerator random(13);
    const QStringList files = fixtureFiles();
    for (int round = 0; round < 300; ++round) {
        const QString text = readText(files[random.bounded(int(files.size()))]);
        QString scrambled;
        for (int piece = 0; piece < 8; ++piece) {
            const qsizetype from = random.bounded(int(text.size()));
            scrambled += text.mid(from, random.bounded(1, 120));
        }
        const SourceSchema schema = SchemaSourceReader::readText(QStringLiteral("x.ts"), scrambled, Casing::None);
        for (const SourceDiagnostic &d : schema.diagnostics)
            EXPECT_GE(d.location.line, 1);
    }
}

TEST(SourceReaderTolerance, RandomTextOfTypeScriptCharacters)
{
    const QString alphabet =
        QStringLiteral("abc sqliteTable(\"'`${}[]()<>=/*.,;:?!-+\\\n\r\t0123456789_$#@\u00e9\u2028");
    QRandomGenerator random(7);
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = random.bounded(1, 200);
        for (int i = 0; i < length; ++i)
            text += alphabet[random.bounded(int(alphabet.size()))];
        const SourceSchema schema = SchemaSourceReader::readText(QStringLiteral("r.ts"), text, Casing::SnakeCase);
        for (const SourceDiagnostic &d : schema.diagnostics)
            EXPECT_GE(d.location.line, 1);
        (void)DrizzleConfigReader::readText(QStringLiteral("drizzle.config.json"), text);
    }
}

TEST(SourceReaderTolerance, MutatedFixturesRead)
{
    const QString alphabet = QStringLiteral("({[<`'\"$/*.,;:?!=>]})\\\n t0");
    QRandomGenerator random(29);
    const QStringList files = fixtureFiles();
    for (int round = 0; round < 1500; ++round) {
        QString text = readText(files[random.bounded(int(files.size()))]);
        for (int edit = random.bounded(1, 6); edit > 0 && !text.isEmpty(); --edit) {
            const qsizetype at = random.bounded(int(text.size()));
            switch (random.bounded(3)) {
            case 0:
                text.remove(at, random.bounded(1, 40));
                break;
            case 1:
                text.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
                break;
            default:
                text.insert(at, text.mid(random.bounded(int(text.size())), random.bounded(1, 60)));
                break;
            }
        }
        const SourceSchema schema = SchemaSourceReader::readText(QStringLiteral("m.ts"), text, Casing::None);
        for (const SourceTable &table : schema.tables) {
            EXPECT_LE(table.declaration.end, text.size());
            for (const SourceColumn &column : table.columns)
                EXPECT_LE(column.lines.end, text.size());
        }
    }
}

TEST(SourceReaderTolerance, PathologicalNesting)
{
    for (const QString &unit :
         {QStringLiteral("["), QStringLiteral("{a:"), QStringLiteral("f("), QStringLiteral("(x)=>"),
          QStringLiteral("`${"), QStringLiteral("-"), QStringLiteral("a<")}) {
        const QString text = QStringLiteral("export const t = sqliteTable('t', ") + unit.repeated(20000);
        const SourceSchema schema = SchemaSourceReader::readText(QStringLiteral("deep.ts"), text, Casing::None);
        EXPECT_TRUE(schema.tables.isEmpty()) << unit.toStdString();
    }
}

TEST(SourceReaderTolerance, AnImportFromAPackageThatTheFileReExportsFromAMissingModuleEnds)
{
    // Found by the schema_source fuzz target (tests/fuzz/regressions/schema_source): the import from a path alias
    // was looked up in the file's own exports, whose `export *` from a missing module is again such an import, and
    // each lookup started its hop count afresh: the recursion never ended.
    const QString text = QStringLiteral("import { sqliteTable, integer } from 'drizzle-orm/sqlite-core';\n"
                                        "import { users } from '@/db/users';\n"
                                        "export * from './missing';\n"
                                        "export { users };\n"
                                        "export const posts = sqliteTable('posts', {\n"
                                        "  id: integer('id').primaryKey(),\n"
                                        "  authorId: integer('author_id').references(() => users.id),\n"
                                        "});\n");
    const SourceSchema schema = SchemaSourceReader::readText(QStringLiteral("/app/schema.ts"), text, Casing::None);
    ASSERT_EQ(schema.tables.size(), 1);
    EXPECT_EQ(schema.tables.first().table.name, QStringLiteral("posts"));
}

} // namespace
