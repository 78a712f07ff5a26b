// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright convert`: the thin caller of migrations::ProjectConversion (the library's own tests are in
// tests/migrations/convert; interop_convert_up_oracle compares the result with drizzle-kit 1.0's `up`).
#include "migrations/folder/folderlayout.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support//testdata.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using tw::test::runCli;

namespace {

/// A project imported from a copy of tests/data/folders/classic-uniques.
struct ImportedProject
{
    QTemporaryDir dir;
    ImportedProject()
    {
        tw::test::copyDataFolder(QStringLiteral("folders/classic-uniques"), folder());
        const auto run = runCli({QStringLiteral("import"), folder(), QStringLiteral("-o"), project()});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    QString folder() const { return dir.filePath(QStringLiteral("drizzle")); }
    QString project() const { return dir.filePath(QStringLiteral("p.twproj")); }
};

/// Runs @p statements on the SQLite file @p path (created when missing); returns the first column of the last one's
/// rows.
QStringList runSql(const QString &path, const QStringList &statements)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("convert-test"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(statement)) << statement.toStdString();
            while (query.next())
                rows << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("convert-test"));
    return rows;
}

} // namespace

TEST(ConvertCommand, WithoutToIsWrongUsage)
{
    ImportedProject imported;
    const auto run = runCli({QStringLiteral("convert"), imported.project()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--to is required"))) << run.err.toStdString();
}

TEST(ConvertCommand, DryRunSaysWhatMovesAndMovesNothing)
{
    ImportedProject imported;
    const auto run = runCli({QStringLiteral("convert"), imported.project(), QStringLiteral("--to"),
                             QStringLiteral("v1"), QStringLiteral("--dry-run")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("0001_add_handle.sql -> 20261207041744_add_handle/migration.sql")))
        << run.out.toStdString();
    EXPECT_EQ(tw::migrations::FolderLayoutDetector::detect(imported.folder()).layout,
              tw::migrations::FolderLayout::Classic);
}

TEST(ConvertCommand, ConvertsTheFolderAndSavesTheUniqueIndexesInTheProject)
{
    ImportedProject imported;
    const auto run =
        runCli({QStringLiteral("convert"), imported.project(), QStringLiteral("--to"), QStringLiteral("v1")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Converted 3 migrations"))) << run.out.toStdString();
    EXPECT_EQ(tw::migrations::FolderLayoutDetector::detect(imported.folder()).layout, tw::migrations::FolderLayout::V1);
    const auto project = tw::model::ProjectReader::readFile(imported.project());
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    for (const auto &table : project.value().schema.tables) {
        for (const auto &column : table.columns)
            EXPECT_FALSE(column.unique) << table.name.toStdString() << '.' << column.name.toStdString();
    }
}

TEST(ConvertCommand, ARefusalIsAProblemAndLeavesTheFolder)
{
    ImportedProject imported;
    QFile::remove(imported.folder() + QStringLiteral("/0001_add_handle.sql"));
    const auto run =
        runCli({QStringLiteral("convert"), imported.project(), QStringLiteral("--to"), QStringLiteral("v1")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("0001_add_handle.sql: the journal lists it"))) << run.err.toStdString();
    EXPECT_EQ(tw::migrations::FolderLayoutDetector::detect(imported.folder()).layout,
              tw::migrations::FolderLayout::Classic);
}

TEST(ConvertCommand, RenamesTheLocalD1DatabasesTrackingRowsAfterABackup)
{
    ImportedProject imported;
    auto project = tw::model::ProjectReader::readFile(imported.project()).value();
    project.settings.database = QStringLiteral("local.sqlite");
    QString error;
    ASSERT_TRUE(tw::model::ProjectWriter::writeFile(project, imported.project(), &error)) << error.toStdString();
    const QString database = imported.dir.filePath(QStringLiteral("local.sqlite"));
    runSql(database, {QStringLiteral("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT "
                                     "UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)"),
                      QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('0000_init.sql'), "
                                     "('0001_add_handle.sql'), ('0002_seed_scores.sql')")});
    const auto run =
        runCli({QStringLiteral("convert"), imported.project(), QStringLiteral("--to"), QStringLiteral("v1")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Changed 3 tracking rows"))) << run.out.toStdString();
    EXPECT_EQ(runSql(database, {QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")}),
              (QStringList{"20261207041743_init/migration.sql", "20261207041744_add_handle/migration.sql",
                           "20261207041746_seed_scores/migration.sql"}));
    EXPECT_EQ(QDir(imported.dir.path()).entryList({QStringLiteral("local.sqlite.backup-*")}).size(), 1);
}

// Back to the classic layout with the database named by --db (wrangler's own file, outside the project's settings):
// the files drizzle-kit 0.31 wrote come back, the rows get their old names, and the next generate is empty.
TEST(ConvertCommand, GoesBackToClassicWithTheDatabaseItIsGiven)
{
    ImportedProject imported;
    const QString database = imported.dir.filePath(QStringLiteral("wrangler.sqlite"));
    runSql(database, {QStringLiteral("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT "
                                     "UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)"),
                      QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('0000_init.sql'), "
                                     "('0001_add_handle.sql'), ('0002_seed_scores.sql')")});
    QFile sql(imported.folder() + QStringLiteral("/0001_add_handle.sql"));
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    const QByteArray bytes = sql.readAll();
    sql.close();
    for (const char *to : {"v1", "classic"}) {
        const auto run = runCli({QStringLiteral("convert"), imported.project(), QStringLiteral("--to"),
                                 QString::fromLatin1(to), QStringLiteral("--db"), database});
        ASSERT_EQ(run.exitCode, 0) << to << run.err.toStdString();
    }
    EXPECT_EQ(tw::migrations::FolderLayoutDetector::detect(imported.folder()).layout,
              tw::migrations::FolderLayout::Classic);
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    EXPECT_EQ(sql.readAll(), bytes);
    EXPECT_EQ(runSql(database, {QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")}),
              (QStringList{"0000_init.sql", "0001_add_handle.sql", "0002_seed_scores.sql"}));
    const auto generate = runCli({QStringLiteral("generate"), imported.project()});
    EXPECT_TRUE(generate.out.contains(QStringLiteral("No schema changes"))) << generate.out.toStdString();
}
