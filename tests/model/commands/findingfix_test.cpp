// SPDX-License-Identifier: GPL-3.0-or-later
// One-click fixes of Problems findings: the fixed schema no longer has the finding, nothing else changes, and
// applying is one undo step.
#include "model/commands/findingfix.h"
#include "model/document/schemadocument.h"
#include "model/validation/schemavalidator.h"
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

Project projectOf(const Schema &schema)
{
    Project project;
    project.schema = schema;
    return project;
}

Finding only(const Schema &schema, const QString &rule)
{
    const Findings found = withRule(validate(schema), rule);
    EXPECT_EQ(found.size(), 1) << describe(validate(schema));
    return found.value(0);
}

// Fixes @p rule's finding in a document of @p schema; returns the fixed schema after checking the finding is gone,
// no new finding appeared, and one undo restores the original.
Schema fixed(const Schema &schema, const QString &rule, const QString &title)
{
    const Finding finding = only(schema, rule);
    const std::optional<FindingFix> fix = fixFor(schema, finding);
    EXPECT_TRUE(fix.has_value()) << rule.toStdString();
    if (!fix)
        return schema;
    EXPECT_EQ(fix->title, title);
    SchemaDocument document{projectOf(schema)};
    EXPECT_TRUE(applyFix(&document, finding));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), title);
    const Schema result = document.schema();
    EXPECT_TRUE(withRule(validate(result), rule).isEmpty()) << describe(validate(result));
    EXPECT_LE(validate(result).size(), validate(schema).size() - 1) << describe(validate(result));
    document.undoStack()->undo();
    EXPECT_EQ(document.schema(), schema);
    return result;
}

} // namespace

TEST(FindingFix, AForeignKeyWithoutAnIndexGetsOneNamedAfterItsColumns)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id();
    b.table(QStringLiteral("posts"))
        .id()
        .integer(QStringLiteral("author_id"))
        .notNull()
        .references(QStringLiteral("users"));
    const Schema result =
        fixed(b.build(), QStringLiteral("fk-without-index"), QStringLiteral("Add index posts_author_id_idx"));
    const Table *posts = result.tableNamed(QStringLiteral("posts"));
    ASSERT_EQ(posts->indexes.size(), 1);
    EXPECT_EQ(posts->indexes.first().parts,
              QList<IndexPart>{IndexPart::ofColumn(posts->columnNamed(QStringLiteral("author_id"))->id)});
    EXPECT_FALSE(posts->indexes.first().unique);
}

TEST(FindingFix, AJunctionTableGetsItsTwoKeysAsCompositePrimaryKey)
{
    SchemaBuilder b;
    b.table(QStringLiteral("products")).id();
    b.table(QStringLiteral("tags")).id();
    b.table(QStringLiteral("product_tags"))
        .integer(QStringLiteral("product_id"))
        .notNull()
        .references(QStringLiteral("products"))
        .integer(QStringLiteral("tag_id"))
        .notNull()
        .references(QStringLiteral("tags"))
        .index(QStringLiteral("product_tags_product_idx"), {QStringLiteral("product_id")})
        .index(QStringLiteral("product_tags_tag_idx"), {QStringLiteral("tag_id")});
    const Schema result = fixed(b.build(), QStringLiteral("junction-without-composite-key"),
                                QStringLiteral("Make (product_id, tag_id) the primary key of product_tags"));
    const Table *junction = result.tableNamed(QStringLiteral("product_tags"));
    EXPECT_EQ(junction->columnNames(junction->primaryKeyColumns()),
              (QStringList{QStringLiteral("product_id"), QStringLiteral("tag_id")}));
}

TEST(FindingFix, AFrozenTimestampDefaultBecomesTheInsertsTime)
{
    SchemaBuilder b;
    b.table(QStringLiteral("events"))
        .id()
        .integer(QStringLiteral("created_at"))
        .notNull()
        .mode(DrizzleMode::TimestampMs)
        .defaultTo(ColumnDefault::number(QStringLiteral("1700000000000")));
    const Schema result = fixed(
        b.build(), QStringLiteral("frozen-timestamp-default"),
        QStringLiteral("Default events.created_at to (cast((julianday('now') - 2440587.5)*86400000 as integer))"));
    EXPECT_EQ(result.tables.first().columnNamed(QStringLiteral("created_at"))->defaultValue.kind(),
              ColumnDefault::Kind::Expression);
}

TEST(FindingFix, NamesBecomeTheSuggestedSnakeCaseUnlessTaken)
{
    SchemaBuilder b;
    b.table(QStringLiteral("users")).id().text(QStringLiteral("firstName"));
    const Schema result =
        fixed(b.build(), QStringLiteral("not-snake-case"), QStringLiteral("Rename firstName to first_name"));
    EXPECT_TRUE(result.tables.first().columnNamed(QStringLiteral("first_name")));

    SchemaBuilder taken;
    taken.table(QStringLiteral("users")).id().text(QStringLiteral("firstName")).text(QStringLiteral("first_name"));
    const Schema schema = taken.build();
    EXPECT_FALSE(fixFor(schema, only(schema, QStringLiteral("not-snake-case"))).has_value());
}

TEST(FindingFix, OtherRulesAndStaleFindingsHaveNoFix)
{
    SchemaBuilder b;
    b.table(QStringLiteral("notes")).text(QStringLiteral("body"));
    const Schema schema = b.build();
    EXPECT_FALSE(fixFor(schema, only(schema, QStringLiteral("table-without-primary-key"))).has_value());

    Finding stale;
    stale.rule = QStringLiteral("fk-without-index");
    stale.location.table = Id(QStringLiteral("gone"));
    EXPECT_FALSE(fixFor(schema, stale).has_value());
    SchemaDocument document{projectOf(schema)};
    EXPECT_FALSE(applyFix(&document, stale));
    EXPECT_EQ(document.undoStack()->count(), 0);
}
