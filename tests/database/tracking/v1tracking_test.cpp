// SPDX-License-Identifier: GPL-3.0-or-later
// Tracking a drizzle-kit 1.0 (v1) folder as drizzle-orm 1.0.0-rc.5's migrator does (its libsql/migrator.js and
// up-migrations/sqlite.js, measured in the reference's section 4): __drizzle_migrations gains `name` and
// `applied_at`; a migration is pending when its folder name is not recorded; a 0.31 table is upgraded by upToV1's
// match. tests/data/folders/v1-two-migrations was made by rc.5's generate.
#include "database/connection/databaseconnection.h"
#include "database/tracking/migrationhistory.h"
#include "database/tracking/runnablemigrations.h"
#include "database/tracking/trackinghistory.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tw::database;
using tw::test::FolderFixture;
using tw::test::SqliteFile;
using Tracking = tw::model::ProjectSettings::Tracking;

namespace {

const QString kInitial = QStringLiteral("20261207033139_initial");
const QString kRename = QStringLiteral("20261207033141_rename_tags");
constexpr qint64 kInitialMs = 1796614299000; // Date.UTC of the folder name's first 14 digits
constexpr qint64 kRenameMs = 1796614301000;
const QString kInitialHash = QStringLiteral("7c194146a3fb3ddb0405f12a4707b926ae10e92594dc54d6760dc060b82f2356");
const QString kRenameHash = QStringLiteral("5135b770a563fdab4b0727a61ac42920260144700ce0f2f324b843054bbbdf14");

RunnableMigrations scanned(const FolderFixture &folder)
{
    const auto scan = RunnableMigrations::scan(folder.path());
    EXPECT_TRUE(scan.ok()) << scan.error().toStdString();
    return scan.ok() ? scan.value() : RunnableMigrations();
}

tw::model::Result<tw::migrations::ApplyReport> applyTo(const QString &db, const FolderFixture &folder,
                                                       Tracking tracking)
{
    tw::migrations::ApplyOptions options;
    options.databasePath = db;
    options.tracking = tracking;
    return tw::migrations::MigrationApplier::apply(scanned(folder), options);
}

/// A database on which drizzle-orm 0.31's migrator ran the first migration: its table, its row (created_at = the
/// journal's `when`, here 615 ms into the folder's second) and its tables.
void migratedBy031(const QString &db, const FolderFixture &folder, qint64 createdAt, const QString &hash)
{
    const SqliteFile file(db);
    ASSERT_TRUE(file.exec(TrackingHistory::createTableSql(Tracking::Drizzle)));
    for (const QString &statement : QString::fromUtf8(folder.read(kInitial + QStringLiteral("/migration.sql")))
                                        .split(QStringLiteral("--> statement-breakpoint")))
        ASSERT_TRUE(file.exec(statement));
    ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('%1', %2)")
                              .arg(hash)
                              .arg(createdAt)));
}

} // namespace

TEST(V1Tracking, RunnableMigrationsOfAV1FolderAreItsSubFoldersWithTheirNamesAndTimes)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    const RunnableMigrations runnable = scanned(folder);
    EXPECT_TRUE(runnable.tracksByName());
    ASSERT_EQ(runnable.migrations().size(), 2);
    EXPECT_EQ(runnable.migrations()[0].name, kInitial);
    EXPECT_EQ(runnable.migrations()[0].sqlFile, kInitial + QStringLiteral("/migration.sql"));
    EXPECT_EQ(runnable.migrations()[0].createdAt, kInitialMs);
    EXPECT_EQ(runnable.migrations()[1].createdAt, kRenameMs);
    EXPECT_EQ(RunnableMigrations::sha256Hex(runnable.sqlBytes(runnable.migrations()[1])), kRenameHash);
}

TEST(V1Tracking, AMixedFolderIsRefusedWithTheDetectorsMessage)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    folder.write(QStringLiteral("meta/_journal.json"), R"({"version":"7","dialect":"sqlite","entries":[]})");
    folder.write(QStringLiteral("0000_init.sql"), "CREATE TABLE `t` (`id` integer);");
    const auto scan = RunnableMigrations::scan(folder.path());
    ASSERT_FALSE(scan.ok());
    EXPECT_TRUE(scan.error().contains(QStringLiteral("_journal.json"))) << scan.error().toStdString();
}

TEST(V1Tracking, AFreshDatabaseGetsRc5sTableAndOneRowPerFolder)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const auto report = applyTo(db, folder, Tracking::Drizzle);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const SqliteFile file(db);
    // rc.5's CREATE TABLE, whitespace included (sqlite_master keeps the text as written).
    EXPECT_EQ(file.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '__drizzle_migrations'")),
              QStringLiteral("CREATE TABLE \"__drizzle_migrations\" (\n\t\t\tid INTEGER PRIMARY KEY,\n\t\t\thash text "
                             "NOT NULL,\n\t\t\tcreated_at numeric,\n\t\t\tname text,\n\t\t\tapplied_at TEXT\n\t\t)"));
    EXPECT_EQ(file.rows(QStringLiteral("SELECT id, hash, created_at, name FROM __drizzle_migrations ORDER BY id")),
              QStringList({QStringLiteral("1|%1|%2|%3").arg(kInitialHash).arg(kInitialMs).arg(kInitial),
                           QStringLiteral("2|%1|%2|%3").arg(kRenameHash).arg(kRenameMs).arg(kRename)}));
    const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    for (const QString &appliedAt : file.rows(QStringLiteral("SELECT applied_at FROM __drizzle_migrations")))
        EXPECT_TRUE(iso.match(appliedAt).hasMatch()) << appliedAt.toStdString();
    EXPECT_EQ(file.scalar(QStringLiteral("SELECT count(*) FROM labels")).toInt(), 0) << "the rename ran";
}

TEST(V1Tracking, AnOlderBranchMigrationArrivingLaterIsApplied)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    ASSERT_TRUE(applyTo(db, folder, Tracking::Drizzle).ok());
    // A branch generated between the two, merged after both were applied (0.31's migrator would skip it).
    const QString branch = QStringLiteral("20261207033140_branch");
    folder.write(branch + QStringLiteral("/migration.sql"), "CREATE TABLE `notes` (\n\t`id` integer PRIMARY KEY\n);\n");
    const auto report = applyTo(db, folder, Tracking::Drizzle);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().applied, QStringList({branch + QStringLiteral("/migration.sql")}));
    const SqliteFile file(db);
    EXPECT_EQ(file.rows(QStringLiteral("SELECT name FROM __drizzle_migrations ORDER BY id")),
              QStringList({kInitial, kRename, branch}));
    EXPECT_TRUE(applyTo(db, folder, Tracking::Drizzle).value().applied.isEmpty());
}

TEST(V1Tracking, TheHistorysPendingSetIsApplysOne)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    ASSERT_TRUE(applyTo(db, folder, Tracking::Drizzle).ok());
    const QString branch = QStringLiteral("20261207033140_branch");
    folder.write(branch + QStringLiteral("/migration.sql"), "CREATE TABLE `notes` (`id` integer);\n");
    auto connection = DatabaseConnection::open(db, DatabaseConnection::Mode::ReadOnly, 1000);
    ASSERT_TRUE(connection.ok());
    const auto entries = MigrationHistory::read(*connection.value(), scanned(folder), Tracking::Drizzle);
    ASSERT_TRUE(entries.ok()) << entries.error().toStdString();
    QStringList states;
    for (const HistoryEntry &e : entries.value())
        states << historyStateName(e.state) + u' ' + e.migration + u' ' + e.tracking;
    EXPECT_EQ(states, QStringList({QStringLiteral("applied %1/migration.sql drizzle").arg(kInitial),
                                   QStringLiteral("pending %1/migration.sql ").arg(branch),
                                   QStringLiteral("applied %1/migration.sql drizzle").arg(kRename)}));
}

TEST(V1Tracking, A031TableIsUpgradedAndItsRowsNamedAsRc5sUpToV1Does)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    migratedBy031(db, folder, kInitialMs + 615, kInitialHash);
    const auto report = applyTo(db, folder, Tracking::Drizzle);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().applied, QStringList({kRename + QStringLiteral("/migration.sql")}));
    ASSERT_EQ(report.value().notes.size(), 1);
    EXPECT_TRUE(report.value().notes.first().contains(QStringLiteral("drizzle-orm 0.31's table")));
    const SqliteFile file(db);
    EXPECT_EQ(file.rows(QStringLiteral("SELECT id, created_at, name, applied_at IS NULL FROM __drizzle_migrations "
                                       "ORDER BY created_at")),
              QStringList({QStringLiteral("NULL|%1|%2|1").arg(kInitialMs + 615).arg(kInitial),
                           QStringLiteral("NULL|%1|%2|0").arg(kRenameMs).arg(kRename)}))
        << "0.31's SERIAL id stays NULL; the old row keeps its created_at and gets no applied_at";
}

TEST(V1Tracking, A031RowOutsideEveryFolderSecondIsMatchedByItsHash)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    migratedBy031(db, folder, 1700000000000, kInitialHash);
    auto connection = DatabaseConnection::open(db, DatabaseConnection::Mode::ReadOnly, 1000);
    ASSERT_TRUE(connection.ok());
    const auto history = TrackingHistory::read(*connection.value());
    ASSERT_TRUE(history.ok());
    const auto names = history.value().drizzleRowNames(scanned(folder));
    ASSERT_TRUE(names.ok()) << names.error().toStdString();
    EXPECT_EQ(names.value(), QStringList({kInitial}));
}

TEST(V1Tracking, A031RowMatchingNoFolderIsRefusedWithRc5sMeaningAndNothingChanges)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    migratedBy031(db, folder, 1700000000000, QStringLiteral("00ff"));
    const auto report = applyTo(db, folder, Tracking::Drizzle);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("[id: null, created_at: 1700000000000]) migrations in the "
                                                       "database that do not match any local migration")))
        << report.error().toStdString();
    const SqliteFile file(db);
    EXPECT_FALSE(file.exec(QStringLiteral("SELECT name FROM __drizzle_migrations"))) << "the table was not upgraded";
}

TEST(V1Tracking, WranglerWithMigrationsPatternRecordsTheFolderSlashMigrationSql)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    ASSERT_TRUE(applyTo(db, folder, Tracking::D1).ok());
    const SqliteFile file(db);
    EXPECT_EQ(file.rows(QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")),
              QStringList({kInitial + QStringLiteral("/migration.sql"), kRename + QStringLiteral("/migration.sql")}));
    EXPECT_FALSE(file.exec(QStringLiteral("SELECT 1 FROM __drizzle_migrations")));
    EXPECT_TRUE(applyTo(db, folder, Tracking::D1).value().applied.isEmpty());
}

TEST(V1Tracking, AMigrationOnlyWranglerRecordedIsPendingForDrizzleAndTheHistorySaysWhy)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    {
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(TrackingHistory::createTableSql(Tracking::D1)));
        ASSERT_TRUE(file.exec(TrackingHistory::createTableSql(Tracking::Drizzle, true)));
        ASSERT_TRUE(
            file.exec(QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('%1/migration.sql')").arg(kInitial)));
    }
    auto connection = DatabaseConnection::open(db, DatabaseConnection::Mode::ReadOnly, 1000);
    ASSERT_TRUE(connection.ok());
    const auto entries = MigrationHistory::read(*connection.value(), scanned(folder), Tracking::Drizzle);
    ASSERT_TRUE(entries.ok()) << entries.error().toStdString();
    ASSERT_EQ(entries.value().size(), 2);
    EXPECT_EQ(entries.value()[0].state, HistoryEntry::State::Pending);
    EXPECT_EQ(entries.value()[0].tracking, QStringLiteral("d1"));
    EXPECT_TRUE(entries.value()[0].note.contains(QStringLiteral("its folder is not in __drizzle_migrations")))
        << entries.value()[0].note.toStdString();
}
