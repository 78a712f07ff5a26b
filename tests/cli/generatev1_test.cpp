// SPDX-License-Identifier: GPL-3.0-or-later
// generate, diff and check on drizzle-kit 1.0 folders and snapshots: the folder's layout is continued.
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/migrationgenerator.h"
#include "tests/cli/clirunner.h"
#include "tests/cli/exampleworkspace.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

using namespace tw::model;
using tw::migrations::FolderLayout;
using tw::migrations::FolderLayoutDetector;
using tw::migrations::V1MigrationsFolder;
using tw::test::runCli;
using Workspace = tw::test::ExampleWorkspace;

namespace {

/// The example's first migration written in the v1 layout (as a project set to v1 does), the baseline saved.
void startV1Folder(const Workspace &ws)
{
    tw::migrations::GenerateRequest request;
    request.project = ws.load();
    request.project.settings.migrationLayout = ProjectSettings::MigrationLayout::V1;
    request.migrationsFolder = ws.path(QStringLiteral("drizzle"));
    request.name = QStringLiteral("initial");
    const auto outcome = tw::migrations::MigrationGenerator::generate(request);
    ASSERT_TRUE(outcome) << outcome.error().toStdString();
    Project saved = ws.load();
    saved.baseline = outcome.value().baseline;
    ws.save(saved);
}

/// The example with one more column on its first table.
void addColumn(const Workspace &ws)
{
    Project p = ws.load();
    Column note;
    note.id = Id(QStringLiteral("test.note"));
    note.name = QStringLiteral("note");
    note.type = SqlType::Text;
    p.schema.tables.first().columns << note;
    ws.save(p);
}

} // namespace

TEST(GenerateV1Command, GenerateContinuesAV1FolderAndDiffAndCheckAgreeWithIt)
{
    Workspace ws;
    startV1Folder(ws);
    const QString folder = ws.path(QStringLiteral("drizzle"));
    const auto unchanged = runCli({QStringLiteral("generate"), ws.project()});
    EXPECT_EQ(unchanged.exitCode, 0) << unchanged.err.toStdString();
    EXPECT_EQ(unchanged.out, QStringLiteral("No schema changes\n"));
    const auto clean = runCli({QStringLiteral("check"), ws.project()});
    EXPECT_EQ(clean.exitCode, 0) << clean.err.toStdString();
    EXPECT_FALSE(clean.out.contains(QStringLiteral("no migration holds"))) << clean.out.toStdString();

    addColumn(ws);
    const auto pending = runCli({QStringLiteral("check"), ws.project()});
    EXPECT_EQ(pending.exitCode, 0) << pending.err.toStdString();
    EXPECT_TRUE(
        pending.out.contains(QStringLiteral("the project has changes no migration holds yet (v1, 1 operation)")))
        << pending.out.toStdString();
    const auto diff = runCli({QStringLiteral("diff"), folder, ws.project()});
    ASSERT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    const QString expected =
        QStringLiteral("ALTER TABLE `%1` ADD `note` text;").arg(ws.load().schema.tables.first().name);
    EXPECT_EQ(diff.out, expected);

    const auto generated =
        runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--name"), QStringLiteral("note")});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    EXPECT_TRUE(generated.out.trimmed().endsWith(QStringLiteral("_note/migration.sql"))) << generated.out.toStdString();
    EXPECT_EQ(FolderLayoutDetector::detect(folder).layout, FolderLayout::V1);
    const V1MigrationsFolder scanned = V1MigrationsFolder::scan(folder);
    ASSERT_EQ(scanned.migrations().size(), 2);
    EXPECT_FALSE(scanned.hasErrors()) << scanned.errorText().toStdString();
    QFile sql(generated.out.trimmed());
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(sql.readAll()), diff.out) << "diff prints the bytes generate writes";
    EXPECT_EQ(ws.load().baseline.snapshotId, scanned.latestSnapshot()->id);
    EXPECT_EQ(runCli({QStringLiteral("generate"), ws.project()}).out, QStringLiteral("No schema changes\n"));
}

TEST(GenerateV1Command, DiffOfTwoV7SnapshotsPrintsTheSqlRc5Wrote)
{
    const QString fixture = tw::test::dataPath(QStringLiteral("folders/v1-two-migrations"));
    const auto run = runCli({QStringLiteral("diff"), fixture + QStringLiteral("/20261207033139_initial/snapshot.json"),
                             fixture + QStringLiteral("/20261207033141_rename_tags/snapshot.json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile sql(fixture + QStringLiteral("/20261207033141_rename_tags/migration.sql"));
    ASSERT_TRUE(sql.open(QIODevice::ReadOnly));
    EXPECT_EQ(run.out, QString::fromUtf8(sql.readAll()));
}

TEST(GenerateV1Command, CheckAndGenerateRefuseAMixedFolder)
{
    Workspace ws;
    startV1Folder(ws);
    QDir().mkpath(ws.path(QStringLiteral("drizzle/meta")));
    QFile journal(ws.path(QStringLiteral("drizzle/meta/_journal.json")));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"version":"7","dialect":"sqlite","entries":[]})");
    journal.close();
    const QString message = FolderLayoutDetector::detect(ws.path(QStringLiteral("drizzle"))).message;
    ASSERT_FALSE(message.isEmpty());
    const auto check = runCli({QStringLiteral("check"), ws.project()});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(message)) << check.out.toStdString();
    const auto generate = runCli({QStringLiteral("generate"), ws.project()});
    EXPECT_EQ(generate.exitCode, 1);
    EXPECT_TRUE(generate.err.contains(message)) << generate.err.toStdString();
}
