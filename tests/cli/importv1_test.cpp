// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright import` of a drizzle-kit 1.0 (v1) migrations folder: the project records the layout and the latest
// snapshot as its baseline, the output says which layout was found, and a mixed or damaged folder is refused.
#include "model/io/projectreader.h"
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::runCli;

namespace {

const QString kSecond = QStringLiteral("20261207033141_rename_tags");
const QString kSecondId = QStringLiteral("2c9e9c39-1eb7-4239-879f-a085d6393379");

struct V1Workspace
{
    QTemporaryDir dir;
    V1Workspace() { tw::test::copyDataFolder(QStringLiteral("folders/v1-two-migrations"), folder()); }
    QString folder() const { return dir.filePath(QStringLiteral("drizzle")); }
    QString project() const { return dir.filePath(QStringLiteral("app.twproj")); }
};

} // namespace

TEST(ImportV1Folder, RecordsTheLayoutAndTheLatestSnapshotAsBaseline)
{
    V1Workspace ws;
    const auto run = runCli({QStringLiteral("import"), ws.folder(), QStringLiteral("-o"), ws.project()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, ws.project() + QStringLiteral(": 3 tables, 0 views\n") + ws.folder() +
                           QStringLiteral(": drizzle-kit 1.0 layout (v1): 2 migrations\n"));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const auto imported = ProjectReader::readFile(ws.project());
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    const Project &project = imported.value();
    EXPECT_EQ(project.settings.migrationLayout, ProjectSettings::MigrationLayout::V1);
    EXPECT_EQ(project.settings.migrationsFolder, QStringLiteral("drizzle"));
    EXPECT_EQ(project.baseline.snapshotId, kSecondId);
    ASSERT_NE(project.schema.tableNamed(QStringLiteral("labels")), nullptr);
    EXPECT_EQ(project.baseline.tables.value(project.schema.tableNamed(QStringLiteral("labels"))->id).name,
              QStringLiteral("labels"));
}

TEST(ImportV1Folder, AMixedFolderIsRefusedAndLeftAlone)
{
    V1Workspace ws;
    QDir(ws.folder()).mkpath(QStringLiteral("meta"));
    QFile journal(ws.folder() + QStringLiteral("/meta/_journal.json"));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"version":"7","dialect":"sqlite","entries":[]})");
    journal.close();
    const auto run = runCli({QStringLiteral("import"), ws.folder(), QStringLiteral("-o"), ws.project()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("_journal.json"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(ws.project()));
    EXPECT_TRUE(QFile::exists(ws.folder() + QStringLiteral("/meta/_journal.json")));
}

TEST(ImportV1Folder, AFolderWhoseLatestSnapshotIsMissingIsRefused)
{
    V1Workspace ws;
    ASSERT_TRUE(QFile::remove(ws.folder() + u'/' + kSecond + QStringLiteral("/snapshot.json")));
    const auto run = runCli({QStringLiteral("import"), ws.folder(), QStringLiteral("-o"), ws.project()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(kSecond)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(ws.project()));
}

TEST(ImportV1Folder, TheImportedProjectChecksCleanAndDiffsEmptyAgainstItsFolder)
{
    V1Workspace ws;
    const auto imported = runCli({QStringLiteral("import"), ws.folder(), QStringLiteral("-o"), ws.project()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto check = runCli({QStringLiteral("check"), ws.project()});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE((check.out + check.err).contains(QStringLiteral(": 0 errors"))) << check.err.toStdString();
    const auto diff = runCli({QStringLiteral("diff"), ws.folder(), ws.project()});
    EXPECT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    for (const char *statement : {"CREATE", "ALTER", "DROP", "INSERT"})
        EXPECT_FALSE(diff.out.contains(QLatin1String(statement))) << diff.out.toStdString();
}
