// SPDX-License-Identifier: GPL-3.0-or-later
// `apply`, `db history` and `drift` on a project whose migrations folder is in drizzle-kit 1.0's layout
// (tests/data/folders/v1-two-migrations, made by rc.5's generate), and a folder holding both layouts refused.
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::runCli;
using tw::test::SqliteFile;

namespace {

class V1Project
{
public:
    V1Project()
    {
        tw::test::copyDataFolder(QStringLiteral("folders/v1-two-migrations"), file(QStringLiteral("drizzle")));
        QString error;
        EXPECT_TRUE(ProjectWriter::writeFile(Project(), project(), &error)) << error.toStdString();
    }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }
    QString project() const { return file(QStringLiteral("app.twproj")); }
    QString db() const { return file(QStringLiteral("local.sqlite")); }

private:
    QTemporaryDir m_dir;
};

const QString kInitial = QStringLiteral("20261207033139_initial/migration.sql");
const QString kRename = QStringLiteral("20261207033141_rename_tags/migration.sql");

} // namespace

TEST(V1Commands, ApplyRunsTheFoldersAndTellsAD1UserAboutMigrationsPattern)
{
    V1Project project;
    const auto run = runCli({QStringLiteral("apply"), project.project(), QStringLiteral("--db"), project.db(),
                             QStringLiteral("--tracking=d1")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("applied %1\napplied %2\n").arg(kInitial, kRename));
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"migrations_pattern\": \"drizzle/*/migration.sql\"")))
        << run.err.toStdString();
    EXPECT_EQ(SqliteFile(project.db()).rows(QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")),
              QStringList({kInitial, kRename}));
    const auto again = runCli({QStringLiteral("apply"), project.project(), QStringLiteral("--db"), project.db(),
                               QStringLiteral("--tracking=d1")});
    EXPECT_EQ(again.out, QStringLiteral("No pending migrations for %1\n").arg(project.db()));
}

TEST(V1Commands, HistoryShowsEachFolderAsApplyTracksIt)
{
    V1Project project;
    const QString second = project.file(QStringLiteral("drizzle/20261207033141_rename_tags"));
    const QString aside = project.file(QStringLiteral("aside"));
    ASSERT_TRUE(QDir().rename(second, aside));
    ASSERT_EQ(runCli({QStringLiteral("apply"), project.project(), QStringLiteral("--db"), project.db(),
                      QStringLiteral("--tracking=drizzle")})
                  .exitCode,
              0);
    ASSERT_TRUE(QDir().rename(aside, second));
    const auto run = runCli(
        {QStringLiteral("db"), project.project(), QStringLiteral("--db"), project.db(), QStringLiteral("history")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n');
    const auto lineOf = [&lines](const QString &migration) {
        for (const QString &line : lines) {
            if (line.contains(migration))
                return line.simplified();
        }
        return QString();
    };
    EXPECT_TRUE(lineOf(kInitial).startsWith(QStringLiteral("applied ") + kInitial + QStringLiteral(" drizzle")))
        << run.out.toStdString();
    EXPECT_TRUE(lineOf(kRename).startsWith(QStringLiteral("pending ") + kRename)) << run.out.toStdString();
}

TEST(V1Commands, DriftReplaysTheAppliedMigrationsAndFindsAHandMadeColumn)
{
    V1Project project;
    ASSERT_EQ(runCli({QStringLiteral("apply"), project.project(), QStringLiteral("--db"), project.db()}).exitCode, 0);
    const auto inSync = runCli({QStringLiteral("drift"), project.project(), QStringLiteral("--db"), project.db()});
    EXPECT_EQ(inSync.exitCode, 0) << inSync.out.toStdString() << inSync.err.toStdString();
    EXPECT_TRUE(inSync.out.startsWith(QStringLiteral("In sync"))) << inSync.out.toStdString();
    ASSERT_TRUE(SqliteFile(project.db()).exec(QStringLiteral("ALTER TABLE users ADD COLUMN extra text")));
    const auto drift = runCli({QStringLiteral("drift"), project.project(), QStringLiteral("--db"), project.db()});
    EXPECT_EQ(drift.exitCode, 1);
    EXPECT_TRUE(drift.out.contains(QStringLiteral("column \"users\".\"extra\": in the database only")))
        << drift.out.toStdString();
}

TEST(V1Commands, AFolderHoldingBothLayoutsIsRefusedByApplyHistoryAndDrift)
{
    V1Project project;
    tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), project.file(QStringLiteral("drizzle")));
    for (const QStringList &command :
         {QStringList{QStringLiteral("apply"), project.project(), QStringLiteral("--db"), project.db()},
          QStringList{QStringLiteral("db"), project.project(), QStringLiteral("--db"), project.db(),
                      QStringLiteral("history")},
          QStringList{QStringLiteral("drift"), project.project(), QStringLiteral("--db"), project.db()}}) {
        if (command.first() != QLatin1String("apply"))
            SqliteFile(project.db()).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kept (id integer)"));
        const auto run = runCli(command);
        EXPECT_EQ(run.exitCode, 1) << command.first().toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("_journal.json"))) << run.err.toStdString();
    }
    EXPECT_FALSE(SqliteFile(project.db()).exec(QStringLiteral("SELECT 1 FROM d1_migrations")));
}
