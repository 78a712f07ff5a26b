// SPDX-License-Identifier: GPL-3.0-or-later
// Golden cases re-expressed from drizzle-kit's own SQLite suite (drizzle-orm's drizzle-kit/tests/sqlite/): keys,
// references and renames. Each names the drizzle-kit test its schema pair comes from; the schemas are our own.
#include "tests/migrations/diff/goldencasesparts.h"

namespace tw::test {
namespace {

using namespace tw::test::dsl;
using model::ReferentialAction;

const QString kId = QStringLiteral("id");

GoldenCase pair(const QString &name, const model::Schema &before, const model::Schema &after, const QString &seed)
{
    return GoldenCase{name, before, after, {}, false, false, seed};
}

/// employees(id, manager_id -> employees.id): a table referencing itself.
TableSpec employees(const QString &table = QStringLiteral("employees"), const QString &key = kId)
{
    TableSpec t(table);
    t << integer(key).primaryKey(true) << text(QStringLiteral("name")) << integer(QStringLiteral("manager_id"));
    t.foreignKey({QStringLiteral("manager_id")}, table, {key});
    return t;
}

const QString kEmployeesSeed = QStringLiteral("INSERT INTO employees VALUES (1, 'Ann', NULL), (2, 'Bob', 1);\n");

// sqlite-tables "add table #8", sqlite-constraints "fk #2": a table created with a reference to itself.
GoldenCase selfReferenceCreated()
{
    return pair(QStringLiteral("kit_self_reference_created"), schema({usersTable()}),
                schema({usersTable(), employees()}), kUsersSeed);
}

// sqlite-columns "add columns #5": a column added that references its own table.
GoldenCase selfReferenceColumnAdded()
{
    TableSpec before(QStringLiteral("employees"));
    before << integer(kId).primaryKey(true) << text(QStringLiteral("name"));
    return pair(QStringLiteral("kit_self_reference_column_added"), schema({before}), schema({employees()}),
                QStringLiteral("INSERT INTO employees VALUES (1, 'Ann'), (2, 'Bob');\n"));
}

// sqlite-constraints "fk #5": a self-referencing table renamed together with the key column it references.
GoldenCase selfReferenceRenamedWithKey()
{
    GoldenCase c = pair(QStringLiteral("kit_self_reference_renamed_with_key"), schema({employees()}),
                        schema({employees(QStringLiteral("staff"), QStringLiteral("staff_id"))}), kEmployeesSeed);
    c.renames.addTable(QStringLiteral("employees"), QStringLiteral("staff"));
    c.renames.addColumn(QStringLiteral("staff"), kId, QStringLiteral("staff_id"));
    return c;
}

// sqlite-constraints "fk #11": a table renamed while it gains a column referencing itself.
GoldenCase renamedTableGainsSelfReference()
{
    TableSpec before(QStringLiteral("employees"));
    before << integer(kId).primaryKey(true) << text(QStringLiteral("name"));
    GoldenCase c = pair(QStringLiteral("kit_renamed_table_gains_self_reference"), schema({before}),
                        schema({employees(QStringLiteral("staff"))}),
                        QStringLiteral("INSERT INTO employees VALUES (1, 'Ann');\n"));
    c.renames.addTable(QStringLiteral("employees"), QStringLiteral("staff"));
    return c;
}

// sqlite-constraints "fk #8": a self-reference moved from the primary key to another unique column.
GoldenCase selfReferenceRetargeted()
{
    TableSpec before(QStringLiteral("nodes"));
    before << integer(kId).primaryKey() << integer(QStringLiteral("code")).unique()
           << integer(QStringLiteral("parent"));
    TableSpec after = before;
    before.foreignKey({QStringLiteral("parent")}, QStringLiteral("nodes"), {kId});
    after.foreignKey({QStringLiteral("parent")}, QStringLiteral("nodes"), {QStringLiteral("code")});
    return pair(QStringLiteral("kit_self_reference_retargeted"), schema({before}), schema({after}),
                QStringLiteral("INSERT INTO nodes VALUES (1, 1, NULL), (2, 2, 1);\n"));
}

// sqlite-constraints "fk #6": an unnamed foreign key given an explicit name.
GoldenCase foreignKeyNamed()
{
    TableSpec before(QStringLiteral("nodes"));
    before << integer(kId).primaryKey() << integer(QStringLiteral("parent"));
    TableSpec after = before;
    before.foreignKey({QStringLiteral("parent")}, QStringLiteral("nodes"), {kId});
    after.foreignKey({QStringLiteral("parent")}, QStringLiteral("nodes"), {kId}, ReferentialAction::NoAction,
                     ReferentialAction::NoAction, QStringLiteral("nodes_parent_fk"));
    return pair(QStringLiteral("kit_foreign_key_named"), schema({before}), schema({after}),
                QStringLiteral("INSERT INTO nodes VALUES (1, NULL), (2, 1);\n"));
}

TableSpec regions()
{
    TableSpec t(QStringLiteral("regions"));
    t << text(QStringLiteral("country")).notNull() << text(QStringLiteral("code")).notNull()
      << text(QStringLiteral("label"));
    t.primaryKey({QStringLiteral("country"), QStringLiteral("code")});
    return t;
}

// sqlite-constraints "fk #14", sqlite-tables "optional db aliases": a composite foreign key to a composite key.
GoldenCase compositeForeignKeyAdded()
{
    TableSpec before(QStringLiteral("shops"));
    before << integer(kId).primaryKey(true) << text(QStringLiteral("country")) << text(QStringLiteral("region"));
    TableSpec after = before;
    after.foreignKey({QStringLiteral("country"), QStringLiteral("region")}, QStringLiteral("regions"),
                     {QStringLiteral("country"), QStringLiteral("code")}, ReferentialAction::Cascade);
    return pair(QStringLiteral("kit_composite_foreign_key_added"), schema({regions(), before}),
                schema({regions(), after}),
                QStringLiteral("INSERT INTO regions VALUES ('de', 'by', 'Bavaria');\n"
                               "INSERT INTO shops VALUES (1, 'de', 'by'), (2, NULL, NULL);\n"));
}

// sqlite-constraints "fk #16": the referencing column and the referenced key renamed in one migration (actions kept).
GoldenCase renamedOnBothEndsOfAReference()
{
    TableSpec services(QStringLiteral("services"));
    services << integer(kId).primaryKey();
    TableSpec links(QStringLiteral("service_links"));
    links << integer(kId).primaryKey() << integer(QStringLiteral("service_id"));
    links.foreignKey({QStringLiteral("service_id")}, QStringLiteral("services"), {kId}, ReferentialAction::Cascade,
                     ReferentialAction::Restrict);
    TableSpec servicesAfter(QStringLiteral("services"));
    servicesAfter << integer(QStringLiteral("service_key")).primaryKey();
    TableSpec linksAfter(QStringLiteral("service_links"));
    linksAfter << integer(kId).primaryKey() << integer(QStringLiteral("client_id"));
    linksAfter.foreignKey({QStringLiteral("client_id")}, QStringLiteral("services"), {QStringLiteral("service_key")},
                          ReferentialAction::Cascade, ReferentialAction::Restrict);
    // 0.31 drops the child's RENAME COLUMN when it rebuilds the child (its bug 3): the rebuild's INSERT fails.
    GoldenCase c = pair(QStringLiteral("kit_renamed_on_both_ends_of_a_reference"), schema({services, links}),
                        schema({servicesAfter, linksAfter}),
                        QStringLiteral("INSERT INTO services VALUES (1), (2);\n"
                                       "INSERT INTO service_links VALUES (10, 1), (11, 2);\n"));
    c.renames.addColumn(QStringLiteral("services"), kId, QStringLiteral("service_key"));
    c.renames.addColumn(QStringLiteral("service_links"), QStringLiteral("service_id"), QStringLiteral("client_id"));
    c.drizzleIsWrong = true;
    return c;
}

// sqlite-tables "rename table #3": the referencing table (named with a keyword) renamed, its reference kept.
GoldenCase referencingTableRenamed()
{
    TableSpec profiles(QStringLiteral("profiles"));
    profiles << integer(kId).primaryKey(true);
    const auto table = [](const QString &name) {
        TableSpec t(name);
        t << integer(kId).primaryKey(true) << integer(QStringLiteral("profile_id"));
        t.foreignKey({QStringLiteral("profile_id")}, QStringLiteral("profiles"), {kId});
        return t;
    };
    GoldenCase c =
        pair(QStringLiteral("kit_referencing_table_renamed"), schema({profiles, table(QStringLiteral("table"))}),
             schema({profiles, table(QStringLiteral("table1"))}),
             QStringLiteral("INSERT INTO profiles VALUES (1);\nINSERT INTO `table` VALUES (1, 1);\n"));
    c.renames.addTable(QStringLiteral("table"), QStringLiteral("table1"));
    return c;
}

// sqlite-tables "rename table with composite primary key".
GoldenCase compositeKeyTableRenamed()
{
    const auto table = [](const QString &name) {
        TableSpec t(name);
        t << text(QStringLiteral("product_id")).notNull() << text(QStringLiteral("category_id")).notNull();
        t.primaryKey({QStringLiteral("product_id"), QStringLiteral("category_id")});
        return t;
    };
    GoldenCase c =
        pair(QStringLiteral("kit_composite_key_table_renamed"), schema({table(QStringLiteral("products_categories"))}),
             schema({table(QStringLiteral("products_to_categories"))}),
             QStringLiteral("INSERT INTO products_categories VALUES ('p', 'c');\n"));
    c.renames.addTable(QStringLiteral("products_categories"), QStringLiteral("products_to_categories"));
    return c;
}

// sqlite-tables "rename table and change data type": a rename and a rebuild of the renamed table.
GoldenCase renamedTableRebuilt()
{
    TableSpec before(QStringLiteral("old_users"));
    before << integer(kId).primaryKey(true) << text(QStringLiteral("age"));
    TableSpec after(QStringLiteral("new_users"));
    after << integer(kId).primaryKey(true) << integer(QStringLiteral("age"));
    GoldenCase c = pair(QStringLiteral("kit_renamed_table_rebuilt"), schema({before}), schema({after}),
                        QStringLiteral("INSERT INTO old_users VALUES (1, '42');\n"));
    c.renames.addTable(QStringLiteral("old_users"), QStringLiteral("new_users"));
    return c;
}

// sqlite-tables "recreate table with nested references": a parent rebuilt while two levels of tables reference it.
GoldenCase parentWithNestedReferencesRebuilt()
{
    const auto users = [](bool autoincrement) {
        TableSpec t(QStringLiteral("users"));
        t << integer(kId).primaryKey(autoincrement) << text(QStringLiteral("name")) << integer(QStringLiteral("age"));
        return t;
    };
    TableSpec subscriptions(QStringLiteral("subscriptions"));
    subscriptions << integer(kId).primaryKey(true) << integer(QStringLiteral("user_id"))
                  << text(QStringLiteral("customer_id"));
    subscriptions.foreignKey({QStringLiteral("user_id")}, QStringLiteral("users"), {kId}, ReferentialAction::Cascade);
    TableSpec metadata(QStringLiteral("subscriptions_metadata"));
    metadata << integer(kId).primaryKey(true) << integer(QStringLiteral("subscription_id"));
    metadata.foreignKey({QStringLiteral("subscription_id")}, QStringLiteral("subscriptions"), {kId},
                        ReferentialAction::Cascade);
    return pair(QStringLiteral("kit_parent_with_nested_references_rebuilt"),
                schema({users(true), subscriptions, metadata}), schema({users(false), subscriptions, metadata}),
                QStringLiteral("INSERT INTO users VALUES (1, 'Ann', 30);\n"
                               "INSERT INTO subscriptions VALUES (1, 1, 'c1');\n"
                               "INSERT INTO subscriptions_metadata VALUES (1, 1);\n"));
}

// sqlite-tables "add table #7": one table renamed while another is created.
GoldenCase tableRenamedAndAnotherCreated()
{
    TableSpec users1(QStringLiteral("users1"));
    users1 << integer(kId);
    TableSpec users2(QStringLiteral("users2"));
    users2 << integer(kId);
    TableSpec users(QStringLiteral("users"));
    users << integer(kId);
    GoldenCase c = pair(QStringLiteral("kit_table_renamed_and_another_created"), schema({users1}),
                        schema({users, users2}), QStringLiteral("INSERT INTO users1 VALUES (1);\n"));
    c.renames.addTable(QStringLiteral("users1"), QStringLiteral("users2"));
    return c;
}

// sqlite-columns "rename column in composite pk".
GoldenCase compositeKeyColumnRenamed()
{
    const auto grants = [](const QString &second) {
        TableSpec t(QStringLiteral("grants"));
        t << integer(QStringLiteral("user_id")).notNull() << integer(second).notNull() << text(QStringLiteral("note"));
        t.primaryKey({QStringLiteral("user_id"), second});
        return t;
    };
    GoldenCase c =
        pair(QStringLiteral("kit_composite_key_column_renamed"), schema({grants(QStringLiteral("role_id"))}),
             schema({grants(QStringLiteral("scope_id"))}), QStringLiteral("INSERT INTO grants VALUES (1, 2, 'x');\n"));
    c.renames.addColumn(QStringLiteral("grants"), QStringLiteral("role_id"), QStringLiteral("scope_id"));
    c.drizzleIsWrong = true; // 0.31 rebuilds for the key's new name and loses the RENAME COLUMN (its bug 3)
    return c;
}

// sqlite-columns "alter table add composite pk": a composite key given to a table (named with a keyword).
GoldenCase compositeKeyAdded()
{
    TableSpec before(QStringLiteral("table"));
    before << integer(QStringLiteral("id1")) << integer(QStringLiteral("id2"));
    TableSpec after = before;
    after.primaryKey({QStringLiteral("id1"), QStringLiteral("id2")});
    return pair(QStringLiteral("kit_composite_key_added"), schema({before}), schema({after}),
                QStringLiteral("INSERT INTO `table` VALUES (1, 1), (1, 2);\n"));
}

// sqlite-columns "drop autoincrement. drop column with data with pragma off": a rebuild that also drops a column
// while the table keeps a reference.
GoldenCase autoincrementDroppedWithAColumn()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(kId).primaryKey(true);
    const auto companies = [](bool before) {
        TableSpec t(QStringLiteral("companies"));
        t << integer(kId).primaryKey(before);
        if (before)
            t << text(QStringLiteral("name"));
        t << integer(QStringLiteral("user_id"));
        t.foreignKey({QStringLiteral("user_id")}, QStringLiteral("users"), {kId});
        return t;
    };
    return pair(QStringLiteral("kit_autoincrement_dropped_with_a_column"), schema({users, companies(true)}),
                schema({users, companies(false)}),
                QStringLiteral("INSERT INTO users VALUES (1);\n"
                               "INSERT INTO companies VALUES (1, 'drizzle', 1), (2, 'turso', NULL);\n"));
}

// sqlite-columns "dropped, added unique index": one unique index dropped, another added in the same table.
GoldenCase uniqueIndexMoved()
{
    TableSpec before(QStringLiteral("customers"));
    before << integer(kId).primaryKey() << text(QStringLiteral("address")).notNull()
           << integer(QStringLiteral("is_confirmed")).mode(model::DrizzleMode::Boolean);
    TableSpec after = before;
    before.index(QStringLiteral("customers_address_unique"), {QStringLiteral("address")}, true);
    after.index(QStringLiteral("customers_is_confirmed_unique"), {QStringLiteral("is_confirmed")}, true);
    return pair(QStringLiteral("kit_unique_index_moved"), schema({before}), schema({after}),
                QStringLiteral("INSERT INTO customers VALUES (1, 'a', 1), (2, 'b', 0);\n"));
}

// sqlite-columns "alter column rename #3": one column renamed while another is dropped.
GoldenCase columnRenamedAnotherDropped()
{
    TableSpec before(QStringLiteral("users"));
    before << integer(kId).primaryKey(true) << text(QStringLiteral("name")) << text(QStringLiteral("email"));
    TableSpec after(QStringLiteral("users"));
    after << integer(kId).primaryKey(true) << text(QStringLiteral("name1"));
    GoldenCase c = pair(QStringLiteral("kit_column_renamed_another_dropped"), schema({before}), schema({after}),
                        QStringLiteral("INSERT INTO users VALUES (1, 'Ann', 'a@x');\n"));
    c.renames.addColumn(QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("name1"));
    return c;
}

} // namespace

QList<GoldenCase> drizzleKitKeyCases()
{
    return {selfReferenceCreated(),
            selfReferenceColumnAdded(),
            selfReferenceRenamedWithKey(),
            renamedTableGainsSelfReference(),
            selfReferenceRetargeted(),
            foreignKeyNamed(),
            compositeForeignKeyAdded(),
            renamedOnBothEndsOfAReference(),
            referencingTableRenamed(),
            compositeKeyTableRenamed(),
            renamedTableRebuilt(),
            parentWithNestedReferencesRebuilt(),
            tableRenamedAndAnotherCreated(),
            compositeKeyColumnRenamed(),
            compositeKeyAdded(),
            autoincrementDroppedWithAColumn(),
            uniqueIndexMoved(),
            columnRenamedAnotherDropped()};
}

} // namespace tw::test
