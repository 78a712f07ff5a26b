// SPDX-License-Identifier: GPL-3.0-or-later
// `check` and `generate` on drizzle-kit 1.0 folders with open branches (tests/data/folders/v1-branches-*, made by
// rc.5): conflicting branches are explained and refused, branches on different tables are merged.
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotv7schemareader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

using tw::test::FolderFixture;
using tw::test::runCli;

namespace {

QString folderEndingIn(const FolderFixture &fixture, const QString &suffix)
{
    for (const QString &entry : QDir(fixture.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.endsWith(suffix))
            return entry;
    }
    ADD_FAILURE() << "no folder *" << suffix.toStdString();
    return {};
}

/// A v1 project beside @p fixture's `drizzle/` holding the schema of @p fixture's latest snapshot, minus its indexes.
QString saveProject(const FolderFixture &fixture, const FolderFixture &schemaFrom)
{
    const auto latest = tw::migrations::V1MigrationsFolder::scan(schemaFrom.path()).latestSnapshot();
    EXPECT_TRUE(latest.has_value());
    tw::migrations::SchemaDefinition ddl = latest ? latest->ddl : tw::migrations::SchemaDefinition{};
    for (tw::migrations::TableDefinition &t : ddl.tables)
        t.indexes.clear();
    tw::model::Project project;
    auto schema = tw::migrations::SnapshotV7SchemaReader::toSchema(ddl);
    EXPECT_TRUE(schema) << schema.error().toStdString();
    project.schema = schema ? schema.value() : tw::model::Schema{};
    project.settings.migrationLayout = tw::model::ProjectSettings::MigrationLayout::V1;
    const QString path = QFileInfo(fixture.path()).dir().filePath(QStringLiteral("p.twproj"));
    QString error;
    EXPECT_TRUE(tw::model::ProjectWriter::writeFile(project, path, &error)) << error.toStdString();
    return path;
}

} // namespace

TEST(CheckBranches, ConflictingBranchesAreAnErrorNamingTheForkBothBranchesAndTheDanger)
{
    FolderFixture fixture(QStringLiteral("v1-branches-conflict"));
    const auto run = runCli({QStringLiteral("check"), saveProject(fixture, fixture)});
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
    const QString expected =
        QStringLiteral("error: %1: conflicting branches: %2 and %3 were both generated from %4 and change the same "
                       "table: %2 does \"add_column: bio on users table\", %3 does \"recreate_table: users in "
                       "database\". Merging them is dangerous: a table rebuild copies only the columns its own branch "
                       "knew, so a column the other branch added is dropped with its data")
            .arg(fixture.path(), folderEndingIn(fixture, QStringLiteral("_add_bio")),
                 folderEndingIn(fixture, QStringLiteral("_rebuild_users")),
                 folderEndingIn(fixture, QStringLiteral("_init")));
    EXPECT_TRUE(run.out.contains(expected)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Resolve it in version control"))) << run.out.toStdString();
}

TEST(CheckBranches, GenerateRefusesConflictingBranchesAndWritesNothing)
{
    FolderFixture fixture(QStringLiteral("v1-branches-conflict"));
    const QString project = saveProject(fixture, fixture);
    const auto run = runCli({QStringLiteral("generate"), project, QStringLiteral("--name"), QStringLiteral("merge")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("recreate_table: users in database"))) << run.err.toStdString();
    EXPECT_EQ(QDir(fixture.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 3);
}

TEST(CheckBranches, ApplyRefusesConflictingBranchesAsDrizzleKitMigrateDoesAndWritesNothing)
{
    FolderFixture fixture(QStringLiteral("v1-branches-conflict"));
    const QString project = saveProject(fixture, fixture);
    const QString database = QFileInfo(project).dir().filePath(QStringLiteral("local.sqlite"));
    const auto run = runCli({QStringLiteral("apply"), project, QStringLiteral("--db"), database});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("conflicting branches; nothing was applied"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("recreate_table: users in database"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(database));
}

TEST(CheckBranches, ApplyRunsBranchesOnDifferentTables)
{
    FolderFixture fixture(QStringLiteral("v1-branches-ok"));
    const QString project = saveProject(fixture, fixture);
    const QString database = QFileInfo(project).dir().filePath(QStringLiteral("local.sqlite"));
    const auto run = runCli({QStringLiteral("apply"), project, QStringLiteral("--db"), database});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST(CheckBranches, BranchesOnDifferentTablesAreFineAndMergeWithoutChanges)
{
    FolderFixture fixture(QStringLiteral("v1-branches-ok"));
    const FolderFixture merged(QStringLiteral("v1-branches-merged"));
    const QString project = saveProject(fixture, merged);
    const auto check = runCli({QStringLiteral("check"), project});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("2 open branches end in"))) << check.out.toStdString();
    EXPECT_FALSE(check.out.contains(QStringLiteral("changes no migration holds"))) << check.out.toStdString();
    const auto generate = runCli({QStringLiteral("generate"), project});
    EXPECT_EQ(generate.exitCode, 0) << generate.err.toStdString();
    EXPECT_TRUE(generate.out.contains(QStringLiteral("No schema changes"))) << generate.out.toStdString();
}

TEST(CheckBranches, ImportOfOpenBranchesTakesTheirMergeAndGenerateThenHasNothingToDo)
{
    FolderFixture fixture(QStringLiteral("v1-branches-ok"));
    const QString project = QFileInfo(fixture.path()).dir().filePath(QStringLiteral("imported.twproj"));
    const auto imported = runCli({QStringLiteral("import"), fixture.path(), QStringLiteral("-o"), project});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto generate = runCli({QStringLiteral("generate"), project});
    EXPECT_EQ(generate.exitCode, 0) << generate.err.toStdString();
    EXPECT_TRUE(generate.out.contains(QStringLiteral("No schema changes")))
        << "the imported project holds both branches: " << generate.out.toStdString();

    FolderFixture conflict(QStringLiteral("v1-branches-conflict"));
    const auto refused = runCli({QStringLiteral("import"), conflict.path(), QStringLiteral("-o"),
                                 QFileInfo(conflict.path()).dir().filePath(QStringLiteral("c.twproj"))});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("conflicting branches"))) << refused.err.toStdString();
}

TEST(CheckBranches, JsonOutputHasRc5sShape)
{
    FolderFixture fixture(QStringLiteral("v1-branches-conflict"));
    const auto run = runCli(
        {QStringLiteral("check"), saveProject(fixture, fixture), QStringLiteral("--output"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1);
    const auto json = tw::migrations::JsonText::parse(run.out.toUtf8());
    ASSERT_TRUE(json) << run.out.toStdString();
    EXPECT_EQ(json.value().find(QStringLiteral("status"))->toString(), QStringLiteral("error"));
    const tw::migrations::JsonValue *error = json.value().find(QStringLiteral("error"));
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->find(QStringLiteral("kind"))->toString(), QStringLiteral("conflicts"));
    const tw::migrations::JsonValue &detail = error->find(QStringLiteral("details"))->values().at(0);
    EXPECT_EQ(detail.find(QStringLiteral("parentPath"))->toString(),
              QStringLiteral("drizzle/") + folderEndingIn(fixture, QStringLiteral("_init")));
    const tw::migrations::JsonValue &first = detail.find(QStringLiteral("branches"))->values().at(0);
    EXPECT_EQ(first.find(QStringLiteral("leafPath"))->toString(),
              QStringLiteral("drizzle/") + folderEndingIn(fixture, QStringLiteral("_add_bio")));
    EXPECT_EQ(first.find(QStringLiteral("statementDescription"))->toString(),
              QStringLiteral("add_column: bio on users table"));
    EXPECT_EQ(first.find(QStringLiteral("target"))->find(QStringLiteral("table"))->toString(), QStringLiteral("users"));
    EXPECT_EQ(first.find(QStringLiteral("action"))->toString(), QStringLiteral("add_column"));

    FolderFixture ok(QStringLiteral("v1-branches-ok"));
    const FolderFixture merged(QStringLiteral("v1-branches-merged"));
    const auto fine =
        runCli({QStringLiteral("check"), saveProject(ok, merged), QStringLiteral("--output"), QStringLiteral("json")});
    EXPECT_EQ(fine.exitCode, 0);
    EXPECT_TRUE(fine.out.startsWith(QStringLiteral("{\n  \"status\": \"ok\",\n  \"dialect\": \"sqlite\",")))
        << fine.out.toStdString();
}
