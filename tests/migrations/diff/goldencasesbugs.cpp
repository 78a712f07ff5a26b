// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/diff/goldencasesparts.h"

namespace tw::test {

using namespace tw::test::dsl;
using model::ColumnDefault;
using model::DrizzleMode;
using model::ReferentialAction;

QList<GoldenCase> drizzleBugCases()
{
    QList<GoldenCase> out;
    {
        // Bug 1: two rebuilds; drizzle-kit de-duplicates the second PRAGMA pair away, so rebuilding `users`
        // (dropping it) runs with foreign keys on and cascades into `posts`.
        TableSpec users(QStringLiteral("users"));
        users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
              << text(QStringLiteral("name")).notNull();
        TableSpec tags(QStringLiteral("tags"));
        tags << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("label"));
        TableSpec posts(QStringLiteral("posts"));
        posts << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("title")).notNull()
              << integer(QStringLiteral("author_id")).notNull();
        posts.foreignKey({QStringLiteral("author_id")}, QStringLiteral("users"), {QStringLiteral("id")},
                         ReferentialAction::Cascade);
        out << GoldenCase{QStringLiteral("bug_two_rebuilds"),
                          schema({usersTable(), tagsTable(), posts}),
                          schema({users, tags, posts}),
                          {},
                          true,
                          false,
                          QStringLiteral("INSERT INTO users (id, email, name) VALUES (1, 'a@x', 'Ann');\n"
                                         "INSERT INTO tags VALUES (1, 'x');\n"
                                         "INSERT INTO posts VALUES (10, 'Hello', 1);\n")};
    }
    {
        // Bug 2: a column added to a table that is rebuilt: drizzle-kit selects it from the old table.
        TableSpec users(QStringLiteral("users"));
        users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
              << integer(QStringLiteral("name")) << text(QStringLiteral("nickname"));
        out << GoldenCase{QStringLiteral("bug_add_column_and_rebuild"),
                          schema({usersTable()}),
                          schema({users}),
                          {},
                          true,
                          false,
                          kUsersSeed};
    }
    {
        // Bug 3: a renamed column in a table that is rebuilt: drizzle-kit drops the RENAME COLUMN.
        TableSpec users(QStringLiteral("users"));
        users << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("email")).notNull().unique()
              << text(QStringLiteral("full_name")).defaultValue(ColumnDefault::string(QStringLiteral("anonymous")));
        GoldenCase c{QStringLiteral("bug_rename_column_and_rebuild"),
                     schema({usersTable()}),
                     schema({users}),
                     {},
                     true,
                     false,
                     kUsersSeed};
        c.renames.addColumn(QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("full_name"));
        out << c;
    }
    {
        // Bug 4: ADD .. REFERENCES without its ON DELETE.
        TableSpec posts = postsTable();
        posts << integer(QStringLiteral("reviewer_id"));
        posts.foreignKey({QStringLiteral("reviewer_id")}, QStringLiteral("users"), {QStringLiteral("id")},
                         ReferentialAction::SetNull, ReferentialAction::Cascade);
        out << GoldenCase{QStringLiteral("bug_add_column_reference_actions"),
                          schema({usersTable(), postsTable()}),
                          schema({usersTable(), posts}),
                          {},
                          true,
                          false,
                          kUsersSeed + kPostsSeed};
    }
    {
        // Bug 5: an object default (`.default({...})`, hand-written schema.ts) is not quote-escaped.
        TableSpec settings(QStringLiteral("settings"));
        settings << integer(QStringLiteral("id")).primaryKey(true);
        TableSpec after = settings;
        after << text(QStringLiteral("prefs"))
                     .mode(DrizzleMode::Json)
                     .notNull()
                     .defaultValue(ColumnDefault::string(QStringLiteral("{\"note\":\"it's\"}")));
        out << GoldenCase{QStringLiteral("bug_json_default_quote"),
                          schema({settings}),
                          schema({after}),
                          {},
                          true,
                          true,
                          QStringLiteral("INSERT INTO settings VALUES (1);\n")};
    }
    {
        // Bug 6: quote characters inside identifiers are not doubled.
        TableSpec before(QStringLiteral("it`s"));
        before.tsName(QStringLiteral("itS"));
        before << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("say \"hi\""));
        TableSpec after(QStringLiteral("it`s"));
        after.tsName(QStringLiteral("itS"));
        after << integer(QStringLiteral("id")).primaryKey(true) << text(QStringLiteral("say \"bye\""))
              << text(QStringLiteral("back`tick")).unique();
        GoldenCase c{QStringLiteral("bug_quotes_in_identifiers"),
                     schema({before}),
                     schema({after}),
                     {},
                     true,
                     false,
                     QStringLiteral("INSERT INTO `it``s` VALUES (1, 'x');\n")};
        c.renames.addColumn(QStringLiteral("it`s"), QStringLiteral("say \"hi\""), QStringLiteral("say \"bye\""));
        out << c;
    }
    {
        // drizzle-kit writes nothing for an added STORED generated column; it needs a rebuild.
        TableSpec before(QStringLiteral("products"));
        before << integer(QStringLiteral("id")).primaryKey(true) << real(QStringLiteral("price")).notNull();
        TableSpec after = before;
        after << real(QStringLiteral("doubled")).generated(QStringLiteral("\"price\" * 2"), true);
        out << GoldenCase{
            QStringLiteral("bug_add_stored_generated_column"),       schema({before}), schema({after}), {}, true, false,
            QStringLiteral("INSERT INTO products VALUES (1, 10);\n")};
    }
    return out;
}

} // namespace tw::test
