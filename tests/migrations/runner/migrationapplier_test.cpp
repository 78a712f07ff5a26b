// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/databasebackup.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tw::migrations;
using tw::test::addMigration;
using tw::test::ApplyFixture;
using tw::test::SqliteFile;
using Tracking = tw::model::ProjectSettings::Tracking;

TEST(MigrationApplier, AppliesEveryMigrationToANewDatabaseAndRecordsThemForWrangler)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    const auto report = f.apply();
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().applied, QStringList({QStringLiteral("0000_init.sql"), QStringLiteral("0001_seed.sql"),
                                                   QStringLiteral("0002_rebuild_authors.sql")}));
    EXPECT_TRUE(report.value().backupPath.isEmpty()) << "a new database needs no backup";
    const SqliteFile db(f.db());
    EXPECT_EQ(db.rows(QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")), report.value().applied);
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 0) << "a fresh connection's default";
}

TEST(MigrationApplier, TableRebuildKeepsCascadeChildrenBecauseForeignKeysAreOffBeforeBegin)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    ASSERT_TRUE(f.apply().ok());
    const SqliteFile db(f.db());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM reviews")).toInt(), 4);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM review_votes")).toInt(), 4);
    EXPECT_EQ(db.rows(QStringLiteral("SELECT id, author_id FROM notes ORDER BY id")),
              QStringList({QStringLiteral("1|1"), QStringLiteral("2|2"), QStringLiteral("3|NULL")}));
    EXPECT_EQ(
        db.rows(QStringLiteral("SELECT id, mentor_id FROM authors ORDER BY id")),
        QStringList({QStringLiteral("1|NULL"), QStringLiteral("2|1"), QStringLiteral("3|2"), QStringLiteral("4|1")}));
    EXPECT_TRUE(db.rows(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

TEST(MigrationApplier, DrizzleTrackingStoresTheFileHashAndJournalWhen)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    ASSERT_TRUE(f.apply(Tracking::Drizzle).ok());
    const SqliteFile db(f.db());
    const QByteArray sql = f.folder.read(QStringLiteral("0000_init.sql"));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(
        db.rows(QStringLiteral("SELECT id, hash, created_at FROM __drizzle_migrations ORDER BY created_at")).first(),
        QStringLiteral("NULL|%1|1795478915765").arg(hash));
    EXPECT_FALSE(db.exec(QStringLiteral("SELECT 1 FROM d1_migrations")));
}

TEST(MigrationApplier, SecondRunFindsNothingPendingAndWritesNothing)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    ASSERT_TRUE(f.apply().ok());
    const QByteArray before = SqliteFile(f.db()).bytes();
    const auto again = f.apply();
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_TRUE(again.value().applied.isEmpty());
    EXPECT_TRUE(again.value().backupPath.isEmpty());
    EXPECT_EQ(SqliteFile(f.db()).bytes(), before);
}

TEST(MigrationApplier, FailingStatementRollsBackEverythingAndNamesFileStatementAndError)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    addMigration(f.folder, QStringLiteral("broken"),
                 "ALTER TABLE `books` ADD `isbn` text;--> statement-breakpoint\nALTER TABLE `nope` ADD `x` text;");
    const auto report = f.apply();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(
        report.error().startsWith(QStringLiteral("0003_broken.sql, statement 2 of 2 failed:\n"
                                                 "ALTER TABLE `nope` ADD `x` text;\nSQLite said: no such table: nope")))
        << report.error().toStdString();
    const SqliteFile db(f.db());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0)
        << "all or nothing: even the three good migrations before it are rolled back";
}

TEST(MigrationApplier, FailureLeavesAnExistingDatabaseByteForByteAsItWas)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    ASSERT_TRUE(f.apply().ok());
    addMigration(f.folder, QStringLiteral("broken"),
                 "DELETE FROM `reviews`;--> statement-breakpoint\nINSERT INTO `books` VALUES (9, 'x', 99);");
    const QByteArray before = SqliteFile(f.db()).bytes();
    const auto report = f.apply();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("0003_broken.sql leaves foreign keys broken:\n"
                                                       "  row 9 of books references a missing row of authors")))
        << report.error().toStdString();
    EXPECT_EQ(SqliteFile(f.db()).bytes(), before);
    EXPECT_EQ(DatabaseBackup::existing(f.db()).size(), 1) << "the backup taken first is kept";
}

TEST(MigrationApplier, DryRunListsPendingAndWritesNothing)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE keep (x)")));
    }
    const QByteArray before = SqliteFile(f.db()).bytes();
    ApplyOptions options;
    options.databasePath = f.db();
    options.dryRun = true;
    const auto report = MigrationApplier::apply(MigrationsFolder::scan(f.folder.path()), options);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().applied.size(), 2);
    EXPECT_EQ(SqliteFile(f.db()).bytes(), before);
    EXPECT_TRUE(DatabaseBackup::existing(f.db()).isEmpty());
}

TEST(MigrationApplier, LockedDatabaseGivesAClearErrorAfterTheTimeout)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    const SqliteFile holder(f.db());
    ASSERT_TRUE(holder.exec(QStringLiteral("CREATE TABLE x (a)")));
    ASSERT_TRUE(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const auto report = f.apply();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("another program holds the database")))
        << report.error().toStdString();
    holder.exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(holder.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
}

TEST(MigrationApplier, CorruptFileIsRefusedUntouched)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    QFile file(f.db());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto report = f.apply();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("not a usable SQLite database")))
        << report.error().toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray(4096, 'x'));
}

TEST(MigrationApplier, CancelFromProgressRollsBack)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    QStringList seen;
    const auto report = f.apply(Tracking::D1, [&](int done, int, const QString &file) {
        seen << file;
        return done < 2;
    });
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().startsWith(QStringLiteral("Cancelled before 0002_rebuild_authors.sql.")));
    EXPECT_EQ(seen.size(), 3);
    EXPECT_EQ(SqliteFile(f.db()).scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);
}

TEST(MigrationApplier, FolderWithErrorsIsRefused)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    f.folder.write(QStringLiteral("meta/_journal.json"), "{\"entries\": []}");
    const auto report = f.apply();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("error: meta/_journal.json: dialect: expected a string")))
        << report.error().toStdString();
    EXPECT_FALSE(QFile::exists(f.db()));
}

TEST(MigrationApplier, BackupsArePrunedToTheConfiguredCount)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE keep (x)")));
    }
    ApplyOptions options;
    options.databasePath = f.db();
    options.backupsToKeep = 1;
    ASSERT_TRUE(MigrationApplier::apply(MigrationsFolder::scan(f.folder.path()), options).ok());
    addMigration(f.folder, QStringLiteral("more"), "CREATE TABLE `more` (`id` integer);");
    const auto second = MigrationApplier::apply(MigrationsFolder::scan(f.folder.path()), options);
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    EXPECT_EQ(DatabaseBackup::existing(f.db()), QStringList({second.value().backupPath}));
    const SqliteFile backup(second.value().backupPath);
    EXPECT_EQ(backup.scalar(QStringLiteral("SELECT count(*) FROM d1_migrations")).toInt(), 2)
        << "the backup is the database as it was before this run";
}
