// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright deploy --local --yes` killed, with the wrangler and node processes it started, at moments spread over
// its whole run (export as the backup, the rehearsals, wrangler's apply, the check). After each kill wrangler's local
// D1 holds the database before the pending migration or after it, never part of it; every backup under `backups/` is
// a whole export of the database before the apply (an export cut short stays a `.partial` file); and the next deploy
// removes the partial export and finishes the job.
#include "database/connection/localdatabaselocator.h"
#include "migrations/deploy/deployflow.h"
#include "migrations/deploy/scratchdatabase.h"
#include "tests/reliability/killharness.h"
#include "tests/support/outsidetools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::AppliedState;
using tw::test::KillHarness;

namespace {

constexpr int kKills = 8;

const QString kProject = QStringLiteral("aperto.twproj");
const QString kModules = QStringLiteral(TW_INTEROP_MODULES);

class KillDeployTest : public ::testing::Test
{
protected:
    QTemporaryDir root;
    QString m_template;
    int m_runs = 0;

    const QStringList deploy{QStringLiteral("deploy"), kProject, QStringLiteral("--local"), QStringLiteral("--yes")};

    /// The user guide's state before a deploy, made once: the example before categories generated as 0000 and set up
    /// on wrangler's local D1, then the categories change generated as 0001 (pending).
    void SetUp() override
    {
        if (!QFileInfo(kModules + QStringLiteral("/.bin/wrangler")).isExecutable())
            return tw::test::missingTool("wrangler (npm ci in tools/interop)");
        qputenv("WRANGLER_SEND_METRICS", "false");
        m_template = root.filePath(QStringLiteral("template"));
        QDir().mkpath(m_template);
        ASSERT_TRUE(QFile::link(kModules, QDir(m_template).filePath(QStringLiteral("node_modules"))));
        const QString project = QDir(m_template).filePath(kProject);
        ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto-before-categories.twproj"), project));
        QFile::setPermissions(project, QFile::permissions(project) | QFileDevice::WriteOwner);
        QFile config(QDir(m_template).filePath(QStringLiteral("wrangler.toml")));
        ASSERT_TRUE(config.open(QIODevice::WriteOnly));
        config.write("name = \"aperto-api\"\ncompatibility_date = \"2025-01-01\"\n\n[[d1_databases]]\n"
                     "binding = \"DB\"\ndatabase_name = \"aperto\"\n"
                     "database_id = \"00000000-0000-0000-0000-000000000000\"\nmigrations_dir = \"drizzle\"\n");
        config.close();
        QString output;
        ASSERT_EQ(KillHarness::run(m_template, {QStringLiteral("generate"), kProject}, &output), 0)
            << output.toStdString();
        ASSERT_EQ(KillHarness::run(m_template, {QStringLiteral("localdb"), QStringLiteral("setup"), kProject}, &output),
                  0)
            << output.toStdString();
        QFile::remove(project);
        tw::test::copyExample(m_template);
        ASSERT_EQ(KillHarness::run(m_template, {QStringLiteral("generate"), kProject}, &output), 0)
            << output.toStdString();
        ASSERT_TRUE(QFile::remove(QDir(m_template).filePath(QStringLiteral("node_modules")))); // the link, not copied
        ASSERT_EQ(state(m_template).trackedRows, 1);
    }

    QString workspace()
    {
        const QString dir = root.filePath(QStringLiteral("run%1").arg(m_runs++));
        tw::test::copyTree(m_template, dir);
        EXPECT_TRUE(QFile::link(kModules, QDir(dir).filePath(QStringLiteral("node_modules"))));
        return dir;
    }

    static AppliedState state(const QString &dir)
    {
        const auto database = tw::database::LocalDatabaseLocator::locate(dir);
        EXPECT_TRUE(database.ok()) << database.error().toStdString();
        return database ? tw::test::readState(database.value()) : AppliedState{};
    }

    static QStringList backups(const QString &dir, const QString &pattern)
    {
        return QDir(QDir(dir).filePath(QStringLiteral("backups"))).entryList({pattern}, QDir::Files);
    }
};

TEST_F(KillDeployTest, KilledAnywhereLeavesTheDatabaseBeforeOrAfterTheMigrationAndOnlyWholeBackups)
{
    if (IsSkipped())
        return;
    const qint64 uncut = KillHarness::timeUncut(workspace(), deploy);
    int killed = 0;
    for (const qint64 delay : KillHarness::delays(uncut, kKills, 41)) {
        SCOPED_TRACE(QStringLiteral("killed after %1 ms of %2").arg(delay).arg(uncut).toStdString());
        const QString dir = workspace();
        killed += KillHarness::runAndKill(dir, deploy, delay) ? 1 : 0;

        const AppliedState left = state(dir);
        EXPECT_EQ(left.integrity, QStringLiteral("ok"));
        EXPECT_TRUE(left.hasProducts);
        EXPECT_TRUE(left.trackedRows == 1 || left.trackedRows == 2) << left.trackedRows;
        EXPECT_EQ(left.hasCategories, left.trackedRows == 2) << "0001 applied in part";
        for (const QString &backup : backups(dir, QStringLiteral("*.sql"))) {
            const QTemporaryDir scratch;
            const QString loaded = scratch.filePath(QStringLiteral("backup.sqlite"));
            const auto load = tw::migrations::deploy::ScratchDatabase::load(
                QDir(dir).filePath(QStringLiteral("backups/") + backup), loaded);
            ASSERT_TRUE(load.ok()) << backup.toStdString() << ": " << load.error().toStdString();
            const AppliedState copy = tw::test::readState(loaded);
            EXPECT_EQ(copy.integrity, QStringLiteral("ok")) << backup.toStdString();
            EXPECT_EQ(copy.trackedRows, 1) << backup.toStdString() << " must be the database before 0001";
            EXPECT_TRUE(copy.hasProducts && !copy.hasCategories) << backup.toStdString();
        }

        QString output;
        ASSERT_EQ(KillHarness::run(dir, deploy, &output), 0) << output.toStdString();
        const AppliedState done = state(dir);
        EXPECT_EQ(done.trackedRows, 2);
        EXPECT_TRUE(done.hasCategories);
        EXPECT_EQ(backups(dir, QStringLiteral("*.partial")), QStringList()) << "the next deploy removes them";
    }
    EXPECT_GE(killed, kKills / 2) << "most kills must land inside the run";
}

// wrangler's export cut short (here: a wrangler whose `d1 export` leaves half its file and hangs until killed) must not
// leave a backup under a backup's name: the export is a `.partial` file until whole, and the next deploy removes it.
TEST_F(KillDeployTest, AnExportCutShortIsNeverLeftUnderABackupsName)
{
    if (IsSkipped())
        return;
    const QString dir = workspace();
    const QString links = QDir(dir).filePath(QStringLiteral("node_modules"));
    ASSERT_TRUE(QFile::remove(links));
    ASSERT_TRUE(QDir().mkpath(links + QStringLiteral("/.bin")));
    const QString wrangler = links + QStringLiteral("/.bin/wrangler");
    QFile script(wrangler);
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nreal='" + kModules.toUtf8() + "/.bin/wrangler'\n" + R"(
if [ "$1" = d1 ] && [ "$2" = export ]; then
  out=; previous=
  for argument in "$@"; do [ "$previous" = --output ] && out=$argument; previous=$argument; done
  "$real" "$@" || exit $?
  size=$(wc -c < "$out")
  head -c $((size / 2)) "$out" > "$out.cut" && mv "$out.cut" "$out"
  touch export-cut
  exec sleep 600
fi
exec "$real" "$@"
)");
    script.close();
    QFile::setPermissions(wrangler, QFile::permissions(wrangler) | QFileDevice::ExeOwner);
    ASSERT_TRUE(KillHarness::runAndKillWhen(
        dir, deploy, [&] { return QFile::exists(QDir(dir).filePath(QStringLiteral("export-cut"))); }, 120'000))
        << "the export never ran";
    EXPECT_EQ(backups(dir, QStringLiteral("*.sql")), QStringList()) << "half an export under a backup's name";
    EXPECT_EQ(backups(dir, QStringLiteral("*.partial")).size(), 1);
    EXPECT_EQ(state(dir).trackedRows, 1) << "nothing applied";

    ASSERT_TRUE(QDir(links).removeRecursively());
    ASSERT_TRUE(QFile::link(kModules, links));
    QString output;
    ASSERT_EQ(KillHarness::run(dir, deploy, &output), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("the backup of a deploy that was interrupted"))) << output.toStdString();
    EXPECT_EQ(backups(dir, QStringLiteral("*.partial")), QStringList());
    EXPECT_EQ(backups(dir, QStringLiteral("*.sql")).size(), 1);
    EXPECT_EQ(state(dir).trackedRows, 2);
}

} // namespace
