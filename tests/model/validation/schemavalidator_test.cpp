// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

const ColumnDefault kNowMs =
    ColumnDefault::expression(QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))"));

TableBuilder &timestamps(TableBuilder &t)
{
    return t.integer(QStringLiteral("created_at"))
        .notNull()
        .defaultTo(kNowMs)
        .integer(QStringLiteral("updated_at"))
        .notNull()
        .defaultTo(kNowMs);
}

// The table-addition guide's example schema, written the way the guide recommends (its own
// `default(Date.now())` replaced by the SQL expression drizzle-kit emits, prices in cents).
Schema guideSchema()
{
    SchemaBuilder b;
    timestamps(b.table(QStringLiteral("users"))
                   .id()
                   .text(QStringLiteral("email"))
                   .notNull()
                   .unique()
                   .text(QStringLiteral("name"))
                   .notNull());
    timestamps(b.table(QStringLiteral("categories"))
                   .id()
                   .text(QStringLiteral("name"))
                   .notNull()
                   .unique()
                   .text(QStringLiteral("description"))
                   .integer(QStringLiteral("created_by_user_id"))
                   .notNull()
                   .references(QStringLiteral("users")))
        .index(QStringLiteral("categories_created_by_user_id_idx"), {QStringLiteral("created_by_user_id")});
    timestamps(b.table(QStringLiteral("products"))
                   .id()
                   .text(QStringLiteral("name"))
                   .notNull()
                   .integer(QStringLiteral("price"))
                   .notNull()
                   .integer(QStringLiteral("is_active"))
                   .mode(DrizzleMode::Boolean)
                   .notNull()
                   .defaultTo(ColumnDefault::boolean(true))
                   .integer(QStringLiteral("category_id"))
                   .notNull()
                   .references(QStringLiteral("categories")))
        .index(QStringLiteral("products_category_id_idx"), {QStringLiteral("category_id")});
    b.table(QStringLiteral("tags")).id().text(QStringLiteral("name")).notNull().unique();
    b.table(QStringLiteral("product_tags"))
        .integer(QStringLiteral("product_id"))
        .notNull()
        .references(QStringLiteral("products"))
        .onDelete(ReferentialAction::Cascade)
        .integer(QStringLiteral("tag_id"))
        .notNull()
        .references(QStringLiteral("tags"))
        .onDelete(ReferentialAction::Cascade)
        .primaryKeyOn({QStringLiteral("product_id"), QStringLiteral("tag_id")})
        .index(QStringLiteral("product_tags_tag_id_idx"), {QStringLiteral("tag_id")});
    return b.build();
}

} // namespace

TEST(Validation, GuideExampleSchemaHasNoFindings)
{
    const Schema schema = guideSchema();
    ASSERT_EQ(schema.tables.size(), 5);
    EXPECT_NO_FINDINGS(validate(schema));
}

TEST(Validation, GuideExampleWithItsOwnDateNowDefaultsGetsTheFrozenTimestampWarning)
{
    Schema schema = guideSchema();
    Column *createdAt =
        schema.tables[0].column(columnId(schema, QStringLiteral("users"), QStringLiteral("created_at")));
    createdAt->defaultValue = ColumnDefault::number(QStringLiteral("1732406400000"));
    const Findings f = validate(schema);
    EXPECT_RULES(f, "frozen-timestamp-default");
    EXPECT_EQ(f[0].location.text, QStringLiteral("column users.created_at"));
}

TEST(Validation, EmptySchemaHasNoFindings)
{
    EXPECT_NO_FINDINGS(validate(Schema{}));
}

TEST(Validation, FindingsFollowSchemaOrder)
{
    SchemaBuilder b;
    b.table(QStringLiteral("a")).id().text(QStringLiteral("x")).length(0).index(QStringLiteral("a_idx"), {});
    b.table(QStringLiteral("Badly"))
        .tableTsName(QStringLiteral("badly"))
        .id()
        .integer(QStringLiteral("a_id"))
        .references(QStringLiteral("a"))
        .check(QStringLiteral("c"), QString());
    b.view(QStringLiteral("v"), QString());
    const Findings f = validate(b.build());
    EXPECT_RULES(f, "invalid-length", "empty-index", "not-snake-case", "fk-without-index", "empty-check-expression",
                 "empty-view-definition");
}

TEST(Validation, ColumnFindingsComeBeforeKeyAndIndexFindingsOfTheSameTable)
{
    SchemaBuilder b;
    b.table(QStringLiteral("t"))
        .integer(QStringLiteral("a"))
        .primaryKey()
        .integer(QStringLiteral("b"))
        .primaryKey()
        .text(QStringLiteral("c"))
        .length(0)
        .index(QStringLiteral("t_idx"), {QStringLiteral("gone")});
    EXPECT_RULES(validate(b.build()), "invalid-length", "multiple-primary-keys", "unknown-column");
}

TEST(Validation, ValidatingTwiceGivesTheSameFindings)
{
    SchemaBuilder b;
    b.table(QStringLiteral("Users")).text(QStringLiteral("order")).integer(QStringLiteral("x")).primaryKey();
    b.table(QStringLiteral("USERS")).id();
    b.view(QStringLiteral("users"), QString());
    const Schema schema = b.build();
    const Findings first = validate(schema);
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(first, validate(schema));
}
