// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/interruptedappend.h"
#include "migrations/folder/migrationsfolder.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

/// The problems' texts, one a line, for readable failure messages and substring checks.
QString problemText(const MigrationsFolder &folder)
{
    QStringList lines;
    for (const FolderProblem &p : folder.problems())
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

TEST(MigrationsFolder, DrizzleKitFolderScansCleanWithItsChain)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.problems().isEmpty()) << problemText(folder).toStdString();
    ASSERT_EQ(folder.migrations().size(), 2);
    EXPECT_EQ(folder.migrations()[0].prevId, QString::fromLatin1(MigrationsFolder::kZeroId));
    EXPECT_EQ(folder.migrations()[1].prevId, folder.migrations()[0].snapshotId);
    EXPECT_EQ(folder.latestSnapshotFile(), QStringLiteral("meta/0001_snapshot.json"));
    EXPECT_EQ(folder.latestSnapshotId(), folder.migrations()[1].snapshotId);
    EXPECT_EQ(folder.nextIndex(), 2);
}

TEST(MigrationsFolder, MissingFolderIsAnEmptyHistory)
{
    const auto folder = MigrationsFolder::scan(QStringLiteral("/nonexistent/drizzle"));
    EXPECT_TRUE(folder.problems().isEmpty());
    EXPECT_TRUE(folder.migrations().isEmpty());
    EXPECT_EQ(folder.nextIndex(), 0);
    EXPECT_EQ(folder.nextWhen(1000), 1000);
}

TEST(MigrationsFolder, NextWhenIsStrictlyNewerThanTheLastEntry)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_EQ(folder.nextWhen(5), 1795478919411) << "a clock behind the journal must not produce a skipped migration";
    EXPECT_EQ(folder.nextWhen(1895478919410), 1895478919410);
}

TEST(MigrationsFolder, ForkedHistoryIsExplained)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    fixture.write(QStringLiteral("meta/0001b_snapshot.json"),
                  fixture.read(QStringLiteral("meta/0001_snapshot.json"))
                      .replace(QByteArray("\"id\": \""), QByteArray("\"id\": \"f")));
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(folder.hasErrors());
    EXPECT_TRUE(problemText(folder).contains(QStringLiteral("has the same prevId as meta/0001_snapshot.json: two "
                                                            "heads, the history forked")))
        << problemText(folder).toStdString();
}

TEST(MigrationsFolder, JournalEntryWithoutItsSqlFileIsAWarning)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    fixture.remove(QStringLiteral("0000_init.sql"));
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.hasErrors());
    EXPECT_EQ(problemText(folder),
              QStringLiteral("warning: meta/_journal.json: journal entry 0000_init has no .sql file (0000_init.sql): "
                             "drizzle's migrator fails on it (ENOENT), wrangler never sees it"));
    EXPECT_EQ(folder.warningText(), problemText(folder));
}

TEST(MigrationsFolder, SqlFileOutsideTheJournalIsAWarning)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    fixture.write(QStringLiteral("0002_hand_written.sql"), "SELECT 1;");
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_EQ(problemText(folder), QStringLiteral("warning: 0002_hand_written.sql: is not in the journal: wrangler "
                                                  "applies it, drizzle's migrator does not"));
}

TEST(MigrationsFolder, BrokenChainNamesTheSnapshot)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    QByteArray second = fixture.read(QStringLiteral("meta/0001_snapshot.json"));
    const qsizetype at = second.indexOf("\"prevId\": \"") + 11;
    second.replace(at, 8, "deadbeef");
    fixture.write(QStringLiteral("meta/0001_snapshot.json"), second);
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_FALSE(folder.hasErrors());
    EXPECT_TRUE(
        problemText(folder).startsWith(QStringLiteral("warning: meta/0001_snapshot.json: prevId points at deadbeef")))
        << problemText(folder).toStdString();
}

TEST(MigrationsFolder, NonIncreasingWhenWouldBeSkippedByDrizzle)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    fixture.write(QStringLiteral("meta/_journal.json"),
                  fixture.read(QStringLiteral("meta/_journal.json")).replace("1795478919410", "1795478915765"));
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(problemText(folder).contains(QStringLiteral("drizzle's migrator would silently skip it")));
}

TEST(MigrationsFolder, MalformedJournalAndSnapshotAreReportedNotFatal)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    fixture.write(QStringLiteral("meta/0000_snapshot.json"), "{ not json");
    fixture.write(QStringLiteral("meta/_journal.json"), "{\"dialect\": \"postgresql\", \"entries\": []}");
    const auto folder = MigrationsFolder::scan(fixture.path());
    const QString text = problemText(folder);
    EXPECT_TRUE(text.contains(QStringLiteral("error: meta/_journal.json: dialect is \"postgresql\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("warning: meta/0000_snapshot.json: is not valid JSON")));
    EXPECT_TRUE(text.contains(QStringLiteral("warning: 0000_init.sql: is not in the journal")));
    EXPECT_TRUE(text.contains(QStringLiteral("error: meta/0001_snapshot.json: is the last snapshot by name")));
}

TEST(MigrationsFolder, SqlFilesWithoutAnyJournalAreNotADrizzleFolder)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    fixture.remove(QStringLiteral("meta/_journal.json"));
    const auto folder = MigrationsFolder::scan(fixture.path());
    EXPECT_TRUE(problemText(folder).contains(
        QStringLiteral("error: 0000_init.sql: has no meta/_journal.json beside it: not a drizzle-kit folder")));
}

TEST(MigrationsFolder, AFirstGenerateKilledBeforeTheJournalIsOneProblemNamingItsRecord)
{
    // Killed after the SQL and the snapshot of the folder's first migration, before the journal existed: the files
    // are the interrupted append's leftovers, not a folder without a journal nor a stray snapshot.
    FolderFixture fixture(QStringLiteral("two-migrations"));
    for (const char *file : {"meta/_journal.json", "0001_demonic_gunslinger.sql", "meta/0001_snapshot.json"})
        fixture.remove(QString::fromLatin1(file));
    QString error;
    ASSERT_TRUE(tw::migrations::InterruptedAppend::begin(
        fixture.path(), QStringLiteral("0000_init"),
        {QStringLiteral("0000_init.sql"), QStringLiteral("meta/0000_snapshot.json")}, &error))
        << error.toStdString();

    const auto folder = MigrationsFolder::scan(fixture.path());
    ASSERT_EQ(folder.problems().size(), 1) << problemText(folder).toStdString();
    EXPECT_EQ(folder.problems()[0].file, QStringLiteral("meta/.tablewright-append"));
    EXPECT_TRUE(folder.problems()[0].message.contains(QStringLiteral("0000_init.sql, meta/0000_snapshot.json")))
        << problemText(folder).toStdString();
}

TEST(MigrationsFolder, ASecondGenerateKilledBeforeTheJournalNamesOnlyItsRecord)
{
    FolderFixture fixture(QStringLiteral("two-migrations"));
    const QByteArray journal = fixture.read(QStringLiteral("meta/_journal.json"));
    // The journal as it was before the second migration: its first entry only.
    const qsizetype second = journal.indexOf("\"idx\": 1");
    ASSERT_GT(second, 0);
    const qsizetype entryStart = journal.lastIndexOf(',', journal.lastIndexOf('{', second));
    const qsizetype entriesEnd = journal.indexOf(']', second);
    fixture.write(QStringLiteral("meta/_journal.json"), journal.left(entryStart) + journal.mid(entriesEnd));
    ASSERT_TRUE(MigrationsFolder::scan(fixture.path()).hasErrors()); // without the record: strays
    QString error;
    ASSERT_TRUE(tw::migrations::InterruptedAppend::begin(
        fixture.path(), QStringLiteral("0001_demonic_gunslinger"),
        {QStringLiteral("0001_demonic_gunslinger.sql"), QStringLiteral("meta/0001_snapshot.json")}, &error));

    const auto folder = MigrationsFolder::scan(fixture.path());
    ASSERT_EQ(folder.problems().size(), 1) << problemText(folder).toStdString();
    EXPECT_EQ(folder.problems()[0].file, QStringLiteral("meta/.tablewright-append"));
}
