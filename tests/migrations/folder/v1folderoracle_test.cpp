// SPDX-License-Identifier: GPL-3.0-or-later
// The oracle for the v1 layout: drizzle-kit 1.0.0-rc.5 itself (tools/goldens-v1/node_modules; skipped where it is
// not installed) continues a folder after Tablewright added a migration to it. Its `check` finds the folder fine,
// and its `generate` on the same schema.ts finds no changes: it took Tablewright's folder as the latest, read
// Tablewright's snapshot.json as valid, and found in it exactly the schema it computes itself.
#include "migrations/folder/v1migrationfolderwriter.h"
#include "tests/support/folders/folderfixture.h"
#include "tests/support/outsidetools.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

QString drizzleKit()
{
    return QDir::cleanPath(
        tw::test::dataPath(QStringLiteral("../../tools/goldens-v1/node_modules/drizzle-kit/bin.cjs")));
}

/// Runs rc.5 in @p work (it reads `./schema.ts` and `./drizzle`); returns exit code and output.
std::pair<int, QString> runKit(const QString &work, const QStringList &arguments)
{
    QProcess kit;
    kit.setWorkingDirectory(work);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QFileInfo(drizzleKit()).absolutePath() + QStringLiteral("/.."));
    kit.setProcessEnvironment(env);
    kit.start(QStandardPaths::findExecutable(QStringLiteral("node")), QStringList{drizzleKit()} + arguments);
    kit.closeWriteChannel();
    if (!kit.waitForFinished(120000))
        return {-1, QStringLiteral("timed out")};
    return {kit.exitCode(), QString::fromUtf8(kit.readAllStandardOutput() + kit.readAllStandardError())};
}

TEST(V1FolderOracle, DrizzleKitContinuesAFolderTablewrightAddedTo)
{
    if (!QFileInfo::exists(drizzleKit()) || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return tw::test::missingTool("node or drizzle-kit 1.0 (tools/goldens-v1/node_modules)");
    // The fixture's first migration, made by rc.5 from the renames case's before.ts; Tablewright adds the second.
    FolderFixture fixture(QStringLiteral("v1-two-migrations"));
    ASSERT_TRUE(QDir(fixture.file(QStringLiteral("20261207033141_rename_tags"))).removeRecursively());
    const auto folder = V1MigrationsFolder::scan(fixture.path());
    ASSERT_FALSE(folder.hasErrors()) << folder.errorText().toStdString();

    const auto golden =
        SnapshotV7Reader::read(tw::test::readData(QStringLiteral("snapshot-golden-v1/renames/snapshot.json")));
    ASSERT_TRUE(golden.ok()) << golden.error().toStdString();
    SnapshotV7 snapshot = golden.value();
    snapshot.id = QStringLiteral("6a1d2c3e-0000-4000-8000-000000000002");
    snapshot.prevIds = folder.nextPrevIds();
    const NewV1Migration migration{QStringLiteral("rename_tags"),
                                   tw::test::readData(QStringLiteral("snapshot-golden-v1/renames/migration.sql")),
                                   SnapshotV7Writer::write(snapshot)};
    // A clock behind the folder: the guard still puts the new folder last.
    const auto written =
        V1MigrationFolderWriter::add(folder, migration, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), "20261207033140_rename_tags");

    const QString work = QFileInfo(fixture.path()).absolutePath();
    QFile schema(QDir(work).filePath(QStringLiteral("schema.ts")));
    ASSERT_TRUE(schema.open(QIODevice::WriteOnly));
    schema.write(tw::test::readData(QStringLiteral("snapshot-golden-v1/renames/schema.ts")));
    schema.close();

    const auto [checkCode, checkOutput] =
        runKit(work, {QStringLiteral("check"), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                      QStringLiteral("--out"), QStringLiteral("drizzle")});
    EXPECT_EQ(checkCode, 0) << checkOutput.toStdString();
    const auto [code, output] =
        runKit(work, {QStringLiteral("generate"), QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                      QStringLiteral("--schema"), QStringLiteral("./schema.ts"), QStringLiteral("--out"),
                      QStringLiteral("drizzle"), QStringLiteral("--output"), QStringLiteral("json")});
    EXPECT_EQ(code, 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("\"status\":\"no_changes\""))) << output.toStdString();
    EXPECT_EQ(V1MigrationsFolder::scan(fixture.path()).migrations().size(), 2) << "drizzle-kit wrote nothing";
}

} // namespace
