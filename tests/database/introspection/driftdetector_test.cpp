// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/driftdetector.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace tw::database;
using namespace tw::migrations;
using tw::test::FolderFixture;
using tw::test::SqliteFile;
using Change = DriftEntry::Change;
using Kind = DriftEntry::ObjectKind;
using Tracking = tw::model::ProjectSettings::Tracking;

namespace {

/// The two-migrations folder (users with a unique email, then tags) applied to a fresh database.
class Drift : public ::testing::TestWithParam<Tracking>
{
protected:
    void SetUp() override
    {
        db = dir.filePath(QStringLiteral("db.sqlite"));
        ApplyOptions options;
        options.databasePath = db;
        options.tracking = GetParam();
        options.backupsToKeep = 0;
        const auto applied = MigrationApplier::apply(MigrationsFolder::scan(folder.path()), options);
        ASSERT_TRUE(applied.ok()) << applied.error().toStdString();
    }

    DriftReport check() const
    {
        const auto report = DriftDetector::check(MigrationsFolder::scan(folder.path()), db, GetParam());
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        return report.ok() ? report.value() : DriftReport{};
    }

    FolderFixture folder{QStringLiteral("two-migrations")};
    QTemporaryDir dir;
    QString db;
};

} // namespace

TEST_P(Drift, InSyncAfterApplying)
{
    const DriftReport report = check();
    EXPECT_TRUE(report.isInSync()) << report.text().toStdString();
    EXPECT_TRUE(report.text().startsWith(QStringLiteral("In sync\nnote: expected state: meta/0001_snapshot.json")))
        << report.text().toStdString();
}

TEST_P(Drift, AddedColumnDroppedIndexAndExtraTable)
{
    {
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(QStringLiteral("ALTER TABLE users ADD COLUMN age integer")));
        ASSERT_TRUE(file.exec(QStringLiteral("DROP INDEX users_email_unique")));
        ASSERT_TRUE(file.exec(QStringLiteral("CREATE TABLE scratch (x text)")));
    }
    const DriftReport report = check();
    ASSERT_EQ(report.entries.size(), 3) << report.text().toStdString();
    EXPECT_EQ(report.entries[0],
              (DriftEntry{Change::Extra, Kind::Column, QStringLiteral("users"), QStringLiteral("age"), {}}));
    EXPECT_EQ(
        report.entries[1],
        (DriftEntry{Change::Missing, Kind::Index, QStringLiteral("users"), QStringLiteral("users_email_unique"), {}}));
    EXPECT_EQ(report.entries[2], (DriftEntry{Change::Extra, Kind::Table, {}, QStringLiteral("scratch"), {}}));
}

TEST_P(Drift, ChangedTypeAndForeignKeyOnlyInTheDatabase)
{
    {
        const SqliteFile file(db);
        // tags rebuilt by hand: name becomes an integer, and a reference to users that no migration declares.
        ASSERT_TRUE(file.exec(QStringLiteral("DROP TABLE tags")));
        ASSERT_TRUE(file.exec(QStringLiteral("CREATE TABLE `tags` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, "
                                             "`name` integer NOT NULL, FOREIGN KEY (`id`) REFERENCES `users`(`id`))")));
    }
    const DriftReport report = check();
    ASSERT_EQ(report.entries.size(), 2) << report.text().toStdString();
    EXPECT_EQ(report.entries[0].text(),
              QStringLiteral("column \"tags\".\"name\": differs: type: text expected, integer in the database"));
    EXPECT_EQ(report.entries[1].text(),
              QStringLiteral("foreign key \"tags\" (\"id\") -> \"users\"(\"id\"): in the database only"));
}

TEST_P(Drift, OnlyAppliedMigrationsAreExpected)
{
    {
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(QStringLiteral("DROP TABLE tags")));
        ASSERT_TRUE(file.exec(GetParam() == Tracking::D1
                                  ? QStringLiteral("DELETE FROM d1_migrations WHERE name LIKE '0001%'")
                                  : QStringLiteral("DELETE FROM __drizzle_migrations WHERE created_at = "
                                                   "(SELECT max(created_at) FROM __drizzle_migrations)")));
    }
    const DriftReport report = check();
    EXPECT_TRUE(report.isInSync()) << report.text().toStdString();
    EXPECT_TRUE(
        report.text().contains(QStringLiteral("1 migration(s) not applied yet, from 0001_demonic_gunslinger.sql")))
        << report.text().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Tracking, Drift, ::testing::Values(Tracking::Drizzle, Tracking::D1), [](const auto &testInfo) {
    return testInfo.param == Tracking::D1 ? std::string("d1") : std::string("drizzle");
});

TEST(DriftDetector, DatabaseNoToolMigratedIsExpectedEmpty)
{
    FolderFixture folder(QStringLiteral("two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    {
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(QStringLiteral("CREATE TABLE users (id integer)")));
    }
    const auto report = DriftDetector::check(MigrationsFolder::scan(folder.path()), db, Tracking::D1);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    ASSERT_EQ(report.value().entries.size(), 1);
    EXPECT_EQ(report.value().entries.first().change, Change::Extra);
    EXPECT_TRUE(report.value().text().contains(QStringLiteral("no migration is recorded as applied")));
}

TEST(DriftDetector, HistoryFromAnotherFolderIsAnError)
{
    FolderFixture folder(QStringLiteral("two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    {
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(
            QStringLiteral("CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE)")));
        ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('0000_elsewhere.sql')")));
    }
    const auto report = DriftDetector::check(MigrationsFolder::scan(folder.path()), db, Tracking::D1);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("0000_elsewhere.sql"))) << report.error().toStdString();
}
