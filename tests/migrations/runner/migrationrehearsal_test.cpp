// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/databasebackup.h"
#include "migrations/runner/migrationrehearsal.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace tw::migrations;
using tw::test::addMigration;
using tw::test::ApplyFixture;
using tw::test::SqliteFile;

namespace {

/// rebuild-cascade applied, then one migration that drops, deletes, nulls and renames.
struct LossyFixture : ApplyFixture
{
    LossyFixture()
        : ApplyFixture(QStringLiteral("rebuild-cascade"))
    {
        EXPECT_TRUE(apply().ok());
        addMigration(folder, QStringLiteral("lossy"),
                     "ALTER TABLE `notes` DROP COLUMN `score`;--> statement-breakpoint\n"
                     "UPDATE `notes` SET `payload` = NULL WHERE `id` = 1;--> statement-breakpoint\n"
                     "DROP TABLE `pins`;--> statement-breakpoint\n"
                     "DELETE FROM `review_votes` WHERE `up` = 0;--> statement-breakpoint\n"
                     "ALTER TABLE `books` RENAME TO `volumes`;--> statement-breakpoint\n"
                     "ALTER TABLE `authors` RENAME COLUMN `name` TO `full_name`;--> statement-breakpoint\n"
                     "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);");
    }
    tw::model::Result<RehearsalReport> rehearse() const
    {
        return MigrationRehearsal::rehearse(MigrationsFolder::scan(folder.path()), options());
    }
};

const TableRehearsal *findTable(const RehearsalReport &report, const QString &name)
{
    for (const TableRehearsal &t : report.tables) {
        if (t.table == name)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST(MigrationRehearsal, ReportsRowsBeforeAfterAndEveryLossWithRealCounts)
{
    LossyFixture f;
    const QByteArray before = SqliteFile(f.db()).bytes();
    const auto report = f.rehearse();
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const RehearsalReport &r = report.value();
    EXPECT_EQ(r.pending, QStringList({QStringLiteral("0003_lossy.sql")}));
    EXPECT_TRUE(r.applyError.isEmpty()) << r.applyError.toStdString();
    EXPECT_EQ(r.integrity, QStringLiteral("ok"));
    QStringList steps;
    for (const DestructiveStep &s : r.destructive)
        steps << s.text();
    EXPECT_EQ(steps, QStringList({QStringLiteral("drop column notes.score: 2 non-null values"),
                                  QStringLiteral("set notes.payload to NULL: 1 values"),
                                  QStringLiteral("drop table pins: 2 rows"),
                                  QStringLiteral("delete rows of review_votes: 1 rows")}));
    const TableRehearsal *votes = findTable(r, QStringLiteral("review_votes"));
    ASSERT_TRUE(votes);
    EXPECT_EQ(votes->rowsBefore, 4);
    EXPECT_EQ(votes->rowsAfter, 3);
    EXPECT_EQ(votes->rowsDeleted, 1);
    const TableRehearsal *books = findTable(r, QStringLiteral("books"));
    ASSERT_TRUE(books);
    EXPECT_EQ(books->renamedTo, QStringLiteral("volumes")) << "a rename is not a drop";
    EXPECT_EQ(books->rowsAfter, 3);
    const TableRehearsal *authors = findTable(r, QStringLiteral("authors"));
    ASSERT_TRUE(authors);
    EXPECT_EQ(authors->valuesNulled, 0) << "a renamed column keeps its values";
    const TableRehearsal *tags = findTable(r, QStringLiteral("tags"));
    ASSERT_TRUE(tags);
    EXPECT_EQ(tags->rowsBefore, -1);
    EXPECT_EQ(tags->rowsAfter, 0);
    EXPECT_EQ(SqliteFile(f.db()).bytes(), before) << "a rehearsal never writes the database";
    EXPECT_TRUE(DatabaseBackup::existing(f.db()).size() == 0) << "nor a backup beside it";
}

TEST(MigrationRehearsal, TextReportIsAnAlignedTable)
{
    LossyFixture f;
    const auto report = f.rehearse();
    ASSERT_TRUE(report.ok());
    const QString expected =
        QStringLiteral(
            "Rehearsal on a copy of %1 (the database itself is not touched)\n"
            "Pending migrations:\n"
            "  0003_lossy.sql\n"
            "Per table:\n"
            "  table             rows before  rows after  deleted  set to NULL  values dropped  FK violations\n"
            "  authors                     4           4        0            0               0              0\n"
            "  books -> volumes            3           3        0            0               0              0\n"
            "  notes                       3           3        0            1               2              0\n"
            "  pins                        2           -        0            0               0              0\n"
            "  review_votes                4           3        1            0               0              0\n"
            "  reviews                     4           4        0            0               0              0\n"
            "  tags                        -           0        0            0               0              0\n"
            "Integrity check afterwards: ok\n"
            "Values computed or converted (sample rows, before -> after):\n"
            "  notes.payload [id=1]: X'00FF' -> NULL\n"
            "Destructive steps:\n"
            "  drop column notes.score: 2 non-null values\n"
            "  set notes.payload to NULL: 1 values\n"
            "  drop table pins: 2 rows\n"
            "  delete rows of review_votes: 1 rows\n"
            "Applying for real loses the data listed above.\n")
            .arg(f.db());
    EXPECT_EQ(report.value().toText(), expected);
}

TEST(MigrationRehearsal, CountsForeignKeyViolationsTheRealApplyWouldRefuse)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    ASSERT_TRUE(f.apply().ok());
    addMigration(f.folder, QStringLiteral("orphans"), "DELETE FROM `authors` WHERE `id` = 3;");
    const auto report = MigrationRehearsal::rehearse(MigrationsFolder::scan(f.folder.path()), f.options());
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(findTable(report.value(), QStringLiteral("books"))->foreignKeyViolations, 1);
    EXPECT_EQ(findTable(report.value(), QStringLiteral("reviews"))->foreignKeyViolations, 1)
        << "foreign keys are off in the rehearsal as in the real apply: no cascade hides the orphan";
    EXPECT_EQ(report.value().violationCount(), 2);
    EXPECT_FALSE(report.value().succeeded());
    EXPECT_TRUE(report.value().toText().contains(QStringLiteral("leave 2 rows referencing missing rows")));
}

TEST(MigrationRehearsal, MigrationFailingOnTheCopyIsReportedWithItsStatement)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    ASSERT_TRUE(f.apply().ok());
    addMigration(f.folder, QStringLiteral("strict"), "CREATE UNIQUE INDEX `votes_voter_uq` ON `review_votes` (`up`);");
    const QByteArray before = SqliteFile(f.db()).bytes();
    const auto report = MigrationRehearsal::rehearse(MigrationsFolder::scan(f.folder.path()), f.options());
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report.value().applyError.startsWith(QStringLiteral("0003_strict.sql, statement 1 of 1 failed:")))
        << report.value().applyError.toStdString();
    EXPECT_TRUE(report.value().applyError.contains(QStringLiteral("UNIQUE constraint failed")));
    EXPECT_FALSE(report.value().succeeded());
    EXPECT_EQ(SqliteFile(f.db()).bytes(), before);
}

TEST(MigrationRehearsal, MissingDatabaseRehearsesEveryMigrationOnAnEmptyOne)
{
    ApplyFixture f(QStringLiteral("rebuild-cascade"));
    const auto report = MigrationRehearsal::rehearse(MigrationsFolder::scan(f.folder.path()), f.options());
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().pending.size(), 3);
    EXPECT_TRUE(report.value().destructive.isEmpty());
    EXPECT_EQ(findTable(report.value(), QStringLiteral("authors"))->rowsAfter, 4);
    EXPECT_FALSE(QFile::exists(f.db())) << "the rehearsal does not create the database";
}

TEST(MigrationRehearsal, NothingPendingSaysSo)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    ASSERT_TRUE(f.apply().ok());
    const auto report = MigrationRehearsal::rehearse(MigrationsFolder::scan(f.folder.path()), f.options());
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report.value().pending.isEmpty());
    EXPECT_TRUE(report.value().toText().endsWith(QStringLiteral("No pending migrations.\n")));
}

TEST(MigrationRehearsal, CorruptDatabaseIsRefusedWithWhatToDo)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    QFile file(f.db());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto report = MigrationRehearsal::rehearse(MigrationsFolder::scan(f.folder.path()), f.options());
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("not a usable SQLite database")))
        << report.error().toStdString();
}
