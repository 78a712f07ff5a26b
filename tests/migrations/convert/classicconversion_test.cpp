// SPDX-License-Identifier: GPL-3.0-or-later
// Converting a drizzle-kit 1.0 folder back to the classic layout (LayoutConverter::planToClassic and
// V1SnapshotDowngrade): a round trip classic -> v1 -> classic gives the files drizzle-kit 0.31.11 wrote back byte for
// byte, and what the classic layout cannot hold is refused by name. drizzle-kit 0.31.11 itself checks the result in
// interop_convert_back_oracle.
#include "migrations/convert/classicsnapshotupgrade.h"
#include "migrations/convert/layoutconversion.h"
#include "migrations/convert/v1snapshotdowngrade.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/journal.h"
#include "migrations/snapshot/snapshotreader.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDirIterator>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

/// Every file under @p root, by relative path.
QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

void convert(const QString &folder, LayoutConversion::Direction direction)
{
    const auto plan = direction == LayoutConversion::Direction::ToV1 ? LayoutConverter::planToV1(folder)
                                                                     : LayoutConverter::planToClassic(folder);
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    const auto applied = LayoutConverter::apply(plan.value());
    ASSERT_TRUE(applied.ok()) << applied.error().toStdString();
}

/// @p journal with every `when` in its second, as the folder names keep it.
QByteArray wholeSeconds(const QByteArray &journal)
{
    Journal parsed = Journal::parse(journal).value();
    for (JournalEntry &entry : parsed.entries)
        entry.when = entry.when / 1000 * 1000;
    return parsed.toJson();
}

/// tests/data/folders/two-migrations (0.31.11: `init`, `demonic_gunslinger`) converted to the v1 layout: a v1 folder
/// the classic layout can hold (the rc.5-made v1 fixtures carry inline UNIQUE constraints, which it cannot).
struct V1Fixture : FolderFixture
{
    V1Fixture()
        : FolderFixture(QStringLiteral("two-migrations"))
    {
        convert(path(), LayoutConversion::Direction::ToV1);
    }
    QStringList folders() const { return QDir(path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name); }
};

QString refusal(const QString &folder)
{
    const auto plan = LayoutConverter::planToClassic(folder);
    return plan.ok() ? QStringLiteral("(converted)") : plan.error();
}

} // namespace

// Not `defaults`: 0.31 wrote its JSON default `'{"note":"it's"}'` unescaped, SQL no database can hold (refused: the
// column would change). Not `constraints`: its `badges.slug` is a one-column key declared by the table (0.31: `notNull`
// false), which `up` makes indistinguishable from a column's `.primaryKey()` (V1SnapshotDowngrade takes the usual
// case).
TEST(V1SnapshotDowngrade, GivesBackEveryDrizzleKit031Golden)
{
    for (const char *c : {"column_types", "generated_and_checks", "guide_example", "indexes", "names", "views"}) {
        const QByteArray v6 = tw::test::readData(QStringLiteral("drizzle/snapshots/%1/snapshot.json").arg(c));
        const auto upgraded = ClassicSnapshotUpgrade::upgrade(v6);
        ASSERT_TRUE(upgraded.ok()) << c << upgraded.error().toStdString();
        // The project's schema, for the view columns a v7 snapshot does not record.
        const auto project = SnapshotReader::read(v6);
        ASSERT_TRUE(project.ok()) << c;
        const auto back = V1SnapshotDowngrade::downgrade(upgraded.value().snapshot, nullptr, &project.value().schema);
        ASSERT_TRUE(back.ok()) << c << ": " << back.error().toStdString();
        EXPECT_EQ(back.value().toStdString(), v6.toStdString()) << c;
    }
}

TEST(V1SnapshotDowngrade, RefusesAnInlineUniqueAndAMerge)
{
    const auto read =
        SnapshotV7Reader::read(tw::test::readData(QStringLiteral("snapshot-golden-v1/constraints/snapshot.json")));
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    const auto unique = V1SnapshotDowngrade::downgrade(read.value());
    ASSERT_FALSE(unique.ok());
    EXPECT_TRUE(unique.error().contains(QStringLiteral("inline UNIQUE constraint"))) << unique.error().toStdString();

    SnapshotV7 merge;
    merge.id = QStringLiteral("c");
    merge.prevIds = {QStringLiteral("a"), QStringLiteral("b")};
    const auto merged = V1SnapshotDowngrade::downgrade(merge);
    ASSERT_FALSE(merged.ok());
    EXPECT_TRUE(merged.error().contains(QStringLiteral("merges 2 parents (a, b)"))) << merged.error().toStdString();
}

// The fixtures drizzle-kit 0.31.11 made (rebuild-cascade's snapshots are hand-written: its custom migrations'
// snapshots are not in the key order 0.31 writes for `--custom`).
TEST(ClassicConversion, RoundTripGivesDrizzleKit031sFilesBack)
{
    for (const char *name : {"two-migrations", "classic-uniques"}) {
        FolderFixture fixture(QString::fromLatin1(name));
        QMap<QString, QByteArray> before = filesUnder(fixture.path());
        convert(fixture.path(), LayoutConversion::Direction::ToV1);
        convert(fixture.path(), LayoutConversion::Direction::ToClassic);
        EXPECT_EQ(FolderLayoutDetector::detect(fixture.path()).layout, FolderLayout::Classic) << name;
        before[QStringLiteral("meta/_journal.json")] = wholeSeconds(before.value(QStringLiteral("meta/_journal.json")));
        const QMap<QString, QByteArray> after = filesUnder(fixture.path());
        EXPECT_EQ(after.keys(), before.keys()) << name;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            EXPECT_EQ(after.value(it.key()).toStdString(), it.value().toStdString())
                << name << " " << it.key().toStdString();
    }
}

TEST(ClassicConversion, NamesTheJournalEntriesAfterTheFolders)
{
    V1Fixture fixture;
    ASSERT_EQ(fixture.folders(), (QStringList{"20261124000835_init", "20261124000839_demonic_gunslinger"}));
    const auto plan = LayoutConverter::planToClassic(fixture.path());
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    ASSERT_EQ(plan.value().moves.size(), 2);
    EXPECT_EQ(plan.value().moves[0].sqlFile, QStringLiteral("0000_init.sql"));
    EXPECT_EQ(plan.value().moves[1].sqlFile, QStringLiteral("0001_demonic_gunslinger.sql"));
    EXPECT_EQ(plan.value().trackingRenames().at(1),
              qMakePair(QStringLiteral("20261124000839_demonic_gunslinger/migration.sql"),
                        QStringLiteral("0001_demonic_gunslinger.sql")));
    const auto journal = Journal::parse(plan.value().journal);
    ASSERT_TRUE(journal.ok());
    EXPECT_EQ(journal.value().entries[1].when, 1795478919000);
    EXPECT_EQ(journal.value().entries[1].tag, QStringLiteral("0001_demonic_gunslinger"));
}

TEST(ClassicConversion, RefusesAFolderWithAnInlineUnique)
{
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    EXPECT_TRUE(
        refusal(fixture.path())
            .contains(QStringLiteral(
                "20261207033139_initial/snapshot.json: table tags has the inline UNIQUE constraint tags_label_unique")))
        << refusal(fixture.path()).toStdString();
}

TEST(ClassicConversion, RefusesWhatTheClassicLayoutCannotHold)
{
    V1Fixture extra;
    extra.write(QStringLiteral("20261124000839_demonic_gunslinger/notes.md"), "keep me");
    EXPECT_TRUE(
        refusal(extra.path()).contains(QStringLiteral("20261124000839_demonic_gunslinger/notes.md has no place")))
        << refusal(extra.path()).toStdString();

    V1Fixture branch;
    // A second child of the first migration: two leaves, an open branch.
    const QByteArray snapshot = branch.read(QStringLiteral("20261124000839_demonic_gunslinger/snapshot.json"));
    const QString secondId = SnapshotV7Reader::read(snapshot).value().id;
    branch.write(QStringLiteral("20261124000845_other/migration.sql"), "SELECT 1;");
    branch.write(
        QStringLiteral("20261124000845_other/snapshot.json"),
        QString::fromUtf8(snapshot).replace(secondId, QStringLiteral("0e1c3a55-0000-4000-8000-000000000001")).toUtf8());
    EXPECT_FALSE(refusal(branch.path()).isEmpty());
    EXPECT_TRUE(refusal(branch.path()).contains(QStringLiteral("2 open branches")))
        << refusal(branch.path()).toStdString();

    V1Fixture inTheWay;
    inTheWay.write(QStringLiteral("0001_demonic_gunslinger.sql"), "-- in the way");
    EXPECT_TRUE(refusal(inTheWay.path()).contains(QStringLiteral("0001_demonic_gunslinger.sql already exists")))
        << refusal(inTheWay.path()).toStdString();
}

TEST(ClassicConversion, GivesSameSecondFoldersDistinctWhens)
{
    V1Fixture fixture;
    QDir dir(fixture.path());
    ASSERT_TRUE(
        dir.rename(QStringLiteral("20261124000839_demonic_gunslinger"), QStringLiteral("20261124000835_later")));
    const auto plan = LayoutConverter::planToClassic(fixture.path());
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    EXPECT_EQ(plan.value().moves[1].when, plan.value().moves[0].when + 1);
    EXPECT_TRUE(plan.value().moves[1].timeMoved);
    EXPECT_TRUE(plan.value().description().contains(QStringLiteral("one millisecond later")));
}

// drizzle-kit 1.0.0-rc.5's own snapshots of the golden schemas without inline UNIQUE constraints: written as version
// 6, and read back as `up` would, the same state (V1SnapshotDowngrade checks that itself).
TEST(V1SnapshotDowngrade, WritesRc5sSnapshotsWithoutUniqueConstraints)
{
    for (const char *c : {"column_types", "defaults", "generated_and_checks", "views"}) {
        const auto read =
            SnapshotV7Reader::read(tw::test::readData(QStringLiteral("snapshot-golden-v1/%1/snapshot.json").arg(c)));
        ASSERT_TRUE(read.ok()) << c;
        const auto back = V1SnapshotDowngrade::downgrade(read.value());
        ASSERT_TRUE(back.ok()) << c << ": " << back.error().toStdString();
        EXPECT_TRUE(back.value().startsWith("{\n  \"version\": \"6\",\n  \"dialect\": \"sqlite\",\n  \"id\": \"" +
                                            read.value().id.toUtf8()))
            << c;
    }
}

// rc.5's `constraints` golden without its inline UNIQUE constraints: the explicit names a version 6 snapshot can
// carry (a foreign key's, a composite key's) come through.
TEST(V1SnapshotDowngrade, CarriesExplicitForeignKeyAndCompositeKeyNames)
{
    auto read =
        SnapshotV7Reader::read(tw::test::readData(QStringLiteral("snapshot-golden-v1/constraints/snapshot.json")));
    ASSERT_TRUE(read.ok());
    for (TableDefinition &table : read.value().ddl.tables)
        table.uniques.clear();
    const auto back = V1SnapshotDowngrade::downgrade(read.value());
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_TRUE(back.value().contains("\"employees_mentor_fk\": {")) << back.value().toStdString();
    EXPECT_TRUE(back.value().contains("\"assignment_key\": {")) << back.value().toStdString();
}

TEST(V1SnapshotDowngrade, RefusesAnExplicitlyNamedOneColumnKey)
{
    SnapshotV7 snapshot;
    snapshot.id = QStringLiteral("a");
    snapshot.prevIds = {QStringLiteral("00000000-0000-0000-0000-000000000000")};
    TableDefinition table;
    table.name = QStringLiteral("t");
    ColumnDefinition id;
    id.name = QStringLiteral("id");
    id.type = QStringLiteral("integer");
    id.primaryKey = true;
    table.columns << id;
    table.primaryKeyName = QStringLiteral("t_key");
    table.primaryKeyNameExplicit = true;
    snapshot.ddl.tables << table;
    const auto back = V1SnapshotDowngrade::downgrade(snapshot);
    ASSERT_FALSE(back.ok());
    EXPECT_TRUE(back.error().contains(QStringLiteral("table t's primary key is explicitly named t_key")))
        << back.error().toStdString();
    snapshot.ddl.tables[0].primaryKeyNameExplicit = false;
    snapshot.ddl.tables[0].primaryKeyName = QStringLiteral("t_pk");
    EXPECT_TRUE(V1SnapshotDowngrade::downgrade(snapshot).ok());
}
