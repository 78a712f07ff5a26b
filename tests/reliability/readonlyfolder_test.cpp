// SPDX-License-Identifier: GPL-3.0-or-later
// Every writer of the binary with the folder it writes to read-only (run as an unprivileged user when the tests run
// as root, since permissions do not bind root). Each must exit 1 with a message naming what it could not write and
// leave every file as it was, byte for byte; once the folder is writable again the same command does the job.
#include "tests/reliability/killharness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::KillHarness;

namespace {

const QString kProject = QStringLiteral("aperto.twproj");

constexpr auto kWritable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                           QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                           QFileDevice::ExeOther;
constexpr auto kReadOnly = kWritable & ~QFileDevice::Permissions(QFileDevice::WriteOwner);

class ReadOnlyFolderTest : public ::testing::Test
{
protected:
    QTemporaryDir root;
    QTemporaryDir home;

    void SetUp() override
    {
        // The unprivileged user must reach the workspaces (a temporary folder is its owner's alone) and write a home.
        QFile::setPermissions(root.path(), kWritable);
        QFile::setPermissions(home.path(), kWritable);
        tw::test::giveToUnprivileged(home.path());
    }

    /// The example before its categories table generated as 0000 (and, with @p database, applied to `local.sqlite`),
    /// then the finished example: 0001 is pending.
    QString workspace(const QString &name, bool database = false)
    {
        const QString dir = root.filePath(name);
        QDir().mkpath(dir);
        const QString project = QDir(dir).filePath(kProject);
        EXPECT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto-before-categories.twproj"), project));
        QFile::setPermissions(project, QFile::permissions(project) | QFileDevice::WriteOwner);
        EXPECT_EQ(KillHarness::run(dir, {QStringLiteral("generate"), kProject}), 0);
        if (database) {
            EXPECT_EQ(KillHarness::run(dir, apply), 0);
        }
        QFile::remove(project);
        tw::test::copyExample(dir);
        if (database) {
            EXPECT_EQ(KillHarness::run(dir, {QStringLiteral("generate"), kProject}), 0);
        }
        tw::test::giveToUnprivileged(dir);
        return dir;
    }

    /// Runs `tablewright @p arguments` with @p folders read-only: it must fail naming @p named, with every file under
    /// @p dir as it was; then with them writable, when it must succeed.
    void expectRefusedThenDone(const QString &dir, const QStringList &arguments, const QStringList &folders,
                               const QString &named)
    {
        const QMap<QString, QByteArray> before = tw::test::filesUnder(dir);
        for (const QString &folder : folders)
            ASSERT_TRUE(QFile::setPermissions(QDir(dir).filePath(folder), kReadOnly)) << folder.toStdString();
        QString output;
        const int refused = KillHarness::runUnprivileged(dir, arguments, home.path(), &output);
        for (const QString &folder : folders)
            QFile::setPermissions(QDir(dir).filePath(folder), kWritable);
        ASSERT_NE(refused, 125) << "could not run as an unprivileged user";
        EXPECT_EQ(refused, 1) << output.toStdString();
        EXPECT_TRUE(output.contains(named)) << "the message names " << named.toStdString() << ":\n"
                                            << output.toStdString();
        EXPECT_EQ(tw::test::filesUnder(dir), before) << output.toStdString();
        EXPECT_EQ(KillHarness::runUnprivileged(dir, arguments, home.path(), &output), 0) << output.toStdString();
    }

    const QStringList apply{QStringLiteral("apply"), kProject, QStringLiteral("--db"), QStringLiteral("local.sqlite")};
};

TEST_F(ReadOnlyFolderTest, GenerateIntoAReadOnlyMigrationsFolderChangesNothing)
{
    const QString dir = workspace(QStringLiteral("generate"));
    expectRefusedThenDone(dir, {QStringLiteral("generate"), kProject},
                          {QStringLiteral("drizzle"), QStringLiteral("drizzle/meta")},
                          QDir(dir).filePath(QStringLiteral("drizzle")));
}

// The migration is written, the project beside it cannot take its new baseline: the migration is taken back.
TEST_F(ReadOnlyFolderTest, GenerateWithTheProjectsFolderReadOnlyTakesTheMigrationBack)
{
    const QString dir = workspace(QStringLiteral("baseline"));
    expectRefusedThenDone(dir, {QStringLiteral("generate"), kProject}, {QStringLiteral(".")},
                          QStringLiteral("cannot save the project"));
}

TEST_F(ReadOnlyFolderTest, ExportIntoAReadOnlyFolderWritesNothing)
{
    const QString dir = workspace(QStringLiteral("export"));
    QDir(dir).mkpath(QStringLiteral("out"));
    tw::test::giveToUnprivileged(dir);
    expectRefusedThenDone(dir, {QStringLiteral("export"), kProject, QStringLiteral("--out"), QStringLiteral("out")},
                          {QStringLiteral("out")}, QDir(dir).filePath(QStringLiteral("out")));
}

// The backup goes beside the database first: a folder that cannot take it stops the apply before it starts.
TEST_F(ReadOnlyFolderTest, ApplyWithTheDatabasesFolderReadOnlyLeavesTheDatabaseAsItWas)
{
    const QString dir = workspace(QStringLiteral("apply"), true);
    ASSERT_EQ(tw::test::readState(QDir(dir).filePath(QStringLiteral("local.sqlite"))).trackedRows, 1);
    expectRefusedThenDone(dir, apply, {QStringLiteral(".")}, QStringLiteral("local.sqlite"));
    EXPECT_EQ(tw::test::readState(QDir(dir).filePath(QStringLiteral("local.sqlite"))).trackedRows, 2);
}

TEST_F(ReadOnlyFolderTest, ProjectSaveIntoAReadOnlyFolderKeepsTheOldFile)
{
    const QString dir = workspace(QStringLiteral("layout"));
    tw::test::displaceCards(QDir(dir).filePath(kProject));
    tw::test::giveToUnprivileged(dir);
    expectRefusedThenDone(dir, {QStringLiteral("layout"), kProject}, {QStringLiteral(".")},
                          QStringLiteral("cannot save ") + kProject);
}

} // namespace
