// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/constraintnames.h"
#include "migrations/diff/differ.h"
#include "migrations/diff/tabledefinitionbuilder.h"
#include "migrations/sqlite/sqlitev1migrationwriter.h"
#include "tests/migrations/diff/goldencasesparts.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::migrations;
using namespace tw::test::dsl;
using model::ReferentialAction;

namespace {

/// V1, pairing by name with `tags` renamed to `labels` (the dsl resolves foreign keys by the target's name).
DiffOptions v1Options()
{
    DiffOptions options;
    options.dialect = SqlDialect::V1;
    options.matching = DiffOptions::Matching::NamesOnly;
    options.renames.addTable(QStringLiteral("tags"), QStringLiteral("labels"));
    return options;
}

TableSpec tagsWithUniqueLabel(const QString &name)
{
    TableSpec t(name);
    t << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label")).notNull().unique();
    return t;
}

TableSpec postTags(const QString &target, ReferentialAction onDelete = ReferentialAction::Cascade)
{
    TableSpec t(QStringLiteral("post_tags"));
    t << integer(QStringLiteral("tag_id")).notNull();
    t.foreignKey({QStringLiteral("tag_id")}, target, {QStringLiteral("id")}, onDelete);
    return t;
}

} // namespace

TEST(DiffV1, DefinitionsNameEveryKeyAndKeepUniquesAsConstraints)
{
    const TableDefinition tags =
        TableDefinitionBuilder::tables(schema({tagsWithUniqueLabel(QStringLiteral("tags"))}), SqlDialect::V1).first();
    EXPECT_EQ(tags.primaryKeyName, QStringLiteral("tags_pk"));
    EXPECT_FALSE(tags.primaryKeyNameExplicit);
    EXPECT_FALSE(tags.columns.first().notNull) << "rc.5 leaves a key column's NOT NULL to the key";
    ASSERT_EQ(tags.uniques.size(), 1);
    EXPECT_EQ(tags.uniques.first(),
              (UniqueDefinition{QStringLiteral("tags_label_unique"), {QStringLiteral("label")}, false, true}));
    EXPECT_TRUE(tags.indexes.isEmpty());

    const TableDefinition classic =
        TableDefinitionBuilder::tables(schema({tagsWithUniqueLabel(QStringLiteral("tags"))})).first();
    EXPECT_TRUE(classic.primaryKeyName.isEmpty());
    EXPECT_TRUE(classic.uniques.isEmpty());
    EXPECT_EQ(classic.indexes.size(), 1);
}

TEST(DiffV1, DefaultForeignKeyNamesHaveTheFkPrefixAndExplicitOnesAreFlagged)
{
    TableSpec posts = postTags(QStringLiteral("tags"));
    posts.foreignKey({QStringLiteral("tag_id")}, QStringLiteral("tags"), {QStringLiteral("id")},
                     ReferentialAction::NoAction, ReferentialAction::NoAction, QStringLiteral("custom_fk"));
    const SchemaDefinition d =
        schemaDefinition(schema({tagsWithUniqueLabel(QStringLiteral("tags")), posts}), SqlDialect::V1);
    const TableDefinition &t =
        d.tables.first().name == QStringLiteral("post_tags") ? d.tables.first() : d.tables.last();
    ASSERT_EQ(t.foreignKeys.size(), 2);
    EXPECT_EQ(t.foreignKeys[0].name, QStringLiteral("fk_post_tags_tag_id_tags_id_fk"));
    EXPECT_FALSE(t.foreignKeys[0].nameExplicit);
    EXPECT_EQ(t.foreignKeys[1].name, QStringLiteral("custom_fk"));
    EXPECT_TRUE(t.foreignKeys[1].nameExplicit);
    EXPECT_TRUE(t.primaryKeyName.isEmpty()) << "a table without a key has no key entity";
}

TEST(DiffV1, ATableRenameKeepsTheGeneratedNamesOfTheOldState)
{
    const SchemaDefinition before = schemaDefinition(
        schema({postTags(QStringLiteral("tags")), tagsWithUniqueLabel(QStringLiteral("tags"))}), SqlDialect::V1);
    const SchemaDefinition after = schemaDefinition(
        schema({postTags(QStringLiteral("labels")), tagsWithUniqueLabel(QStringLiteral("labels"))}), SqlDialect::V1);
    const SchemaDefinition named = inheritConstraintNames(before, after, v1Options());
    const TableDefinition *labels = nullptr;
    const TableDefinition *children = nullptr;
    for (const TableDefinition &t : named.tables)
        (t.name == QStringLiteral("labels") ? labels : children) = &t;
    ASSERT_TRUE(labels && children);
    EXPECT_EQ(labels->primaryKeyName, QStringLiteral("tags_pk"));
    EXPECT_EQ(labels->uniques.first().name, QStringLiteral("tags_label_unique"));
    EXPECT_EQ(children->foreignKeys.first().name, QStringLiteral("fk_post_tags_tag_id_tags_id_fk"));
    // So the rename is all there is to do: no recreation for a "new" key name.
    const MigrationPlan plan = diff(before, after, v1Options());
    ASSERT_EQ(plan.operations.size(), 1);
    EXPECT_TRUE(std::holds_alternative<RenameTable>(plan.operations.first()));
}

TEST(DiffV1, AChangedKeyGetsItsOwnNameAndExplicitNamesNeverChange)
{
    const SchemaDefinition before = schemaDefinition(
        schema({postTags(QStringLiteral("tags")), tagsWithUniqueLabel(QStringLiteral("tags"))}), SqlDialect::V1);
    TableSpec renamedAndChanged = postTags(QStringLiteral("labels"), ReferentialAction::SetNull);
    const SchemaDefinition after =
        schemaDefinition(schema({renamedAndChanged, tagsWithUniqueLabel(QStringLiteral("labels"))}), SqlDialect::V1);
    const SchemaDefinition named = inheritConstraintNames(before, after, v1Options());
    for (const TableDefinition &t : named.tables) {
        if (t.name == QStringLiteral("post_tags")) {
            EXPECT_EQ(t.foreignKeys.first().name, QStringLiteral("fk_post_tags_tag_id_labels_id_fk"))
                << "another ON DELETE is another key: rc.5 names it afresh";
        }
    }

    SchemaDefinition explicitBefore = before;
    explicitBefore.tables.last().uniques.first().nameExplicit = true;
    const SchemaDefinition kept = inheritConstraintNames(
        explicitBefore,
        schemaDefinition(schema({postTags(QStringLiteral("labels")), tagsWithUniqueLabel(QStringLiteral("labels"))}),
                         SqlDialect::V1),
        v1Options());
    for (const TableDefinition &t : kept.tables) {
        if (t.name == QStringLiteral("labels")) {
            EXPECT_EQ(t.uniques.first().name, QStringLiteral("labels_label_unique"));
        }
    }
}

TEST(DiffV1, AnIndexChangedUnderItsNameIsDroppedAndCreated)
{
    TableSpec before = test::postsTable();
    TableSpec after(QStringLiteral("posts"));
    after << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
          << integer(QStringLiteral("author_id")).notNull();
    after.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")});
    after.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title")}, true);
    const MigrationPlan plan =
        diff(schema({test::usersTable(), before}), schema({test::usersTable(), after}), v1Options());
    ASSERT_EQ(plan.operations.size(), 2);
    EXPECT_EQ(std::get<DropIndex>(plan.operations[0]).name, QStringLiteral("posts_title_idx"));
    EXPECT_TRUE(std::get<CreateIndex>(plan.operations[1]).index.unique);
}

TEST(DiffV1, EverySchemaAgainstItselfIsEmpty)
{
    DiffOptions byIds; // a Tablewright project against its baseline: ids first
    byIds.dialect = SqlDialect::V1;
    for (const test::V1GoldenCase &c : test::v1GoldenCases()) {
        EXPECT_TRUE(diff(c.golden.after, c.golden.after, byIds).isEmpty()) << c.golden.name.toStdString();
        const MigrationPlan same = diff(c.golden.before, c.golden.before, byIds);
        EXPECT_TRUE(same.isEmpty() && same.warnings.isEmpty()) << c.golden.name.toStdString();
    }
}

TEST(DiffV1, AUniqueConstraintOnExistingRowsWarnsLikeAUniqueIndex)
{
    TableSpec tags(QStringLiteral("tags"));
    tags << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label")).notNull().unique();
    const MigrationPlan plan = diff(schema({test::tagsTable()}), schema({tags}), v1Options());
    ASSERT_EQ(plan.warnings.size(), 1);
    EXPECT_EQ(plan.warnings.first().kind, MigrationWarning::Kind::UniqueAdded);
    EXPECT_EQ(plan.warnings.first().object, QStringLiteral("tags.tags_label_unique"));
    EXPECT_TRUE(diff(schema({tags}), schema({tags}), v1Options()).warnings.isEmpty());
}

TEST(DiffV1, TheContinuedStateOfAV1FolderKeepsItsNamesAndAClassicOneFollowsTheRules)
{
    const SchemaDefinition previous = schemaDefinition(
        schema({postTags(QStringLiteral("tags")), tagsWithUniqueLabel(QStringLiteral("tags"))}), SqlDialect::V1);
    const model::Schema renamed =
        schema({postTags(QStringLiteral("labels")), tagsWithUniqueLabel(QStringLiteral("labels"))});
    const SchemaDefinition next = continuedDefinition(previous, renamed, v1Options());
    EXPECT_EQ(next, inheritConstraintNames(previous, schemaDefinition(renamed, SqlDialect::V1), v1Options()));
    EXPECT_NE(next, schemaDefinition(renamed, SqlDialect::V1));
    DiffOptions classic = v1Options();
    classic.dialect = SqlDialect::Classic;
    EXPECT_EQ(continuedDefinition(schemaDefinition(schema({})), renamed, classic), schemaDefinition(renamed));
}
