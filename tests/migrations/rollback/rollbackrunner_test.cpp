// SPDX-License-Identifier: GPL-3.0-or-later
// Rollback on real SQLite files: folders drizzle-kit 0.31 and 1.0.0-rc.5 wrote, custom migrations and their down
// files, hand edits, the rehearsal's counts, a dry run that writes nothing, and a failure that rolls everything back.
#include "migrations/rollback/downfiles.h"
#include "migrations/rollback/rollbackrunner.h"
#include "migrations/runner/databasebackup.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/migrations/diff/schemadsl.h"
#include "tests/migrations/rollback/rollbackfixture.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace tw;
using namespace tw::test::dsl;
using migrations::RollbackRequest;
using migrations::RollbackRunner;
using test::RollbackFixture;
using test::SqliteFile;
using Tracking = model::ProjectSettings::Tracking;

namespace {

model::Schema usersOnly()
{
    return schema({TableSpec(QStringLiteral("users"))
                   << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("name"))});
}

model::Schema usersAndTags()
{
    return schema({TableSpec(QStringLiteral("users"))
                       << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("name")),
                   TableSpec(QStringLiteral("tags"))
                       << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label"))});
}

RollbackRequest requestFor(const test::FolderFixture &folder, const QString &db, Tracking tracking,
                           std::optional<QString> to = {})
{
    RollbackRequest request;
    request.projectFile = folder.file(QStringLiteral("../app.tablewright"));
    request.migrationsFolder = folder.path();
    request.options.databasePath = db;
    request.options.tracking = tracking;
    request.options.busyTimeoutMs = 200;
    request.to = std::move(to);
    return request;
}

} // namespace

// rc.5 renamed tags to labels, labels.label to title and users.name to display_name in one migration: the undo
// renames all three back and every row and value stays.
TEST(RollbackRunner, DrizzleKit1sRenamesAreUndoneByRenamingBack)
{
    test::FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("local.sqlite"));
    RollbackRequest request = requestFor(folder, db, Tracking::Drizzle);
    ASSERT_TRUE(
        migrations::MigrationApplier::apply(database::RunnableMigrations::scan(folder.path()).value(), request.options)
            .ok());
    SqliteFile file(db);
    ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO labels (id, title) VALUES (1, 'news'), (2, 'tips')")));
    ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO users (id, display_name) VALUES (1, 'Ada')")));
    ASSERT_TRUE(file.exec(QStringLiteral("INSERT INTO posts (id, tag_id) VALUES (1, 2)")));

    const auto rehearsal = RollbackRunner::rehearse(request);
    ASSERT_TRUE(rehearsal.ok()) << rehearsal.error().toStdString();
    EXPECT_TRUE(rehearsal.value().succeeded()) << rehearsal.value().toText().toStdString();
    EXPECT_TRUE(rehearsal.value().report.destructive.isEmpty()) << rehearsal.value().toText().toStdString();
    EXPECT_EQ(rehearsal.value().plan.target, QStringLiteral("20261207033139_initial"));

    const auto outcome = RollbackRunner::run(request);
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    EXPECT_EQ(outcome.value().schemaDifference.toStdString(), "");
    EXPECT_EQ(file.rows(QStringLiteral("SELECT id, label FROM tags ORDER BY id")),
              QStringList({QStringLiteral("1|news"), QStringLiteral("2|tips")}));
    EXPECT_EQ(file.rows(QStringLiteral("SELECT name FROM users")), QStringList{QStringLiteral("Ada")});
    EXPECT_EQ(file.rows(QStringLiteral("SELECT tag_id FROM posts")), QStringList{QStringLiteral("2")});
}

// drizzle-kit 0.31's second migration created tags: undoing it drops the table, and the rehearsal says how many
// rows go with it before anything happens.
TEST(RollbackRunner, TheRehearsalCountsTheRowsTheUndoLoses)
{
    test::FolderFixture folder(QStringLiteral("two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("local.sqlite"));
    const RollbackRequest request = requestFor(folder, db, Tracking::D1);
    ASSERT_TRUE(
        migrations::MigrationApplier::apply(migrations::MigrationsFolder::scan(folder.path()), request.options).ok());
    ASSERT_TRUE(SqliteFile(db).exec(QStringLiteral("INSERT INTO tags (name) VALUES ('a'), ('b'), ('c')")));
    ASSERT_TRUE(SqliteFile(db).exec(QStringLiteral("INSERT INTO users (email) VALUES ('a@example.com')")));

    const auto rehearsal = RollbackRunner::rehearse(request);
    ASSERT_TRUE(rehearsal.ok()) << rehearsal.error().toStdString();
    ASSERT_EQ(rehearsal.value().report.destructive.size(), 1) << rehearsal.value().toText().toStdString();
    EXPECT_EQ(rehearsal.value().report.destructive.first().text(), QStringLiteral("drop table tags: 3 rows"));
    EXPECT_TRUE(rehearsal.value().toText().contains(QStringLiteral("tags: 3 rows -> dropped (3 rows lost)")))
        << rehearsal.value().toText().toStdString();
    EXPECT_TRUE(rehearsal.value().toText().contains(QStringLiteral("users: 1 row -> 1 row, nothing lost")))
        << rehearsal.value().toText().toStdString();
}

// A rehearsal only reads the database: its bytes are the same afterwards.
TEST(RollbackRunner, ARehearsalChangesNothing)
{
    RollbackFixture fixture;
    fixture.add(QStringLiteral("users"), usersOnly());
    fixture.add(QStringLiteral("tags"), usersAndTags());
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    fixture.run(QStringLiteral("INSERT INTO tags (label) VALUES ('x');"));
    const QByteArray before = SqliteFile(fixture.db()).bytes();
    const auto rehearsal = RollbackRunner::rehearse(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(rehearsal.ok()) << rehearsal.error().toStdString();
    EXPECT_EQ(rehearsal.value().plan.steps.size(), 1);
    EXPECT_EQ(SqliteFile(fixture.db()).bytes(), before);
    EXPECT_TRUE(migrations::DatabaseBackup::existing(fixture.db()).isEmpty());
}

// A custom migration's reverse is the user's to write: without its down file the rollback names the migration and
// the file, and changes nothing; with it, it runs.
TEST(RollbackRunner, ACustomMigrationNeedsItsDownFileBesideTheProject)
{
    for (const auto dialect : {migrations::SqlDialect::Classic, migrations::SqlDialect::V1}) {
        RollbackFixture fixture(dialect);
        fixture.add(QStringLiteral("users"), usersOnly());
        const QString custom = fixture.addCustom(QStringLiteral("seed_admin"),
                                                 QStringLiteral("INSERT INTO users (name) VALUES ('admin');"));
        ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
        const QString downFile = migrations::DownFiles::pathFor(fixture.projectFile(), custom);
        EXPECT_EQ(downFile, fixture.projectFile().section(u'/', 0, -2) + QStringLiteral("/rollback/") + custom +
                                QStringLiteral(".down.sql"));

        const QByteArray before = SqliteFile(fixture.db()).bytes();
        const auto refused = RollbackRunner::run(fixture.request(Tracking::Drizzle));
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().contains(custom)) << refused.error().toStdString();
        EXPECT_TRUE(refused.error().contains(downFile)) << refused.error().toStdString();
        EXPECT_TRUE(refused.error().contains(QStringLiteral("custom migration"))) << refused.error().toStdString();
        EXPECT_EQ(SqliteFile(fixture.db()).bytes(), before);

        fixture.writeDownFile(custom, "DELETE FROM users WHERE name = 'admin';\n");
        const auto outcome = RollbackRunner::run(fixture.request(Tracking::Drizzle));
        ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
        EXPECT_EQ(outcome.value().plan.steps.first().downFile, downFile);
        EXPECT_EQ(SqliteFile(fixture.db()).scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);
        EXPECT_EQ(outcome.value().schemaDifference.toStdString(), "");
    }
}

// A migration whose SQL was edited after generate does something its snapshots do not say: refused the same way.
TEST(RollbackRunner, AnEditedMigrationIsNotDerived)
{
    RollbackFixture fixture;
    fixture.add(QStringLiteral("users"), usersOnly());
    const QString tags = fixture.add(QStringLiteral("tags"), usersAndTags());
    QFile sql(fixture.folder() + u'/' + fixture.sqlFile(tags));
    ASSERT_TRUE(sql.open(QIODevice::Append));
    sql.write("\n--> statement-breakpoint\nUPDATE users SET name = upper(name);");
    sql.close();
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    const auto refused = RollbackRunner::rehearse(fixture.request(Tracking::Drizzle));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("not what its snapshots imply")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(migrations::DownFiles::pathFor(fixture.projectFile(), tags)));
}

// `--to` undoes every migration after the one named; one that is not applied is refused with the applied ones.
TEST(RollbackRunner, ToUndoesEveryMigrationAfterTheOneNamed)
{
    RollbackFixture fixture;
    const QString first = fixture.add(QStringLiteral("users"), usersOnly());
    fixture.add(QStringLiteral("tags"), usersAndTags());
    fixture.add(QStringLiteral("no_tags"), usersOnly());
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    EXPECT_FALSE(RollbackRunner::run(fixture.request(Tracking::Drizzle, QStringLiteral("0007_nope"))).ok());
    const auto outcome = RollbackRunner::run(fixture.request(Tracking::Drizzle, first));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    ASSERT_EQ(outcome.value().plan.steps.size(), 2);
    EXPECT_EQ(outcome.value().plan.steps[0].name, QStringLiteral("0002_no_tags"));
    EXPECT_EQ(outcome.value().plan.target, first);
    EXPECT_EQ(outcome.value().schemaDifference.toStdString(), "");
    EXPECT_EQ(SqliteFile(fixture.db()).scalar(QStringLiteral("SELECT count(*) FROM __drizzle_migrations")).toInt(), 1);
}

// A down step failing after another already ran rolls the whole transaction back; the backup stays.
TEST(RollbackRunner, AFailureMidWayRollsEverythingBackAndKeepsTheBackup)
{
    RollbackFixture fixture;
    const QString first = fixture.add(QStringLiteral("users"), usersOnly());
    const QString custom = fixture.addCustom(QStringLiteral("custom"), QStringLiteral("SELECT 1;"));
    fixture.add(QStringLiteral("tags"), usersAndTags());
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    fixture.run(QStringLiteral("INSERT INTO tags (label) VALUES ('kept');"));
    fixture.writeDownFile(custom, "DELETE FROM users;\nDROP TABLE no_such_table;\n");
    const QStringList before = test::databaseFingerprint(fixture.db());

    const auto outcome = RollbackRunner::run(fixture.request(Tracking::Drizzle, first));
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("undoing %1, statement 2 of 2 failed").arg(custom)))
        << outcome.error().toStdString();
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("no_such_table"))) << outcome.error().toStdString();
    EXPECT_EQ(test::databaseFingerprint(fixture.db()), before) << "tags is still there, with its row";
    const QStringList backups = migrations::DatabaseBackup::existing(fixture.db());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(outcome.error().contains(backups.first())) << outcome.error().toStdString();
    EXPECT_EQ(test::databaseFingerprint(backups.first()), before);
}

// SQL in other words than the differ's (drizzle-kit's own rebuild text, an older version's) that changes only the
// schema and reaches the snapshot still has its reverse derived; DDL that reaches another schema does not.
TEST(RollbackRunner, SchemaOnlySqlThatReachesItsSnapshotIsDerivedWhateverItsText)
{
    RollbackFixture fixture;
    fixture.add(QStringLiteral("users"), usersOnly());
    const model::Schema withEmail =
        schema({TableSpec(QStringLiteral("users")) << integer(QStringLiteral("id")).primaryKey(true)
                                                   << text(QStringLiteral("name")) << text(QStringLiteral("email"))});
    fixture.add(QStringLiteral("email"), withEmail, {},
                QStringLiteral("PRAGMA foreign_keys=OFF;--> statement-breakpoint\n"
                               "CREATE TABLE `__new_users` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` "
                               "text, `email` text);--> statement-breakpoint\n"
                               "INSERT INTO `__new_users`(\"id\", \"name\", \"email\") SELECT \"id\", \"name\", "
                               "\"email\" FROM `users`;--> statement-breakpoint\n"
                               "DROP TABLE `users`;--> statement-breakpoint\n"
                               "ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint\n"
                               "PRAGMA foreign_keys=ON;"));
    const QString extra = fixture.add(QStringLiteral("tags"), usersAndTags(), {},
                                      QStringLiteral("CREATE TABLE `tags` (`id` integer PRIMARY KEY AUTOINCREMENT NOT "
                                                     "NULL, `label` text);\nCREATE INDEX `tags_label` ON `tags` "
                                                     "(`label`);"));
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());

    const auto refused = RollbackRunner::rehearse(fixture.request(Tracking::Drizzle));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(extra)) << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("another schema"))) << refused.error().toStdString();

    fixture.writeDownFile(extra, "DROP TABLE tags;");
    const auto outcome = RollbackRunner::run(fixture.request(Tracking::Drizzle, QStringLiteral("0000_users")));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    ASSERT_EQ(outcome.value().plan.steps.size(), 2);
    EXPECT_TRUE(outcome.value().plan.steps[1].downFile.isEmpty()) << "the email rebuild's reverse is derived";
    EXPECT_EQ(outcome.value().schemaDifference.toStdString(), "");
}

// A database that already differed from its history (an index added by hand) is rolled back; the difference stays,
// is said, and is not the rollback's failure.
TEST(RollbackRunner, DriftTheDatabaseAlreadyHadIsKeptAndNotCounted)
{
    RollbackFixture fixture;
    fixture.add(QStringLiteral("users"), usersOnly());
    fixture.add(QStringLiteral("tags"), usersAndTags());
    ASSERT_TRUE(fixture.apply(Tracking::Drizzle).ok());
    fixture.run(QStringLiteral("CREATE INDEX by_hand ON users (name);"));
    const auto rehearsal = RollbackRunner::rehearse(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(rehearsal.ok()) << rehearsal.error().toStdString();
    EXPECT_TRUE(rehearsal.value().succeeded()) << rehearsal.value().toText().toStdString();
    ASSERT_EQ(rehearsal.value().alreadyDifferent.size(), 1);
    EXPECT_TRUE(rehearsal.value().alreadyDifferent.first().contains(QStringLiteral("by_hand")));
    EXPECT_TRUE(rehearsal.value().toText().contains(QStringLiteral("already differed from its history in 1 way")))
        << rehearsal.value().toText().toStdString();
    const auto outcome = RollbackRunner::run(fixture.request(Tracking::Drizzle));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    EXPECT_EQ(outcome.value().schemaDifference.toStdString(), "");
    EXPECT_EQ(SqliteFile(fixture.db())
                  .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'by_hand'"))
                  .toInt(),
              1);
}
