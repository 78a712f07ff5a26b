// SPDX-License-Identifier: GPL-3.0-or-later
// FolderLayoutDetector on the classic fixture (drizzle-kit 0.31), the v1 fixture (drizzle-kit 1.0.0-rc.5's
// `generate`, twice) and damaged copies of them.
#include "migrations/folder/folderlayout.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

TEST(FolderLayout, AJournalIsClassic)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const FolderLayoutDetection detection = FolderLayoutDetector::detect(fixture.path());
    EXPECT_EQ(detection.layout, FolderLayout::Classic);
    EXPECT_TRUE(detection.hasJournal);
    EXPECT_TRUE(detection.v1Folders.isEmpty());
}

TEST(FolderLayout, MigrationSubFoldersAreV1)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const FolderLayoutDetection detection = FolderLayoutDetector::detect(fixture.path());
    EXPECT_EQ(detection.layout, FolderLayout::V1);
    EXPECT_EQ(detection.v1Folders, (QStringList{"20261207033139_initial", "20261207033141_rename_tags"}));
    EXPECT_TRUE(detection.message.isEmpty());
}

TEST(FolderLayout, NothingIsEmpty)
{
    EXPECT_EQ(FolderLayoutDetector::detect(QStringLiteral("/nonexistent/drizzle")).layout, FolderLayout::Empty);
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("notes")); // a sub-folder without migration files is no migration
    EXPECT_EQ(FolderLayoutDetector::detect(dir.path()).layout, FolderLayout::Empty);
}

TEST(FolderLayout, AJournalBesideV1FoldersIsMixedAndNamed)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.write(QStringLiteral("meta/_journal.json"), R"({"version":"7","dialect":"sqlite","entries":[]})");
    const FolderLayoutDetection detection = FolderLayoutDetector::detect(fixture.path());
    EXPECT_EQ(detection.layout, FolderLayout::Mixed);
    EXPECT_TRUE(detection.message.contains(QStringLiteral("meta/_journal.json"))) << detection.message.toStdString();
    EXPECT_TRUE(detection.message.contains(QStringLiteral("20261207033139_initial")))
        << detection.message.toStdString();
}

TEST(FolderLayout, TopLevelSqlIsClassicAloneAndAStrayBesideV1Folders)
{
    QTemporaryDir dir;
    QFile sql(dir.filePath(QStringLiteral("0000_init.sql")));
    ASSERT_TRUE(sql.open(QIODevice::WriteOnly));
    sql.close();
    EXPECT_EQ(FolderLayoutDetector::detect(dir.path()).layout, FolderLayout::Classic);

    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.write(QStringLiteral("0023_chemical_deathbird.sql"), "SELECT 1;");
    EXPECT_EQ(FolderLayoutDetector::detect(fixture.path()).layout, FolderLayout::V1);
}

TEST(FolderLayout, AFolderWithOnlyAnOlderSnapshotIsNotV1)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("x"));
    QFile snapshot(dir.filePath(QStringLiteral("x/snapshot.json")));
    ASSERT_TRUE(snapshot.open(QIODevice::WriteOnly));
    snapshot.write(R"({"version":"6"})");
    snapshot.close();
    EXPECT_EQ(FolderLayoutDetector::detect(dir.path()).layout, FolderLayout::Empty);
}

} // namespace
