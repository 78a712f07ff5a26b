// SPDX-License-Identifier: GPL-3.0-or-later
// BranchConflicts: drizzle-kit 1.0's conflict check on the branch folders rc.5 made (tests/data/folders/v1-branches-*,
// tools/goldens-v1/make-branch-folders.sh; the interop test compares the verdicts with rc.5's own `check`), and on
// small graphs for the footprint rules.
#include "migrations/branches/branchconflicts.h"
#include "migrations/branches/snapshotgraph.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/snapshot/snapshot.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace tw::migrations;
using tw::test::FolderFixture;

namespace {

/// The migration folder of @p fixture whose name ends in @p suffix (the time prefix is rc.5's clock).
QString folderEndingIn(const FolderFixture &fixture, const QString &suffix)
{
    for (const QString &entry : QDir(fixture.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.endsWith(suffix))
            return entry;
    }
    ADD_FAILURE() << "no folder *" << suffix.toStdString();
    return {};
}

TableDefinition usersTable(QStringList columns)
{
    TableDefinition users;
    users.name = QStringLiteral("users");
    for (const QString &name : columns) {
        ColumnDefinition column;
        column.name = name;
        column.type = QStringLiteral("text");
        users.columns << column;
    }
    users.columns[0].primaryKey = true;
    users.primaryKeyName = QStringLiteral("users_pk");
    return users;
}

SnapshotGraph::Node node(const QString &id, const QString &parent, const QString &folder, TableDefinition users)
{
    SchemaDefinition ddl;
    ddl.tables << std::move(users);
    return {id, {parent}, folder, ddl};
}

} // namespace

TEST(BranchConflicts, AColumnAddedWhileTheOtherBranchRebuildsTheTableIsRc5sConflict)
{
    FolderFixture fixture(QStringLiteral("v1-branches-conflict"));
    const V1MigrationsFolder folder = V1MigrationsFolder::scan(fixture.path());
    QString error;
    const QList<BranchConflict> conflicts = BranchConflicts::find(folder, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(conflicts.size(), 1);
    const BranchConflict &c = conflicts.first();
    EXPECT_EQ(c.parentFolder, folderEndingIn(fixture, QStringLiteral("_init")));
    EXPECT_EQ(c.parentId, folder.migrations().first().snapshotId);
    // rc.5's `check --output json` for this folder: the add_bio branch first, then rebuild_users.
    EXPECT_EQ(c.first.leafFolder, folderEndingIn(fixture, QStringLiteral("_add_bio")));
    EXPECT_EQ(c.first.statement.description(), QStringLiteral("add_column: bio on users table"));
    EXPECT_EQ(c.first.statement.targetKind(), QStringLiteral("column"));
    EXPECT_EQ(c.second.leafFolder, folderEndingIn(fixture, QStringLiteral("_rebuild_users")));
    EXPECT_EQ(c.second.statement.description(), QStringLiteral("recreate_table: users in database"));
    EXPECT_EQ(c.second.statement.targetKind(), QStringLiteral("table"));
    EXPECT_TRUE(c.explanation().contains(QStringLiteral("dropped with its data"))) << c.explanation().toStdString();
    EXPECT_TRUE(c.explanation().contains(c.parentFolder));
}

TEST(BranchConflicts, BranchesOnDifferentTablesDoNotConflict)
{
    FolderFixture fixture(QStringLiteral("v1-branches-ok"));
    const V1MigrationsFolder folder = V1MigrationsFolder::scan(fixture.path());
    ASSERT_EQ(folder.leafIds().size(), 2);
    EXPECT_TRUE(BranchConflicts::find(folder).isEmpty());
    EXPECT_TRUE(
        BranchConflicts::find(V1MigrationsFolder::scan(FolderFixture(QStringLiteral("v1-branches-merged")).path()))
            .isEmpty());
}

TEST(BranchConflicts, EachStatementStaysWithItsBranchWhicheverSortsFirst)
{
    // The rebuild's branch forks first: rc.5 would list the add_column under it; here each side keeps its own.
    const TableDefinition base = usersTable({QStringLiteral("id"), QStringLiteral("name")});
    TableDefinition rebuilt = base;
    rebuilt.columns[1].notNull = true;
    const SnapshotGraph graph =
        SnapshotGraph::of({node(QStringLiteral("p"), Snapshot::originId(), QStringLiteral("1_init"), base),
                           node(QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("2_rebuild"), rebuilt),
                           node(QStringLiteral("b"), QStringLiteral("p"), QStringLiteral("3_bio"),
                                usersTable({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("bio")}))});
    const QList<BranchConflict> conflicts = BranchConflicts::find(graph);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().first.leafFolder, QStringLiteral("2_rebuild"));
    EXPECT_EQ(conflicts.first().first.statement.action, QStringLiteral("recreate_table"));
    EXPECT_EQ(conflicts.first().second.statement.description(), QStringLiteral("add_column: bio on users table"));
}

TEST(BranchConflicts, ColumnChangesConflictOnlyOnTheSameColumn)
{
    const TableDefinition base = usersTable({QStringLiteral("id"), QStringLiteral("name")});
    const auto graphAdding = [&](const QString &a, const QString &b) {
        return SnapshotGraph::of({node(QStringLiteral("p"), Snapshot::originId(), QStringLiteral("1_init"), base),
                                  node(QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("2_a"),
                                       usersTable({QStringLiteral("id"), QStringLiteral("name"), a})),
                                  node(QStringLiteral("b"), QStringLiteral("p"), QStringLiteral("3_b"),
                                       usersTable({QStringLiteral("id"), QStringLiteral("name"), b}))});
    };
    EXPECT_TRUE(BranchConflicts::find(graphAdding(QStringLiteral("bio"), QStringLiteral("age"))).isEmpty());
    const QList<BranchConflict> same = BranchConflicts::find(graphAdding(QStringLiteral("bio"), QStringLiteral("bio")));
    ASSERT_EQ(same.size(), 1);
    EXPECT_EQ(same.first().first.statement.description(), QStringLiteral("add_column: bio on users table"));
    EXPECT_EQ(same.first().second.statement.description(), QStringLiteral("add_column: bio on users table"));
    EXPECT_TRUE(same.first().explanation().contains(QStringLiteral("fails or loses data")));
}

TEST(BranchConflicts, AMergedForkIsNoLongerOpen)
{
    const TableDefinition base = usersTable({QStringLiteral("id"), QStringLiteral("name")});
    TableDefinition rebuilt = base;
    rebuilt.columns[1].notNull = true;
    SnapshotGraph::Node merge =
        node(QStringLiteral("m"), QStringLiteral("a"), QStringLiteral("4_merge"), usersTable({QStringLiteral("id")}));
    merge.prevIds << QStringLiteral("b");
    const SnapshotGraph graph =
        SnapshotGraph::of({node(QStringLiteral("p"), Snapshot::originId(), QStringLiteral("1_init"), base),
                           node(QStringLiteral("a"), QStringLiteral("p"), QStringLiteral("2_rebuild"), rebuilt),
                           node(QStringLiteral("b"), QStringLiteral("p"), QStringLiteral("3_bio"),
                                usersTable({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("bio")})),
                           merge});
    EXPECT_EQ(graph.leafIds(), QStringList{QStringLiteral("m")});
    EXPECT_TRUE(BranchConflicts::find(graph).isEmpty()) << "both branches end in the same merge: rc.5 skips the pair";
}
