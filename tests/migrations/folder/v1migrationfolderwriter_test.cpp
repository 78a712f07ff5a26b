// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/v1migrationfolderwriter.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

const QDateTime kNewest(QDate(2026, 12, 7), QTime(3, 31, 41), Qt::UTC); // the fixture's second folder

/// A migration continuing @p folder (an empty schema: the writer does not look into the files).
NewV1Migration migration(const char *name, const V1MigrationsFolder &folder = V1MigrationsFolder{})
{
    SnapshotV7 snapshot;
    snapshot.id = QStringLiteral("id-") + QString::fromUtf8(name);
    snapshot.prevIds = folder.nextPrevIds();
    return NewV1Migration{QString::fromUtf8(name), "CREATE TABLE `t` (\n\t`id` integer\n);\n",
                          SnapshotV7Writer::write(snapshot)};
}

TEST(V1MigrationFolderWriter, AddsAFolderNamedAfterTheUtcSecondWithBothFiles)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    const QDateTime now(QDate(2026, 12, 8), QTime(1, 2, 3, 900), Qt::UTC);
    const NewV1Migration added = migration("brave_falcon", folder);
    const auto written = V1MigrationFolderWriter::add(folder, added, now.toOffsetFromUtc(3600));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), "20261208010203_brave_falcon");
    EXPECT_EQ(fixture.read(written.value() + QStringLiteral("/migration.sql")), added.sql);
    EXPECT_EQ(fixture.read(written.value() + QStringLiteral("/snapshot.json")), added.snapshot);
    const auto rescanned = V1MigrationsFolder::scan(fixture.path());
    ASSERT_EQ(rescanned.migrations().size(), 3);
    EXPECT_EQ(rescanned.migrations().last().folder, written.value());
    // Nothing is left beside the migrations folder.
    EXPECT_EQ(QDir(QFileInfo(fixture.path()).absolutePath())
                  .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{"drizzle"});
}

TEST(V1MigrationFolderWriter, AClockInTheSameSecondOrBehindGivesTheNextSecond)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    auto folder = V1MigrationsFolder::scan(fixture.path());
    auto written = V1MigrationFolderWriter::add(folder, migration("seed_data", folder), kNewest.addMSecs(400));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), "20261207033142_seed_data");
    folder = V1MigrationsFolder::scan(fixture.path());
    written = V1MigrationFolderWriter::add(folder, migration("again", folder), kNewest.addDays(-1));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), "20261207033143_again");
    folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.problems().isEmpty()) << folder.errorText().toStdString() << folder.warningText().toStdString();
    EXPECT_EQ(folder.nextPrevIds(), QStringList{"id-again"});
}

TEST(V1MigrationFolderWriter, CreatesAMissingFolder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drizzle"));
    const auto written = V1MigrationFolderWriter::add(V1MigrationsFolder::scan(path), migration("init"), kNewest);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("/20261207033141_init/migration.sql")));
}

TEST(V1MigrationFolderWriter, RefusesAJournalFolderAndUnsafeNames)
{
    FolderFixture classic(QStringLiteral("two-migrations"));
    const auto mixed = V1MigrationFolderWriter::add(V1MigrationsFolder::scan(classic.path()), migration("x"), kNewest);
    ASSERT_FALSE(mixed.ok());
    EXPECT_TRUE(mixed.error().contains(QStringLiteral("would make the folder mixed"))) << mixed.error().toStdString();
    EXPECT_TRUE(QDir(classic.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).contains(QStringLiteral("meta")));
    EXPECT_EQ(QDir(classic.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

    FolderFixture v1(QStringLiteral("v1-two-migrations"));
    for (const char *name : {"", ".hidden", "a/b", "a\\b"})
        EXPECT_FALSE(V1MigrationFolderWriter::add(V1MigrationsFolder::scan(v1.path()), migration(name), kNewest).ok())
            << name;
    EXPECT_EQ(V1MigrationsFolder::scan(v1.path()).migrations().size(), 2);
}

} // namespace
