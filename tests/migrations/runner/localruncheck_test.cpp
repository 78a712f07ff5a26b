// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/localruncheck.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace tw::migrations;
using tw::test::ApplyFixture;
using tw::test::SqliteFile;
using Tracking = tw::model::ProjectSettings::Tracking;

TEST(LocalRunCheck, NamesLibsqlAlterColumnAndWhySqliteCannotRunIt)
{
    EXPECT_EQ(LocalRunCheck::libsqlOnly(QStringLiteral("ALTER TABLE `comments` ALTER COLUMN \"cid\" TO \"cid\" text "
                                                       "NOT NULL DEFAULT '';")),
              QStringLiteral("ALTER TABLE `comments` ALTER COLUMN is libSQL-only (Turso); SQLite cannot run it: its "
                             "ALTER TABLE has no ALTER COLUMN"));
    EXPECT_FALSE(LocalRunCheck::libsqlOnly(QStringLiteral("-- keep\n  alter table \"my table\" alter column x to x "
                                                          "integer;"))
                     .isEmpty());
    EXPECT_FALSE(
        LocalRunCheck::libsqlOnly(QStringLiteral("CREATE INDEX v ON docs (libsql_vector_idx(embedding));")).isEmpty());
}

TEST(LocalRunCheck, PlainSqliteStatementsPass)
{
    for (const char *sql : {"ALTER TABLE `t` ADD `c` integer;", "ALTER TABLE `t` RENAME COLUMN \"a\" TO \"b\";",
                            "ALTER TABLE `alter column` RENAME TO `x`;", "INSERT INTO t VALUES ('ALTER COLUMN');",
                            "CREATE TABLE `t` (\n\t`alter` integer\n);"})
        EXPECT_TRUE(LocalRunCheck::libsqlOnly(QString::fromUtf8(sql)).isEmpty()) << sql;
}

TEST(LocalRunCheck, ApplyNamesTheLibsqlStatementBeforeTouchingTheDatabase)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    tw::test::addMigration(f.folder, QStringLiteral("turso_alter"),
                           "DROP INDEX IF EXISTS `users_email_unique`;--> statement-breakpoint\n"
                           "ALTER TABLE `users` ALTER COLUMN \"email\" TO \"email\" text NOT NULL DEFAULT '';");
    const auto report = f.apply(Tracking::Drizzle);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().endsWith(
        QStringLiteral("a local SQLite file cannot run these migrations; nothing was applied:\n"
                       "0002_turso_alter.sql statement 2: ALTER TABLE `users` ALTER COLUMN is libSQL-only (Turso); "
                       "SQLite cannot run it: its ALTER TABLE has no ALTER COLUMN — apply it with drizzle-kit migrate "
                       "against Turso")))
        << report.error().toStdString();
    EXPECT_FALSE(QFile::exists(f.db())) << "the database file is not even created";

    {
        const SqliteFile existing(f.db());
    } // an existing, empty database: pending migrations are checked too
    const auto again = f.apply(Tracking::Drizzle);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), report.error());
    const SqliteFile db(f.db());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0)
        << "not even the first two migrations may run";
}

TEST(LocalRunCheck, JournalEntryWithoutItsSqlFileStopsDrizzleTrackingButNotD1)
{
    ApplyFixture drizzle(QStringLiteral("two-migrations"));
    drizzle.folder.remove(QStringLiteral("0001_demonic_gunslinger.sql"));
    const auto refused = drizzle.apply(Tracking::Drizzle);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("journal entry 0001_demonic_gunslinger has no .sql file "
                                                        "(0001_demonic_gunslinger.sql): drizzle's migrator fails on it "
                                                        "(ENOENT)")))
        << refused.error().toStdString();

    ApplyFixture d1(QStringLiteral("two-migrations"));
    d1.folder.remove(QStringLiteral("0001_demonic_gunslinger.sql"));
    const auto applied = d1.apply(Tracking::D1);
    ASSERT_TRUE(applied.ok()) << applied.error().toStdString();
    EXPECT_EQ(applied.value().applied, QStringList{QStringLiteral("0000_init.sql")}) << "wrangler never sees the entry";
}
