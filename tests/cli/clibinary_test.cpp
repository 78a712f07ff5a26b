// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::runBinary;

// The real executable, started without any display: subcommands must not need one.

TEST(CliBinary, VersionRunsWithoutADisplay)
{
    const auto run = runBinary({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("tablewright " TW_VERSION "\n"));
}

TEST(CliBinary, CheckOfTheBundledExampleIsClean)
{
    const auto run = runBinary({QStringLiteral("check"), QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << "the example should have no findings at all:\n" << run.out.toStdString();
}

TEST(CliBinary, UsageErrorsExitTwoOnStderr)
{
    const auto run = runBinary({QStringLiteral("check")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(CliBinary, AMistypedCommandIsAUsageErrorNamingTheNearestCommand)
{
    const auto run = runBinary({QStringLiteral("chekc"), QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")});
    EXPECT_EQ(run.exitCode, 2) << "a mistyped command must not open a window: " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown command or option 'chekc'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("did you mean 'check'?"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CliBinary, TheDesignerWithoutADisplaySaysSoAndExitsOne)
{
    const auto run = runBinary({QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")});
    EXPECT_EQ(run.exitCode, 1) << "exit " << run.exitCode << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("no display"))) << run.err.toStdString();
}

TEST(CliBinary, TheDesignerWithAnUnreachableDisplaySaysSoInsteadOfAborting)
{
    const auto run = runBinary({QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")}, QStringLiteral(":987"));
    EXPECT_EQ(run.exitCode, 1) << "a crash is exit -1: " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot open the designer's window"))) << run.err.toStdString();
}

TEST(CliBinary, AProjectOnAPathWithSpacesAndNonAsciiLettersGeneratesAppliesAndExports)
{
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("My Projects/Café — dados"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString project = dir + QStringLiteral("/Ünïcode proj.twproj");
    ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj"), project));
    QFile::setPermissions(project, QFile::permissions(project) | QFileDevice::WriteOwner);
    const QString database = dir + QStringLiteral("/lokal db.sqlite");
    for (const QStringList &args :
         {QStringList{QStringLiteral("generate"), project},
          {QStringLiteral("apply"), project, QStringLiteral("--db"), database},
          {QStringLiteral("export"), project, QStringLiteral("--out"), dir + QStringLiteral("/src out")},
          {QStringLiteral("check"), project}}) {
        const auto run = runBinary(args);
        EXPECT_EQ(run.exitCode, 0) << args.first().toStdString() << ": " << run.err.toStdString();
    }
    EXPECT_TRUE(QFile::exists(database));
    EXPECT_TRUE(QFile::exists(dir + QStringLiteral("/src out/src/db/schema.ts")));
    EXPECT_EQ(QDir(dir + QStringLiteral("/drizzle")).entryList({QStringLiteral("*.sql")}).size(), 1);
}

TEST(CliBinary, ApplyToALockedDatabaseNamesItOnceAndTheProgramThatMayHoldIt)
{
    QTemporaryDir root;
    const QString project = root.filePath(QStringLiteral("aperto.twproj"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj"), project));
    QFile::setPermissions(project, QFile::permissions(project) | QFileDevice::WriteOwner);
    ASSERT_EQ(runBinary({QStringLiteral("generate"), project}).exitCode, 0);
    const QString database = root.filePath(QStringLiteral("local.sqlite"));
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wrangler-dev"));
        holder.setDatabaseName(database);
        ASSERT_TRUE(holder.open());
        QSqlQuery begin(holder);
        ASSERT_TRUE(begin.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const auto run = runBinary({QStringLiteral("apply"), project, QStringLiteral("--db"), database});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_EQ(run.err.count(database), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("wrangler dev"))) << run.err.toStdString();
        QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wrangler-dev"));
}
