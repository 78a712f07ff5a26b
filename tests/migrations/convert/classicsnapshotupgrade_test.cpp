// SPDX-License-Identifier: GPL-3.0-or-later
// One v6 snapshot converted as drizzle-kit 1.0.0-rc.5's `up` converts it (whole folders are compared with rc.5's
// own output by interop_convert_up_oracle).
#include "migrations/convert/classicsnapshotupgrade.h"
#include "tests/support//testdata.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw::migrations;

namespace {

ClassicSnapshotUpgrade::Upgraded upgraded(const QString &file)
{
    const auto result = ClassicSnapshotUpgrade::upgrade(tw::test::readData(file));
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result.ok() ? result.value() : ClassicSnapshotUpgrade::Upgraded{};
}

const TableDefinition *table(const SchemaDefinition &ddl, const QString &name)
{
    for (const TableDefinition &t : ddl.tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST(ClassicSnapshotUpgrade, KeepsNamesAndUniqueIndexesAndNamesEverySingleColumnKey)
{
    const auto result = upgraded(QStringLiteral("folders/classic-uniques/meta/0001_snapshot.json"));
    const TableDefinition *users = table(result.snapshot.ddl, QStringLiteral("users"));
    ASSERT_NE(users, nullptr);
    EXPECT_EQ(users->primaryKeyName, "users_pk");
    EXPECT_FALSE(users->column(QStringLiteral("id"))->notNull) << "a key column is not NOT NULL in v7";
    EXPECT_EQ(users->column(QStringLiteral("score"))->defaultSql, QStringLiteral("0")) << "defaults are strings";
    EXPECT_TRUE(users->uniques.isEmpty()) << "0.31's unique indexes stay indexes";
    ASSERT_EQ(users->indexes.size(), 2);
    EXPECT_EQ(users->indexes[0].name, "users_email_unique");
    EXPECT_TRUE(users->indexes[0].unique);
    const TableDefinition *postTags = table(result.snapshot.ddl, QStringLiteral("post_tags"));
    ASSERT_NE(postTags, nullptr);
    EXPECT_EQ(postTags->primaryKeyName, "post_tags_post_id_tag_id_pk") << "0.31's composite key name is kept";
    EXPECT_FALSE(postTags->primaryKeyNameExplicit);
    ASSERT_EQ(postTags->foreignKeys.size(), 2);
    EXPECT_EQ(postTags->foreignKeys[0].name, "post_tags_post_id_posts_id_fk") << "no fk_ prefix";
    EXPECT_FALSE(postTags->foreignKeys[0].nameExplicit);
    EXPECT_TRUE(result.bytes.contains("\"onDelete\": \"CASCADE\""));
    EXPECT_TRUE(result.bytes.startsWith("{\n  \"dialect\": \"sqlite\",\n  \"id\": ")) << "up's key order";
    EXPECT_TRUE(result.bytes.endsWith("\n  \"renames\": []\n}"));
}

TEST(ClassicSnapshotUpgrade, KeepsIdAndMakesThePrevIdTheOnlyParent)
{
    const QByteArray v6 = tw::test::readData(QStringLiteral("folders/classic-uniques/meta/0001_snapshot.json"));
    const auto result = upgraded(QStringLiteral("folders/classic-uniques/meta/0001_snapshot.json"));
    EXPECT_TRUE(v6.contains("\"id\": \"" + result.snapshot.id.toUtf8() + '"'));
    ASSERT_EQ(result.snapshot.prevIds.size(), 1);
    EXPECT_TRUE(v6.contains("\"prevId\": \"" + result.snapshot.prevIds.first().toUtf8() + '"'));
}

TEST(ClassicSnapshotUpgrade, RenamesTakeUpsQuotedForm)
{
    QByteArray v6 = tw::test::readData(QStringLiteral("folders/classic-uniques/meta/0000_snapshot.json"));
    v6.replace("\"tables\": {},", R"("tables": {"\"tags\"": "\"labels\""},)");
    const auto result = ClassicSnapshotUpgrade::upgrade(v6);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_TRUE(result.value().bytes.endsWith("\"renames\": [\n    \"\\\"tags\\\"->\\\"labels\\\"\"\n  ]\n}"))
        << result.value().bytes.right(80).toStdString();
}

TEST(ClassicSnapshotUpgrade, AnotherVersionIsRefused)
{
    QByteArray v6 = tw::test::readData(QStringLiteral("folders/classic-uniques/meta/0000_snapshot.json"));
    v6.replace("\"version\": \"6\"", "\"version\": \"5\"");
    const auto result = ClassicSnapshotUpgrade::upgrade(v6);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().startsWith(QStringLiteral("version: \"5\""))) << result.error().toStdString();
}
