// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationsfolder.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::runCli;

namespace {

/// A project folder with the two-migrations drizzle folder as `drizzle/`.
class ProjectFolder
{
public:
    ProjectFolder()
    {
        tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), file(QStringLiteral("drizzle")));
        QString error;
        EXPECT_TRUE(ProjectWriter::writeFile(Project(), project(), &error)) << error.toStdString();
    }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }
    QString project() const { return file(QStringLiteral("app.twproj")); }
    QString wranglerDb(const QString &name) const
    {
        const QString path = file(QStringLiteral(".wrangler/state/v3/d1/miniflare-D1DatabaseObject/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        return path;
    }

private:
    QTemporaryDir m_dir;
};

int tableCount(const QString &db)
{
    int count = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        c.setDatabaseName(db);
        c.open();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        if (q.next())
            count = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

} // namespace

TEST(ApplyCommand, AppliesToWranglersLocalDatabaseFoundNextToTheProject)
{
    ProjectFolder folder;
    folder.wranglerDb(QStringLiteral("metadata.sqlite"));
    const QString db = folder.wranglerDb(QStringLiteral("0a1b2c.sqlite"));
    const auto run = runCli({QStringLiteral("apply"), folder.project()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("applied 0000_init.sql\napplied 0001_demonic_gunslinger.sql\n"));
    EXPECT_EQ(tableCount(db), 4) << "users, tags, d1_migrations, sqlite_sequence";
    const auto again = runCli({QStringLiteral("apply"), folder.project()});
    EXPECT_EQ(again.out, QStringLiteral("No pending migrations for %1\n").arg(db));
}

TEST(ApplyCommand, DryRunWithExplicitDatabaseWritesNothing)
{
    ProjectFolder folder;
    const QString db = folder.file(QStringLiteral("x.sqlite"));
    const auto run = runCli({QStringLiteral("apply"), folder.project(), QStringLiteral("--db"), db,
                             QStringLiteral("--dry-run"), QStringLiteral("--tracking=drizzle")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("would apply 0000_init.sql\n")));
    EXPECT_FALSE(QFile::exists(db));
}

TEST(ApplyCommand, NoLocalDatabaseExplainsWhatToDo)
{
    ProjectFolder folder;
    const auto run = runCli({QStringLiteral("apply"), folder.project()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no local database found"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("pass --db FILE")));
}

TEST(ApplyCommand, SeveralLocalDatabasesAreListed)
{
    ProjectFolder folder;
    folder.wranglerDb(QStringLiteral("a.sqlite"));
    folder.wranglerDb(QStringLiteral("b.sqlite"));
    const auto run = runCli({QStringLiteral("apply"), folder.project()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("several local databases found"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("b.sqlite")));
    // The library names no remedy; the command line adds its own.
    EXPECT_TRUE(run.err.endsWith(QStringLiteral("\npass --db FILE, or set \"database\" in the project settings\n")))
        << run.err.toStdString();
}

TEST(ApplyCommand, UsageErrorsExitTwo)
{
    EXPECT_EQ(runCli({QStringLiteral("apply")}).exitCode, 2);
    const auto badTracking =
        runCli({QStringLiteral("apply"), QStringLiteral("p"), QStringLiteral("--tracking"), QStringLiteral("prisma")});
    EXPECT_EQ(badTracking.exitCode, 2);
    EXPECT_TRUE(badTracking.err.contains(QStringLiteral("--tracking must be one of drizzle, d1, not 'prisma'")));
    EXPECT_EQ(runCli({QStringLiteral("apply"), QStringLiteral("p"), QStringLiteral("--db")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("apply"), QStringLiteral("p"), QStringLiteral("--bogus")}).exitCode, 2);
}

TEST(ApplyCommand, DryRunPrintsTheRehearsalTableAndLeavesTheFileBytesUnchanged)
{
    ProjectFolder folder;
    const QString db = folder.file(QStringLiteral("x.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("apply"), folder.project(), QStringLiteral("--db"), db}).exitCode, 0);
    const auto scanned = tw::migrations::MigrationsFolder::scan(folder.file(QStringLiteral("drizzle")));
    tw::migrations::Journal journal = scanned.journal();
    journal.entries << tw::migrations::JournalEntry{2, QStringLiteral("6"), scanned.nextWhen(0),
                                                    QStringLiteral("0002_drop_tags"), true};
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("drizzle/0002_drop_tags.sql"), "DROP TABLE `tags`;"},
        {QStringLiteral("drizzle/meta/_journal.json"), journal.toJson()},
        {QStringLiteral("drizzle/meta/0002_snapshot.json"),
         QStringLiteral("{\"id\": \"id-2\", \"prevId\": \"%1\"}").arg(scanned.latestSnapshotId()).toUtf8()}};
    for (const auto &[name, bytes] : files) {
        QFile out(folder.file(name));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    }
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        c.setDatabaseName(db);
        ASSERT_TRUE(c.open());
        QSqlQuery(c).exec(QStringLiteral("INSERT INTO tags (name) VALUES ('a'), ('b'), ('c')"));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const auto run =
        runCli({QStringLiteral("apply"), folder.project(), QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("would apply 0002_drop_tags.sql\n\nRehearsal on a copy of ")))
        << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("  tags             3           -        0            0               0              0\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Destructive steps:\n  drop table tags: 3 rows\n")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "a dry run writes nothing to the real database";
}
