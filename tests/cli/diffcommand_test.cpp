// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright diff`: the bytes a migration file would hold, planned and written by the library function Generate
// uses (NextMigration), from any two schemas.
#include "database/sqltext/sqlstatementsplitter.h"
#include "tests/cli/clirunner.h"
#include "tests/cli/exampleworkspace.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tw::model;
using tw::test::runCli;
using Workspace = tw::test::ExampleWorkspace;

namespace {

/// The first error of running @p sql, split as the applier splits it, in a new in-memory SQLite database.
QString errorRunningInSqlite(const QString &sql)
{
    const QString connection = QStringLiteral("diffcommand-test");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return db.lastError().text();
        for (const QString &statement : tw::database::SqlStatementSplitter::split(sql)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                error = statement + QStringLiteral(": ") + query.lastError().text();
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QStringList goldenSnapshotCases()
{
    return QDir(tw::test::dataPath(QStringLiteral("drizzle/snapshots"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

QString goldenSnapshot(const QString &name)
{
    return tw::test::dataPath(QStringLiteral("drizzle/snapshots/%1/snapshot.json").arg(name));
}

Table &tableNamed(Project &project, const char *name)
{
    for (Table &t : project.schema.tables) {
        if (t.name == QLatin1String(name))
            return t;
    }
    ADD_FAILURE() << "no table " << name;
    return project.schema.tables.first();
}

} // namespace

TEST(DiffCommand, PrintsExactlyTheBytesGenerateWrites)
{
    Workspace ws;
    const QString empty = ws.path(QStringLiteral("empty-folder"));
    const auto diff = runCli({QStringLiteral("diff"), empty, ws.project()});
    EXPECT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    ASSERT_EQ(
        runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--name"), QStringLiteral("x")}).exitCode, 0);
    EXPECT_EQ(diff.out.toUtf8(), ws.read(QStringLiteral("drizzle/0000_x.sql")));
    const auto none = runCli({QStringLiteral("diff"), ws.path(QStringLiteral("drizzle")), ws.project()});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.isEmpty()) << none.out.toStdString();
}

TEST(DiffCommand, TargetSqliteIsAcceptedAndUnknownTargetsAreUsageErrors)
{
    Workspace ws;
    const auto sqlite = runCli({QStringLiteral("diff"), ws.path(QStringLiteral("none")), ws.project(),
                                QStringLiteral("--target"), QStringLiteral("sqlite")});
    EXPECT_EQ(sqlite.exitCode, 0) << sqlite.err.toStdString();
    EXPECT_TRUE(sqlite.out.startsWith(QStringLiteral("CREATE TABLE")));
    const auto other = runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--target=postgres")});
    EXPECT_EQ(other.exitCode, 2);
    EXPECT_TRUE(other.err.contains(QStringLiteral("--target must be one of sqlite")));
}

TEST(DiffCommand, SqlFromEveryDrizzleKitSnapshotRunsInSqlite)
{
    QTemporaryDir dir;
    for (const QString &name : goldenSnapshotCases()) {
        for (const QString &target : {QStringLiteral("sqlite"), QStringLiteral("d1")}) {
            const auto run = runCli({QStringLiteral("diff"), dir.filePath(QStringLiteral("none")), goldenSnapshot(name),
                                     QStringLiteral("--target"), target});
            ASSERT_EQ(run.exitCode, 0) << name.toStdString() << ": " << run.err.toStdString();
            EXPECT_EQ(errorRunningInSqlite(run.out), QString())
                << name.toStdString() << " --target " << target.toStdString();
        }
    }
    // drizzle-kit's snapshot leaves the quote of a JSON value undoubled (its bug 5); the SQL must not.
    const auto defaults = runCli(
        {QStringLiteral("diff"), dir.filePath(QStringLiteral("none")), goldenSnapshot(QStringLiteral("defaults"))});
    EXPECT_TRUE(defaults.out.contains(QStringLiteral(R"(`json_quote` text DEFAULT '{"note":"it''s"}',)")))
        << defaults.out.toStdString();
}

TEST(DiffCommand, ASnapshotAndTheProjectImportedFromItAreTheSameSchema)
{
    QTemporaryDir dir;
    for (const QString &name : goldenSnapshotCases()) {
        const QString project = dir.filePath(name + QStringLiteral(".twproj"));
        ASSERT_EQ(runCli({QStringLiteral("import"), goldenSnapshot(name), QStringLiteral("-o"), project}).exitCode, 0);
        for (const QStringList &sides :
             {QStringList{goldenSnapshot(name), project}, QStringList{project, goldenSnapshot(name)}}) {
            const auto run = runCli(QStringList{QStringLiteral("diff")} + sides);
            EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
            EXPECT_EQ(run.out, QString()) << name.toStdString() << ": diff " << sides.join(u' ').toStdString();
        }
    }
}

TEST(DiffCommand, RenamesAndAD1RebuildSinceTheLastGenerateAreTheBytesGenerateWrites)
{
    Workspace ws;
    ASSERT_EQ(runCli({QStringLiteral("generate"), ws.project()}).exitCode, 0);
    Project p = ws.load();
    ASSERT_EQ(p.settings.target, ProjectSettings::Target::D1);
    tableNamed(p, "users").name = QStringLiteral("accounts");
    Table &tags = tableNamed(p, "tags");
    tags.columns[1].name = QStringLiteral("label");
    tags.columns[1].notNull = false; // a rebuild of the parent of product_tags (ON DELETE CASCADE)
    ws.save(p);
    const auto diff = runCli({QStringLiteral("diff"), ws.path(QStringLiteral("drizzle")), ws.project()});
    ASSERT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    // The project generated the folder's latest snapshot: its baseline pairs them by id, as Generate pairs them.
    EXPECT_TRUE(diff.out.startsWith(QStringLiteral("ALTER TABLE `users` RENAME TO `accounts`;")))
        << diff.out.toStdString();
    EXPECT_TRUE(diff.out.contains(QStringLiteral("RENAME COLUMN \"name\" TO \"label\"")));
    EXPECT_TRUE(diff.out.contains(QStringLiteral("CREATE TABLE `__keep_product_tags` AS SELECT")));
    const auto generated =
        runCli({QStringLiteral("generate"), ws.project(), QStringLiteral("--name"), QStringLiteral("next")});
    ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    EXPECT_EQ(diff.out.toUtf8(), ws.read(QStringLiteral("drizzle/0001_next.sql")));
    EXPECT_EQ(diff.err, generated.err) << "the same warnings";
}
