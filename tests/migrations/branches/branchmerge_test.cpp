// SPDX-License-Identifier: GPL-3.0-or-later
// Generating on open branches of a drizzle-kit 1.0 folder: the previous state is rc.5's merge (the fork plus every
// branch), prevIds the leaves in rc.5's order, and the bytes are rc.5's own (tests/data/folders/v1-branches-merged is
// v1-branches-ok plus the merge migration rc.5 wrote for one further change; make-branch-folders.sh).
#include "migrations/branches/branchmerge.h"
#include "migrations/branches/snapshotgraph.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotv7schemareader.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace tw::migrations;
using tw::model::Project;
using tw::test::FolderFixture;

namespace {

/// rc.5's merge migration for the v1-branches-ok folder (its only folder ending in `_merge_index`).
struct Rc5Merge
{
    QString folder;
    SnapshotV7 snapshot;
    QByteArray sql;
    QByteArray snapshotBytes;
};

Rc5Merge rc5Merge()
{
    FolderFixture merged(QStringLiteral("v1-branches-merged"));
    Rc5Merge merge;
    for (const QString &entry : QDir(merged.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.endsWith(QLatin1String("_merge_index")))
            merge.folder = entry;
    }
    merge.sql = merged.read(merge.folder + QStringLiteral("/migration.sql"));
    merge.snapshotBytes = merged.read(merge.folder + QStringLiteral("/snapshot.json"));
    auto snapshot = SnapshotV7Reader::read(merge.snapshotBytes);
    EXPECT_TRUE(snapshot) << snapshot.error().toStdString();
    merge.snapshot = snapshot ? snapshot.value() : SnapshotV7{};
    return merge;
}

/// A v1 project holding @p ddl's schema (as import makes it), with a fresh baseline on @p snapshotId.
Project projectOf(const SchemaDefinition &ddl, const QString &snapshotId = {})
{
    Project project;
    auto schema = SnapshotV7SchemaReader::toSchema(ddl);
    EXPECT_TRUE(schema) << schema.error().toStdString();
    project.schema = schema ? schema.value() : tw::model::Schema{};
    project.settings.migrationLayout = tw::model::ProjectSettings::MigrationLayout::V1;
    project.settings.target = tw::model::ProjectSettings::Target::Sqlite;
    if (!snapshotId.isEmpty())
        project.baseline = BaselineMapper::baselineFor(project.schema, snapshotId);
    return project;
}

} // namespace

TEST(BranchMerge, TheNextMigrationOnOpenBranchesIsRc5sMergeByteForByte)
{
    FolderFixture fixture(QStringLiteral("v1-branches-ok"));
    const Rc5Merge rc5 = rc5Merge();
    const auto next = NextMigration::compute(projectOf(rc5.snapshot.ddl), fixture.path());
    ASSERT_TRUE(next) << next.error().toStdString();
    EXPECT_EQ(next.value().sql.toUtf8(), rc5.sql);
    EXPECT_EQ(next.value().prevIds, rc5.snapshot.prevIds) << "the leaves, sorted as rc.5's localeCompare sorts them";
    SnapshotV7 written{rc5.snapshot.id, next.value().prevIds, next.value().next, next.value().renames};
    EXPECT_EQ(SnapshotV7Writer::write(written).toStdString(), rc5.snapshotBytes.toStdString());
}

TEST(BranchMerge, TheMergedStateHoldsEveryBranchSoNoChangeWritesNothing)
{
    FolderFixture fixture(QStringLiteral("v1-branches-ok"));
    const V1MigrationsFolder folder = V1MigrationsFolder::scan(fixture.path());
    const auto merge = BranchMerge::continuing(folder);
    ASSERT_TRUE(merge) << merge.error().toStdString();
    EXPECT_EQ(merge.value().forkId, folder.migrations().first().snapshotId);
    QStringList tables;
    for (const TableDefinition &t : merge.value().ddl.tables) {
        tables << t.name;
        if (t.name == QLatin1String("users")) {
            EXPECT_NE(t.column(QStringLiteral("bio")), nullptr) << "the add_bio branch";
        }
    }
    // The fork's tables in its order, then the one a branch created (rc.5's generateLatestSnapshot appends).
    EXPECT_EQ(tables, (QStringList{QStringLiteral("posts"), QStringLiteral("users"), QStringLiteral("comments")}));

    // The project after the git merge (both branches, nothing more), having generated either leaf: no changes,
    // and generate writes no merge migration (rc.5 neither).
    SchemaDefinition both = rc5Merge().snapshot.ddl;
    for (TableDefinition &t : both.tables)
        t.indexes.clear();
    for (const QString &leaf : folder.leafIds()) {
        GenerateRequest request;
        request.project = projectOf(both, leaf);
        request.migrationsFolder = fixture.path();
        const auto outcome = MigrationGenerator::generate(request);
        ASSERT_TRUE(outcome) << outcome.error().toStdString();
        EXPECT_TRUE(outcome.value().noChanges) << outcome.value().sql.toStdString();
    }
    EXPECT_EQ(V1MigrationsFolder::scan(fixture.path()).migrations().size(), 3);
}

TEST(BranchMerge, ConflictingBranchesAreRefusedAndNothingIsWritten)
{
    FolderFixture fixture(QStringLiteral("v1-branches-conflict"));
    const V1MigrationsFolder folder = V1MigrationsFolder::scan(fixture.path());
    GenerateRequest request;
    request.project = projectOf(folder.latestSnapshot()->ddl);
    request.migrationsFolder = fixture.path();
    const auto outcome = MigrationGenerator::generate(request);
    ASSERT_FALSE(outcome);
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("conflicting branches"))) << outcome.error().toStdString();
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("add_column: bio on users table")));
    EXPECT_TRUE(outcome.error().contains(QStringLiteral("recreate_table: users in database")));
    EXPECT_EQ(V1MigrationsFolder::scan(fixture.path()).migrations().size(), 3);
}

TEST(BranchMerge, TheLowestCommonAncestorIsTheDeepestSharedSnapshot)
{
    const auto node = [](const QString &id, QStringList parents) {
        return SnapshotGraph::Node{id, std::move(parents), id, {}};
    };
    const SnapshotGraph graph = SnapshotGraph::of(
        {node(QStringLiteral("p"), {QStringLiteral("0")}), node(QStringLiteral("q"), {QStringLiteral("p")}),
         node(QStringLiteral("a"), {QStringLiteral("q")}), node(QStringLiteral("b"), {QStringLiteral("q")}),
         node(QStringLiteral("c"), {QStringLiteral("p")})});
    EXPECT_EQ(graph.lowestCommonAncestor({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("q"));
    EXPECT_EQ(graph.lowestCommonAncestor({QStringLiteral("a"), QStringLiteral("c")}), QStringLiteral("p"));
    EXPECT_EQ(graph.forkIds(), (QStringList{QStringLiteral("p"), QStringLiteral("q")}));
    EXPECT_EQ(graph.leavesUnder(QStringLiteral("q")).size(), 2);
}
