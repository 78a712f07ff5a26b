// SPDX-License-Identifier: GPL-3.0-or-later
// The applier's checks cover what a migration touched, and only that: each shortcut is tried on a migration that
// would slip through if the shortcut were unsound (a parent losing a key, a collation change, a trigger, REPLACE).
#include "database/connection/databaseconnection.h"
#include "migrations/runner/foreignkeyscope.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/writetracker.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::database;
using namespace tw::migrations;
using tw::test::addMigration;
using tw::test::ApplyFixture;
using tw::test::SqliteFile;

namespace {

const QByteArray kRebuildAuthors =
    "PRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
    "CREATE TABLE `__new_authors` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL);--> statement-breakpoint\n"
    "INSERT INTO `__new_authors`(\"id\", \"email\") SELECT \"id\", \"email\" FROM `authors`%1;--> "
    "statement-breakpoint\n"
    "DROP TABLE `authors`;--> statement-breakpoint\n"
    "ALTER TABLE `__new_authors` RENAME TO `authors`;--> statement-breakpoint\n"
    "PRAGMA foreign_keys=ON;";

/// two-migrations applied, then authors (3 rows, unique e-mail) and posts (6 rows pointing at them) added directly.
struct Blog : ApplyFixture
{
    Blog()
        : ApplyFixture(QStringLiteral("two-migrations"))
    {
        EXPECT_TRUE(apply().ok());
        const SqliteFile db(this->db());
        for (const char *sql :
             {"CREATE TABLE authors (id integer PRIMARY KEY NOT NULL, email text NOT NULL UNIQUE)",
              "CREATE TABLE posts (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES authors(id))",
              "CREATE TABLE audit (id integer PRIMARY KEY, note text)",
              "INSERT INTO authors VALUES (1, 'a1@x'), (2, 'a2@x'), (3, 'a3@x')",
              "INSERT INTO posts VALUES (1, 1), (2, 2), (3, 3), (4, 1), (5, 2), (6, 3)"})
            EXPECT_TRUE(db.exec(QString::fromLatin1(sql))) << sql;
    }

    tw::model::Result<ApplyReport> migrate(const QByteArray &sql) const
    {
        addMigration(folder, QStringLiteral("step"), sql);
        return apply();
    }
};

QString rebuildAuthors(const char *where = "")
{
    return QString::fromLatin1(kRebuildAuthors).arg(QLatin1String(where));
}

} // namespace

TEST(ApplyChecks, TheAuthorizerIsInstalledOnTheApplierConnection)
{
    Blog f;
    auto db = DatabaseConnection::open(f.db(), DatabaseConnection::Mode::ReadWrite, 200);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    WriteTracker tracker(*db.value());
    ASSERT_FALSE(tracker.unavailable())
        << "Qt's QSQLITE runs another SQLite than the one linked: every shortcut is off";
    ASSERT_TRUE(db.value()
                    ->exec(QStringLiteral("CREATE TRIGGER fan AFTER INSERT ON audit BEGIN "
                                          "INSERT INTO posts VALUES (NULL, 1); END"))
                    .isEmpty());
    tracker.beginStatement();
    ASSERT_TRUE(db.value()->exec(QStringLiteral("INSERT INTO audit (note) VALUES ('x')")).isEmpty());
    EXPECT_EQ(tracker.statementWrites(), QSet<QString>({QStringLiteral("audit"), QStringLiteral("posts")}))
        << "a trigger's writes are reported with the statement that fires it";
    tracker.beginStatement();
    ASSERT_TRUE(db.value()->exec(QStringLiteral("DELETE FROM Audit")).isEmpty());
    EXPECT_EQ(tracker.statementWrites(), QSet<QString>({QStringLiteral("audit")})) << "even a truncating DELETE";
    EXPECT_FALSE(tracker.unsure());
    ASSERT_TRUE(db.value()->exec(QStringLiteral("PRAGMA cache_size=-4000")).isEmpty());
    EXPECT_TRUE(tracker.unsure()) << "a PRAGMA it does not know falls back to the full checks";
}

TEST(ApplyChecks, RebuildingAParentThatKeepsEveryKeySkipsItsUntouchedChildren)
{
    Blog f;
    auto db = DatabaseConnection::open(f.db(), DatabaseConnection::Mode::ReadWrite, 200);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->exec(QStringLiteral("BEGIN")).isEmpty());
    WriteTracker tracker(*db.value());
    ForeignKeyScope scope(*db.value(), tracker);
    const QStringList statements = rebuildAuthors().split(QStringLiteral("--> statement-breakpoint\n"));
    for (const QString &statement : statements) {
        tracker.beginStatement();
        ASSERT_TRUE(db.value()->exec(statement, [&scope] { scope.beforeStatement(); }).isEmpty())
            << statement.toStdString();
    }
    EXPECT_EQ(scope.tablesToCheck(), std::optional<QStringList>(QStringList{QStringLiteral("authors")}))
        << "posts can only break if authors lost a key, and it lost none";
    db.value()->exec(QStringLiteral("ROLLBACK"));
}

TEST(ApplyChecks, StatementTheTrackerCannotDescribeFallsBackToTheFullForeignKeyCheck)
{
    Blog f;
    auto db = DatabaseConnection::open(f.db(), DatabaseConnection::Mode::ReadWrite, 200);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->exec(QStringLiteral("BEGIN")).isEmpty());
    WriteTracker tracker(*db.value());
    ForeignKeyScope scope(*db.value(), tracker);
    for (const char *sql : {"INSERT INTO audit (note) VALUES ('x')", "PRAGMA cache_size=-4000"}) {
        tracker.beginStatement();
        ASSERT_TRUE(db.value()->exec(QString::fromLatin1(sql), [&scope] { scope.beforeStatement(); }).isEmpty()) << sql;
    }
    EXPECT_EQ(scope.tablesToCheck(), std::nullopt);
    db.value()->exec(QStringLiteral("ROLLBACK"));
}

TEST(ApplyChecks, RebuildingAParentThatLosesAReferencedKeyIsRefused)
{
    Blog f;
    const QByteArray before = SqliteFile(f.db()).bytes();
    const auto report = f.migrate(rebuildAuthors(" WHERE id <> 2").toUtf8());
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("0002_step.sql leaves foreign keys broken:\n"
                                                       "  row 2 of posts references a missing row of authors\n"
                                                       "  row 5 of posts references a missing row of authors")))
        << report.error().toStdString();
    EXPECT_EQ(SqliteFile(f.db()).bytes(), before);
}

TEST(ApplyChecks, DeletingEveryParentRowIsRefused)
{
    Blog f;
    const auto report = f.migrate("DELETE FROM `authors`;");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("row 1 of posts references a missing row of authors")))
        << report.error().toStdString();
}

TEST(ApplyChecks, ReplaceThatDeletesAParentThroughAnotherUniqueColumnIsRefused)
{
    Blog f;
    const auto report = f.migrate("INSERT OR REPLACE INTO `authors` (`id`, `email`) VALUES (9, 'a3@x');");
    ASSERT_FALSE(report.ok()) << "author 3 was replaced by author 9, and posts 3 and 6 still point at 3";
    EXPECT_TRUE(report.error().contains(QStringLiteral("row 3 of posts references a missing row of authors")))
        << report.error().toStdString();
}

TEST(ApplyChecks, ChildWrittenByATriggerIsChecked)
{
    Blog f;
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TRIGGER fan AFTER INSERT ON audit BEGIN "
                                           "INSERT INTO posts VALUES (NULL, 99); END")));
    }
    const auto report = f.migrate("INSERT INTO `audit` (`note`) VALUES ('seeded');");
    ASSERT_FALSE(report.ok()) << "the migration names only audit, its trigger wrote a broken post";
    EXPECT_TRUE(report.error().contains(QStringLiteral("row 7 of posts references a missing row of authors")))
        << report.error().toStdString();
}

TEST(ApplyChecks, ParentKeyCollationChangeIsCheckedEvenThoughTheKeysAreTheSame)
{
    Blog f;
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE codes (code text PRIMARY KEY COLLATE NOCASE)")));
        ASSERT_TRUE(
            db.exec(QStringLiteral("CREATE TABLE uses (id integer PRIMARY KEY, code text REFERENCES codes(code))")));
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO codes VALUES ('ABC')")));
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO uses VALUES (1, 'abc')")));
    }
    const auto report = f.migrate("CREATE TABLE `__new_codes` (`code` text PRIMARY KEY);--> statement-breakpoint\n"
                                  "INSERT INTO `__new_codes` SELECT `code` FROM `codes`;--> statement-breakpoint\n"
                                  "DROP TABLE `codes`;--> statement-breakpoint\n"
                                  "ALTER TABLE `__new_codes` RENAME TO `codes`;");
    ASSERT_FALSE(report.ok()) << "'abc' matched 'ABC' only while the key was NOCASE";
    EXPECT_TRUE(report.error().contains(QStringLiteral("row 1 of uses references a missing row of codes")))
        << report.error().toStdString();
}

TEST(ApplyChecks, RebuildKeepingTheKeysAndRenamingAParentIsApplied)
{
    Blog f;
    ASSERT_TRUE(f.migrate(rebuildAuthors().toUtf8()).ok());
    const auto report = f.migrate("ALTER TABLE `authors` RENAME TO `writers`;");
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const SqliteFile db(f.db());
    EXPECT_EQ(
        db.scalar(QStringLiteral("SELECT count(*) FROM posts JOIN writers ON writers.id = posts.author_id")).toInt(),
        6);
}

TEST(ApplyChecks, ViolationAlreadyInAnUntouchedTableIsNotBlamedOnTheMigration)
{
    Blog f;
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO posts VALUES (7, 42)")));
    }
    const auto report = f.migrate("INSERT INTO `audit` (`note`) VALUES ('only audit');");
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(SqliteFile(f.db()).rows(QStringLiteral("PRAGMA foreign_key_check")),
              QStringList({QStringLiteral("posts|7|authors|0")}))
        << "the old violation is still there, untouched";
}

TEST(ApplyChecks, ViolationAlreadyInATableTheMigrationWritesStillRefusesIt)
{
    Blog f;
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO posts VALUES (7, 42)")));
    }
    const auto report = f.migrate("INSERT INTO `posts` VALUES (8, 1);");
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("row 7 of posts references a missing row of authors")))
        << report.error().toStdString();
}
