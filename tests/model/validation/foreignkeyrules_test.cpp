// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/printers.h"
#include "tests/support/schemas/schemabuilder.h"

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::test;

namespace {

const QString kCategories = QStringLiteral("categories");
const QString kProducts = QStringLiteral("products");
const QString kCategoryId = QStringLiteral("category_id");
const QString kIndex = QStringLiteral("products_category_id_idx");

// categories(id, name unique) and products with an indexed category_id that @p configure completes.
template<typename Configure>
Schema productsSchema(Configure configure)
{
    SchemaBuilder b;
    b.table(kCategories).id().text(QStringLiteral("name")).notNull().unique().text(QStringLiteral("code"));
    TableBuilder &products = b.table(kProducts).id();
    configure(products);
    products.index(kIndex, {kCategoryId});
    return b.build();
}

} // namespace

TEST(ValidationForeignKeys, ReferenceToPrimaryKeyIsFine)
{
    EXPECT_NO_FINDINGS(
        validate(productsSchema([](TableBuilder &t) { t.integer(kCategoryId).notNull().references(kCategories); })));
}

TEST(ValidationForeignKeys, ReferenceToUniqueColumnIsFine)
{
    EXPECT_NO_FINDINGS(validate(
        productsSchema([](TableBuilder &t) { t.text(kCategoryId).references(kCategories, QStringLiteral("name")); })));
}

TEST(ValidationForeignKeys, ForeignKeyToMissingTableIsAnError)
{
    const Schema schema =
        productsSchema([](TableBuilder &t) { t.integer(kCategoryId).references(QStringLiteral("kinds")); });
    const Findings f = validate(schema);
    EXPECT_RULES(f, "unknown-table");
    EXPECT_EQ(f[0].location.kind, FindingLocation::Kind::ForeignKey);
    EXPECT_EQ(f[0].location.text, QStringLiteral("foreign key on products (category_id)"));
    EXPECT_EQ(f[0].location.item, schema.tables[1].foreignKeys[0].id);
}

TEST(ValidationForeignKeys, ForeignKeyToMissingTargetColumnIsAnError)
{
    const Findings f = validate(
        productsSchema([](TableBuilder &t) { t.integer(kCategoryId).references(kCategories, QStringLiteral("uid")); }));
    EXPECT_RULES(f, "unknown-column");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("not in table categories")));
}

TEST(ValidationForeignKeys, ForeignKeyFromMissingColumnIsAnError)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId).foreignKey({QStringLiteral("kind_id")}, kCategories, {QStringLiteral("id")});
    }));
    EXPECT_RULES(f, "unknown-column");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("not in table products")));
}

TEST(ValidationForeignKeys, ReferenceToNonUniqueColumnIsAWarningThatSaysWritesFail)
{
    const Findings f = validate(
        productsSchema([](TableBuilder &t) { t.text(kCategoryId).references(kCategories, QStringLiteral("code")); }));
    EXPECT_RULES(f, "fk-target-not-unique");
    EXPECT_FALSE(f[0].isError());
    EXPECT_EQ(f[0].message, QStringLiteral("references categories(code), which is neither the primary key nor a unique "
                                           "key of categories: SQLite accepts the table, but while foreign keys are "
                                           "enforced (always on D1) every write to products fails with \"foreign key "
                                           "mismatch\""));
}

TEST(ValidationForeignKeys, ColumnCountMismatchIsAnError)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId)
            .text(QStringLiteral("category_name"))
            .foreignKey({kCategoryId, QStringLiteral("category_name")}, kCategories, {QStringLiteral("id")});
    }));
    EXPECT_RULES(f, "fk-column-count-mismatch");
    EXPECT_EQ(f[0].message,
              QStringLiteral("2 column(s) (category_id, category_name) reference 1 column(s) categories(id)"));
}

TEST(ValidationForeignKeys, TypeMismatchIsAWarningAboutAffinity)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) { t.text(kCategoryId).references(kCategories); }));
    EXPECT_RULES(f, "fk-type-mismatch");
    EXPECT_FALSE(f[0].isError());
    EXPECT_TRUE(f[0].message.startsWith(
        QStringLiteral("column products.category_id is text but the referenced column categories.id is integer: SQLite "
                       "compares them with type affinity, so a value such as '1' and 1 may not match")))
        << f[0].message.toStdString();
}

TEST(ValidationForeignKeys, TextLengthDoesNotMakeATypeMismatch)
{
    EXPECT_NO_FINDINGS(validate(productsSchema(
        [](TableBuilder &t) { t.text(kCategoryId).length(10).references(kCategories, QStringLiteral("name")); })));
}

TEST(ValidationForeignKeys, SetNullOnNotNullColumnIsAWarning)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId).notNull().references(kCategories).onDelete(ReferentialAction::SetNull);
    }));
    EXPECT_RULES(f, "fk-set-null-on-not-null");
    EXPECT_FALSE(f[0].isError());
    EXPECT_EQ(f[0].message, QStringLiteral("on delete set null, but products.category_id is NOT NULL, so the delete of "
                                           "a referenced row fails with \"NOT NULL constraint failed\""));
}

TEST(ValidationForeignKeys, SetNullOnNullableColumnIsFine)
{
    EXPECT_NO_FINDINGS(validate(productsSchema(
        [](TableBuilder &t) { t.integer(kCategoryId).references(kCategories).onDelete(ReferentialAction::SetNull); })));
}

TEST(ValidationForeignKeys, SetDefaultWithoutDefaultIsAWarning)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId).references(kCategories).onUpdate(ReferentialAction::SetDefault);
    }));
    EXPECT_RULES(f, "fk-set-default-without-default");
    EXPECT_EQ(f[0].severity, Finding::Severity::Warning);
    EXPECT_EQ(f[0].message,
              QStringLiteral("on update set default, but products.category_id has no default, so it is set to NULL"));
}

TEST(ValidationForeignKeys, SetDefaultWithDefaultIsFine)
{
    EXPECT_NO_FINDINGS(validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId)
            .defaultTo(ColumnDefault::number(QStringLiteral("1")))
            .references(kCategories)
            .onDelete(ReferentialAction::SetDefault);
    })));
}

TEST(ValidationForeignKeys, DuplicateForeignKeyNamesAreAnError)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId)
            .foreignKey({kCategoryId}, kCategories, {QStringLiteral("id")}, QStringLiteral("fk_cat"))
            .foreignKey({kCategoryId}, kCategories, {QStringLiteral("id")}, QStringLiteral("FK_CAT"));
    }));
    EXPECT_RULES(f, "duplicate-foreign-key-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("FK_CAT")));
}

TEST(ValidationForeignKeys, IdenticalUnnamedForeignKeysCollideOnDrizzlesAutomaticName)
{
    const Findings f = validate(productsSchema(
        [](TableBuilder &t) { t.integer(kCategoryId).references(kCategories).references(kCategories); }));
    EXPECT_RULES(f, "duplicate-foreign-key-name");
    EXPECT_TRUE(f[0].message.contains(QLatin1String("products_category_id_categories_id_fk")));
}

TEST(ValidationForeignKeys, RepeatedColumnWithinAForeignKeyIsAWarning)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId)
            .foreignKey({kCategoryId, kCategoryId}, kCategories, {QStringLiteral("id"), QStringLiteral("name")});
    }));
    const Findings repeated = withRule(f, QStringLiteral("duplicate-constraint-column"));
    ASSERT_EQ(repeated.size(), 1) << describe(f);
    EXPECT_FALSE(repeated[0].isError());
}

TEST(ValidationForeignKeys, EmptyForeignKeyIsAnError)
{
    const Findings f =
        validate(productsSchema([](TableBuilder &t) { t.integer(kCategoryId).foreignKey({}, kCategories, {}); }));
    EXPECT_RULES(f, "empty-foreign-key");
}

TEST(ValidationForeignKeys, ForeignKeyNameWithAControlCharacterIsAWarning)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId)
            .foreignKey({kCategoryId}, kCategories, {QStringLiteral("id")}, QStringLiteral("fk\tcat"));
    }));
    EXPECT_RULES(f, "awkward-sql-name");
    EXPECT_FALSE(f[0].isError());
    EXPECT_TRUE(f[0].message.contains(QLatin1String("control character")));
}

TEST(ValidationForeignKeys, ForeignKeyNameWithTheSqlitePrefixIsAnError)
{
    const Findings f = validate(productsSchema([](TableBuilder &t) {
        t.integer(kCategoryId)
            .foreignKey({kCategoryId}, kCategories, {QStringLiteral("id")}, QStringLiteral("sqlite_fk"));
    }));
    EXPECT_RULES(f, "invalid-sql-name");
    EXPECT_TRUE(f[0].isError());
}
