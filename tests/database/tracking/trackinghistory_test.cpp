// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/tracking/trackinghistory.h"
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
using Tracking = tw::model::ProjectSettings::Tracking;

namespace {

tw::model::Result<ApplyReport> applyTo(const QString &db, const FolderFixture &folder, Tracking tracking)
{
    ApplyOptions options;
    options.databasePath = db;
    options.tracking = tracking;
    return MigrationApplier::apply(MigrationsFolder::scan(folder.path()), options);
}

} // namespace

TEST(TrackingHistory, DatabaseMigratedByWranglerIsFollowedEvenWhenTheProjectSaysDrizzle)
{
    FolderFixture folder(QStringLiteral("two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    {
        // What `wrangler d1 migrations apply` leaves after the first file.
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(TrackingHistory::createTableSql(Tracking::D1)));
        ASSERT_TRUE(file.exec(QString::fromUtf8(folder.read(QStringLiteral("0000_init.sql")))
                                  .split(QStringLiteral("--> statement-breakpoint"))
                                  .first()));
        ASSERT_TRUE(file.exec(QStringLiteral("CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`)")));
        ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')")));
    }
    const auto report = applyTo(db, folder, Tracking::Drizzle);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().applied, QStringList({QStringLiteral("0001_demonic_gunslinger.sql")}));
    ASSERT_EQ(report.value().notes.size(), 1);
    EXPECT_TRUE(report.value().notes.first().startsWith(QStringLiteral("the database is tracked by d1, not drizzle")));
    const SqliteFile file(db);
    EXPECT_EQ(file.scalar(QStringLiteral("SELECT count(*) FROM d1_migrations")).toInt(), 2);
    EXPECT_FALSE(file.exec(QStringLiteral("SELECT 1 FROM __drizzle_migrations")));
}

TEST(TrackingHistory, HistoryFromAnotherBranchIsExplainedNotApplied)
{
    FolderFixture folder(QStringLiteral("two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    {
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(TrackingHistory::createTableSql(Tracking::D1)));
        ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('0000_other_branch.sql')")));
    }
    const auto report = applyTo(db, folder, Tracking::D1);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error(), QStringLiteral("the database's d1_migrations records 0000_other_branch.sql, which is not "
                                             "in the folder: it was migrated from a different folder or branch"));
}

TEST(TrackingHistory, DrizzleHistoryLongerThanTheFolderIsExplained)
{
    FolderFixture folder(QStringLiteral("two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    {
        const SqliteFile file(db);
        ASSERT_TRUE(file.exec(TrackingHistory::createTableSql(Tracking::Drizzle)));
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('h', %1)")
                                      .arg(1795478915765LL + i)));
    }
    const auto report = applyTo(db, folder, Tracking::Drizzle);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("records 3 migrations"))) << report.error().toStdString();
}

TEST(TrackingHistory, ChangedFileAfterApplyIsNoted)
{
    FolderFixture folder(QStringLiteral("two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    ASSERT_TRUE(applyTo(db, folder, Tracking::Drizzle).ok());
    folder.write(QStringLiteral("0000_init.sql"), folder.read(QStringLiteral("0000_init.sql")) + "\n-- edited");
    const auto report = applyTo(db, folder, Tracking::Drizzle);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report.value().applied.isEmpty());
    ASSERT_EQ(report.value().notes.size(), 1);
    EXPECT_TRUE(
        report.value().notes.first().startsWith(QStringLiteral("0000_init.sql was changed after it was applied")));
}
