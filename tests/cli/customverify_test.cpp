// SPDX-License-Identifier: GPL-3.0-or-later
// `generate --custom` and `verify`: the custom migration continues the project's history (the next generate is not
// refused), verify names a hand edit that drifted, and hand edits are never treated as damage by check or apply.
#include "migrations/generate/custommigration.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/cli/exampleworkspace.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using tw::migrations::CustomMigration;
using tw::test::runBinary;
using tw::test::runCli;
using Workspace = tw::test::ExampleWorkspace;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write(bytes);
}

/// The example with its first migration generated (the baseline saved by generate).
void generateFirst(const Workspace &ws)
{
    const auto first =
        runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--name"), QStringLiteral("init")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
}

/// A bare project beside a copy of tests/data/folders/@p folder as `drizzle/`.
QString projectBeside(const QTemporaryDir &dir, const QString &folder)
{
    tw::test::copyDataFolder(QStringLiteral("folders/") + folder, dir.filePath(QStringLiteral("drizzle")));
    const QString project = dir.filePath(QStringLiteral("app.twproj"));
    QString error;
    EXPECT_TRUE(tw::model::ProjectWriter::writeFile(tw::model::Project(), project, &error)) << error.toStdString();
    return project;
}

} // namespace

TEST(GenerateCustomCommand, WritesDrizzleKitsEmptyMigrationAndTheNextGenerateContinuesAfterIt)
{
    Workspace ws;
    generateFirst(ws);
    const auto custom = runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--custom"),
                                QStringLiteral("--name"), QStringLiteral("backfill")});
    ASSERT_EQ(custom.exitCode, 0) << custom.err.toStdString();
    const QString sqlPath = ws.path(QStringLiteral("drizzle/0001_backfill.sql"));
    EXPECT_EQ(custom.out, sqlPath + u'\n');
    EXPECT_EQ(readBytes(sqlPath), CustomMigration::firstLine());
    EXPECT_TRUE(QFile::exists(ws.path(QStringLiteral("drizzle/meta/0001_snapshot.json"))));

    // The project moved its baseline to the custom snapshot: generate is neither refused nor repeats anything.
    const auto again = runCli({QStringLiteral("generate"), ws.project()});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out, QStringLiteral("No schema changes\n"));
    const auto check = runCli({QStringLiteral("check"), ws.project()});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

TEST(GenerateCustomCommand, TargetDoesNotApplyToACustomMigration)
{
    Workspace ws;
    const auto run = runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--custom"),
                             QStringLiteral("--target"), QStringLiteral("d1")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--target"))) << run.err.toStdString();
    EXPECT_FALSE(QDir(ws.path(QStringLiteral("drizzle"))).exists());
}

TEST(VerifyCommand, CleanFolderExitsZeroAndADriftedCustomMigrationExitsOneNamingIt)
{
    Workspace ws;
    generateFirst(ws);
    const auto clean = runCli({QStringLiteral("verify"), ws.project()});
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString() << clean.err.toStdString();
    EXPECT_TRUE(clean.out.endsWith(QStringLiteral("1 migration verified: each one's SQL produces its snapshot's "
                                                  "schema\n")))
        << clean.out.toStdString();

    ASSERT_EQ(runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--custom"), QStringLiteral("--name"),
                      QStringLiteral("audit")})
                  .exitCode,
              0);
    append(ws.path(QStringLiteral("drizzle/0001_audit.sql")), "\nCREATE TABLE `audit_log` (`id` integer);");
    const auto drift = runCli({QStringLiteral("verify"), ws.project()});
    EXPECT_EQ(drift.exitCode, 1);
    EXPECT_TRUE(drift.out.startsWith(QStringLiteral("0001_audit.sql: its SQL does not produce the schema "
                                                    "meta/0001_snapshot.json records")))
        << drift.out.toStdString();
    EXPECT_TRUE(drift.out.contains(QStringLiteral("  table \"audit_log\": in the database only\n")))
        << drift.out.toStdString();
}

TEST(VerifyCommand, AFolderCanBeGivenInsteadOfAProjectAndTheBinaryExitsAsDocumented)
{
    const QString folder = tw::test::dataPath(QStringLiteral("folders/v1-two-migrations"));
    const auto run = runBinary({QStringLiteral("verify"), folder});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 migrations verified"))) << run.out.toStdString();
    EXPECT_EQ(runBinary({QStringLiteral("verify")}).exitCode, 2);
    EXPECT_EQ(runBinary({QStringLiteral("verify"), QStringLiteral("/nonexistent/app.twproj")}).exitCode, 1);
}

TEST(HandEditedMigrations, CheckAndApplyTellButNeverRefuse)
{
    QTemporaryDir dir;
    const QString project = projectBeside(dir, QStringLiteral("two-migrations"));
    const QString db = dir.filePath(QStringLiteral("local.sqlite"));
    const QStringList apply{QStringLiteral("apply"), project, QStringLiteral("--db"), db,
                            QStringLiteral("--tracking=drizzle")};
    ASSERT_EQ(runCli(apply).exitCode, 0);

    // The user edits an applied migration (a comment, a data step): their right.
    append(dir.filePath(QStringLiteral("drizzle/0000_init.sql")), "\n-- reviewed by hand\n");
    const auto check = runCli({QStringLiteral("check"), project});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    const auto again = runCli(apply);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    const auto verify = runCli({QStringLiteral("verify"), project});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
}
