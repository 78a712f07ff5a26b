// SPDX-License-Identifier: GPL-3.0-or-later
// The oracle for continuing a damaged history: on two copies of each damaged folder, the real drizzle-kit 0.31.11
// (tools/interop/node_modules; skipped where it is not installed) and Tablewright generate the same change, and the
// folders must come out alike: the same new files, the same journal entry, the same prevId, the same SQL.
#include "migrations/folder/migrationsfolder.h"
#include "tests/migrations/folder/damagedfolder.h"
#include "tests/support/outsidetools.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <ostream>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace tw::migrations;
using tw::test::DamagedFolder;
using Migration = DamagedFolder::Migration;

namespace {

QString drizzleKit()
{
    // tests/data/../../tools/interop: the source tree, found as the test data is.
    return QDir::cleanPath(tw::test::dataPath(QStringLiteral("../../tools/interop/node_modules/.bin/drizzle-kit")));
}

QString id(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

Migration entry(int idx, const QString &tag, int prev)
{
    return {idx, tag, id(idx), prev < 0 ? QString() : id(prev)};
}

struct DamageCase
{
    const char *name;
    QList<Migration> migrations;
    QList<QPair<QString, QByteArray>> extraFiles;
};

void PrintTo(const DamageCase &param, std::ostream *os)
{
    *os << param.name;
}

QList<DamageCase> damageCases()
{
    Migration noSql = entry(1, QStringLiteral("0001_lost"), 0);
    noSql.withSql = false;
    Migration neither = entry(2, QStringLiteral("0002_add_google_sso"), 1);
    neither.withSql = false;
    neither.withSnapshot = false;
    Migration early = entry(1, QStringLiteral("0001_b"), 0);
    early.when = 1600000000000;
    return {
        {"WhenOutOfOrder", {entry(0, QStringLiteral("0000_init"), -1), early}, {}},
        {"SnapshotOutsideTheJournal",
         {entry(0, QStringLiteral("0000_init"), -1), entry(1, QStringLiteral("0001_b"), 0)},
         {{QStringLiteral("meta/0000_old_snapshot.json"), DamagedFolder::snapshot(id(50), id(51))}}},
        {"SqlOutsideTheJournal",
         {entry(0, QStringLiteral("0000_init"), -1), entry(1, QStringLiteral("0001_b"), 0)},
         {{QStringLiteral("0001_opposite.sql"), "CREATE TABLE `x` (\n\t`id` integer\n);\n"}}},
        {"EntryWithoutSql",
         {entry(0, QStringLiteral("0000_init"), -1), noSql, entry(2, QStringLiteral("0002_c"), 1)},
         {}},
        {"EntryWithNeitherFileAndBrokenPrevId",
         {entry(0, QStringLiteral("0000_init"), -1), entry(1, QStringLiteral("0001_b"), 0), neither,
          entry(3, QStringLiteral("0003_add_google_sso"), 1)},
         {}},
        {"DuplicateNumberAfterMerge",
         {entry(0, QStringLiteral("0000_init"), -1), entry(1, QStringLiteral("0001_gigantic"), 0),
          entry(2, QStringLiteral("0002_violet"), 1), entry(3, QStringLiteral("0001_puzzling"), 2)},
         {}},
        {"IdxGap", {entry(0, QStringLiteral("0000_init"), -1), entry(5, QStringLiteral("0005_c"), 0)}, {}},
    };
}

/// Every file of @p folder, relative, sorted.
QStringList filesOf(const QString &folder)
{
    QStringList files;
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name))
        files << name;
    for (const QString &name : QDir(folder + QStringLiteral("/meta")).entryList(QDir::Files, QDir::Name))
        files << QStringLiteral("meta/") + name;
    return files;
}

class DrizzleKitNext : public ::testing::TestWithParam<DamageCase>
{
};

} // namespace

TEST_P(DrizzleKitNext, TablewrightContinuesTheChainAsDrizzleKitDoes)
{
    if (!QFileInfo(drizzleKit()).isExecutable() || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return tw::test::missingTool("node or drizzle-kit (tools/interop/node_modules)");
    DamagedFolder ours(GetParam().migrations);
    DamagedFolder theirs(GetParam().migrations);
    for (const auto &[file, bytes] : GetParam().extraFiles) {
        ours.write(file, bytes);
        theirs.write(file, bytes);
    }

    // drizzle-kit, on a schema without tables: every table is dropped, which asks no rename question. It reads
    // paths relative to its working directory only (`./` + path), so it runs beside the folder.
    const QString work = QFileInfo(theirs.path()).absolutePath();
    QFile schema(QDir(work).filePath(QStringLiteral("schema.ts")));
    ASSERT_TRUE(schema.open(QIODevice::WriteOnly));
    schema.write("export {};\n");
    schema.close();
    QProcess kit;
    kit.setWorkingDirectory(work);
    kit.start(drizzleKit(), {QStringLiteral("generate"), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                             QStringLiteral("--schema"), QStringLiteral("schema.ts"), QStringLiteral("--out"),
                             QFileInfo(theirs.path()).fileName(), QStringLiteral("--name"), QStringLiteral("next")});
    kit.closeWriteChannel();
    ASSERT_TRUE(kit.waitForFinished(120000));
    const QString output = QString::fromUtf8(kit.readAllStandardOutput() + kit.readAllStandardError());
    ASSERT_EQ(kit.exitCode(), 0) << output.toStdString();

    const auto outcome = tw::test::importAndGenerate(
        ours.path(), [](tw::model::Schema &s) { s.tables.clear(); }, id(99));
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();

    EXPECT_EQ(filesOf(ours.path()), filesOf(theirs.path())) << output.toStdString();
    const auto oursAfter = MigrationsFolder::scan(ours.path());
    const auto theirsAfter = MigrationsFolder::scan(theirs.path());
    ASSERT_FALSE(theirsAfter.journal().entries.isEmpty());
    EXPECT_EQ(oursAfter.journal().entries.last().idx, theirsAfter.journal().entries.last().idx);
    EXPECT_EQ(oursAfter.journal().entries.last().tag, theirsAfter.journal().entries.last().tag);
    const QString newSnapshot = oursAfter.migrations().last().snapshotFile;
    EXPECT_EQ(tw::test::snapshotIds(ours.path() + u'/' + newSnapshot).second,
              tw::test::snapshotIds(theirs.path() + u'/' + newSnapshot).second);
    const QString sql = oursAfter.migrations().last().sqlFile;
    EXPECT_EQ(ours.read(sql), theirs.read(sql));
}

INSTANTIATE_TEST_SUITE_P(Damage, DrizzleKitNext, ::testing::ValuesIn(damageCases()),
                         [](const ::testing::TestParamInfo<DamageCase> &p) { return std::string(p.param.name); });
