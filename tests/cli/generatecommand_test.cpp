// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationsfolder.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/cli/exampleworkspace.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::model;
using tw::migrations::MigrationsFolder;
using tw::test::runCli;

using Workspace = tw::test::ExampleWorkspace;

TEST(GenerateCommand, FirstMigrationCreatesTheFolderAndRecordsTheBaseline)
{
    Workspace ws;
    const auto run =
        runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--name"), QStringLiteral("init")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, ws.path(QStringLiteral("drizzle/0000_init.sql")) + u'\n');
    EXPECT_TRUE(ws.read(QStringLiteral("drizzle/0000_init.sql")).startsWith("CREATE TABLE `categories` (\n"));
    const auto folder = MigrationsFolder::scan(ws.path(QStringLiteral("drizzle")));
    EXPECT_TRUE(folder.problems().isEmpty());
    EXPECT_EQ(ws.load().baseline.snapshotId, folder.latestSnapshotId());
    EXPECT_EQ(ws.load().baseline.tables.size(), 5);
}

TEST(GenerateCommand, GeneratingTwiceWritesNothingTheSecondTime)
{
    Workspace ws;
    ASSERT_EQ(runCli({QStringLiteral("generate"), ws.project()}).exitCode, 0);
    const QByteArray projectBytes = ws.read(QStringLiteral("aperto.twproj"));
    const QByteArray journal = ws.read(QStringLiteral("drizzle/meta/_journal.json"));
    const auto again = runCli({QStringLiteral("generate"), ws.project()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out, QStringLiteral("No schema changes\n"));
    EXPECT_EQ(ws.read(QStringLiteral("aperto.twproj")), projectBytes);
    EXPECT_EQ(ws.read(QStringLiteral("drizzle/meta/_journal.json")), journal);
}

TEST(GenerateCommand, RenamesByIdBecomeRenamesNeverDropAndAdd)
{
    Workspace ws;
    ASSERT_EQ(runCli({QStringLiteral("generate"), ws.project()}).exitCode, 0);
    Project p = ws.load();
    Table *users = nullptr;
    for (Table &t : p.schema.tables)
        users = t.name == QLatin1String("users") ? &t : users;
    ASSERT_NE(users, nullptr);
    users->name = QStringLiteral("accounts");
    for (Column &c : users->columns) {
        if (c.name == QLatin1String("salt"))
            c.name = QStringLiteral("password_salt");
    }
    ws.save(p);
    const auto run =
        runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--name"), QStringLiteral("rename")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray sql = ws.read(QStringLiteral("drizzle/0001_rename.sql"));
    EXPECT_TRUE(sql.startsWith("ALTER TABLE `users` RENAME TO `accounts`;--> statement-breakpoint\n"
                               "ALTER TABLE `accounts` RENAME COLUMN \"salt\" TO \"password_salt\";"))
        << sql.toStdString();
    EXPECT_FALSE(sql.contains("DROP COLUMN"));
    EXPECT_FALSE(sql.contains("DROP TABLE `users`"));
    EXPECT_TRUE(ws.read(QStringLiteral("drizzle/meta/0001_snapshot.json"))
                    .contains("\"tables\": {\n      \"\\\"users\\\"\": \"\\\"accounts\\\"\"\n    }"))
        << "the snapshot's _meta records the rename, as drizzle-kit's does";
}

TEST(GenerateCommand, FolderChangedBehindTheProjectsBackIsRefused)
{
    Workspace ws;
    ASSERT_EQ(runCli({QStringLiteral("generate"), ws.project()}).exitCode, 0);
    Project p = ws.load();
    p.baseline.snapshotId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    p.schema.tables.removeLast();
    ws.save(p);
    const auto run = runCli({QStringLiteral("generate"), ws.project()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("changed behind the project's back"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(ws.path(QStringLiteral("drizzle/meta/0001_snapshot.json"))));
}

TEST(GenerateCommand, SchemaErrorsAreListedAndNothingIsWritten)
{
    Workspace ws;
    Project p = ws.load();
    p.schema.tables[0].columns[1].name = p.schema.tables[0].columns[0].name;
    ws.save(p);
    const auto run = runCli({QStringLiteral("generate"), ws.project()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("the schema has errors; no migration was generated")));
    EXPECT_FALSE(QFile::exists(ws.path(QStringLiteral("drizzle"))));
}

TEST(ImportCommand, DrizzleKitFolderImportsSoThatGenerateWritesNothing)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), folder);
    const QString project = dir.filePath(QStringLiteral("app.twproj"));
    const auto run = runCli({QStringLiteral("import"), folder, QStringLiteral("-o"), project});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, project + QStringLiteral(": 2 tables, 0 views\n") + folder +
                           QStringLiteral(": drizzle-kit 0.31 layout (classic): 2 migrations\n"));
    const auto imported = ProjectReader::readFile(project);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported.value().settings.migrationsFolder, QStringLiteral("drizzle"));
    const auto generate = runCli({QStringLiteral("generate"), project});
    EXPECT_EQ(generate.out, QStringLiteral("No schema changes\n")) << generate.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("import"), folder, QStringLiteral("-o"), project}).exitCode, 1)
        << "an existing project is not replaced without --force";
}

// The CLI lays out for a 16:10 view: the guide's chain of five tables runs left to right.
TEST(LayoutCommand, ArrangesParentsBeforeChildrenAndLeavesTheSchemaAlone)
{
    Workspace ws;
    Project p = ws.load();
    for (auto it = p.layout.items.begin(); it != p.layout.items.end(); ++it)
        it->position = QPointF(0, 0); // every card on top of each other
    ws.save(p);
    const auto run = runCli({QStringLiteral("layout"), ws.project()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, ws.project() + QStringLiteral(": laid out 5 cards\n"));
    const Project laidOut = ws.load();
    EXPECT_EQ(laidOut.schema, p.schema);
    const auto x = [&](const char *table) {
        return laidOut.layout.item(laidOut.schema.tableNamed(QString::fromLatin1(table))->id).position.x();
    };
    EXPECT_LT(x("users"), x("categories"));
    EXPECT_LT(x("categories"), x("products"));
    EXPECT_LT(x("products"), x("product_tags"));
    EXPECT_LT(x("tags"), x("product_tags"));
}

TEST(GenerateCommand, TargetD1KeepsCascadeChildrenAndTargetSqliteWritesDrizzleKitsRebuild)
{
    Workspace ws;
    ASSERT_EQ(runCli({QStringLiteral("generate"), ws.project()}).exitCode, 0);
    Project p = ws.load();
    ASSERT_EQ(p.settings.target, ProjectSettings::Target::D1) << "the example deploys to D1";
    for (Table &t : p.schema.tables) {
        if (t.name == QStringLiteral("tags"))
            t.columns[1].notNull = false; // tags.name: a rebuild of the parent of product_tags (ON DELETE CASCADE)
    }
    ws.save(p);
    const QString folder = ws.path(QStringLiteral("drizzle"));
    const auto byDefault = runCli({QStringLiteral("diff"), folder, ws.project()});
    const auto sqlite =
        runCli({QStringLiteral("diff"), folder, ws.project(), QStringLiteral("--target"), QStringLiteral("sqlite")});
    ASSERT_EQ(byDefault.exitCode, 0) << byDefault.err.toStdString();
    EXPECT_TRUE(byDefault.out.contains(QStringLiteral("CREATE TABLE `__keep_product_tags` AS SELECT")));
    EXPECT_TRUE(byDefault.out.contains(QStringLiteral("PRAGMA defer_foreign_keys=on;")));
    ASSERT_EQ(sqlite.exitCode, 0) << sqlite.err.toStdString();
    EXPECT_TRUE(sqlite.out.startsWith(
        QStringLiteral("PRAGMA foreign_keys=OFF;--> statement-breakpoint\nCREATE TABLE `__new_tags`")));
    EXPECT_FALSE(sqlite.out.contains(QStringLiteral("__keep_")));

    const auto generated = runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--name"),
                                   QStringLiteral("d1"), QStringLiteral("--target"), QStringLiteral("d1")});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(ws.read(QStringLiteral("drizzle/0001_d1.sql"))), byDefault.out);
}
