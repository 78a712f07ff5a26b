// SPDX-License-Identifier: GPL-3.0-or-later
// Golden cases re-expressed from drizzle-kit's own SQLite suite (drizzle-orm's drizzle-kit/tests/sqlite/): columns,
// defaults, generated columns, checks, uniques, keys, indexes and views. Each names the drizzle-kit test its schema
// pair comes from; the schemas are our own.
#include "tests/migrations/diff/goldencasesparts.h"

namespace tw::test {
namespace {

using namespace tw::test::dsl;
using model::ColumnDefault;
using model::DrizzleMode;

const QString kId = QStringLiteral("id");

GoldenCase pair(const QString &name, const TableSpec &before, const TableSpec &after, const QString &seed)
{
    return GoldenCase{name, schema({before}), schema({after}), {}, false, false, seed};
}

/// @p c where drizzle-kit 0.31's SQL is wrong (expected.tablewright.sql holds the correct SQL).
GoldenCase drizzleWrong(GoldenCase c)
{
    c.drizzleIsWrong = true;
    return c;
}

TableSpec people(const ColumnSpec &last)
{
    TableSpec t(QStringLiteral("people"));
    t << integer(kId).primaryKey(true) << text(QStringLiteral("name")) << last;
    return t;
}

const QString kPeopleSeed = QStringLiteral("INSERT INTO people (id, name) VALUES (1, 'Ann'), (2, NULL);\n");

// sqlite-defaults: every kind of default changes at once (string, number, boolean, expression, JSON, dropped).
GoldenCase defaultsOfEveryKindChanged()
{
    const auto settings = [](bool after) {
        TableSpec t(QStringLiteral("settings"));
        t << integer(kId).primaryKey(true)
          << text(QStringLiteral("label"))
                 .notNull()
                 .defaultValue(ColumnDefault::string(after ? QStringLiteral("it's new") : QStringLiteral("old")))
          << real(QStringLiteral("ratio"))
                 .defaultValue(after ? ColumnDefault::expression(QStringLiteral("(abs(-1.5))"))
                                     : ColumnDefault::number(QStringLiteral("0.5")))
          << integer(QStringLiteral("enabled"))
                 .mode(DrizzleMode::Boolean)
                 .notNull()
                 .defaultValue(ColumnDefault::boolean(!after))
          << integer(QStringLiteral("created_at"))
                 .mode(DrizzleMode::Timestamp)
                 .defaultValue(after ? ColumnDefault::number(QStringLiteral("0"))
                                     : ColumnDefault::expression(QStringLiteral("(unixepoch())")))
          << text(QStringLiteral("tags"))
                 .mode(DrizzleMode::Json)
                 .defaultValue(ColumnDefault::string(after ? QStringLiteral("[1,2,3]") : QStringLiteral("[]")))
          << text(QStringLiteral("note"))
                 .defaultValue(after ? ColumnDefault::none() : ColumnDefault::string(QStringLiteral("none")));
        return t;
    };
    return pair(QStringLiteral("kit_defaults_of_every_kind_changed"), settings(false), settings(true),
                QStringLiteral("INSERT INTO settings (id) VALUES (1);\n"));
}

// sqlite-columns "add column with .notNull and .default" (drizzle-orm issue 4217) and "add columns #3".
GoldenCase notNullColumnsWithDefaultsAdded()
{
    TableSpec after = people(integer(QStringLiteral("active"))
                                 .mode(DrizzleMode::Boolean)
                                 .notNull()
                                 .defaultValue(ColumnDefault::boolean(false)));
    after << text(QStringLiteral("title")).notNull().defaultValue(ColumnDefault::string(QStringLiteral("name")))
          << text(QStringLiteral("tags"))
                 .mode(DrizzleMode::Json)
                 .defaultValue(ColumnDefault::string(QStringLiteral("{\"key\":\"value\",\"arr\":[1,2,3]}")));
    TableSpec before(QStringLiteral("people"));
    before << integer(kId).primaryKey(true) << text(QStringLiteral("name"));
    return pair(QStringLiteral("kit_not_null_columns_with_defaults_added"), before, after, kPeopleSeed);
}

// sqlite-columns "add a generated stored column and rename the existing one" (drizzle-orm issue 1313).
GoldenCase storedGeneratedAddedWithRename()
{
    TableSpec before(QStringLiteral("people"));
    before << integer(kId).primaryKey(true) << text(QStringLiteral("name"));
    TableSpec after(QStringLiteral("people"));
    after << integer(kId).primaryKey(true) << text(QStringLiteral("full_name"))
          << text(QStringLiteral("greeting")).generated(QStringLiteral("'hi ' || \"full_name\""), true);
    // 0.31 writes the RENAME COLUMN only: the STORED generated column never reaches the database.
    GoldenCase c =
        drizzleWrong(pair(QStringLiteral("kit_stored_generated_added_with_rename"), before, after, kPeopleSeed));
    c.renames.addColumn(QStringLiteral("people"), QStringLiteral("name"), QStringLiteral("full_name"));
    return c;
}

// sqlite-generated "add generated constraint to an exisiting column as stored".
GoldenCase columnMadeStoredGenerated()
{
    // 0.31 writes nothing: the column stays a plain one.
    return drizzleWrong(pair(
        QStringLiteral("kit_column_made_stored_generated"), people(text(QStringLiteral("label"))),
        people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\" || ' (person)'"), true)), kPeopleSeed));
}

// sqlite-generated "add generated constraint to an exisiting column as virtual".
GoldenCase columnMadeVirtualGenerated()
{
    return pair(QStringLiteral("kit_column_made_virtual_generated"), people(text(QStringLiteral("label"))),
                people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\" || ' (person)'"))),
                kPeopleSeed);
}

// sqlite-generated "drop generated constraint as stored".
GoldenCase storedGeneratedDropped()
{
    return pair(QStringLiteral("kit_stored_generated_dropped"),
                people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\" || '!'"), true)),
                people(text(QStringLiteral("label"))), kPeopleSeed);
}

// sqlite-generated "drop generated constraint as virtual".
GoldenCase virtualGeneratedDropped()
{
    return pair(QStringLiteral("kit_virtual_generated_dropped"),
                people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\" || '!'"))),
                people(text(QStringLiteral("label"))), kPeopleSeed);
}

// sqlite-generated "change generated constraint type from virtual to stored".
GoldenCase generatedVirtualToStored()
{
    // 0.31 writes nothing: the column stays VIRTUAL with the old expression.
    return drizzleWrong(pair(
        QStringLiteral("kit_generated_virtual_to_stored"),
        people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\""))),
        people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\" || 'hello'"), true)), kPeopleSeed));
}

// sqlite-generated "change generated constraint type from stored to virtual".
GoldenCase generatedStoredToVirtual()
{
    return pair(QStringLiteral("kit_generated_stored_to_virtual"),
                people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\""), true)),
                people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\" || 'hello'"))), kPeopleSeed);
}

// sqlite-generated "change stored generated constraint".
GoldenCase storedGeneratedExpressionChanged()
{
    // 0.31 writes nothing: the database keeps computing the old expression (the probe reads the values).
    GoldenCase c = drizzleWrong(pair(
        QStringLiteral("kit_stored_generated_expression_changed"),
        people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\""), true)),
        people(text(QStringLiteral("label")).generated(QStringLiteral("\"name\" || 'hello'"), true)), kPeopleSeed));
    c.probeSql = QStringLiteral("SELECT label FROM people WHERE id = 1;\n");
    c.probeOutput = QStringLiteral("Annhello\n");
    return c;
}

TableSpec adults(const QString &checkName, const QString &expression)
{
    TableSpec t(QStringLiteral("adults"));
    t << integer(kId).primaryKey() << integer(QStringLiteral("age"));
    if (!checkName.isEmpty())
        t.check(checkName, expression);
    return t;
}

const QString kAdultsSeed = QStringLiteral("INSERT INTO adults VALUES (1, 30), (2, 40);\n");

// sqlite-checks "rename check constraint".
GoldenCase checkRenamed()
{
    return pair(QStringLiteral("kit_check_renamed"),
                adults(QStringLiteral("age_check"), QStringLiteral("\"age\" > 21")),
                adults(QStringLiteral("adult_age_check"), QStringLiteral("\"age\" > 21")), kAdultsSeed);
}

// sqlite-checks "change check constraint value".
GoldenCase checkExpressionChanged()
{
    return pair(QStringLiteral("kit_check_expression_changed"),
                adults(QStringLiteral("age_check"), QStringLiteral("\"age\" > 21")),
                adults(QStringLiteral("age_check"), QStringLiteral("\"age\" > 10")), kAdultsSeed);
}

// sqlite-constraints "unique #8. rename unique. 3rd param with name".
GoldenCase namedUniqueRenamed()
{
    TableSpec before(QStringLiteral("accounts"));
    before << integer(kId).primaryKey() << text(QStringLiteral("handle"));
    TableSpec after = before;
    before.uniqueOn({QStringLiteral("handle")}, QStringLiteral("accounts_handle_key"));
    after.uniqueOn({QStringLiteral("handle")}, QStringLiteral("accounts_handle_unique_key"));
    return pair(QStringLiteral("kit_named_unique_renamed"), before, after,
                QStringLiteral("INSERT INTO accounts VALUES (1, 'a'), (2, 'b');\n"));
}

// sqlite-tables "add column before creating unique constraint" (table named with a keyword).
GoldenCase columnAddedWithNamedUnique()
{
    TableSpec before(QStringLiteral("table"));
    before << integer(kId).primaryKey();
    TableSpec after(QStringLiteral("table"));
    after << integer(kId).primaryKey() << text(QStringLiteral("name"));
    after.uniqueOn({QStringLiteral("name")}, QStringLiteral("uq"));
    return pair(QStringLiteral("kit_column_added_with_named_unique"), before, after,
                QStringLiteral("INSERT INTO `table` VALUES (1), (2);\n"));
}

// sqlite-constraints "pk #1_0. drop column with pk": the primary key column itself is dropped.
GoldenCase primaryKeyColumnDropped()
{
    TableSpec before(QStringLiteral("codes"));
    before << integer(QStringLiteral("rank")) << text(QStringLiteral("code")).notNull().primaryKey();
    TableSpec after(QStringLiteral("codes"));
    after << integer(QStringLiteral("rank"));
    // 0.31 writes DROP COLUMN, which SQLite refuses for a key column; the table is rebuilt instead.
    return drizzleWrong(pair(QStringLiteral("kit_primary_key_column_dropped"), before, after,
                             QStringLiteral("INSERT INTO codes VALUES (1, 'a'), (2, 'b');\n")));
}

// sqlite-constraints "pk #4. add pk. 3rd param with name": a named primary key given to a table without one.
GoldenCase namedPrimaryKeyAdded()
{
    TableSpec before(QStringLiteral("codes"));
    before << text(QStringLiteral("code")).notNull() << text(QStringLiteral("label"));
    TableSpec after = before;
    after.primaryKey({QStringLiteral("code")}, QStringLiteral("codes_key"));
    return pair(QStringLiteral("kit_named_primary_key_added"), before, after,
                QStringLiteral("INSERT INTO codes VALUES ('a', 'A'), ('b', NULL);\n"));
}

// sqlite-constraints "pk #5. add pk. 3rd param without name": an unnamed one-column key declared on the table.
GoldenCase tablePrimaryKeyAdded()
{
    TableSpec before(QStringLiteral("codes"));
    before << text(QStringLiteral("code")).notNull() << text(QStringLiteral("label"));
    TableSpec after = before;
    after.primaryKey({QStringLiteral("code")});
    return pair(QStringLiteral("kit_table_primary_key_added"), before, after,
                QStringLiteral("INSERT INTO codes VALUES ('a', 'A'), ('b', NULL);\n"));
}

// sqlite-tables "add table with indexes": unique and plain indexes on expressions, several expressions, mixed parts.
GoldenCase expressionIndexesAdded()
{
    TableSpec before(QStringLiteral("contacts"));
    before << integer(kId).primaryKey() << text(QStringLiteral("name")) << text(QStringLiteral("email"));
    TableSpec after = before;
    const QString lower = QStringLiteral("lower(\"email\")");
    after.partsIndex(QStringLiteral("contacts_email_ci_key"), {lower}, true);
    after.partsIndex(QStringLiteral("contacts_email_name_idx"), {lower, QStringLiteral("lower(\"name\")")});
    after.partsIndex(QStringLiteral("contacts_email_mixed_idx"), {lower, QStringLiteral("@email")}, false,
                     QStringLiteral("\"contacts\".\"email\" is not null"));
    return pair(QStringLiteral("kit_expression_indexes_added"), before, after,
                QStringLiteral("INSERT INTO contacts VALUES (1, 'Ann', 'A@x'), (2, 'Bob', NULL);\n"));
}

// sqlite-views "rename view and drop existing flag" and "drop view with existing flag".
GoldenCase existingViewsReplaced()
{
    const QString all = QStringLiteral("select \"id\", \"name\" from \"people\"");
    const model::Schema before =
        schema({people(text(QStringLiteral("email")))},
               {view(QStringLiteral("people_view"), all, true), view(QStringLiteral("legacy_view"), all, true)});
    const model::Schema after =
        schema({people(text(QStringLiteral("email")))}, {view(QStringLiteral("new_people_view"), all)});
    return GoldenCase{QStringLiteral("kit_existing_views_replaced"), before, after, {}, false, false, kPeopleSeed};
}

// Quoting: keyword and mixed-case names (sqlite-tables "optional db aliases (camel case)").
GoldenCase keywordNames()
{
    TableSpec before(QStringLiteral("order"));
    before << integer(QStringLiteral("select")).primaryKey() << text(QStringLiteral("group"));
    TableSpec after(QStringLiteral("order"));
    after << integer(QStringLiteral("select")).primaryKey() << text(QStringLiteral("group")).notNull()
          << integer(QStringLiteral("fromId"));
    after.index(QStringLiteral("order_group_idx"), {QStringLiteral("group")}, false,
                QStringLiteral("\"order\".\"group\" <> 'where'"));
    after.foreignKey({QStringLiteral("fromId")}, QStringLiteral("order"), {QStringLiteral("select")});
    // 0.31 copies the added column from the old table in its rebuild (its bug 2): the INSERT fails.
    return drizzleWrong(pair(QStringLiteral("kit_keyword_names"), before, after,
                             QStringLiteral("INSERT INTO `order` VALUES (1, 'a'), (2, 'b');\n")));
}

} // namespace

QList<GoldenCase> drizzleKitColumnCases()
{
    return {defaultsOfEveryKindChanged(),
            notNullColumnsWithDefaultsAdded(),
            storedGeneratedAddedWithRename(),
            columnMadeStoredGenerated(),
            columnMadeVirtualGenerated(),
            storedGeneratedDropped(),
            virtualGeneratedDropped(),
            generatedVirtualToStored(),
            generatedStoredToVirtual(),
            storedGeneratedExpressionChanged(),
            checkRenamed(),
            checkExpressionChanged(),
            namedUniqueRenamed(),
            columnAddedWithNamedUnique(),
            primaryKeyColumnDropped(),
            namedPrimaryKeyAdded(),
            tablePrimaryKeyAdded(),
            expressionIndexesAdded(),
            existingViewsReplaced(),
            keywordNames()};
}

} // namespace tw::test
