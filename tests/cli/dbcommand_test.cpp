// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirunner.h"
#include "tests/support/databases/exampledatabase.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using tw::test::ExampleDatabase;
using tw::test::runCli;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// `tablewright db PROJECT --db local.sqlite ...`
tw::test::CliRun db(const ExampleDatabase &example, QStringList arguments)
{
    return runCli(QStringList{QStringLiteral("db"), example.project(), QStringLiteral("--db"), example.database()} +
                  arguments);
}

} // namespace

TEST(DbCommand, TablesListsTablesAndViewsWithRowCounts)
{
    ExampleDatabase example;
    const auto run = db(example, {QStringLiteral("tables")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("name           type   rows\n"
                                      "-------------  -----  ----\n"
                                      "categories     table     3\n"
                                      "d1_migrations  table     1\n"
                                      "product_tags   table     3\n"
                                      "products       table     4\n"
                                      "tags           table     2\n"
                                      "users          table     2\n"));
}

TEST(DbCommand, DescribeShowsColumnsIndexesAndForeignKeys)
{
    ExampleDatabase example;
    const auto run = db(example, {QStringLiteral("describe"), QStringLiteral("categories")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QLatin1String("table categories\ncolumn"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("\nid  "))) << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(QLatin1String("categories_created_by_user_id_idx  no      created_by_user_id  create index")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("\nforeign keys\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("created_by_user_id  users(id)"))) << run.out.toStdString();
}

TEST(DbCommand, CountPrintsTheNumberAndUnknownTablesAreAProblem)
{
    ExampleDatabase example;
    const auto run = db(example, {QStringLiteral("count"), QStringLiteral("products")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("4\n"));
    const auto missing = db(example, {QStringLiteral("count"), QStringLiteral("product")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QLatin1String("no table or view named \"product\""))) << missing.err.toStdString();
}

TEST(DbCommand, HistoryListsTheFoldersMigrationsAgainstTheTrackingTable)
{
    ExampleDatabase example;
    const auto run = db(example, {QStringLiteral("history")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("applied  %1  d1").arg(example.migrationFile())))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.endsWith(QLatin1String("1 applied, 0 pending, 0 unknown\n"))) << run.out.toStdString();
}

TEST(DbCommand, QueryReadsAndRefusesWritesWithoutTheFlag)
{
    ExampleDatabase example;
    const QByteArray before = fileHash(example.database());
    const auto select =
        db(example, {QStringLiteral("query"), QStringLiteral("SELECT id, name FROM categories ORDER BY id")});
    EXPECT_EQ(select.exitCode, 0) << select.err.toStdString();
    EXPECT_EQ(select.out, QStringLiteral("id  name\n--  ----------\n 1  Technology\n 2  Books\n 3  Garden\n"));
    for (const char *sql : {"INSERT INTO tags (name) VALUES ('x')", "PRAGMA user_version=1", "DROP TABLE tags"}) {
        const auto refused = db(example, {QStringLiteral("query"), QString::fromUtf8(sql)});
        EXPECT_EQ(refused.exitCode, 1) << sql;
        EXPECT_TRUE(refused.err.contains(QLatin1String("refused: "))) << refused.err.toStdString();
        EXPECT_TRUE(refused.out.isEmpty());
    }
    EXPECT_EQ(fileHash(example.database()), before) << "nothing is written unless asked";
}

TEST(DbCommand, QueryWithWriteCommitsAndCsvIsRfc4180)
{
    ExampleDatabase example;
    const auto insert = db(example, {QStringLiteral("query"), QStringLiteral("--write"),
                                     QStringLiteral("INSERT INTO tags (name) VALUES ('x, \"y\"')")});
    EXPECT_EQ(insert.exitCode, 0) << insert.err.toStdString();
    EXPECT_EQ(insert.out, QStringLiteral("1 row changed\n"));
    const auto csv = db(example, {QStringLiteral("query"), QStringLiteral("--csv"),
                                  QStringLiteral("SELECT id, name FROM tags ORDER BY id")});
    EXPECT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_EQ(csv.out, QStringLiteral("id,name\r\n1,sale\r\n2,new\r\n3,\"x, \"\"y\"\"\"\r\n"));
}

TEST(DbCommand, AFailingWriteRollsEverythingBack)
{
    ExampleDatabase example;
    const QByteArray before = fileHash(example.database());
    const auto run = db(example, {QStringLiteral("query"), QStringLiteral("--write"),
                                  QStringLiteral("DELETE FROM product_tags; INSERT INTO nowhere VALUES (1)")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("no such table: nowhere"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("rolled back: nothing was written"))) << run.err.toStdString();
    EXPECT_EQ(fileHash(example.database()), before);
}

TEST(DbCommand, ADatabaseFileCanStandInForTheProject)
{
    ExampleDatabase example;
    const auto run =
        runCli({QStringLiteral("db"), example.database(), QStringLiteral("count"), QStringLiteral("users")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("2\n"));
    const auto history = runCli({QStringLiteral("db"), example.database(), QStringLiteral("history")});
    EXPECT_EQ(history.exitCode, 2);
}

TEST(DbCommand, FindsWranglersLocalDatabaseBesideTheProject)
{
    ExampleDatabase example;
    const QString wrangler = example.folder() + QStringLiteral("/.wrangler/state/v3/d1/miniflare-D1DatabaseObject");
    ASSERT_TRUE(QDir().mkpath(wrangler));
    ASSERT_TRUE(QFile::copy(example.database(), wrangler + QStringLiteral("/abc123.sqlite")));
    const auto run =
        runCli({QStringLiteral("db"), example.project(), QStringLiteral("count"), QStringLiteral("categories")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("3\n"));
}

TEST(DbCommand, SeveralLocalDatabasesAreListedWithTheDbOption)
{
    ExampleDatabase example;
    const QString wrangler = example.folder() + QStringLiteral("/.wrangler/state/v3/d1/miniflare-D1DatabaseObject");
    ASSERT_TRUE(QDir().mkpath(wrangler));
    ASSERT_TRUE(QFile::copy(example.database(), wrangler + QStringLiteral("/abc123.sqlite")));
    ASSERT_TRUE(QFile::copy(example.database(), wrangler + QStringLiteral("/def456.sqlite")));
    const auto run =
        runCli({QStringLiteral("db"), example.project(), QStringLiteral("count"), QStringLiteral("categories")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("tablewright db: several local databases found")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("def456.sqlite")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("pass --db FILE")));
}

TEST(DbCommand, UsageErrorsExitWithTwo)
{
    ExampleDatabase example;
    for (const QStringList &args :
         {QStringList{QStringLiteral("tables"), QStringLiteral("extra")}, QStringList{QStringLiteral("describe")},
          QStringList{QStringLiteral("drop")}, QStringList{QStringLiteral("tables"), QStringLiteral("--write")}}) {
        const auto run = db(example, args);
        EXPECT_EQ(run.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("Usage: tablewright db"))) << run.err.toStdString();
    }
    const auto missing =
        runCli({QStringLiteral("db"), example.folder() + QStringLiteral("/none.sqlite"), QStringLiteral("tables")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QLatin1String("no such database file"))) << missing.err.toStdString();
}
