// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationfolderwriter.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

QByteArray snapshotWithIds(const QString &id, const QString &prevId)
{
    return QStringLiteral(
               "{\n  \"version\": \"6\",\n  \"dialect\": \"sqlite\",\n  \"id\": \"%1\",\n  \"prevId\": \"%2\"\n}")
        .arg(id, prevId)
        .toUtf8();
}

} // namespace

TEST(MigrationFolderWriter, AppendsSqlSnapshotAndJournalEntryThatScanBack)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const auto before = MigrationsFolder::scan(fixture.path());
    const NewMigration migration{QStringLiteral("0002_brave_anvil"), before.nextWhen(0), "DROP TABLE `tags`;",
                                 snapshotWithIds(QStringLiteral("aaaa"), before.latestSnapshotId())};
    const auto written = MigrationFolderWriter::append(before, migration);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), fixture.file(QStringLiteral("0002_brave_anvil.sql")));
    EXPECT_EQ(fixture.read(QStringLiteral("0002_brave_anvil.sql")), QByteArray("DROP TABLE `tags`;"));

    const auto after = MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(after.problems().isEmpty());
    ASSERT_EQ(after.migrations().size(), 3);
    EXPECT_EQ(after.migrations()[2].entry.when, 1795478919411);
    EXPECT_EQ(after.latestSnapshotFile(), QStringLiteral("meta/0002_snapshot.json"));
    EXPECT_EQ(after.latestSnapshotId(), QStringLiteral("aaaa"));
}

TEST(MigrationFolderWriter, CreatesTheFolderForTheFirstMigration)
{
    QTemporaryDir dir;
    const auto empty = MigrationsFolder::scan(dir.filePath(QStringLiteral("drizzle")));
    const auto written = MigrationFolderWriter::append(
        empty, {QStringLiteral("0000_init"), 42, "CREATE TABLE `a` (\n\t`id` integer\n);\n",
                snapshotWithIds(QStringLiteral("b"), QString::fromLatin1(MigrationsFolder::kZeroId))});
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const auto folder = MigrationsFolder::scan(dir.filePath(QStringLiteral("drizzle")));
    EXPECT_TRUE(folder.problems().isEmpty());
    EXPECT_EQ(folder.journal().entries.size(), 1);
}

TEST(MigrationFolderWriter, RefusesToOverwriteAnExistingFile)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const auto folder = MigrationsFolder::scan(fixture.path());
    fixture.write(QStringLiteral("meta/0002_snapshot.json"), "keep me");
    const QByteArray journal = fixture.read(QStringLiteral("meta/_journal.json"));
    const auto written = MigrationFolderWriter::append(folder, {QStringLiteral("0002_x"), 1, "x", "y"});
    EXPECT_FALSE(written.ok());
    EXPECT_TRUE(written.error().endsWith(QStringLiteral("already exists; refusing to overwrite it")));
    EXPECT_EQ(fixture.read(QStringLiteral("meta/0002_snapshot.json")), QByteArray("keep me"));
    EXPECT_EQ(fixture.read(QStringLiteral("meta/_journal.json")), journal);
    EXPECT_FALSE(QFile::exists(fixture.file(QStringLiteral("0002_x.sql"))));
}

TEST(MigrationFolderWriter, FailureWritingTheJournalRemovesTheNewFiles)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const auto folder = MigrationsFolder::scan(fixture.path());
    // A directory where the journal should be makes its save fail even for root, after the other two files.
    fixture.remove(QStringLiteral("meta/_journal.json"));
    ASSERT_TRUE(QDir().mkpath(fixture.file(QStringLiteral("meta/_journal.json"))));
    const auto written = MigrationFolderWriter::append(folder, {QStringLiteral("0002_x"), 1, "x", "y"});
    EXPECT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("_journal.json"))) << written.error().toStdString();
    EXPECT_FALSE(QFile::exists(fixture.file(QStringLiteral("0002_x.sql"))));
    EXPECT_FALSE(QFile::exists(fixture.file(QStringLiteral("meta/0002_snapshot.json"))));
}
