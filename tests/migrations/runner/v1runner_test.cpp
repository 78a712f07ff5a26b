// SPDX-License-Identifier: GPL-3.0-or-later
// The runner on a drizzle-kit 1.0 (v1) folder, through the layout-neutral RunnableMigrations: the rehearsal lists
// and runs the sub-folders' migration.sql on a copy only; a folder holding both layouts is refused before anything.
#include "database/tracking/runnablemigrations.h"
#include "migrations/runner/applytarget.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/migrationrehearsal.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tw::migrations;
using tw::database::RunnableMigrations;
using tw::test::FolderFixture;
using tw::test::SqliteFile;
using Tracking = tw::model::ProjectSettings::Tracking;

TEST(V1Runner, RehearsalRunsTheFoldersOnACopyAndLeavesTheDatabaseAlone)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    ASSERT_TRUE(SqliteFile(db).exec(QStringLiteral("CREATE TABLE kept (id integer)")));
    const auto before = SqliteFile(db).bytes();
    ApplyOptions options;
    options.databasePath = db;
    options.tracking = Tracking::Drizzle;
    const auto report = MigrationRehearsal::rehearse(RunnableMigrations::scan(folder.path()).value(), options);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().pending, QStringList({QStringLiteral("20261207033139_initial/migration.sql"),
                                                   QStringLiteral("20261207033141_rename_tags/migration.sql")}));
    EXPECT_TRUE(report.value().succeeded()) << report.value().toText().toStdString();
    EXPECT_TRUE(report.value().toText().contains(QStringLiteral("labels"))) << report.value().toText().toStdString();
    EXPECT_EQ(SqliteFile(db).bytes(), before);
}

TEST(V1Runner, ASnapshotOnlyFolderIsNoMigrationAndOpenBranchesDoNotStopApply)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    // A second leaf (a branch generated from the first state beside rename_tags, on other tables): the migrator
    // runs it, and so does apply. Its snapshot is the first state's own (a custom migration's, changing no table).
    folder.write(QStringLiteral("20261207033140_branch/migration.sql"), "CREATE TABLE `notes` (`id` integer);");
    QJsonObject snapshot =
        QJsonDocument::fromJson(folder.read(QStringLiteral("20261207033139_initial/snapshot.json"))).object();
    const QString parent = snapshot.value(QStringLiteral("id")).toString();
    snapshot.insert(QStringLiteral("id"), QStringLiteral("6f0c8a52-3c1e-4d8e-9a51-0d3f1b2c4e5a"));
    snapshot.insert(QStringLiteral("prevIds"), QJsonArray{parent}); // rename_tags' parent too
    folder.write(QStringLiteral("20261207033140_branch/snapshot.json"), QJsonDocument(snapshot).toJson());
    folder.write(QStringLiteral("20261207033150_only_snapshot/snapshot.json"), "{}");
    const auto runnable = RunnableMigrations::scan(folder.path());
    ASSERT_TRUE(runnable.ok()) << runnable.error().toStdString();
    EXPECT_FALSE(runnable.value().hasErrors()) << runnable.value().errorText().toStdString();
    EXPECT_TRUE(runnable.value().warningText().contains(QStringLiteral("snapshot.json")))
        << "the folder's snapshot problems are still said: " << runnable.value().warningText().toStdString();
    QTemporaryDir dir;
    ApplyOptions options;
    options.databasePath = dir.filePath(QStringLiteral("db.sqlite"));
    const auto report = MigrationApplier::apply(runnable.value(), options);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report.value().applied.size(), 3);
}

TEST(V1Runner, ApplyTargetAsksForWranglersPatternOnlyForAV1FolderTrackedForD1)
{
    FolderFixture folder(QStringLiteral("v1-two-migrations"));
    ApplyTarget target;
    target.migrationsFolder = folder.path();
    target.migrationsDir = QStringLiteral("db/migrations");
    target.options.tracking = Tracking::D1;
    EXPECT_TRUE(target.wranglerRequirement().contains(
        QStringLiteral("\"migrations_pattern\": \"db/migrations/*/migration.sql\"")))
        << target.wranglerRequirement().toStdString();
    target.options.tracking = Tracking::Drizzle;
    EXPECT_TRUE(target.wranglerRequirement().isEmpty());
}
