// SPDX-License-Identifier: GPL-3.0-or-later
// Every writer of the binary on a full disk: each file it writes may grow only so far (RLIMIT_FSIZE), so a write fails
// part-way as it would when the disk fills. The command must say which file it could not write, exit 1 and leave no
// file cut short; once there is room again, the same command does the job.
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "tests/reliability/killharness.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using tw::test::KillHarness;
using Files = QMap<QString, QByteArray>;

namespace {

const QString kProject = QStringLiteral("aperto.twproj");

class DiskFullTest : public ::testing::Test
{
protected:
    QTemporaryDir root;
    int m_runs = 0;

    QString freshWorkspace(bool v1 = false)
    {
        const QString dir = root.filePath(QStringLiteral("run%1").arg(m_runs++));
        tw::test::copyExample(dir);
        if (v1)
            tw::test::setMigrationLayoutV1(QDir(dir).filePath(kProject));
        tw::test::displaceCards(QDir(dir).filePath(kProject)); // so that `layout` rewrites the file
        return dir;
    }

    /// Runs `tablewright @p arguments` once with room, then with every file limited to sizes below the largest file
    /// that run wrote (each limited run must exit 1 saying what it could not write, and @p check what it left), and
    /// again with room after each (which must succeed).
    void onFullDisks(const QStringList &arguments, bool v1,
                     const std::function<void(const QString &dir, const Files &before, const Files &complete,
                                              const QString &output)> &check)
    {
        const QString reference = freshWorkspace(v1);
        const Files before = tw::test::filesUnder(reference);
        QString output;
        ASSERT_EQ(KillHarness::run(reference, arguments, &output), 0) << output.toStdString();
        const Files complete = tw::test::filesUnder(reference);
        qint64 largest = 0;
        for (auto it = complete.cbegin(); it != complete.cend(); ++it) {
            if (before.value(it.key()) != it.value() || !before.contains(it.key()))
                largest = std::max<qint64>(largest, it.value().size());
        }
        ASSERT_GT(largest, 0) << "the command must write something for this test to mean anything";
        for (const qint64 limit : {qint64(0), qint64(1), largest / 4, largest / 2, largest - 1}) {
            SCOPED_TRACE(QStringLiteral("files limited to %1 bytes").arg(limit).toStdString());
            const QString dir = freshWorkspace(v1);
            EXPECT_EQ(KillHarness::runOnFullDisk(dir, arguments, limit, &output), 1) << output.toStdString();
            EXPECT_TRUE(output.contains(QStringLiteral("cannot write"))) << output.toStdString();
            check(dir, before, complete, output);
            ASSERT_EQ(KillHarness::run(dir, arguments, &output), 0) << output.toStdString();
        }
    }
};

// Every file left is the old one or a whole new one (never a temporary, never a file cut short).
void expectEachFileOldOrNew(const Files &left, const Files &before, const Files &complete)
{
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        const bool old = before.contains(it.key()) && before.value(it.key()) == it.value();
        const bool whole = complete.contains(it.key()) && complete.value(it.key()) == it.value();
        EXPECT_TRUE(old || whole) << it.key().toStdString() << " is neither the old file nor the new";
    }
}

// Generate writes the migration, then saves the project with its new baseline; the two go together. A disk that
// fills during the migration leaves the folder as it was; one that fills at the project takes the migration back.
void expectEverythingAsItWas(const QString &dir, const Files &before, const QString &output, bool v1)
{
    EXPECT_EQ(tw::test::filesUnder(dir), before);
    const QString drizzle = QDir(dir).filePath(QStringLiteral("drizzle"));
    if (v1) {
        EXPECT_TRUE(tw::migrations::V1MigrationsFolder::scan(drizzle).migrations().isEmpty());
    } else {
        EXPECT_TRUE(tw::migrations::MigrationsFolder::scan(drizzle).journal().entries.isEmpty());
    }
    if (output.contains(QStringLiteral("new baseline"))) {
        EXPECT_TRUE(output.contains(QStringLiteral("the migration was taken back and nothing changed")))
            << output.toStdString();
    }
}

TEST_F(DiskFullTest, GenerateOnAFullDiskLeavesTheFolderAndTheProjectAsTheyWere)
{
    onFullDisks({QStringLiteral("generate"), kProject, QStringLiteral("--name"), QStringLiteral("change")}, false,
                [](const QString &dir, const Files &before, const Files &, const QString &output) {
                    expectEverythingAsItWas(dir, before, output, false);
                });
}

TEST_F(DiskFullTest, GenerateOfADrizzle1FolderOnAFullDiskLeavesItAsItWas)
{
    onFullDisks({QStringLiteral("generate"), kProject, QStringLiteral("--name"), QStringLiteral("change")}, true,
                [](const QString &dir, const Files &before, const Files &, const QString &output) {
                    expectEverythingAsItWas(dir, before, output, true);
                });
}

// Export writes file by file: those written before the disk filled are whole, none is cut short.
TEST_F(DiskFullTest, ExportOnAFullDiskLeavesNoFileCutShort)
{
    onFullDisks({QStringLiteral("export"), kProject, QStringLiteral("--out"), QStringLiteral("out")}, false,
                [](const QString &dir, const Files &before, const Files &complete, const QString &) {
                    expectEachFileOldOrNew(tw::test::filesUnder(dir), before, complete);
                });
}

// The project file (here written by `layout`) is replaced whole or not at all.
TEST_F(DiskFullTest, ProjectSaveOnAFullDiskKeepsTheOldFile)
{
    onFullDisks({QStringLiteral("layout"), kProject}, false,
                [](const QString &dir, const Files &before, const Files &, const QString &) {
                    EXPECT_EQ(tw::test::filesUnder(dir), before);
                });
}

} // namespace
