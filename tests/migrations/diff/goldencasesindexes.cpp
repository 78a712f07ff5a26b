// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/diff/goldencasesparts.h"

namespace tw::test {

using namespace tw::test::dsl;

QList<GoldenCase> indexAndViewCases()
{
    QList<GoldenCase> out;
    {
        TableSpec before(QStringLiteral("books"));
        before << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("isbn")).notNull()
               << text(QStringLiteral("title")).notNull() << text(QStringLiteral("author"))
               << integer(QStringLiteral("year"));
        TableSpec after = before;
        before.index(QStringLiteral("books_title_idx"), {QStringLiteral("title")});
        before.index(QStringLiteral("books_author_idx"), {QStringLiteral("author")});
        before.uniqueOn({QStringLiteral("title"), QStringLiteral("author")}, QStringLiteral("books_title_author_key"));
        // dropped: books_title_idx; changed: books_author_idx; added: a partial index, a table unique, a column unique
        after = TableSpec(QStringLiteral("books"));
        after << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("isbn")).notNull().unique()
              << text(QStringLiteral("title")).notNull() << text(QStringLiteral("author"))
              << integer(QStringLiteral("year"));
        after.index(QStringLiteral("books_author_idx"), {QStringLiteral("author"), QStringLiteral("year")});
        after.index(QStringLiteral("books_recent_idx"), {QStringLiteral("year")}, false,
                    QStringLiteral("\"books\".\"year\" > 2000"));
        after.uniqueOn({QStringLiteral("title"), QStringLiteral("author")}, QStringLiteral("books_title_author_key"));
        after.uniqueOn({QStringLiteral("author"), QStringLiteral("title"), QStringLiteral("year")});
        out << GoldenCase{QStringLiteral("indexes"),
                          schema({before}),
                          schema({after}),
                          {},
                          false,
                          false,
                          QStringLiteral("INSERT INTO books VALUES (1, '978', 'Dune', 'Herbert', 1965);\n")};
    }
    {
        const QString byId = QStringLiteral("select \"id\", \"name\" from \"users\"");
        const QString named = QStringLiteral("select \"id\", \"name\" from \"users\" where \"name\" is not null");
        const model::Schema before =
            schema({usersTable()}, {view(QStringLiteral("user_names"), byId), view(QStringLiteral("old_view"), byId),
                                    view(QStringLiteral("declared"), byId, true)});
        const model::Schema after =
            schema({usersTable()}, {view(QStringLiteral("user_names"), named), view(QStringLiteral("new_view"), byId),
                                    view(QStringLiteral("declared"), byId, true)});
        out << GoldenCase{QStringLiteral("views"), before, after, {}, false, false, kUsersSeed};
    }
    {
        // Several tables change at once: statements group per table in order of first appearance.
        TableSpec users = usersTable();
        users << text(QStringLiteral("bio"));
        TableSpec posts(QStringLiteral("posts"));
        posts << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
              << integer(QStringLiteral("author_id")).notNull();
        posts.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")});
        posts.index(QStringLiteral("posts_title_idx"), {QStringLiteral("title")}, true);
        TableSpec tags(QStringLiteral("tags"));
        tags << integer(QStringLiteral("id")).primaryKey(true);
        TableSpec comments(QStringLiteral("comments"));
        comments << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("body"));
        out << GoldenCase{QStringLiteral("several_tables"),
                          schema({usersTable(), postsTable(), tagsTable()}),
                          schema({comments, users, posts, tags}),
                          {},
                          false,
                          false,
                          kUsersSeed + kPostsSeed};
    }
    {
        TableSpec before(QStringLiteral("products"));
        before << integer(QStringLiteral("id")).primaryKey(true) << real(QStringLiteral("price")).notNull();
        TableSpec after = before;
        after << real(QStringLiteral("with_tax")).generated(QStringLiteral("\"price\" * 1.2"));
        out << GoldenCase{QStringLiteral("add_virtual_generated_column"),
                          schema({before}),
                          schema({after}),
                          {},
                          false,
                          false,
                          QStringLiteral("INSERT INTO products VALUES (1, 10);\n")};
    }
    return out;
}

} // namespace tw::test
