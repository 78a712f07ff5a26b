// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright convert` killed with SIGKILL at moments spread over its whole run. The folder swap is the one moment
// that cannot be a single rename: after each kill the migrations folder is the old layout intact or the new one
// complete, or (between the swap's two renames) the marker of TrackedConversion says how to finish or undo it; the
// next convert then leaves exactly the folder an uncut run leaves, and nothing beside it.
#include "model/io/projectreader.h"
#include "tests/reliability/killharness.h"
#include "tests/support/printers.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::KillHarness;

namespace {

constexpr int kKills = 24;

const QString kProject = QStringLiteral("aperto.twproj");
const QString kFolder = QStringLiteral("drizzle");

using Files = QMap<QString, QByteArray>;

// The markers TrackedConversion leaves beside the folder while a conversion is not finished.
QStringList pendingMarkers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".drizzle-convert-*.pending")}, QDir::Files | QDir::Hidden);
}

// Everything in @p dir: after the next convert, no marker, staging copy or set-aside folder may remain (a kill
// while the converted copy was being built leaves `.drizzle-v1-<uuid>`, which the next convert removes).
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

class KillConvertTest : public ::testing::Test
{
protected:
    QTemporaryDir root;
    QString prepared;

    // The example with its first migration generated in the classic layout, converted to drizzle-kit 1.0's when
    // @p v1 (a folder generated as v1 keeps inline UNIQUE constraints that drizzle-kit 0.31 cannot express, and
    // convert refuses to lose them). Every run starts from a copy of these bytes, so that all runs convert the same
    // journal times and snapshot ids.
    void prepare(bool v1)
    {
        prepared = root.filePath(QStringLiteral("prepared"));
        tw::test::copyExample(prepared);
        QString output;
        ASSERT_EQ(KillHarness::run(prepared, {QStringLiteral("generate"), kProject}, &output), 0)
            << output.toStdString();
        if (v1) {
            ASSERT_EQ(KillHarness::run(
                          prepared, {QStringLiteral("convert"), kProject, QStringLiteral("--to"), QStringLiteral("v1")},
                          &output),
                      0)
                << output.toStdString();
        }
    }

    QString copyOfPrepared(int i)
    {
        const QString dir = root.filePath(QStringLiteral("run%1").arg(i));
        tw::test::copyTree(prepared, dir);
        return dir;
    }

    void killAnywhere(const QString &to, unsigned seed)
    {
        const QStringList args{QStringLiteral("convert"), kProject, QStringLiteral("--to"), to};
        const Files before = tw::test::filesUnder(QDir(prepared).filePath(kFolder));
        const QString reference = copyOfPrepared(-1);
        const qint64 uncut = KillHarness::timeUncut(reference, args);
        const Files complete = tw::test::filesUnder(QDir(reference).filePath(kFolder));
        const QStringList completeEntries = entries(reference);
        ASSERT_NE(before, complete) << "convert must change the folder for this test to mean anything";
        int i = 0;
        int killed = 0;
        for (const qint64 delay : KillHarness::delays(uncut, kKills, seed)) {
            const QString dir = copyOfPrepared(i++);
            killed += KillHarness::runAndKill(dir, args, delay) ? 1 : 0;
            const Files folder = tw::test::filesUnder(QDir(dir).filePath(kFolder));
            EXPECT_TRUE(folder == before || folder == complete || !pendingMarkers(dir).isEmpty())
                << "the folder is neither layout, and no marker says how to finish: killed after " << delay << " ms";
            EXPECT_TRUE(tw::model::ProjectReader::readFile(QDir(dir).filePath(kProject)).ok())
                << "killed after " << delay << " ms";

            QString output;
            KillHarness::run(dir, args, &output); // may say the folder is converted already
            EXPECT_EQ(tw::test::filesUnder(QDir(dir).filePath(kFolder)), complete)
                << "killed after " << delay << " ms, then: " << output.toStdString();
            EXPECT_EQ(entries(dir), completeEntries) << "left beside the folder, killed after " << delay << " ms";
            const auto project = tw::model::ProjectReader::readFile(QDir(dir).filePath(kProject));
            ASSERT_TRUE(project.ok()) << project.error().toStdString();
            EXPECT_EQ(tw::model::migrationLayoutName(project.value().settings.migrationLayout), to)
                << "killed after " << delay << " ms, then: " << output.toStdString();
        }
        EXPECT_GT(killed, 0) << "no run was killed before it ended";
    }
};

TEST_F(KillConvertTest, ToV1KilledAnywhereLeavesOneLayoutAndTheNextConvertFinishes)
{
    prepare(false);
    killAnywhere(QStringLiteral("v1"), 21);
}

TEST_F(KillConvertTest, ToClassicKilledAnywhereLeavesOneLayoutAndTheNextConvertFinishes)
{
    prepare(true);
    killAnywhere(QStringLiteral("classic"), 22);
}

} // namespace
