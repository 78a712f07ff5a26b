// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright rollback` and `apply --dry-run --with-rollback` on a project whose drizzle/ is drizzle-kit 0.31's
// two-migrations folder, applied to a database given with --db.
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using tw::test::runCli;
using tw::test::SqliteFile;

namespace {

class RollbackProject
{
public:
    RollbackProject()
    {
        tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), file(QStringLiteral("drizzle")));
        QString error;
        EXPECT_TRUE(tw::model::ProjectWriter::writeFile(tw::model::Project(), project(), &error))
            << error.toStdString();
        const auto applied = runCli({QStringLiteral("apply"), project(), QStringLiteral("--db"), db()});
        EXPECT_EQ(applied.exitCode, 0) << applied.err.toStdString();
        EXPECT_TRUE(SqliteFile(db()).exec(QStringLiteral("INSERT INTO tags (name) VALUES ('a'), ('b')")));
    }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }
    QString project() const { return file(QStringLiteral("app.twproj")); }
    QString db() const { return file(QStringLiteral("local.sqlite")); }
    QStringList args(const QStringList &more) const
    {
        return QStringList{QStringLiteral("rollback"), project(), QStringLiteral("--db"), db()} + more;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST(RollbackCommand, DryRunPrintsThePlanTheDownSqlAndTheRowsLostAndWritesNothing)
{
    RollbackProject project;
    const QByteArray before = SqliteFile(project.db()).bytes();
    const auto run = runCli(project.args({QStringLiteral("--dry-run")}));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("undo 0001_demonic_gunslinger"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("drop table tags: 2 rows"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("DROP TABLE `tags`;"))) << run.out.toStdString();
    EXPECT_EQ(SqliteFile(project.db()).bytes(), before);
    EXPECT_EQ(QDir(project.file(QString())).entryList({QStringLiteral("*.backup-*")}, QDir::Files).size(), 0);
}

TEST(RollbackCommand, UndoesTheLastAppliedMigrationAfterABackup)
{
    RollbackProject project;
    const auto run = runCli(project.args({}));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("rolled back 0001_demonic_gunslinger"))) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("backup: "))) << run.err.toStdString();
    EXPECT_EQ(SqliteFile(project.db()).rows(QStringLiteral("SELECT name FROM d1_migrations")),
              QStringList{QStringLiteral("0000_init.sql")});
    EXPECT_EQ(SqliteFile(project.db())
                  .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tags'"))
                  .toInt(),
              0);
    const auto again = runCli({QStringLiteral("apply"), project.project(), QStringLiteral("--db"), project.db()});
    EXPECT_EQ(again.out, QStringLiteral("applied 0001_demonic_gunslinger.sql\n")) << again.err.toStdString();
}

TEST(RollbackCommand, ACustomMigrationWithoutItsDownFileIsRefusedNamingTheFile)
{
    RollbackProject project;
    QFile sql(project.file(QStringLiteral("drizzle/0001_demonic_gunslinger.sql")));
    ASSERT_TRUE(sql.open(QIODevice::Append));
    sql.write("\n--> statement-breakpoint\nINSERT INTO tags (name) VALUES ('seeded');");
    sql.close();
    // An edit after applying: wrangler's d1_migrations (the default tracking) goes by name and does not mind.
    const auto run = runCli(project.args({}));
    EXPECT_EQ(run.exitCode, 1);
    const QString downFile =
        QFileInfo(project.file(QStringLiteral("rollback/0001_demonic_gunslinger.down.sql"))).absoluteFilePath();
    EXPECT_TRUE(run.err.contains(downFile)) << run.err.toStdString();

    QDir().mkpath(project.file(QStringLiteral("rollback")));
    QFile down(downFile);
    ASSERT_TRUE(down.open(QIODevice::WriteOnly));
    down.write("DROP TABLE tags;\n");
    down.close();
    const auto withFile = runCli(project.args({}));
    EXPECT_EQ(withFile.exitCode, 0) << withFile.err.toStdString() << withFile.out.toStdString();
    EXPECT_TRUE(withFile.out.contains(QStringLiteral("from ") + downFile)) << withFile.out.toStdString();
}

TEST(RollbackCommand, WithRollbackRehearsesUpThenDownOnACopy)
{
    RollbackProject project;
    ASSERT_EQ(runCli(project.args({})).exitCode, 0);
    const QByteArray before = SqliteFile(project.db()).bytes();
    const QStringList apply{QStringLiteral("apply"), project.project(), QStringLiteral("--db"), project.db()};
    EXPECT_EQ(runCli(apply + QStringList{QStringLiteral("--with-rollback")}).exitCode, 2) << "needs --dry-run";
    const auto run = runCli(apply + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--with-rollback")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Down: undid 0001_demonic_gunslinger"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("restores the starting schema, rows and history exactly")))
        << run.out.toStdString();
    EXPECT_EQ(SqliteFile(project.db()).bytes(), before);
}
