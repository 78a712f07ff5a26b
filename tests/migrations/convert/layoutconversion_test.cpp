// SPDX-License-Identifier: GPL-3.0-or-later
// Converting a classic folder (tests/data/folders/classic-uniques, made by drizzle-kit 0.31.11: `init`, `add_handle`,
// a `--custom` `seed_scores`) to drizzle-kit 1.0's layout. The bytes equal rc.5 `up`'s: interop_convert_up_oracle.
#include "migrations/convert/layoutconversion.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/journal.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

const QStringList kFolders{"20261207041743_init", "20261207041744_add_handle", "20261207041746_seed_scores"};

QStringList entriesBeside(const FolderFixture &fixture)
{
    return QDir(QFileInfo(fixture.path()).absolutePath())
        .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

QStringList entriesIn(const FolderFixture &fixture)
{
    return QDir(fixture.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

/// Sets journal entry @p index's `when`.
void setWhen(const FolderFixture &fixture, int index, qint64 when)
{
    auto journal = Journal::parse(fixture.read(QStringLiteral("meta/_journal.json"))).value();
    journal.entries[index].when = when;
    fixture.write(QStringLiteral("meta/_journal.json"), journal.toJson());
}

LayoutConversion converted(const FolderFixture &fixture)
{
    const auto plan = LayoutConverter::planToV1(fixture.path());
    EXPECT_TRUE(plan.ok()) << plan.error().toStdString();
    if (!plan)
        return {};
    const auto applied = LayoutConverter::apply(plan.value());
    EXPECT_TRUE(applied.ok()) << applied.error().toStdString();
    return plan.value();
}

} // namespace

TEST(LayoutConversion, MovesEverySqlFileByteForByteIntoAFolderNamedAfterItsJournalTime)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    const QByteArray sql[] = {fixture.read(QStringLiteral("0000_init.sql")),
                              fixture.read(QStringLiteral("0001_add_handle.sql")),
                              fixture.read(QStringLiteral("0002_seed_scores.sql"))};
    const LayoutConversion plan = converted(fixture);
    EXPECT_EQ(entriesIn(fixture), kFolders);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(fixture.read(kFolders[i] + QStringLiteral("/migration.sql")), sql[i]) << i;
        EXPECT_FALSE(plan.moves[i].timeMoved);
    }
    EXPECT_EQ(FolderLayoutDetector::detect(fixture.path()).layout, FolderLayout::V1);
    EXPECT_EQ(entriesBeside(fixture), QStringList{"drizzle"}) << "nothing staged is left behind";
    EXPECT_EQ(plan.trackingRenames().first(),
              (QPair<QString, QString>{"0000_init.sql", "20261207041743_init/migration.sql"}));
}

TEST(LayoutConversion, KeepsTheIdsSoTheChainIsTheSameAndTheFolderScansClean)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    const auto before = Journal::parse(fixture.read(QStringLiteral("meta/_journal.json")));
    ASSERT_TRUE(before.ok());
    converted(fixture);
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.problems().isEmpty()) << folder.errorText().toStdString() << folder.warningText().toStdString();
    ASSERT_EQ(folder.migrations().size(), 3);
    EXPECT_EQ(folder.migrations()[0].prevIds, QStringList{"00000000-0000-0000-0000-000000000000"});
    EXPECT_EQ(folder.migrations()[1].prevIds, QStringList{folder.migrations()[0].snapshotId});
    EXPECT_EQ(folder.migrations()[2].prevIds, QStringList{folder.migrations()[1].snapshotId});
    EXPECT_EQ(folder.leafIds(), QStringList{folder.migrations()[2].snapshotId});
}

TEST(LayoutConversion, AnEntryInTheSameSecondAsTheOneBeforeGetsTheNextSecondSoNamesKeepTheJournalOrder)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    // 100 ms after init: drizzle-kit up names it 20261207041743_add_handle, which sorts before ..._init.
    setWhen(fixture, 1, 1796617063295);
    const LayoutConversion plan = converted(fixture);
    EXPECT_EQ(entriesIn(fixture), kFolders);
    EXPECT_TRUE(plan.moves[1].timeMoved);
    EXPECT_FALSE(plan.moves[2].timeMoved);
    EXPECT_TRUE(plan.description().contains(QStringLiteral("20261207041744_add_handle: its journal time")))
        << plan.description().toStdString();
}

TEST(LayoutConversion, AWhenOutOfOrderAlsoFollowsTheJournal)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    setWhen(fixture, 2, 1796617000000); // a minute before init
    converted(fixture);
    EXPECT_EQ(entriesIn(fixture), (QStringList{kFolders[0], kFolders[1], "20261207041745_seed_scores"}));
}

TEST(LayoutConversion, AJournalEntryWithoutItsSqlIsRefusedByNameAndNothingMoves)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    fixture.remove(QStringLiteral("0001_add_handle.sql"));
    const QStringList before = entriesIn(fixture);
    const auto plan = LayoutConverter::planToV1(fixture.path());
    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().startsWith(QStringLiteral("0001_add_handle.sql: the journal lists it")))
        << plan.error().toStdString();
    EXPECT_EQ(entriesIn(fixture), before);
}

TEST(LayoutConversion, ARenamedSqlFileIsNamedInTheRefusal)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    fixture.write(QStringLiteral("0001_renamed.sql"), fixture.read(QStringLiteral("0001_add_handle.sql")));
    fixture.remove(QStringLiteral("0001_add_handle.sql"));
    const auto plan = LayoutConverter::planToV1(fixture.path());
    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().contains(QStringLiteral("0001_renamed.sql has its number"))) << plan.error().toStdString();
}

TEST(LayoutConversion, AJournalEntryWithoutItsSnapshotIsRefusedByName)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    fixture.remove(QStringLiteral("meta/0002_snapshot.json"));
    const auto plan = LayoutConverter::planToV1(fixture.path());
    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().startsWith(QStringLiteral("meta/0002_snapshot.json: the snapshot of journal entry "
                                                       "0002_seed_scores")))
        << plan.error().toStdString();
}

TEST(LayoutConversion, AFileInMetaOutsideTheJournalIsRefusedRatherThanDeleted)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    fixture.write(QStringLiteral("meta/0003_snapshot.json"), fixture.read(QStringLiteral("meta/0002_snapshot.json")));
    const auto plan = LayoutConverter::planToV1(fixture.path());
    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().startsWith(QStringLiteral("meta/0003_snapshot.json belongs to no journal entry")))
        << plan.error().toStdString();
}

TEST(LayoutConversion, StraySqlFilesAndOtherFilesStayAndAreReported)
{
    FolderFixture fixture(QStringLiteral("classic-uniques"));
    fixture.write(QStringLiteral("0009_manual.sql"), "DELETE FROM `users`;");
    fixture.write(QStringLiteral("README.md"), "notes");
    const LayoutConversion plan = converted(fixture);
    EXPECT_EQ(plan.straySqlFiles, QStringList{"0009_manual.sql"});
    EXPECT_TRUE(plan.description().contains(QStringLiteral("0009_manual.sql is not in the journal")));
    EXPECT_EQ(fixture.read(QStringLiteral("0009_manual.sql")), "DELETE FROM `users`;");
    EXPECT_EQ(fixture.read(QStringLiteral("README.md")), "notes");
}

TEST(LayoutConversion, AFolderAlreadyInTheV1LayoutIsNotConverted)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    const auto plan = LayoutConverter::planToV1(fixture.path());
    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().contains(QStringLiteral("not a drizzle-kit 0.31 migrations folder")));
}
