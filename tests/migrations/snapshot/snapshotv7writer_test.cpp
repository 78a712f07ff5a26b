// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotV7Writer on snapshots built by hand: the bytes drizzle-kit 1.0.0-rc.5 wrote for the same schema.
#include "migrations/snapshot/snapshotv7.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

using namespace tw::migrations;

namespace {

ColumnDefinition column(const char *name, const char *type, bool primaryKey = false, bool autoincrement = false)
{
    ColumnDefinition c;
    c.name = QString::fromUtf8(name);
    c.type = QString::fromUtf8(type);
    c.primaryKey = primaryKey;
    c.autoincrement = autoincrement;
    return c;
}

TableDefinition table(const char *name, const char *keyName, QList<ColumnDefinition> columns)
{
    TableDefinition t;
    t.name = QString::fromUtf8(name);
    t.primaryKeyName = QString::fromUtf8(keyName);
    t.columns = std::move(columns);
    return t;
}

/// tests/data/snapshot-golden-v1/renames: the second migration, after renaming tags to labels and two columns.
SnapshotV7 renamesSnapshot()
{
    SnapshotV7 snapshot;
    snapshot.id = QStringLiteral("3b886db4-770b-4d1f-ae7d-488bc4c2ca39");
    snapshot.prevIds = {QStringLiteral("4ec126d6-d6ad-45da-bb8d-d6c1ce6919c0")};
    TableDefinition posts =
        table("posts", "posts_pk", {column("id", "integer", true, true), column("tag_id", "integer")});
    ForeignKeyDefinition fk;
    fk.name = QStringLiteral("fk_posts_tag_id_tags_id_fk");
    fk.table = posts.name;
    fk.columns = {QStringLiteral("tag_id")};
    fk.targetTable = QStringLiteral("labels");
    fk.targetColumns = {QStringLiteral("id")};
    fk.onDelete = tw::model::ReferentialAction::SetNull;
    posts.foreignKeys << fk;
    TableDefinition labels = table("labels", "tags_pk", {column("id", "integer", true), column("title", "text")});
    labels.uniques << UniqueDefinition{QStringLiteral("tags_label_unique"), {QStringLiteral("title")}, false, true};
    TableDefinition users = table("users", "users_pk", {column("id", "integer", true), column("display_name", "text")});
    snapshot.ddl.tables = {posts, labels, users};
    snapshot.renames.addTable(QStringLiteral("tags"), QStringLiteral("labels"));
    snapshot.renames.addColumn(QStringLiteral("labels"), QStringLiteral("label"), QStringLiteral("title"));
    snapshot.renames.addColumn(QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("display_name"));
    return snapshot;
}

TEST(SnapshotV7Writer, WritesDrizzleKitsBytesForAHandBuiltSnapshot)
{
    EXPECT_EQ(SnapshotV7Writer::write(renamesSnapshot()),
              tw::test::readData(QStringLiteral("snapshot-golden-v1/renames/snapshot.json")));
}

TEST(SnapshotV7Writer, ListsTableLevelKeysAndUniquesOfEveryTableBeforeColumnOnes)
{
    SnapshotV7 snapshot;
    snapshot.id = QStringLiteral("x");
    snapshot.prevIds = {QStringLiteral("y")};
    TableDefinition a = table("a", "a_pk", {column("id", "integer", true), column("u", "text")});
    a.uniques << UniqueDefinition{QStringLiteral("a_u_unique"), {QStringLiteral("u")}, false, true};
    TableDefinition b = table("b", "b_pk", {column("id", "integer", true), column("v", "text")});
    b.primaryKeyOnTable = true;
    b.uniques << UniqueDefinition{QStringLiteral("b_v_unique"), {QStringLiteral("v")}, false, false};
    snapshot.ddl.tables = {a, b};
    const QByteArray json = SnapshotV7Writer::write(snapshot);
    EXPECT_LT(json.indexOf("\"b_pk\""), json.indexOf("\"a_pk\""));
    EXPECT_LT(json.indexOf("\"b_v_unique\""), json.indexOf("\"a_u_unique\""));
    EXPECT_FALSE(json.endsWith('\n'));
}

TEST(SnapshotV7Writer, WritesDefaultsAsStringsActionsUpperCaseAndAnExistingViewWithoutDefinition)
{
    SnapshotV7 snapshot;
    TableDefinition t = table("t", "", {column("flag", "integer"), column("n", "text")});
    t.columns[0].defaultSql = QStringLiteral("true");
    t.columns[1].generatedExpression = QStringLiteral("(upper(\"flag\"))");
    t.columns[1].generatedStored = true;
    ForeignKeyDefinition fk;
    fk.name = QStringLiteral("f");
    fk.table = QStringLiteral("t");
    fk.columns = fk.targetColumns = {QStringLiteral("flag")};
    fk.targetTable = QStringLiteral("t");
    fk.onUpdate = tw::model::ReferentialAction::SetDefault;
    t.foreignKeys << fk;
    snapshot.ddl.tables = {t};
    snapshot.ddl.views << ViewDefinition{{}, QStringLiteral("old"), {}, {}, true};
    const QByteArray json = SnapshotV7Writer::write(snapshot);
    EXPECT_TRUE(json.contains("\"default\": \"true\","));
    EXPECT_TRUE(json.contains(
        "\"generated\": {\n        \"as\": \"(upper(\\\"flag\\\"))\",\n        \"type\": \"stored\"\n      },"));
    EXPECT_TRUE(json.contains("\"onUpdate\": \"SET DEFAULT\",\n      \"onDelete\": \"NO ACTION\","));
    EXPECT_TRUE(json.contains("\"definition\": null,\n      \"isExisting\": true,\n      \"error\": null,"));
    EXPECT_FALSE(json.contains("\"pks\"")) << "a table without a key has no pks entry";
    EXPECT_TRUE(json.endsWith("\"renames\": []\n}"));
}

} // namespace
