// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectlock.h"
#include "tests/support/printers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::model::ProjectLock;

namespace {

class ProjectLockTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString project = dir.filePath(QStringLiteral("shop.twproj"));
};

TEST_F(ProjectLockTest, ASecondLockOfTheSameProjectFailsAndNamesTheHolder)
{
    ProjectLock first;
    ASSERT_TRUE(first.acquire(project));
    EXPECT_EQ(first.projectPath(), project);
    ProjectLock second;
    ProjectLock::Holder holder;
    EXPECT_FALSE(second.acquire(project, &holder));
    EXPECT_EQ(holder.processId, QCoreApplication::applicationPid());
    EXPECT_FALSE(holder.hostName.isEmpty());
    EXPECT_TRUE(second.projectPath().isEmpty());
}

TEST_F(ProjectLockTest, ReleasingLetsTheNextWindowTakeIt)
{
    ProjectLock first;
    ASSERT_TRUE(first.acquire(project));
    first.release();
    EXPECT_FALSE(QFile::exists(ProjectLock::lockFilePath(project)));
    ProjectLock second;
    EXPECT_TRUE(second.acquire(project));
}

TEST_F(ProjectLockTest, TakingAnotherProjectGivesTheFirstBack)
{
    ProjectLock lock;
    ASSERT_TRUE(lock.acquire(project));
    ASSERT_TRUE(lock.acquire(dir.filePath(QStringLiteral("other.twproj"))));
    ProjectLock second;
    EXPECT_TRUE(second.acquire(project));
}

TEST_F(ProjectLockTest, ALockLeftByAProcessThatDiedIsTakenOver)
{
    // QLockFile's format: pid, application, host; no process has pid 4194303 (above Linux's pid_max default).
    QFile stale(ProjectLock::lockFilePath(project));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("4194303\ntablewright\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    stale.close();
    ProjectLock lock;
    EXPECT_TRUE(lock.acquire(project));
}

TEST_F(ProjectLockTest, TwoSpellingsOfOneFileMeetAtOneLock)
{
    QFile file(project);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    EXPECT_EQ(ProjectLock::lockFilePath(project),
              ProjectLock::lockFilePath(dir.filePath(QStringLiteral("sub/../shop.twproj"))));
    EXPECT_NE(ProjectLock::lockFilePath(project), ProjectLock::lockFilePath(dir.filePath(QStringLiteral("x.twproj"))));
}

TEST_F(ProjectLockTest, OpeningAnywayRemembersTheProjectButLeavesTheHoldersLock)
{
    ProjectLock holder;
    ASSERT_TRUE(holder.acquire(project));
    ProjectLock second;
    second.acquireAnyway(project);
    EXPECT_EQ(second.projectPath(), project);
    second.release();
    ProjectLock third;
    EXPECT_FALSE(third.acquire(project)) << "the first window still holds it";
}

} // namespace
