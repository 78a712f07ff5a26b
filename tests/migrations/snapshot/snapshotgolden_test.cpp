// SPDX-License-Identifier: GPL-3.0-or-later
// Every snapshot drizzle-kit wrote under tests/data/drizzle/snapshots reads into a Schema and writes back to the
// same bytes. Add a case by adding a folder with a schema.ts and running tools/goldens/make-snapshot-goldens.sh.
#include "tests/migrations/snapshot/goldensnapshots.h"

#include "migrations/snapshot/snapshotreader.h"
#include "migrations/snapshot/snapshotwriter.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace tw::migrations;

namespace {

class GoldenSnapshot : public testing::TestWithParam<QString>
{
};

TEST_P(GoldenSnapshot, ReadThenWriteGivesDrizzleKitsBytes)
{
    const QByteArray golden = tw::test::goldenSnapshot(GetParam());
    ASSERT_FALSE(golden.isEmpty());
    const auto snapshot = SnapshotReader::read(golden);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    const auto written = SnapshotWriter::write(snapshot.value(), SnapshotWriter::TableOrder::AsInSchema);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), golden);
}

TEST_P(GoldenSnapshot, ReadingIsDeterministicAndGivesValidUniqueIds)
{
    const QByteArray golden = tw::test::goldenSnapshot(GetParam());
    const auto first = SnapshotReader::read(golden);
    const auto second = SnapshotReader::read(golden);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first.value(), second.value());
    QSet<QString> ids;
    const auto check = [&ids](const tw::model::Id &id) {
        EXPECT_TRUE(tw::model::Id::isValidToken(id.toString())) << id.toString().toStdString();
        EXPECT_FALSE(ids.contains(id.toString())) << "duplicate id " << id.toString().toStdString();
        ids.insert(id.toString());
    };
    for (const tw::model::Table &table : first.value().schema.tables) {
        check(table.id);
        for (const auto &c : table.columns)
            check(c.id);
        for (const auto &i : table.indexes)
            check(i.id);
        for (const auto &fk : table.foreignKeys)
            check(fk.id);
        for (const auto &u : table.uniqueConstraints)
            check(u.id);
        for (const auto &ck : table.checkConstraints)
            check(ck.id);
        if (table.primaryKey)
            check(table.primaryKey->id);
    }
    for (const tw::model::View &view : first.value().schema.views) {
        check(view.id);
        for (const auto &c : view.columns)
            check(c.id);
    }
}

TEST_P(GoldenSnapshot, GoldenIsTheFirstSnapshotOfAFolder)
{
    const auto snapshot = SnapshotReader::read(tw::test::goldenSnapshot(GetParam()));
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    EXPECT_EQ(snapshot.value().prevId, Snapshot::originId());
    EXPECT_EQ(snapshot.value().id.size(), 36);
    EXPECT_TRUE(snapshot.value().renames.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(DrizzleKit, GoldenSnapshot, testing::ValuesIn(tw::test::goldenSnapshotCases()),
                         [](const testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });

TEST(GoldenSnapshots, EveryCaseFolderHasAGolden)
{
    EXPECT_GE(tw::test::goldenSnapshotCases().size(), 8);
}

} // namespace
