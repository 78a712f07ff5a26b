// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/diff/goldencasesparts.h"

#include <QHash>

namespace tw::test {
namespace {

using namespace tw::test::dsl;
using model::ReferentialAction;

const QString kIndexKeepsItsName = QStringLiteral(
    "rc.5 writes nothing when an index keeps its name while its columns, `where` or uniqueness change (its snapshot "
    "records the change, the database keeps the old index): the index is dropped and created again");

/// rc.5's verdict on the cases both dialects share.
QHash<QString, QString> sharedVerdicts()
{
    return {
        {QStringLiteral("bug_quotes_in_identifiers"),
         QStringLiteral("rc.5 writes a backtick inside a name without doubling it: the SQL does not parse")},
        {QStringLiteral("several_tables"), kIndexKeepsItsName},
        {QStringLiteral("kit_keyword_names"),
         QStringLiteral(
             "rc.5 writes the REFERENCES of an added column unquoted (`REFERENCES order(select)`): a keyword "
             "name does not parse")},
    };
}

V1GoldenCase v1Case(const QString &name, const model::Schema &before, const model::Schema &after, const QString &seed,
                    const QString &rc5IsWrong = {})
{
    V1GoldenCase c;
    c.golden = GoldenCase{name, before, after, {}, false, false, seed};
    c.rc5IsWrong = rc5IsWrong;
    c.v1Only = true;
    return c;
}

TableSpec postsWith(ReferentialAction onDelete)
{
    TableSpec posts(QStringLiteral("posts"));
    posts << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
          << integer(QStringLiteral("author_id")).notNull();
    posts.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")}, onDelete);
    posts.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title")});
    return posts;
}

V1GoldenCase indexChangedInPlace()
{
    TableSpec posts = postsTable();
    TableSpec after(QStringLiteral("posts"));
    after << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
          << integer(QStringLiteral("author_id")).notNull();
    after.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")});
    after.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title"), QStringLiteral("author_id")}, false,
                QStringLiteral("\"posts\".\"title\" <> ''"));
    return v1Case(QStringLiteral("v1_index_changed_in_place"), schema({usersTable(), posts}),
                  schema({usersTable(), after}), kUsersSeed + kPostsSeed, kIndexKeepsItsName);
}

V1GoldenCase viewOnRebuiltTable()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
          << text(QStringLiteral("name")).notNull();
    const model::View names =
        view(QStringLiteral("user_names"), QStringLiteral("select \"id\", \"name\" from \"users\""));
    const model::View emails = view(QStringLiteral("user_emails"), QStringLiteral("select \"email\" from \"users\""));
    return v1Case(QStringLiteral("v1_view_on_rebuilt_table"), schema({usersTable()}, {names, emails}),
                  schema({users}, {names, emails}), QStringLiteral("INSERT INTO users VALUES (1, 'a@x', 'Ann');\n"),
                  QStringLiteral("rc.5 rebuilds a table without touching the views that read it: SQLite refuses the "
                                 "rename step (error in view: no such table); the views are dropped before and "
                                 "created again after"));
}

V1GoldenCase uniqueAdded()
{
    TableSpec tags(QStringLiteral("tags"));
    tags << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label")).notNull().unique();
    return v1Case(QStringLiteral("v1_unique_added"), schema({tagsTable()}), schema({tags}),
                  QStringLiteral("INSERT INTO tags VALUES (1, 'a'), (2, 'b');\n"));
}

V1GoldenCase uniqueColumnOfParentDropped()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("name"));
    return v1Case(QStringLiteral("v1_unique_column_of_parent_dropped"),
                  schema({usersTable(), postsWith(ReferentialAction::Cascade)}),
                  schema({users, postsWith(ReferentialAction::Cascade)}), kUsersSeed + kPostsSeed);
}

V1GoldenCase namedConstraints()
{
    TableSpec members(QStringLiteral("members"));
    members << integer(QStringLiteral("user_id")).notNull() << integer(QStringLiteral("group_id")).notNull()
            << text(QStringLiteral("role")).notNull() << text(QStringLiteral("badge"));
    members.primaryKey({QStringLiteral("user_id"), QStringLiteral("group_id")}, QStringLiteral("members_key"));
    members.foreignKey({QStringLiteral("user_id")}, QStringLiteral("users"), {QStringLiteral("id")},
                       ReferentialAction::Restrict, ReferentialAction::Cascade, QStringLiteral("members_user_fk"));
    members.uniqueOn({QStringLiteral("badge")}, QStringLiteral("members_badge_key"));
    members.uniqueOn({QStringLiteral("group_id"), QStringLiteral("role")});
    return v1Case(QStringLiteral("v1_named_constraints"), schema({usersTable()}), schema({usersTable(), members}),
                  kUsersSeed);
}

V1GoldenCase renameKeepsConstraintNames()
{
    TableSpec labels(QStringLiteral("labels"));
    labels << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label")).notNull().unique();
    TableSpec tags(QStringLiteral("tags"));
    tags << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label")).notNull().unique();
    TableSpec postTags(QStringLiteral("post_tags"));
    postTags << integer(QStringLiteral("tag_id")).notNull() << text(QStringLiteral("note"));
    postTags.foreignKey({QStringLiteral("tag_id")}, QStringLiteral("tags"), {QStringLiteral("id")},
                        ReferentialAction::Cascade);
    TableSpec postLabels(QStringLiteral("post_tags"));
    postLabels << integer(QStringLiteral("tag_id")).notNull() << text(QStringLiteral("note")).notNull();
    postLabels.foreignKey({QStringLiteral("tag_id")}, QStringLiteral("labels"), {QStringLiteral("id")},
                          ReferentialAction::Cascade);
    V1GoldenCase c = v1Case(
        QStringLiteral("v1_rename_keeps_constraint_names"), schema({postTags, tags}), schema({postLabels, labels}),
        QStringLiteral("INSERT INTO tags VALUES (1, 'a');\nINSERT INTO post_tags VALUES (1, 'n');\n"));
    c.golden.renames.addTable(QStringLiteral("tags"), QStringLiteral("labels"));
    return c;
}

V1GoldenCase dropTableWithIndex()
{
    return v1Case(QStringLiteral("v1_drop_table_with_index"), schema({usersTable(), postsTable(), tagsTable()}),
                  schema({usersTable(), tagsTable()}), kUsersSeed + kPostsSeed);
}

V1GoldenCase renameIndexedColumns()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("mail")).notNull().unique()
          << text(QStringLiteral("name"));
    TableSpec posts(QStringLiteral("posts"));
    posts << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("headline")).notNull()
          << integer(QStringLiteral("author_id")).notNull();
    posts.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")});
    posts.index(QStringLiteral("posts_title_idx"), {QStringLiteral("headline")});
    V1GoldenCase c = v1Case(QStringLiteral("v1_rename_indexed_columns"), schema({usersTable(), postsTable()}),
                            schema({users, posts}), kUsersSeed + kPostsSeed);
    c.golden.renames.addColumn(QStringLiteral("users"), QStringLiteral("email"), QStringLiteral("mail"));
    c.golden.renames.addColumn(QStringLiteral("posts"), QStringLiteral("title"), QStringLiteral("headline"));
    return c;
}

V1GoldenCase textPrimaryKey()
{
    TableSpec codes(QStringLiteral("codes"));
    codes << text(QStringLiteral("code")).notNull().primaryKey() << text(QStringLiteral("label")).unique();
    return v1Case(QStringLiteral("v1_text_primary_key"), schema({usersTable()}), schema({usersTable(), codes}),
                  kUsersSeed);
}

V1GoldenCase generatedExpressionChanged()
{
    TableSpec before(QStringLiteral("products"));
    before << integer(QStringLiteral("id")).primaryKey(true) << real(QStringLiteral("price")).notNull()
           << real(QStringLiteral("with_tax")).generated(QStringLiteral("\"price\" * 1.2"));
    TableSpec after(QStringLiteral("products"));
    after << integer(QStringLiteral("id")).primaryKey(true) << real(QStringLiteral("price")).notNull()
          << real(QStringLiteral("with_tax")).generated(QStringLiteral("\"price\" * 1.25"));
    return v1Case(QStringLiteral("v1_generated_expression_changed"), schema({before}), schema({after}),
                  QStringLiteral("INSERT INTO products (id, price) VALUES (1, 10);\n"));
}

V1GoldenCase twoRecreationsInRc5Order()
{
    TableSpec items(QStringLiteral("items"));
    items << integer(QStringLiteral("id")).primaryKey(true) << integer(QStringLiteral("qty"));
    TableSpec itemsAfter(QStringLiteral("items"));
    itemsAfter << integer(QStringLiteral("id")).primaryKey(true) << integer(QStringLiteral("qty")).notNull();
    TableSpec products(QStringLiteral("products"));
    products << integer(QStringLiteral("id")).primaryKey(true) << real(QStringLiteral("price")).notNull();
    TableSpec productsAfter = products;
    productsAfter.check(QStringLiteral("price_positive"), QStringLiteral("\"products\".\"price\" > 0"));
    return v1Case(QStringLiteral("v1_two_recreations_in_rc5_order"), schema({items, products}),
                  schema({itemsAfter, productsAfter}),
                  QStringLiteral("INSERT INTO items VALUES (1, 2);\nINSERT INTO products VALUES (1, 10);\n"));
}

V1GoldenCase compositeUniqueChanged()
{
    TableSpec before(QStringLiteral("books"));
    before << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
           << text(QStringLiteral("author")) << integer(QStringLiteral("year"));
    TableSpec after = before;
    before.uniqueOn({QStringLiteral("title"), QStringLiteral("author")});
    after.uniqueOn({QStringLiteral("title"), QStringLiteral("author"), QStringLiteral("year")});
    return v1Case(QStringLiteral("v1_composite_unique_changed"), schema({before}), schema({after}),
                  QStringLiteral("INSERT INTO books VALUES (1, 'A', 'B', 2000);\n"));
}

/// A table and a column dropped while others are created: rc.5 asks whether each is a rename (the golden script
/// answers "create" through `--hints`), and it is not.
V1GoldenCase dropAndCreateAreNoRename()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
          << text(QStringLiteral("nickname"));
    TableSpec labels(QStringLiteral("labels"));
    labels << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label")).notNull();
    return v1Case(QStringLiteral("v1_drop_and_create_are_no_rename"), schema({usersTable(), tagsTable()}),
                  schema({users, labels}), kUsersSeed);
}

/// A table and one of its columns renamed in one migration (rc.5 resolves the table first).
V1GoldenCase renameTableAndColumn()
{
    TableSpec members(QStringLiteral("members"));
    members << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
            << text(QStringLiteral("display_name"));
    V1GoldenCase c =
        v1Case(QStringLiteral("v1_rename_table_and_column"), schema({usersTable()}), schema({members}), kUsersSeed);
    c.golden.renames.addTable(QStringLiteral("users"), QStringLiteral("members"));
    c.golden.renames.addColumn(QStringLiteral("members"), QStringLiteral("name"), QStringLiteral("display_name"));
    return c;
}

} // namespace

QList<V1GoldenCase> v1GoldenCases()
{
    QList<V1GoldenCase> cases;
    const QHash<QString, QString> verdicts = sharedVerdicts();
    for (const GoldenCase &shared : goldenCases()) {
        V1GoldenCase c;
        c.golden = shared;
        c.rc5IsWrong = verdicts.value(shared.name);
        cases << c;
    }
    cases << indexChangedInPlace() << viewOnRebuiltTable() << uniqueAdded() << uniqueColumnOfParentDropped()
          << namedConstraints() << renameKeepsConstraintNames() << dropTableWithIndex() << renameIndexedColumns()
          << textPrimaryKey() << generatedExpressionChanged() << twoRecreationsInRc5Order() << compositeUniqueChanged()
          << dropAndCreateAreNoRename() << renameTableAndColumn();
    return cases;
}

} // namespace tw::test
