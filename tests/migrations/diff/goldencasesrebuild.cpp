// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/diff/goldencasesparts.h"

namespace tw::test {
namespace {

using namespace tw::test::dsl;
using model::ColumnDefault;
using model::ReferentialAction;

const QString kId = QStringLiteral("id");

GoldenCase single(const QString &name, const TableSpec &before, const TableSpec &after, const QString &seed = {},
                  bool drizzleIsWrong = false)
{
    GoldenCase c{name, schema({before}), schema({after}), {}, drizzleIsWrong, false, seed};
    return c;
}

TableSpec items(const ColumnSpec &extra)
{
    TableSpec t(QStringLiteral("items"));
    t << integer(kId).primaryKey(true) << extra;
    t.index(QStringLiteral("items_id_idx"), {kId});
    return t;
}

const QString kItemsSeed = QStringLiteral("INSERT INTO items (id, qty) VALUES (1, 5), (2, 7);\n");

} // namespace

QList<GoldenCase> rebuildCases()
{
    QList<GoldenCase> out;
    out << single(QStringLiteral("alter_type"), items(integer(QStringLiteral("qty"))),
                  items(real(QStringLiteral("qty"))), kItemsSeed);
    out << single(QStringLiteral("alter_not_null"), items(integer(QStringLiteral("qty"))),
                  items(integer(QStringLiteral("qty")).notNull()), kItemsSeed);
    out << single(QStringLiteral("alter_default"),
                  items(integer(QStringLiteral("qty")).defaultValue(ColumnDefault::number(QStringLiteral("1")))),
                  items(integer(QStringLiteral("qty")).defaultValue(ColumnDefault::number(QStringLiteral("2")))),
                  kItemsSeed);
    {
        TableSpec before(QStringLiteral("items"));
        before << integer(kId).primaryKey() << integer(QStringLiteral("qty"));
        before.index(QStringLiteral("items_id_idx"), {kId});
        out << single(QStringLiteral("alter_autoincrement"), before, items(integer(QStringLiteral("qty"))), kItemsSeed);
    }
    {
        TableSpec before(QStringLiteral("logs"));
        before << text(QStringLiteral("message"));
        TableSpec after(QStringLiteral("logs"));
        after << text(QStringLiteral("message")) << integer(kId).primaryKey(true);
        // drizzle-kit selects the new key column from the old table (its bug 2).
        out << single(QStringLiteral("add_primary_key_column"), before, after,
                      QStringLiteral("INSERT INTO logs (message) VALUES ('a'), ('b');\n"), true);
    }
    {
        TableSpec before(QStringLiteral("memberships"));
        before << integer(QStringLiteral("user_id")).notNull() << integer(QStringLiteral("group_id")).notNull()
               << integer(QStringLiteral("role")).notNull();
        before.primaryKey({QStringLiteral("user_id"), QStringLiteral("group_id")});
        TableSpec after(QStringLiteral("memberships"));
        after << integer(QStringLiteral("user_id")).notNull() << integer(QStringLiteral("group_id")).notNull()
              << integer(QStringLiteral("role")).notNull();
        after.primaryKey({QStringLiteral("user_id"), QStringLiteral("group_id"), QStringLiteral("role")});
        out << single(QStringLiteral("composite_primary_key_change"), before, after,
                      QStringLiteral("INSERT INTO memberships VALUES (1, 1, 0), (1, 2, 1);\n"));
    }
    {
        TableSpec before(QStringLiteral("products"));
        before << integer(kId).primaryKey(true) << real(QStringLiteral("price")).notNull();
        TableSpec after = before;
        after.check(QStringLiteral("price_positive"), QStringLiteral("\"products\".\"price\" > 0"));
        out << single(QStringLiteral("add_check"), before, after,
                      QStringLiteral("INSERT INTO products VALUES (1, 2.5);\n"));
        out << single(QStringLiteral("drop_check"), after, before,
                      QStringLiteral("INSERT INTO products VALUES (1, 2.5);\n"));
    }
    {
        TableSpec posts(QStringLiteral("posts"));
        posts << integer(kId).primaryKey(true) << text(QStringLiteral("title")).notNull()
              << integer(QStringLiteral("author_id")).notNull();
        posts.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title")});
        GoldenCase add{QStringLiteral("add_foreign_key"),
                       schema({usersTable(), posts}),
                       schema({usersTable(), postsTable()}),
                       {},
                       false,
                       false,
                       kUsersSeed + kPostsSeed};
        GoldenCase drop{QStringLiteral("drop_foreign_key"),
                        schema({usersTable(), postsTable()}),
                        schema({usersTable(), posts}),
                        {},
                        false,
                        false,
                        kUsersSeed + kPostsSeed};
        TableSpec cascading(QStringLiteral("posts"));
        cascading << integer(kId).primaryKey(true) << text(QStringLiteral("title")).notNull()
                  << integer(QStringLiteral("author_id")).notNull();
        cascading.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {kId}, ReferentialAction::Cascade);
        cascading.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title")});
        GoldenCase actions{QStringLiteral("foreign_key_actions"),
                           schema({usersTable(), postsTable()}),
                           schema({usersTable(), cascading}),
                           {},
                           false,
                           false,
                           kUsersSeed + kPostsSeed};
        out << add << drop << actions;
    }
    return out;
}

} // namespace tw::test
