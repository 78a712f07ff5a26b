// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using tw::test::runCli;

namespace {

/// Runs @p sql on the database file @p path (created when missing) on a connection of its own.
void execute(const QString &path, const QString &sql)
{
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drift-test"));
        c.setDatabaseName(path);
        ASSERT_TRUE(c.open());
        QSqlQuery q(c);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drift-test"));
}

/// A project folder: the two-migrations folder as `drizzle/`, a project on it, and `db.sqlite` migrated by apply.
class DriftProject : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), file(QStringLiteral("drizzle")));
        QString error;
        ASSERT_TRUE(tw::model::ProjectWriter::writeFile(tw::model::Project(), project(), &error))
            << error.toStdString();
        const auto applied = runCli({QStringLiteral("apply"), project(), QStringLiteral("--db"), db()});
        ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }
    QString project() const { return file(QStringLiteral("app.twproj")); }
    QString db() const { return file(QStringLiteral("db.sqlite")); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DriftProject, InSyncExitsZero)
{
    const auto run = runCli({QStringLiteral("drift"), project(), QStringLiteral("--db"), db()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("In sync: %1 matches the applied migrations\n").arg(db()));
    EXPECT_TRUE(run.err.contains(QStringLiteral("note: expected state: meta/0001_snapshot.json")))
        << run.err.toStdString();
}

TEST_F(DriftProject, DriftIsListedAndExitsOne)
{
    execute(db(), QStringLiteral("ALTER TABLE users ADD COLUMN age integer"));
    execute(db(), QStringLiteral("DROP INDEX users_email_unique"));
    execute(db(), QStringLiteral("CREATE TABLE \"odd \"\"name\"\"\" (x text)"));
    const auto run = runCli({QStringLiteral("drift"), project(), QStringLiteral("--db"), db()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, QStringLiteral("column \"users\".\"age\": in the database only\n"
                                      "index \"users\".\"users_email_unique\": missing from the database\n"
                                      "table \"odd \"\"name\"\"\": in the database only\n"
                                      "3 difference(s) between %1 and the applied migrations\n")
                           .arg(db()));
}

TEST_F(DriftProject, ProblemsAndUsage)
{
    const auto missing =
        runCli({QStringLiteral("drift"), project(), QStringLiteral("--db"), file(QStringLiteral("nope.sqlite"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.sqlite: no such database file")))
        << missing.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("drift")}).exitCode, 2);
    EXPECT_EQ(
        runCli({QStringLiteral("drift"), project(), QStringLiteral("--tracking"), QStringLiteral("git")}).exitCode, 2);
}

TEST(ImportDatabase, ProjectPointsAtTheDatabaseAndWarningsNameTheObject)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("data/live.sqlite"));
    QDir().mkpath(dir.filePath(QStringLiteral("data")));
    execute(db,
            QStringLiteral("CREATE TABLE \"order\" (id integer PRIMARY KEY NOT NULL, qty integer CHECK (qty > 0))"));
    const QString project = dir.filePath(QStringLiteral("app.twproj"));
    const auto run = runCli({QStringLiteral("import"), db, QStringLiteral("-o"), project});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, project + QStringLiteral(": 1 tables, 0 views\n"));
    EXPECT_EQ(run.err, QStringLiteral("warning: %1: table \"order\": CHECK(qty > 0) has no name in the database; it is "
                                      "named \"order_check_1\" in the project\n")
                           .arg(db));
    const auto read = tw::model::ProjectReader::readFile(project);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(read.value().settings.database, QStringLiteral("data/live.sqlite"));
    ASSERT_EQ(read.value().schema.tables.size(), 1);
    EXPECT_EQ(read.value().schema.tables.first().name, QStringLiteral("order"));
    EXPECT_EQ(read.value().schema.tables.first().checkConstraints.first().expression, QStringLiteral("qty > 0"));

    const auto again = runCli({QStringLiteral("import"), db, QStringLiteral("-o"), project});
    EXPECT_EQ(again.exitCode, 1) << "an existing project is replaced only with --force";
}

TEST(ImportDatabase, FileNamedLikeADatabaseWithoutTheHeaderIsRefusedAndAnEmptyOneIsEmpty)
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const auto refused =
        runCli({QStringLiteral("import"), garbage, QStringLiteral("-o"), dir.filePath(QStringLiteral("a.twproj"))});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err,
              garbage +
                  QStringLiteral(": not a SQLite database (it does not start with the header \"SQLite format 3\")\n"));

    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    QFile emptyFile(empty);
    ASSERT_TRUE(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    const auto imported =
        runCli({QStringLiteral("import"), empty, QStringLiteral("-o"), dir.filePath(QStringLiteral("b.twproj"))});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.endsWith(QStringLiteral(": 0 tables, 0 views\n")));
    EXPECT_EQ(QFileInfo(empty).size(), 0) << "importing never writes the database";
}
