// SPDX-License-Identifier: GPL-3.0-or-later
// One test per kind of damage real migrations folders carry: the warning says what it means for which runner, and
// generate still continues the chain exactly as drizzle-kit 0.31 would (idx = the journal's last idx + 1,
// prevId = the id of the last snapshot by file name); only an ambiguous next migration refuses.
#include "migrations/folder/migrationsfolder.h"
#include "tests/migrations/folder/damagedfolder.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace tw::migrations;
using tw::test::DamagedFolder;
using Migration = DamagedFolder::Migration;

namespace {

QString id(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

Migration entry(int idx, const QString &name, int prev = -1)
{
    const QString tag = QStringLiteral("%1_%2").arg(idx, 4, 10, QLatin1Char('0')).arg(name);
    return {idx, tag, id(idx), prev < 0 ? (idx == 0 ? QString() : id(idx - 1)) : id(prev)};
}

QStringList warnings(const MigrationsFolder &folder)
{
    QStringList lines;
    for (const FolderProblem &p : folder.problems())
        lines << p.toString();
    return lines;
}

void dropTags(tw::model::Schema &schema)
{
    schema.tables.removeIf([](const tw::model::Table &t) { return t.name == QLatin1String("tags"); });
}

/// Generates after import with one change and checks the new migration is the one drizzle-kit would write.
void expectNextMigration(const DamagedFolder &folder, int idx, const QString &prevId)
{
    const auto outcome = tw::test::importAndGenerate(folder.path(), dropTags, id(99));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    ASSERT_FALSE(outcome.value().noChanges);
    const QString number = QStringLiteral("%1").arg(idx, 4, 10, QLatin1Char('0'));
    EXPECT_EQ(QFileInfo(outcome.value().sqlPath).fileName(), number + QStringLiteral("_next.sql"));
    EXPECT_EQ(outcome.value().sql, QStringLiteral("DROP TABLE `tags`;"));
    const auto ids =
        tw::test::snapshotIds(folder.path() + QStringLiteral("/meta/") + number + QStringLiteral("_snapshot.json"));
    EXPECT_EQ(ids.first, id(99));
    EXPECT_EQ(ids.second, prevId);
    const auto after = MigrationsFolder::scan(folder.path());
    EXPECT_FALSE(after.hasErrors()) << after.errorText().toStdString();
    EXPECT_EQ(after.journal().entries.last().idx, idx);
    EXPECT_EQ(after.journal().entries.last().tag, number + QStringLiteral("_next"));
    EXPECT_EQ(after.latestSnapshotId(), id(99));
}

} // namespace

TEST(FolderDamage, SqlFileOutsideTheJournalIsAWarning)
{
    DamagedFolder folder({entry(0, QStringLiteral("init")), entry(1, QStringLiteral("smooth_gorilla"))});
    folder.write(QStringLiteral("0001_opposite_branch.sql"), "CREATE TABLE `x` (\n\t`id` integer\n);\n");
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(warnings(scanned), QStringList{QStringLiteral("warning: 0001_opposite_branch.sql: is not in the journal: "
                                                            "wrangler applies it, drizzle's migrator does not")});
    EXPECT_EQ(scanned.unjournaledSqlFiles(), QStringList{QStringLiteral("0001_opposite_branch.sql")});
    expectNextMigration(folder, 2, id(1));
}

TEST(FolderDamage, JournalEntryWithoutItsSqlFileIsAWarning)
{
    Migration lost = entry(1, QStringLiteral("lost"));
    lost.withSql = false;
    DamagedFolder folder({entry(0, QStringLiteral("init")), lost, entry(2, QStringLiteral("later"))});
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(warnings(scanned),
              QStringList{QStringLiteral("warning: meta/_journal.json: journal entry 0001_lost has no .sql file "
                                         "(0001_lost.sql): drizzle's migrator fails on it (ENOENT), wrangler never "
                                         "sees it")});
    EXPECT_FALSE(scanned.migrations()[1].hasSqlFile);
    expectNextMigration(folder, 3, id(2));
}

TEST(FolderDamage, EntryWithNeitherFileAndAPrevIdSkippingItAreWarnings)
{
    // The shape of a real template's history: entry 2 was never committed, and 3's prevId points back at 1.
    Migration lost = entry(2, QStringLiteral("add_google_sso"));
    lost.withSql = false;
    lost.withSnapshot = false;
    DamagedFolder folder({entry(0, QStringLiteral("init")), entry(1, QStringLiteral("email")), lost,
                          entry(3, QStringLiteral("add_google_sso"), 1)});
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(
        warnings(scanned),
        QStringList({QStringLiteral("warning: meta/_journal.json: journal entry 0002_add_google_sso has no .sql "
                                    "file (0002_add_google_sso.sql): drizzle's migrator fails on it (ENOENT), "
                                    "wrangler never sees it"),
                     QStringLiteral("warning: meta/_journal.json: journal entry 0002_add_google_sso has no "
                                    "snapshot (meta/0002_snapshot.json): no runner needs it and drizzle-kit "
                                    "generate reads only the latest snapshot, but the id chain skips it"),
                     QStringLiteral("warning: meta/0003_snapshot.json: prevId points at meta/0001_snapshot.json's "
                                    "id, not at the snapshot of 0002_add_google_sso (meta/0002_snapshot.json, "
                                    "missing or unreadable): the chain was broken in the past; drizzle-kit only "
                                    "reads the latest snapshot")}))
        << warnings(scanned).join(u'\n').toStdString();
    expectNextMigration(folder, 4, id(3));
}

TEST(FolderDamage, TwoEntriesWithOneNumberAfterAMergeAreAWarning)
{
    // Two branches both made migration 1; the merge appended the second as entry 3 without renumbering its tag.
    DamagedFolder folder({entry(0, QStringLiteral("init")),
                          entry(1, QStringLiteral("gigantic")),
                          entry(2, QStringLiteral("violet")),
                          {3, QStringLiteral("0001_puzzling"), id(3), id(2)}});
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(warnings(scanned),
              QStringList{QStringLiteral("warning: meta/_journal.json: two journal entries carry the number 0001 "
                                         "(0001_gigantic is entry 1, 0001_puzzling is entry 3; a branch merge): all "
                                         "run, drizzle's migrator in journal order, wrangler in file-name order")});
    EXPECT_EQ(scanned.migrations()[3].snapshotFile, QStringLiteral("meta/0003_snapshot.json"));
    expectNextMigration(folder, 4, id(3)); // not 0002: drizzle-kit numbers after the last entry's idx
}

TEST(FolderDamage, PrevIdPointingAtAnUnknownSnapshotIsAWarning)
{
    DamagedFolder folder(
        {entry(0, QStringLiteral("init")), entry(1, QStringLiteral("b")), entry(2, QStringLiteral("c"))});
    folder.write(QStringLiteral("meta/0002_snapshot.json"), DamagedFolder::snapshot(id(2), id(77)));
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(warnings(scanned),
              QStringList{QStringLiteral("warning: meta/0002_snapshot.json: prevId points at %1, an id no snapshot "
                                         "here has, not at meta/0001_snapshot.json's: the chain was broken in the "
                                         "past; drizzle-kit only reads the latest snapshot")
                              .arg(id(77))});
    expectNextMigration(folder, 3, id(2));
}

TEST(FolderDamage, IdxGapIsAWarningAndTheNextIdxFollowsTheLastEntry)
{
    DamagedFolder folder(
        {entry(0, QStringLiteral("init")), entry(1, QStringLiteral("b")), {5, QStringLiteral("0005_c"), id(5), id(1)}});
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(warnings(scanned),
              QStringList{QStringLiteral("warning: meta/_journal.json: entries[2] (0005_c) has idx 5, not 2: "
                                         "drizzle-kit names snapshots by idx and numbers the next migration after "
                                         "the last entry's idx")});
    expectNextMigration(folder, 6, id(5));
}

TEST(FolderDamage, WhenOutOfOrderIsAWarningAndTheNextWhenIsNewer)
{
    Migration second = entry(1, QStringLiteral("b"));
    second.when = 1600000000000;
    DamagedFolder folder({entry(0, QStringLiteral("init")), second});
    const auto scanned = MigrationsFolder::scan(folder.path());
    ASSERT_EQ(warnings(scanned).size(), 1);
    EXPECT_TRUE(warnings(scanned).first().startsWith(
        QStringLiteral("warning: meta/_journal.json: entries[1] (0001_b) has \"when\" 1600000000000, not newer")));
    EXPECT_EQ(scanned.nextWhen(5), 1700000000001) << "newer than the newest entry, not just the last";
    expectNextMigration(folder, 2, id(1));
}

TEST(FolderDamage, UnreadableOlderSnapshotIsAWarning)
{
    DamagedFolder folder({entry(0, QStringLiteral("init")), entry(1, QStringLiteral("b"))});
    folder.write(QStringLiteral("meta/0000_snapshot.json"), "{ not json");
    const auto scanned = MigrationsFolder::scan(folder.path());
    ASSERT_FALSE(scanned.hasErrors()) << scanned.errorText().toStdString();
    ASSERT_EQ(warnings(scanned).size(), 2) << warnings(scanned).join(u'\n').toStdString();
    EXPECT_TRUE(warnings(scanned)[0].startsWith(QStringLiteral("warning: meta/0000_snapshot.json: is not valid JSON")));
    EXPECT_TRUE(warnings(scanned)[0].endsWith(
        QStringLiteral(": drizzle-kit's generate and check stop at it; Tablewright reads only the latest snapshot")));
    EXPECT_TRUE(warnings(scanned)[1].startsWith(QStringLiteral("warning: meta/0001_snapshot.json: prevId points at")));
    expectNextMigration(folder, 2, id(1));
}

TEST(FolderDamage, SnapshotOutsideTheJournalIsAWarningUnlessItIsTheLatest)
{
    DamagedFolder folder({entry(0, QStringLiteral("init")), entry(1, QStringLiteral("b"))});
    folder.write(QStringLiteral("meta/0000_old_snapshot.json"), DamagedFolder::snapshot(id(50), id(51)));
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(warnings(scanned), QStringList{QStringLiteral("warning: meta/0000_old_snapshot.json: is not in "
                                                            "meta/_journal.json: no migration made it, and "
                                                            "drizzle-kit generate reads only the latest snapshot")});
    expectNextMigration(folder, 2, id(1));
}

TEST(FolderDamage, LastEntryWithoutItsSnapshotRefusesAndSaysHowToResolve)
{
    Migration last = entry(1, QStringLiteral("b"));
    last.withSnapshot = false;
    DamagedFolder folder({entry(0, QStringLiteral("init")), last});
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(scanned.errorText(),
              QStringLiteral("error: meta/_journal.json: the last entry 0001_b has no snapshot "
                             "(meta/0001_snapshot.json), so the next migration is ambiguous: generate would start "
                             "from meta/0000_snapshot.json, the schema before 0001_b, and write 0001_b's changes "
                             "again. Restore meta/0001_snapshot.json from version control; if it is lost, take 0001_b "
                             "out of the journal, delete 0001_b.sql and generate it again"));
    const auto outcome = tw::test::importAndGenerate(folder.path(), dropTags, id(99));
    EXPECT_FALSE(outcome.ok());
}

TEST(FolderDamage, UnreadableLatestSnapshotRefuses)
{
    DamagedFolder folder({entry(0, QStringLiteral("init")), entry(1, QStringLiteral("b"))});
    folder.write(QStringLiteral("meta/0001_snapshot.json"), "{\"id\": 1}");
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(scanned.errorText(),
              QStringLiteral("error: meta/0001_snapshot.json: has no string \"id\" and \"prevId\": it is the latest "
                             "snapshot, the state the next migration continues from. Restore it from version control"));
}

TEST(FolderDamage, StraySnapshotThatIsLastByNameRefuses)
{
    DamagedFolder folder({entry(0, QStringLiteral("init")), entry(1, QStringLiteral("b"))});
    folder.write(QStringLiteral("meta/0002_snapshot.json"), DamagedFolder::snapshot(id(2), id(1)));
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_EQ(scanned.errorText(),
              QStringLiteral("error: meta/0002_snapshot.json: is the last snapshot by name, so drizzle-kit generate "
                             "takes it as the current state, but the journal's last entry 0001_b has "
                             "meta/0001_snapshot.json: a stray snapshot whose migration is not in the journal, and the "
                             "next migration is ambiguous. Delete it, or restore its migration's journal entry"));
}

TEST(FolderDamage, TwoHeadsRefuseAndSayHowToResolve)
{
    // Two branches each generated migration 2 from migration 1, and both kept their files.
    DamagedFolder folder({entry(0, QStringLiteral("init")),
                          entry(1, QStringLiteral("b")),
                          entry(2, QStringLiteral("c")),
                          {3, QStringLiteral("0003_d"), id(3), id(1)}});
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_TRUE(scanned.errorText().startsWith(
        QStringLiteral("error: meta/0003_snapshot.json: has the same prevId as meta/0002_snapshot.json: two heads")))
        << scanned.errorText().toStdString();
    EXPECT_TRUE(scanned.errorText().contains(QStringLiteral("Keep one branch's migration, delete the other's .sql, "
                                                            "snapshot and journal entry, and generate again")));
    const auto outcome = tw::test::importAndGenerate(folder.path(), dropTags, id(99));
    EXPECT_FALSE(outcome.ok());
}

TEST(FolderDamage, TimestampPrefixedFolderScansCleanButGenerateRefuses)
{
    // drizzle-kit's `migrations: { prefix: "timestamp" }` names files and snapshots by time, not by idx.
    Migration first{0, QStringLiteral("20240101120000_init"), id(0), {}};
    first.withSnapshot = false;
    DamagedFolder folder({first});
    folder.write(QStringLiteral("meta/20240101120000_snapshot.json"),
                 DamagedFolder::snapshot(id(0), QString::fromLatin1(MigrationsFolder::kZeroId)));
    const auto scanned = MigrationsFolder::scan(folder.path());
    EXPECT_TRUE(scanned.problems().isEmpty()) << warnings(scanned).join(u'\n').toStdString();
    EXPECT_EQ(scanned.migrations()[0].snapshotId, id(0));
    const auto outcome = tw::test::importAndGenerate(folder.path(), dropTags, id(99));
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("names migrations by time (20240101120000_init")))
        << outcome.error().toStdString();
}
