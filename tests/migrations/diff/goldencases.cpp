// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/diff/goldencases.h"

#include "tests/migrations/diff/goldencasesparts.h"
#include "tests/migrations/diff/schemadsl.h"

namespace tw::test {

using namespace tw::test::dsl;
using model::ColumnDefault;
using model::DrizzleMode;
using model::ReferentialAction;

TableSpec usersTable()
{
    TableSpec t(QStringLiteral("users"));
    t << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
      << text(QStringLiteral("name"));
    return t;
}

TableSpec postsTable()
{
    TableSpec t(QStringLiteral("posts"));
    t << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
      << integer(QStringLiteral("author_id")).notNull();
    t.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")});
    t.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title")});
    return t;
}

TableSpec tagsTable()
{
    TableSpec t(QStringLiteral("tags"));
    t << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label")).notNull();
    return t;
}

const QString kUsersSeed =
    QStringLiteral("INSERT INTO users (id, email, name) VALUES (1, 'a@x', 'Ann'), (2, 'b@x', NULL);\n");
const QString kPostsSeed =
    QStringLiteral("INSERT INTO posts (id, title, author_id) VALUES (10, 'Hello', 1), (11, 'Again', 2);\n");

namespace {

GoldenCase createFresh()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
          << text(QStringLiteral("name")).length(255)
          << integer(QStringLiteral("is_active"))
                 .mode(DrizzleMode::Boolean)
                 .notNull()
                 .defaultValue(ColumnDefault::boolean(true))
          << real(QStringLiteral("score")).defaultValue(ColumnDefault::number(QStringLiteral("1.5")))
          << integer(QStringLiteral("visits")).notNull().defaultValue(ColumnDefault::number(QStringLiteral("1e3")))
          << integer(QStringLiteral("created_at"))
                 .mode(DrizzleMode::TimestampMs)
                 .defaultValue(ColumnDefault::expression(
                     QStringLiteral("(cast((julianday('now') - 2440587.5)*86400000 as integer))")))
          << numeric(QStringLiteral("balance")).defaultValue(ColumnDefault::number(QStringLiteral("0")))
          << text(QStringLiteral("motto")).defaultValue(ColumnDefault::string(QStringLiteral("it's")))
          << text(QStringLiteral("prefs"))
                 .mode(DrizzleMode::Json)
                 .defaultValue(ColumnDefault::string(QStringLiteral("{}")));
    TableSpec posts = postsTable();
    TableSpec products(QStringLiteral("products"));
    products << integer(QStringLiteral("id")).primaryKey(true) << real(QStringLiteral("price")).notNull()
             << real(QStringLiteral("price_with_tax")).generated(QStringLiteral("price * 1.2"))
             << real(QStringLiteral("double_price")).generated(QStringLiteral("price * 2"), true)
             << text(QStringLiteral("sku")).notNull() << integer(QStringLiteral("owner_id"));
    products.foreignKey({QStringLiteral("owner_id")}, QStringLiteral("users"), {QStringLiteral("id")},
                        ReferentialAction::SetNull, ReferentialAction::Cascade);
    products.check(QStringLiteral("price_positive"), QStringLiteral("\"products\".\"price\" > 0"));
    products.index(QStringLiteral("products_sku_price_idx"), {QStringLiteral("sku"), QStringLiteral("price")}, false,
                   QStringLiteral("\"products\".\"price\" > 10"));
    products.expressionIndex(QStringLiteral("products_lower_sku_idx"), QStringLiteral("lower(\"sku\")"));
    products.uniqueOn({QStringLiteral("sku"), QStringLiteral("owner_id")});
    TableSpec postTags(QStringLiteral("post_tags"));
    postTags << integer(QStringLiteral("post_id")).notNull() << integer(QStringLiteral("tag_id")).notNull();
    postTags.primaryKey({QStringLiteral("post_id"), QStringLiteral("tag_id")});
    postTags.foreignKey({QStringLiteral("post_id")}, QStringLiteral("posts"), {QStringLiteral("id")},
                        ReferentialAction::Cascade);
    postTags.foreignKey({QStringLiteral("tag_id")}, QStringLiteral("tags"), {QStringLiteral("id")},
                        ReferentialAction::Cascade);
    // Export names decide drizzle-kit's table order, not SQL names: omega (aOmega) comes before alpha (zAlpha).
    TableSpec alpha(QStringLiteral("alpha"));
    alpha.tsName(QStringLiteral("zAlpha")) << integer(QStringLiteral("id")).primaryKey();
    TableSpec omega(QStringLiteral("omega"));
    omega.tsName(QStringLiteral("aOmega")) << integer(QStringLiteral("id")).primaryKey();
    GoldenCase c{QStringLiteral("create_fresh"), {}, {}, {}, false, false, {}};
    c.after = schema({users, posts, products, tagsTable(), postTags, alpha, omega},
                     {view(QStringLiteral("active_users"),
                           QStringLiteral("select \"id\", \"email\" from \"users\" where \"is_active\" = 1"))});
    return c;
}

GoldenCase dropTable()
{
    GoldenCase c{QStringLiteral("drop_table"), {}, {}, {}, false, false, kUsersSeed + kPostsSeed};
    c.before = schema({usersTable(), postsTable(), tagsTable()});
    c.after = schema({usersTable(), postsTable()});
    return c;
}

GoldenCase renameTable()
{
    // users -> members: its unique index is renamed, and posts (FK to it) is rebuilt.
    TableSpec members(QStringLiteral("members"));
    members << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
            << text(QStringLiteral("name"));
    TableSpec posts(QStringLiteral("posts"));
    posts << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
          << integer(QStringLiteral("author_id")).notNull();
    posts.foreignKey({QStringLiteral("author_id")}, QStringLiteral("members"), {QStringLiteral("id")});
    posts.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title")});
    GoldenCase c{QStringLiteral("rename_table"), {}, {}, {}, false, false, kUsersSeed + kPostsSeed};
    c.before = schema({usersTable(), postsTable(), tagsTable()});
    c.after = schema({members, posts, tagsTable()});
    c.renames.addTable(QStringLiteral("users"), QStringLiteral("members"));
    return c;
}

GoldenCase addColumns()
{
    TableSpec users = usersTable();
    users << text(QStringLiteral("bio"))
          << integer(QStringLiteral("login_count")).notNull().defaultValue(ColumnDefault::number(QStringLiteral("0")))
          << text(QStringLiteral("handle")).notNull();
    TableSpec posts = postsTable();
    posts << integer(QStringLiteral("editor_id"));
    posts.foreignKey({QStringLiteral("editor_id")}, QStringLiteral("users"), {QStringLiteral("id")});
    GoldenCase c{QStringLiteral("add_columns"), {}, {}, {}, false, false, {}};
    c.before = schema({usersTable(), postsTable()});
    c.after = schema({users, posts});
    return c;
}

GoldenCase dropColumns()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("name"));
    TableSpec posts(QStringLiteral("posts"));
    posts << integer(QStringLiteral("id")).primaryKey(true) << integer(QStringLiteral("author_id")).notNull();
    posts.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")});
    GoldenCase c{QStringLiteral("drop_columns"), {}, {}, {}, false, false, kUsersSeed + kPostsSeed};
    c.before = schema({usersTable(), postsTable()});
    c.after = schema({users, posts});
    return c;
}

GoldenCase renameColumn()
{
    TableSpec users(QStringLiteral("users"));
    users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
          << text(QStringLiteral("display_name"));
    GoldenCase c{QStringLiteral("rename_column"), {}, {}, {}, false, false, kUsersSeed};
    c.before = schema({usersTable()});
    c.after = schema({users});
    c.renames.addColumn(QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("display_name"));
    return c;
}

} // namespace

QList<GoldenCase> goldenCases()
{
    QList<GoldenCase> cases{createFresh(), dropTable(), renameTable(), addColumns(), dropColumns(), renameColumn()};
    cases << rebuildCases() << indexAndViewCases() << drizzleBugCases() << drizzleKitKeyCases()
          << drizzleKitColumnCases();
    return cases;
}

QString renameSpecs(const migrations::RenameMap &renames)
{
    QString out;
    for (const auto &r : renames.tables)
        out += QStringLiteral("table:%1=%2\n").arg(r.from, r.to);
    for (const auto &r : renames.columns)
        out += QStringLiteral("column:%1.%2=%3\n").arg(r.table, r.from, r.to);
    for (const auto &r : renames.views)
        out += QStringLiteral("view:%1=%2\n").arg(r.from, r.to);
    return out;
}

} // namespace tw::test
