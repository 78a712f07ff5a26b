// SPDX-License-Identifier: GPL-3.0-or-later
// Every snapshot drizzle-kit 1.0.0-rc.5 wrote under tests/data/snapshot-golden-v1 reads into a SnapshotV7 and
// writes back to the same bytes. Add a case by adding a folder with a schema.ts (and, for a second migration,
// before.ts and hints.json) and running tools/goldens-v1/make-snapshot-goldens-v1.sh.
#include "migrations/snapshot/snapshot.h"
#include "migrations/snapshot/snapshotv7.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace tw::migrations;

namespace {

QStringList goldenCases()
{
    QStringList cases;
    const QDir root(tw::test::dataPath(QStringLiteral("snapshot-golden-v1")));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(root.filePath(name + QStringLiteral("/snapshot.json"))))
            cases << name;
    }
    return cases;
}

QByteArray golden(const QString &name)
{
    return tw::test::readData(QStringLiteral("snapshot-golden-v1/%1/snapshot.json").arg(name));
}

class GoldenSnapshotV7 : public testing::TestWithParam<QString>
{
};

TEST_P(GoldenSnapshotV7, ReadThenWriteGivesDrizzleKitsBytes)
{
    const QByteArray bytes = golden(GetParam());
    ASSERT_FALSE(bytes.isEmpty());
    const auto snapshot = SnapshotV7Reader::read(bytes);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    EXPECT_EQ(SnapshotV7Writer::write(snapshot.value()), bytes);
}

TEST_P(GoldenSnapshotV7, ReadingWhatWasWrittenGivesTheSameSnapshot)
{
    const auto first = SnapshotV7Reader::read(golden(GetParam()));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    const auto second = SnapshotV7Reader::read(SnapshotV7Writer::write(first.value()));
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    EXPECT_EQ(second.value(), first.value());
    EXPECT_EQ(first.value().id.size(), 36);
    ASSERT_EQ(first.value().prevIds.size(), 1);
}

INSTANTIATE_TEST_SUITE_P(DrizzleKit1, GoldenSnapshotV7, testing::ValuesIn(goldenCases()),
                         [](const testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });

TEST(GoldenSnapshotsV7, EveryCaseFolderHasAGolden)
{
    EXPECT_GE(goldenCases().size(), 10);
}

TEST(GoldenSnapshotsV7, AFirstMigrationFollowsTheZeroUuid)
{
    const auto snapshot = SnapshotV7Reader::read(golden(QStringLiteral("constraints")));
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    EXPECT_EQ(snapshot.value().prevIds, QStringList{Snapshot::originId()});
    EXPECT_TRUE(snapshot.value().renames.isEmpty());
}

TEST(GoldenSnapshotsV7, KeysAndUniquesKnowWhetherTheTableOrTheColumnDeclaredThem)
{
    const auto snapshot = SnapshotV7Reader::read(golden(QStringLiteral("key_declarations")));
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    const QList<TableDefinition> &tables = snapshot.value().ddl.tables;
    ASSERT_EQ(tables.size(), 6);
    const auto table = [&tables](const char *name) {
        for (const TableDefinition &t : tables) {
            if (t.name == QLatin1String(name))
                return t;
        }
        return TableDefinition{};
    };
    EXPECT_FALSE(table("alpha").primaryKeyOnTable); // int().primaryKey().notNull()
    EXPECT_FALSE(table("alpha").columns[0].notNull);
    EXPECT_TRUE(table("alpha").columns[0].primaryKey);
    EXPECT_TRUE(table("beta").primaryKeyOnTable); // primaryKey({ columns: [t.slug] }) on a notNull column
    EXPECT_TRUE(table("beta").columns[0].notNull);
    EXPECT_EQ(table("gamma").compositePrimaryKey, (QStringList{"p", "q"}));
    EXPECT_EQ(table("gamma").primaryKeyName, "gamma_pk");
    EXPECT_TRUE(table("epsilon").primaryKeyName.isEmpty());
    EXPECT_EQ(table("zeta").primaryKeyName, "zeta_key");
    EXPECT_TRUE(table("zeta").primaryKeyNameExplicit);
    ASSERT_EQ(table("delta").uniques.size(), 2);
    EXPECT_EQ(table("delta").uniques[0].name, "delta_z_named");
    EXPECT_FALSE(table("delta").uniques[0].fromColumn);
    EXPECT_TRUE(table("delta").uniques[1].fromColumn);
    ASSERT_EQ(table("alpha").uniques.size(), 1);
    EXPECT_TRUE(table("alpha").uniques[0].fromColumn);
    EXPECT_TRUE(table("alpha").uniques[0].nameExplicit);
}

TEST(GoldenSnapshotsV7, RenamesAndInheritedNamesAreRead)
{
    const auto snapshot = SnapshotV7Reader::read(golden(QStringLiteral("renames")));
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    RenameMap expected;
    expected.addTable("tags", "labels");
    expected.addColumn("labels", "label", "title");
    expected.addColumn("users", "name", "display_name");
    EXPECT_EQ(snapshot.value().renames, expected);
    const TableDefinition &labels = snapshot.value().ddl.tables[1];
    EXPECT_EQ(labels.name, "labels");
    EXPECT_EQ(labels.primaryKeyName, "tags_pk");
    ASSERT_EQ(labels.uniques.size(), 1);
    EXPECT_EQ(labels.uniques[0].name, "tags_label_unique");
    EXPECT_EQ(snapshot.value().ddl.tables[0].foreignKeys.first().onDelete, tw::model::ReferentialAction::SetNull);
}

} // namespace
