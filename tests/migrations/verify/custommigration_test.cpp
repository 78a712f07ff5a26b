// SPDX-License-Identifier: GPL-3.0-or-later
// drizzle-kit's empty custom migration, byte for byte (goldens written by the real tools: tests/data/custom-migration).
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/custommigration.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/json/jsontext.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>

using tw::migrations::CustomMigration;
using tw::migrations::CustomMigrationRequest;
using tw::migrations::JsonText;
using tw::migrations::MigrationsFolder;
using tw::migrations::V1MigrationsFolder;

namespace {

/// The string member @p key of the snapshot JSON @p bytes.
QString member(const QByteArray &bytes, const QString &key)
{
    const auto parsed = JsonText::parse(bytes);
    const auto *found = parsed ? parsed.value().find(key) : nullptr;
    return found && found->isString() ? found->toString() : QString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CustomMigration, TheFirstLineIsDrizzleKitsOwnInBothVersions)
{
    EXPECT_EQ(CustomMigration::firstLine(), tw::test::readData(QStringLiteral("custom-migration/classic/custom.sql")));
    EXPECT_EQ(CustomMigration::firstLine(), tw::test::readData(QStringLiteral("custom-migration/v1/custom.sql")));
}

TEST(CustomMigration, ClassicSnapshotIsDrizzleKit031sReorderedCopyOfThePreviousOne)
{
    const QByteArray previous = tw::test::readData(QStringLiteral("custom-migration/classic/previous.json"));
    const QByteArray expected = tw::test::readData(QStringLiteral("custom-migration/classic/custom.json"));
    ASSERT_EQ(member(expected, QStringLiteral("prevId")), member(previous, QStringLiteral("id")));
    const auto written = CustomMigration::classicSnapshot(previous, member(expected, QStringLiteral("id")),
                                                          member(previous, QStringLiteral("id")));
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(written.value().toStdString(), expected.toStdString());
}

TEST(CustomMigration, ClassicSnapshotOfAnEmptyFolderIsDrizzleKitsOrigin)
{
    const auto written =
        CustomMigration::classicSnapshot({}, QStringLiteral("new-id"), QString::fromLatin1(MigrationsFolder::kZeroId));
    ASSERT_TRUE(written);
    // drizzle-kit 0.31.11 `generate --custom` in an empty folder (ids replaced).
    EXPECT_EQ(written.value().toStdString(), R"({
  "id": "new-id",
  "prevId": "00000000-0000-0000-0000-000000000000",
  "version": "6",
  "dialect": "sqlite",
  "tables": {},
  "views": {},
  "enums": {},
  "_meta": {
    "columns": {},
    "schemas": {},
    "tables": {}
  }
})");
}

TEST(CustomMigration, ClassicSnapshotRefusesAnOlderSnapshotVersion)
{
    const auto written = CustomMigration::classicSnapshot(R"({"version": "5", "dialect": "sqlite"})", {}, {});
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().indexOf(QStringLiteral("version 6")), -1) << written.error().toStdString();
}

TEST(CustomMigration, V1SnapshotIsDrizzleKit1sCopyWithNewIdsFirstAndNoRenames)
{
    const QByteArray previous = tw::test::readData(QStringLiteral("custom-migration/v1/previous.json"));
    const QByteArray expected = tw::test::readData(QStringLiteral("custom-migration/v1/custom.json"));
    const auto written = CustomMigration::v1Snapshot(previous, member(expected, QStringLiteral("id")),
                                                     {member(previous, QStringLiteral("id"))});
    ASSERT_TRUE(written) << written.error().toStdString();
    EXPECT_EQ(written.value().toStdString(), expected.toStdString());
}

TEST(CustomMigration, WritesTheClassicMigrationJournalEntryAndSnapshot)
{
    const tw::test::FolderFixture folder(QStringLiteral("two-migrations"));
    const MigrationsFolder before = MigrationsFolder::scan(folder.path());
    CustomMigrationRequest request;
    request.migrationsFolder = folder.path();
    request.name = QStringLiteral("Fill Slugs");
    request.snapshotId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    request.project.baseline.snapshotId = before.latestSnapshotId();
    const auto outcome = CustomMigration::write(request);
    ASSERT_TRUE(outcome) << outcome.error().toStdString();

    EXPECT_EQ(outcome.value().sqlPath, QDir(folder.path()).filePath(QStringLiteral("0002_fill_slugs.sql")));
    EXPECT_EQ(folder.read(QStringLiteral("0002_fill_slugs.sql")), CustomMigration::firstLine());
    const QByteArray snapshot = folder.read(QStringLiteral("meta/0002_snapshot.json"));
    EXPECT_EQ(member(snapshot, QStringLiteral("id")), request.snapshotId);
    EXPECT_EQ(member(snapshot, QStringLiteral("prevId")), before.latestSnapshotId());
    const auto expected = CustomMigration::classicSnapshot(folder.read(before.latestSnapshotFile()), request.snapshotId,
                                                           before.latestSnapshotId());
    EXPECT_EQ(snapshot, expected.value());
    const MigrationsFolder after = MigrationsFolder::scan(folder.path());
    EXPECT_FALSE(after.hasErrors()) << after.errorText().toStdString();
    ASSERT_EQ(after.journal().entries.size(), 3);
    EXPECT_EQ(after.journal().entries.last().tag, QStringLiteral("0002_fill_slugs"));
    // The project now continues from the custom snapshot: generate sees no folder changed behind its back.
    EXPECT_EQ(outcome.value().baseline.snapshotId, request.snapshotId);
    EXPECT_EQ(tw::migrations::MigrationGenerator::folderConflict(after, outcome.value().baseline), QString());
}

TEST(CustomMigration, WritesTheV1MigrationFolderWithTheLeavesAsPrevIds)
{
    const tw::test::FolderFixture folder(QStringLiteral("v1-two-migrations"));
    const V1MigrationsFolder before = V1MigrationsFolder::scan(folder.path());
    CustomMigrationRequest request;
    request.migrationsFolder = folder.path();
    request.name = QStringLiteral("backfill");
    request.snapshotId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    request.project.baseline.snapshotId = before.latestSnapshot()->id;
    request.nowMs = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC).toMSecsSinceEpoch();
    const auto outcome = CustomMigration::write(request);
    ASSERT_TRUE(outcome) << outcome.error().toStdString();

    const QString sqlFile = QStringLiteral("20300102030405_backfill/migration.sql");
    EXPECT_EQ(outcome.value().sqlPath, QDir(folder.path()).filePath(sqlFile));
    EXPECT_EQ(readFile(outcome.value().sqlPath), CustomMigration::firstLine());
    const QByteArray snapshot = folder.read(QStringLiteral("20300102030405_backfill/snapshot.json"));
    const auto expected =
        CustomMigration::v1Snapshot(folder.read(before.latestSnapshotFolder() + QStringLiteral("/snapshot.json")),
                                    request.snapshotId, before.nextPrevIds());
    EXPECT_EQ(snapshot, expected.value());
    const V1MigrationsFolder after = V1MigrationsFolder::scan(folder.path());
    EXPECT_FALSE(after.hasErrors()) << after.errorText().toStdString();
    EXPECT_EQ(after.leafIds(), QStringList{request.snapshotId});
    EXPECT_EQ(outcome.value().baseline.snapshotId, request.snapshotId);
}

TEST(CustomMigration, RefusesAFolderThatChangedBehindTheProject)
{
    const tw::test::FolderFixture folder(QStringLiteral("two-migrations"));
    CustomMigrationRequest request;
    request.migrationsFolder = folder.path();
    request.project.baseline.snapshotId = QStringLiteral("not-the-latest");
    const auto outcome = CustomMigration::write(request);
    ASSERT_FALSE(outcome);
    EXPECT_NE(outcome.error().indexOf(QStringLiteral("changed behind")), -1) << outcome.error().toStdString();
    EXPECT_EQ(MigrationsFolder::scan(folder.path()).journal().entries.size(), 2);
}

TEST(CustomMigration, V1SnapshotOfAnEmptyFolderIsDrizzleKit1sOrigin)
{
    const auto written =
        CustomMigration::v1Snapshot({}, QStringLiteral("new-id"), {QString::fromLatin1(MigrationsFolder::kZeroId)});
    ASSERT_TRUE(written);
    // drizzle-kit 1.0.0-rc.5 `generate --custom` in an empty folder (id replaced).
    EXPECT_EQ(written.value().toStdString(), R"({
  "id": "new-id",
  "prevIds": [
    "00000000-0000-0000-0000-000000000000"
  ],
  "version": "7",
  "dialect": "sqlite",
  "ddl": [],
  "renames": []
})");
}
