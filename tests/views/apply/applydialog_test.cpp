// SPDX-License-Identifier: GPL-3.0-or-later
// The apply dialog on a seeded temporary database: pending list, rehearsal table, explicit consent to lose data,
// the real apply with its backup, and the error path that leaves the database as it was.
#include "migrations/runner/databasebackup.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"
#include "views/apply/applydialog.h"
#include "views/apply/rehearsalmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tw::views;
using tw::test::addMigration;
using tw::test::ApplyFixture;
using tw::test::SqliteFile;

namespace {

/// rebuild-cascade applied to a database, then one pending migration that drops a table and adds one.
struct SeededTarget : ApplyFixture
{
    explicit SeededTarget(const QByteArray &pendingSql = "DROP TABLE `pins`;--> statement-breakpoint\n"
                                                         "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);")
        : ApplyFixture(QStringLiteral("rebuild-cascade"))
    {
        EXPECT_TRUE(apply().ok());
        addMigration(folder, QStringLiteral("next"), pendingSql);
    }
    tw::migrations::ApplyTarget target() const
    {
        tw::migrations::ApplyTarget t;
        t.migrationsFolder = folder.path();
        t.options = options();
        return t;
    }
};

/// Starts @p start (rehearse or apply) and runs the event loop until the dialog reports the end; whether it went
/// well.
bool runToEnd(ApplyDialog &dialog, bool (ApplyDialog::*start)())
{
    QSignalSpy finished(&dialog, &ApplyDialog::runFinished);
    if (!(dialog.*start)())
        return false;
    if (!finished.wait(60000)) {
        ADD_FAILURE() << "the run did not end";
        return false;
    }
    return finished.first().first().toBool();
}

bool rehearse(ApplyDialog &dialog)
{
    return runToEnd(dialog, &ApplyDialog::rehearse);
}

bool applyNow(ApplyDialog &dialog)
{
    return runToEnd(dialog, &ApplyDialog::applyNow);
}

int rowOf(const RehearsalModel &model, const QString &display)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, RehearsalModel::TableColumn).data().toString() == display)
            return r;
    }
    return -1;
}

} // namespace

TEST(ApplyDialog, ShowsPendingMigrationsAndTheRehearsalTableWithDestructiveStepsHighlighted)
{
    const SeededTarget seeded;
    ApplyDialog dialog(seeded.target());
    QAbstractItemModelTester tester(dialog.rehearsalModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(rehearse(dialog)) << dialog.details().toStdString();

    const auto *pending = dialog.findChild<QListView *>(QStringLiteral("pendingMigrations"));
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->model()->rowCount(), 1);
    EXPECT_EQ(pending->model()->index(0, 0).data().toString(), QStringLiteral("0003_next.sql"));

    const RehearsalModel &model = *dialog.rehearsalModel();
    EXPECT_EQ(model.rowCount(), 7) << "six tables before, one new";
    const int pins = rowOf(model, QStringLiteral("pins (dropped)"));
    ASSERT_GE(pins, 0);
    EXPECT_EQ(model.index(pins, RehearsalModel::RowsBeforeColumn).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model.index(pins, RehearsalModel::RowsAfterColumn).data().toString(), QStringLiteral("\u2014"));
    EXPECT_TRUE(model.index(pins, 0).data(RehearsalModel::LosesDataRole).toBool());
    EXPECT_TRUE(model.index(pins, 0).data(Qt::BackgroundRole).isValid());
    const int authors = rowOf(model, QStringLiteral("authors"));
    ASSERT_GE(authors, 0);
    EXPECT_EQ(model.index(authors, RehearsalModel::RowsAfterColumn).data(RehearsalModel::CountRole).toLongLong(), 4);
    EXPECT_FALSE(model.index(authors, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_GE(rowOf(model, QStringLiteral("tags (new)")), 0);

    const auto *destructive = dialog.findChild<QLabel *>(QStringLiteral("destructiveSteps"));
    ASSERT_TRUE(destructive);
    EXPECT_FALSE(destructive->isHidden());
    EXPECT_TRUE(destructive->text().contains(QStringLiteral("drop table pins: 2 rows")))
        << destructive->text().toStdString();

    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *accept = dialog.findChild<QCheckBox *>(QStringLiteral("acceptLoss"));
    ASSERT_TRUE(apply && accept);
    EXPECT_FALSE(apply->isEnabled()) << "losing data needs the explicit tick";
    accept->setChecked(true);
    EXPECT_TRUE(apply->isEnabled());
}

TEST(ApplyDialog, ApplySucceedsAndNamesTheBackup)
{
    const SeededTarget seeded;
    ApplyDialog dialog(seeded.target());
    QSignalSpy applied(&dialog, &ApplyDialog::applied);
    ASSERT_TRUE(rehearse(dialog));
    dialog.findChild<QCheckBox *>(QStringLiteral("acceptLoss"))->setChecked(true);
    ASSERT_TRUE(applyNow(dialog)) << dialog.details().toStdString();
    ASSERT_EQ(applied.count(), 1);
    const QString backup = applied.first().at(1).toString();
    EXPECT_EQ(tw::migrations::DatabaseBackup::existing(seeded.db()), QStringList({backup}));
    EXPECT_TRUE(
        dialog.summary().startsWith(QStringLiteral("Applied 1 migration(s). The database as it was is kept in")))
        << dialog.summary().toStdString();
    EXPECT_TRUE(dialog.summary().contains(QDir::toNativeSeparators(backup)));
    const SqliteFile db(seeded.db());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'pins'")).toInt(), 0);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM d1_migrations")).toInt(), 4);
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled()) << "applied once";
}

TEST(ApplyDialog, ErrorWhileApplyingIsShownAndTheDatabaseIsUntouched)
{
    const SeededTarget seeded("CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);");
    ApplyDialog dialog(seeded.target());
    ASSERT_TRUE(rehearse(dialog));
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("no row or value is lost"))) << dialog.summary().toStdString();
    const SqliteFile holder(seeded.db());
    ASSERT_TRUE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(holder.exec(QStringLiteral("INSERT INTO authors (id, name) VALUES (90, 'Lock')")));
    EXPECT_FALSE(applyNow(dialog));
    EXPECT_EQ(dialog.summary(), QStringLiteral("Nothing was applied: the database is exactly as it was."));
    EXPECT_TRUE(dialog.details().contains(QStringLiteral("another program holds the database")))
        << dialog.details().toStdString();
    holder.exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(holder.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tags'")).toInt(), 0);
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled()) << "the user may retry";
}

TEST(ApplyDialog, MigrationFailingInTheRehearsalCannotBeApplied)
{
    const SeededTarget seeded("ALTER TABLE `books` ADD `isbn` text;--> statement-breakpoint\n"
                              "CREATE UNIQUE INDEX `books_author_uq` ON `books` (`title`, `isbn`, `id`);--> "
                              "statement-breakpoint\nINSERT INTO `nope` VALUES (1);");
    const QByteArray before = SqliteFile(seeded.db()).bytes();
    ApplyDialog dialog(seeded.target());
    EXPECT_FALSE(rehearse(dialog));
    EXPECT_TRUE(dialog.summary().startsWith(QStringLiteral("The migrations fail on the copy")));
    EXPECT_TRUE(dialog.details().contains(QStringLiteral("0003_next.sql, statement 3 of 3 failed:\nINSERT INTO `nope` "
                                                         "VALUES (1);\nSQLite said: no such table: nope")))
        << dialog.details().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    EXPECT_FALSE(dialog.applyNow());
    EXPECT_EQ(SqliteFile(seeded.db()).bytes(), before);
}

TEST(ApplyDialog, WithoutADatabaseSaysWhatToDoAndCannotRun)
{
    QTemporaryDir dir;
    tw::model::ProjectSettings settings;
    settings.migrationsFolder = QStringLiteral("drizzle");
    const auto none = tw::migrations::ApplyTarget::forProject(dir.filePath(QStringLiteral("app.twproj")), settings);
    ASSERT_FALSE(none.problem.isEmpty());
    ApplyDialog dialog(none);
    EXPECT_EQ(dialog.details(), none.problem);
    EXPECT_FALSE(dialog.rehearse());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("rehearseButton"))->isEnabled());
}
