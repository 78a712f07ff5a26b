// SPDX-License-Identifier: GPL-3.0-or-later
// V1MigrationsFolder on tests/data/folders/v1-two-migrations (two migrations drizzle-kit 1.0.0-rc.5's generate made,
// the second renaming a table and two columns; `drizzle-kit check` says it is fine) and damaged copies of it.
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/snapshot/snapshot.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

const QString kFirst = QStringLiteral("20261207033139_initial");
const QString kSecond = QStringLiteral("20261207033141_rename_tags");
const QString kFirstId = QStringLiteral("476f7055-add5-4277-85cc-1043e696b3a3");
const QString kSecondId = QStringLiteral("2c9e9c39-1eb7-4239-879f-a085d6393379");

QString problemText(const V1MigrationsFolder &folder)
{
    QStringList lines;
    for (const FolderProblem &p : folder.problems())
        lines << p.toString();
    return lines.join(u'\n');
}

/// A copy of the second migration under @p folder with id @p id and parent @p parent.
void addBranch(const FolderFixture &fixture, const QString &folder, const QString &id, const QString &parent)
{
    QByteArray snapshot = fixture.read(kSecond + QStringLiteral("/snapshot.json"));
    snapshot.replace(kSecondId.toUtf8(), id.toUtf8());
    snapshot.replace(kFirstId.toUtf8(), parent.toUtf8());
    fixture.write(folder + QStringLiteral("/snapshot.json"), snapshot);
    fixture.write(folder + QStringLiteral("/migration.sql"), "SELECT 1;");
}

TEST(V1MigrationsFolder, DrizzleKitsFolderScansCleanWithItsChain)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.problems().isEmpty()) << problemText(folder).toStdString();
    ASSERT_EQ(folder.migrations().size(), 2);
    EXPECT_EQ(folder.migrations()[0].folder, kFirst);
    EXPECT_EQ(folder.migrations()[0].name(), "initial");
    EXPECT_EQ(folder.migrations()[0].prevIds, QStringList{Snapshot::originId()});
    EXPECT_EQ(folder.migrations()[1].prevIds, QStringList{kFirstId});
    EXPECT_EQ(folder.migrations()[1].sqlFile(), kSecond + QStringLiteral("/migration.sql"));
    EXPECT_EQ(*folder.migrations()[1].time, QDateTime(QDate(2026, 12, 7), QTime(3, 31, 41), Qt::UTC));
    EXPECT_EQ(folder.latestSnapshotFolder(), kSecond);
    ASSERT_TRUE(folder.latestSnapshot().has_value());
    EXPECT_EQ(folder.latestSnapshot()->id, kSecondId);
    EXPECT_EQ(folder.latestSnapshot()->renames.tables.size(), 1);
    EXPECT_EQ(folder.nextPrevIds(), QStringList{kSecondId});
}

TEST(V1MigrationsFolder, AnEmptyFolderContinuesFromTheZeroUuid)
{
    QTemporaryDir dir;
    const auto folder = V1MigrationsFolder::scan(dir.path());
    EXPECT_TRUE(folder.problems().isEmpty());
    EXPECT_EQ(folder.nextPrevIds(), QStringList{Snapshot::originId()});
    EXPECT_FALSE(folder.latestSnapshot().has_value());
}

TEST(V1MigrationsFolder, TheNextFolderIsNeverInTheSameSecondNorBeforeTheNewest)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    const QDateTime newest(QDate(2026, 12, 7), QTime(3, 31, 41), Qt::UTC);
    EXPECT_EQ(folder.nextFolderTime(newest.addMSecs(300)), newest.addSecs(1));
    EXPECT_EQ(folder.nextFolderTime(newest.addSecs(-3600)), newest.addSecs(1)) << "a clock behind the folder";
    EXPECT_EQ(folder.nextFolderTime(newest.addMSecs(2700)), newest.addSecs(2));
    EXPECT_EQ(V1MigrationsFolder::folderName(newest, QStringLiteral("my migration")), "20261207033141_my migration");
    EXPECT_EQ(V1MigrationsFolder::folderTime(QStringLiteral("20261207033141_x")), newest);
    EXPECT_FALSE(V1MigrationsFolder::folderTime(QStringLiteral("0001_x")).has_value());
}

TEST(V1MigrationsFolder, AJournalBesideTheFoldersIsAnError)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.write(QStringLiteral("meta/_journal.json"), "{}");
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.hasErrors());
    EXPECT_TRUE(folder.errorText().startsWith("error: meta/_journal.json: a drizzle-kit 0.31 journal"))
        << folder.errorText().toStdString();
}

TEST(V1MigrationsFolder, StraySqlFilesAreWarnings)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.write(QStringLiteral("0023_chemical_deathbird.sql"), "SELECT 1;");
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.hasErrors()) << problemText(folder).toStdString();
    EXPECT_EQ(folder.straySqlFiles(), QStringList{"0023_chemical_deathbird.sql"});
    EXPECT_TRUE(
        folder.warningText().contains("warning: 0023_chemical_deathbird.sql: a .sql file outside any migration folder"))
        << folder.warningText().toStdString();
}

TEST(V1MigrationsFolder, TheNewestMigrationWithoutItsSnapshotIsAnError)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.remove(kSecond + QStringLiteral("/snapshot.json"));
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_EQ(folder.latestSnapshotFolder(), kFirst);
    EXPECT_TRUE(folder.errorText().contains(
        kSecond + QStringLiteral("/migration.sql: the newest migration has no snapshot.json")))
        << problemText(folder).toStdString();
}

TEST(V1MigrationsFolder, AnOlderMigrationWithoutItsSqlIsAWarningTheLatestAnError)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.remove(kFirst + QStringLiteral("/migration.sql"));
    auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.hasErrors()) << problemText(folder).toStdString();
    EXPECT_TRUE(folder.warningText().contains(kFirst + QStringLiteral("/snapshot.json: no migration.sql beside it")));

    fixture.remove(kSecond + QStringLiteral("/migration.sql"));
    folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.errorText().contains(kSecond +
                                            QStringLiteral("/snapshot.json: the latest snapshot has no migration.sql")))
        << problemText(folder).toStdString();
}

TEST(V1MigrationsFolder, AnUnreadableLatestSnapshotIsAnErrorAnOlderOneAWarning)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    fixture.write(kFirst + QStringLiteral("/snapshot.json"), "{ not json");
    auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.hasErrors()) << problemText(folder).toStdString();
    EXPECT_TRUE(folder.warningText().contains(kFirst + QStringLiteral("/snapshot.json: is not valid JSON")));

    QByteArray latest = fixture.read(kSecond + QStringLiteral("/snapshot.json"));
    latest.replace("\"nameExplicit\": false,\n      \"entityType\": \"fks\"",
                   "\"nameExplicit\": false,\n      \"comment\": 1,\n      \"entityType\": \"fks\"");
    fixture.write(kSecond + QStringLiteral("/snapshot.json"), latest);
    folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.latestSnapshot().has_value());
    EXPECT_TRUE(folder.errorText().contains(
        kSecond + QStringLiteral("/snapshot.json: the latest snapshot, the state the next migration continues from, is "
                                 "malformed: ddl[9] (fks posts.fk_posts_tag_id_tags_id_fk).comment: unknown key")))
        << problemText(folder).toStdString();
}

TEST(V1MigrationsFolder, FoldersInTheSameSecondAreAWarning)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    addBranch(fixture, QStringLiteral("20261207033141_seed_data"), QStringLiteral("third"), kSecondId);
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.warningText().contains(
        QStringLiteral("2 migration folders share one second (20261207033141_rename_tags, 20261207033141_seed_data)")))
        << problemText(folder).toStdString();
    // seed_data sorts after its parent rename_tags and is the only leaf: the next migration continues it.
    EXPECT_FALSE(folder.hasErrors()) << problemText(folder).toStdString();
    EXPECT_EQ(folder.nextPrevIds(), QStringList{"third"});
}

TEST(V1MigrationsFolder, AChildSortingBeforeItsParentIsAnError)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    // rc.5's `up` gives two journal entries of one second this order when the later one's name sorts first.
    addBranch(fixture, QStringLiteral("20261207033141_an_update"), QStringLiteral("third"), kSecondId);
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.warningText().contains(
        QStringLiteral("warning: 20261207033141_an_update: sorts before its parent 20261207033141_rename_tags")))
        << problemText(folder).toStdString();
    EXPECT_TRUE(folder.errorText().contains(
        QStringLiteral("the last snapshot by name is not the newest in the chain (20261207033141_an_update is)")))
        << problemText(folder).toStdString();
}

TEST(V1MigrationsFolder, OpenBranchesAreAWarningNamingTheirLeaves)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    addBranch(fixture, QStringLiteral("20261207040000_other_branch"), QStringLiteral("other"), kFirstId);
    auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_EQ(folder.leafIds(), (QStringList{kSecondId, "other"}));
    EXPECT_FALSE(folder.hasErrors()) << "generate merges open branches (or refuses conflicting ones itself)";
    EXPECT_TRUE(folder.warningText().contains(
        QStringLiteral("2 open branches end in 20261207033141_rename_tags, 20261207040000_other_branch")))
        << problemText(folder).toStdString();

    // A merge migration naming both leaves closes them.
    QByteArray merge = fixture.read(QStringLiteral("20261207040000_other_branch/snapshot.json"));
    merge.replace("\"other\"", "\"merge\"");
    merge.replace(QByteArray("\"") + kFirstId.toUtf8() + "\"", QByteArray("\"") + kSecondId.toUtf8() + "\", \"other\"");
    fixture.write(QStringLiteral("20261207040001_merge/snapshot.json"), merge);
    fixture.write(QStringLiteral("20261207040001_merge/migration.sql"), "SELECT 1;");
    folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.hasErrors()) << problemText(folder).toStdString();
    EXPECT_EQ(folder.nextPrevIds(), QStringList{"merge"});
}

TEST(V1MigrationsFolder, ABrokenChainAndAnUntimedNameAreWarnings)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    QByteArray second = fixture.read(kSecond + QStringLiteral("/snapshot.json"));
    second.replace(kFirstId.toUtf8(), "lost");
    fixture.write(kSecond + QStringLiteral("/snapshot.json"), second);
    QDir(fixture.path()).rename(kFirst, QStringLiteral("0000_initial"));
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(
        folder.warningText().contains(QStringLiteral("prevIds names lost, which no snapshot of the folder has")))
        << problemText(folder).toStdString();
    EXPECT_TRUE(folder.warningText().contains(
        QStringLiteral("warning: 0000_initial: the folder name does not start with a UTC time")))
        << problemText(folder).toStdString();
}

} // namespace

namespace {

// tests/data/folders/v1-after-up: the classic fixture rebuild-cascade after drizzle-kit 1.0.0-rc.5's `up` (`up`'s
// top-level key order, quoted renames, 0.31's names kept).
TEST(V1MigrationsFolder, AFolderConvertedByUpScansCleanAndEverySnapshotReads)
{
    FolderFixture fixture(QStringLiteral("v1-after-up"));
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.problems().isEmpty()) << problemText(folder).toStdString();
    ASSERT_EQ(folder.migrations().size(), 3);
    EXPECT_EQ(folder.latestSnapshotFolder(), "20261123021322_rebuild_authors");
    ASSERT_TRUE(folder.latestSnapshot().has_value());
    EXPECT_EQ(folder.nextPrevIds(), QStringList{folder.latestSnapshot()->id});
    for (const V1Migration &m : folder.migrations()) {
        const auto snapshot = SnapshotV7Reader::read(fixture.read(m.snapshotFile()));
        EXPECT_TRUE(snapshot.ok()) << m.folder.toStdString() << ": " << snapshot.error().toStdString();
    }
}

} // namespace
