// SPDX-License-Identifier: GPL-3.0-or-later
// Every writer of the binary, killed with SIGKILL at moments spread over its whole run. After each kill, what is on
// disk is the state before or the state after (a temporary file of the atomic writer may be left beside it), and the
// next run of the same command completes the job.
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "model/io/projectreader.h"
#include "tests/reliability/killharness.h"
#include "tests/support/printers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::AppliedState;
using tw::test::KillHarness;
using tw::test::readState;

namespace {

constexpr int kKills = 24;

const QString kProject = QStringLiteral("aperto.twproj");

QStringList generateArgs()
{
    return {QStringLiteral("generate"), kProject};
}

// QSaveFile writes `<name>.XXXXXX` beside its target and renames it over the target at the end: a kill before the
// rename leaves that temporary file, never a short target.
bool isAtomicWriterTemporary(const QString &path, const QMap<QString, QByteArray> &complete)
{
    static const QRegularExpression suffix(QStringLiteral("\\.[A-Za-z0-9]{6}$"));
    const QRegularExpressionMatch match = suffix.match(path);
    return match.hasMatch() && complete.contains(path.left(match.capturedStart()));
}

// Every file in @p after is a complete version of a file in @p before or @p complete, or a temporary file.
void expectOnlyCompleteFiles(const QMap<QString, QByteArray> &after, const QMap<QString, QByteArray> &before,
                             const QMap<QString, QByteArray> &complete, qint64 delay)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (isAtomicWriterTemporary(it.key(), complete))
            continue;
        const bool old = before.value(it.key()) == it.value() && before.contains(it.key());
        const bool done = complete.value(it.key()) == it.value() && complete.contains(it.key());
        EXPECT_TRUE(old || done) << it.key().toStdString() << " is neither the old nor the new file, killed after "
                                 << delay << " ms";
    }
}

class KillTest : public ::testing::Test
{
protected:
    QTemporaryDir root;

    QString freshWorkspace(int i, bool v1 = false)
    {
        const QString dir = root.filePath(QStringLiteral("run%1").arg(i));
        tw::test::copyExample(dir);
        if (v1)
            tw::test::setMigrationLayoutV1(QDir(dir).filePath(kProject));
        return dir;
    }
};

void expectGeneratedOnceAfterRerun(const QString &dir, qint64 delay)
{
    QString output;
    ASSERT_EQ(KillHarness::run(dir, generateArgs(), &output), 0)
        << "killed after " << delay << " ms: " << output.toStdString();
    EXPECT_EQ(KillHarness::run(dir, generateArgs(), &output), 0);
    EXPECT_TRUE(output.contains(QStringLiteral("No schema changes")))
        << "killed after " << delay << " ms, the third generate: " << output.toStdString();
}

TEST_F(KillTest, GenerateKilledAnywhereLeavesAFolderTheNextGenerateCompletes)
{
    const qint64 uncut = KillHarness::timeUncut(freshWorkspace(-1), generateArgs());
    int i = 0;
    for (const qint64 delay : KillHarness::delays(uncut, kKills, 15)) {
        const QString dir = freshWorkspace(i++);
        KillHarness::runAndKill(dir, generateArgs(), delay);
        EXPECT_TRUE(tw::model::ProjectReader::readFile(QDir(dir).filePath(kProject)).ok()) << "killed after " << delay;
        const auto folder = tw::migrations::MigrationsFolder::scan(QDir(dir).filePath(QStringLiteral("drizzle")));
        for (const auto &problem : folder.problems()) {
            EXPECT_EQ(problem.file, QStringLiteral("meta/.tablewright-append"))
                << "killed after " << delay << " ms: " << problem.toString().toStdString();
        }
        expectGeneratedOnceAfterRerun(dir, delay);
        const auto after = tw::migrations::MigrationsFolder::scan(QDir(dir).filePath(QStringLiteral("drizzle")));
        EXPECT_FALSE(after.hasErrors()) << after.errorText().toStdString();
        EXPECT_EQ(after.journal().entries.size(), 1) << "killed after " << delay << " ms";
        EXPECT_EQ(QDir(QDir(dir).filePath(QStringLiteral("drizzle"))).entryList({QStringLiteral("*.sql")}).size(), 1)
            << "killed after " << delay << " ms";
    }
}

TEST_F(KillTest, GenerateOfADrizzle1FolderKilledAnywhereLeavesWholeMigrationsOnly)
{
    const qint64 uncut = KillHarness::timeUncut(freshWorkspace(-1, true), generateArgs());
    int i = 0;
    for (const qint64 delay : KillHarness::delays(uncut, kKills, 16)) {
        const QString dir = freshWorkspace(i++, true);
        KillHarness::runAndKill(dir, generateArgs(), delay);
        const QString drizzle = QDir(dir).filePath(QStringLiteral("drizzle"));
        const auto folder = tw::migrations::V1MigrationsFolder::scan(drizzle);
        EXPECT_FALSE(folder.hasErrors()) << "killed after " << delay << " ms: " << folder.errorText().toStdString();
        for (const QString &sub : QDir(drizzle).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            EXPECT_TRUE(QFile::exists(drizzle + u'/' + sub + QStringLiteral("/migration.sql")) &&
                        QFile::exists(drizzle + u'/' + sub + QStringLiteral("/snapshot.json")))
                << sub.toStdString() << " is half a migration, killed after " << delay << " ms";
        }
        expectGeneratedOnceAfterRerun(dir, delay);
        EXPECT_EQ(tw::migrations::V1MigrationsFolder::scan(drizzle).migrations().size(), 1)
            << "killed after " << delay << " ms";
    }
}

TEST_F(KillTest, ExportKilledAnywhereLeavesOnlyWholeFiles)
{
    const QStringList args{QStringLiteral("export"), kProject, QStringLiteral("--out"), QStringLiteral("out")};
    const QString reference = freshWorkspace(-1);
    const qint64 uncut = KillHarness::timeUncut(reference, args);
    const auto complete = tw::test::filesUnder(QDir(reference).filePath(QStringLiteral("out")));
    ASSERT_GT(complete.size(), 2);
    int i = 0;
    for (const qint64 delay : KillHarness::delays(uncut, kKills, 17)) {
        const QString dir = freshWorkspace(i++);
        KillHarness::runAndKill(dir, args, delay);
        expectOnlyCompleteFiles(tw::test::filesUnder(QDir(dir).filePath(QStringLiteral("out"))), {}, complete, delay);
        QString output;
        ASSERT_EQ(KillHarness::run(dir, args, &output), 0) << output.toStdString();
        const auto rerun = tw::test::filesUnder(QDir(dir).filePath(QStringLiteral("out")));
        for (auto it = complete.cbegin(); it != complete.cend(); ++it)
            EXPECT_EQ(rerun.value(it.key()), it.value()) << it.key().toStdString() << ", killed after " << delay;
    }
}

TEST_F(KillTest, ProjectSaveKilledAnywhereLeavesTheOldFileOrTheNewOne)
{
    const QStringList args{QStringLiteral("layout"), kProject};
    const QString reference = freshWorkspace(-1);
    tw::test::displaceCards(QDir(reference).filePath(kProject));
    const auto before = tw::test::filesUnder(reference);
    const qint64 uncut = KillHarness::timeUncut(reference, args);
    const auto complete = tw::test::filesUnder(reference);
    ASSERT_NE(before.value(kProject), complete.value(kProject))
        << "layout must change the file for this test to mean anything";
    int i = 0;
    for (const qint64 delay : KillHarness::delays(uncut, kKills, 18)) {
        const QString dir = freshWorkspace(i++);
        tw::test::displaceCards(QDir(dir).filePath(kProject));
        KillHarness::runAndKill(dir, args, delay);
        expectOnlyCompleteFiles(tw::test::filesUnder(dir), before, complete, delay);
    }
}

class KillDatabaseTest : public KillTest
{
protected:
    const QStringList apply{QStringLiteral("apply"), kProject, QStringLiteral("--db"), QStringLiteral("local.sqlite")};

    /// Two migrations: the example before its categories table (0000), then the categories change (0001); the
    /// database has 0000 applied.
    QString prepare(const QString &name)
    {
        const QString dir = root.filePath(name);
        QDir().mkpath(dir);
        const QString project = QDir(dir).filePath(kProject);
        EXPECT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto-before-categories.twproj"), project));
        QFile::setPermissions(project, QFile::permissions(project) | QFileDevice::WriteOwner);
        EXPECT_EQ(KillHarness::run(dir, generateArgs()), 0);
        EXPECT_EQ(KillHarness::run(dir, apply), 0);
        QFile::remove(project);
        tw::test::copyExample(dir);
        EXPECT_EQ(KillHarness::run(dir, generateArgs()), 0);
        return dir;
    }
};

TEST_F(KillDatabaseTest, RollbackKilledAnywhereLeavesTheDatabaseAtOneMigrationOrTheOther)
{
    const QStringList rollback{QStringLiteral("rollback"), kProject, QStringLiteral("--db"),
                               QStringLiteral("local.sqlite")};
    const auto applied = [&](int i) {
        const QString dir = prepare(QStringLiteral("rollback%1").arg(i));
        EXPECT_EQ(KillHarness::run(dir, apply), 0); // 0001 too: the rollback undoes it
        return dir;
    };
    const qint64 uncut = KillHarness::timeUncut(applied(-1), rollback);
    int i = 0;
    for (const qint64 delay : KillHarness::delays(uncut, kKills, 23)) {
        const QString dir = applied(i++);
        KillHarness::runAndKill(dir, rollback, delay);
        const AppliedState state = readState(QDir(dir).filePath(QStringLiteral("local.sqlite")));
        EXPECT_EQ(state.integrity, QStringLiteral("ok")) << "killed after " << delay << " ms";
        EXPECT_TRUE(state.hasProducts) << "killed after " << delay << " ms";
        EXPECT_EQ(state.hasCategories, state.trackedRows == 2) << "killed after " << delay << " ms";
        for (const QString &backup : QDir(dir).entryList({QStringLiteral("local.sqlite.backup-*.sqlite")})) {
            const AppliedState copy = readState(QDir(dir).filePath(backup));
            EXPECT_EQ(copy.integrity, QStringLiteral("ok")) << backup.toStdString() << ", killed after " << delay;
            EXPECT_TRUE(copy.trackedRows == 1 || copy.trackedRows == 2) << backup.toStdString();
        }
        if (state.trackedRows == 2) { // killed before the commit: the next run does the whole rollback
            QString output;
            ASSERT_EQ(KillHarness::run(dir, rollback, &output), 0)
                << "killed after " << delay << " ms: " << output.toStdString();
        }
        const AppliedState done = readState(QDir(dir).filePath(QStringLiteral("local.sqlite")));
        EXPECT_EQ(done.trackedRows, 1) << "killed after " << delay << " ms";
        EXPECT_FALSE(done.hasCategories) << "killed after " << delay << " ms";
    }
}

TEST_F(KillDatabaseTest, ApplyKilledAnywhereLeavesTheDatabaseBetweenMigrationsNeverInOne)
{
    // The database has 0000 already, and its backups must always be whole.
    const QStringList &args = apply;
    const qint64 uncut = KillHarness::timeUncut(prepare(QStringLiteral("apply-uncut")), args);
    int i = 0;
    for (const qint64 delay : KillHarness::delays(uncut, kKills, 19)) {
        const QString dir = prepare(QStringLiteral("apply%1").arg(i++));
        KillHarness::runAndKill(dir, args, delay);
        const QString database = QDir(dir).filePath(QStringLiteral("local.sqlite"));
        if (QFile::exists(database)) {
            const AppliedState state = readState(database);
            EXPECT_EQ(state.integrity, QStringLiteral("ok")) << "killed after " << delay << " ms";
            EXPECT_EQ(state.hasProducts, state.trackedRows >= 1) << "killed after " << delay << " ms";
            EXPECT_EQ(state.hasCategories, state.trackedRows >= 2) << "killed after " << delay << " ms";
        }
        for (const QString &backup : QDir(dir).entryList({QStringLiteral("local.sqlite.backup-*.sqlite")})) {
            const AppliedState copy = readState(QDir(dir).filePath(backup));
            EXPECT_EQ(copy.integrity, QStringLiteral("ok")) << backup.toStdString() << ", killed after " << delay;
            EXPECT_EQ(copy.trackedRows, 1) << backup.toStdString() << " must be the database before 0001";
        }
        QString output;
        ASSERT_EQ(KillHarness::run(dir, args, &output), 0)
            << "killed after " << delay << " ms: " << output.toStdString();
        const AppliedState done = readState(database);
        EXPECT_EQ(done.trackedRows, 2);
        EXPECT_TRUE(done.hasCategories);
    }
}

} // namespace
