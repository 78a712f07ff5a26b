// SPDX-License-Identifier: GPL-3.0-or-later
// The editor on the forms a table's extra config and imports are written in.
#include "tests/source/editortestsupport.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw;
using test::column;
using test::edited;
using test::table;

namespace {

const QString kPath = test::editedSourcePath();

const QString kObjectForm =
    QStringLiteral(R"(import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";

export const accounts = sqliteTable(
  "accounts",
  {
    id: integer("id").primaryKey(),
    handle: text("handle").notNull(),
    region: text("region"),
  },
  (table) => ({
    handleIdx: index("accounts_handle_idx").on(table.handle),
  }),
);
)");

} // namespace

TEST(SourceEditorForms, ANewBuilderExtendsTheSqliteCoreImport)
{
    const QString after = edited(kObjectForm, [](model::Schema &s) {
        model::Column balance;
        balance.id = model::Id::generate();
        balance.name = QStringLiteral("balance");
        balance.type = model::SqlType::Real;
        table(s, QStringLiteral("accounts")).columns << balance;
    });
    QString expected = kObjectForm;
    expected.replace(QStringLiteral("integer, index }"), QStringLiteral("integer, index, real }"));
    expected.replace(QStringLiteral("    region: text(\"region\"),\n"),
                     QStringLiteral("    region: text(\"region\"),\n    balance: real(\"balance\"),\n"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, AnIndexGoesIntoTheObjectFormWithAKey)
{
    const QString after = edited(kObjectForm, [](model::Schema &s) {
        model::Table &accounts = table(s, QStringLiteral("accounts"));
        model::Index index;
        index.id = model::Id::generate();
        index.name = QStringLiteral("accounts_region_idx");
        index.parts = {model::IndexPart::ofColumn(column(accounts, QStringLiteral("region")).id)};
        accounts.indexes << index;
    });
    QString expected = kObjectForm;
    expected.replace(QStringLiteral("    handleIdx: index(\"accounts_handle_idx\").on(table.handle),\n"),
                     QStringLiteral("    handleIdx: index(\"accounts_handle_idx\").on(table.handle),\n"
                                    "    accountsRegionIdx: index(\"accounts_region_idx\").on(table.region),\n"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, AChangedIndexRewritesOnlyItsExpression)
{
    const QString after = edited(kObjectForm, [](model::Schema &s) {
        model::Table &accounts = table(s, QStringLiteral("accounts"));
        accounts.indexes[0].unique = true;
    });
    QString expected = kObjectForm;
    expected.replace(QStringLiteral("handleIdx: index("), QStringLiteral("handleIdx: uniqueIndex("));
    expected.replace(QStringLiteral("integer, index }"), QStringLiteral("integer, index, uniqueIndex }"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, ACheckConstraintImportsCheckAndSql)
{
    const QString after = edited(kObjectForm, [](model::Schema &s) {
        model::CheckConstraint check;
        check.id = model::Id::generate();
        check.name = QStringLiteral("handle_not_empty");
        check.expression = QStringLiteral("length(handle) > 0");
        table(s, QStringLiteral("accounts")).checkConstraints << check;
    });
    QString expected = kObjectForm;
    expected.replace(QStringLiteral("integer, index }"), QStringLiteral("integer, index, check }"));
    expected.replace(QStringLiteral("\"drizzle-orm/sqlite-core\";\n"),
                     QStringLiteral("\"drizzle-orm/sqlite-core\";\nimport { sql } from \"drizzle-orm\";\n"));
    expected.replace(QStringLiteral("on(table.handle),\n"),
                     QStringLiteral("on(table.handle),\n"
                                    "    handleNotEmpty: check(\"handle_not_empty\", sql`length(handle) > 0`),\n"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, RenamingAKeyRenamesItsUsesInTheSchemaFiles)
{
    const QString after = edited(kObjectForm, [](model::Schema &s) {
        column(table(s, QStringLiteral("accounts")), QStringLiteral("handle")).tsName = QStringLiteral("userHandle");
    });
    QString expected = kObjectForm;
    expected.replace(QStringLiteral("    handle: text("), QStringLiteral("    userHandle: text("));
    expected.replace(QStringLiteral("on(table.handle)"), QStringLiteral("on(table.userHandle)"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, AnUnchangedProjectLeavesTheObjectFormAlone)
{
    EXPECT_EQ(edited(kObjectForm, [](model::Schema &) {}), kObjectForm);
}

TEST(SourceEditorForms, ACompositeKeyCreatesTheExtraConfig)
{
    const QString before = QStringLiteral(R"(import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

export const memberships = sqliteTable("memberships", {
  userId: integer("user_id").notNull(),
  groupId: integer("group_id").notNull(),
});
)");
    const QString after = edited(before, [](model::Schema &s) {
        model::Table &memberships = table(s, QStringLiteral("memberships"));
        memberships.primaryKey =
            model::PrimaryKey{model::Id::generate(), {}, {memberships.columns[0].id, memberships.columns[1].id}};
    });
    EXPECT_EQ(after, QStringLiteral(R"(import { integer, sqliteTable, primaryKey } from "drizzle-orm/sqlite-core";

export const memberships = sqliteTable("memberships", {
  userId: integer("user_id").notNull(),
  groupId: integer("group_id").notNull(),
}, (t) => [
  primaryKey({ columns: [t.userId, t.groupId] }),
]);
)"));
}

TEST(SourceEditorForms, ANamedForeignKeyMovesFromTheColumnToTheExtraConfig)
{
    const QString before = QStringLiteral(R"(import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey(),
});

export const posts = sqliteTable("posts", {
  id: integer("id").primaryKey(),
  authorId: integer("author_id").references(() => users.id),
});
)");
    const QString after = edited(before, [](model::Schema &s) {
        table(s, QStringLiteral("posts")).foreignKeys[0].name = QStringLiteral("posts_author_fk");
    });
    EXPECT_EQ(after, QStringLiteral(R"(import { integer, sqliteTable, foreignKey } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey(),
});

export const posts = sqliteTable("posts", {
  id: integer("id").primaryKey(),
  authorId: integer("author_id"),
}, (t) => [
  foreignKey({ name: "posts_author_fk", columns: [t.authorId], foreignColumns: [users.id] }),
]);
)"));
}

TEST(SourceEditorForms, ARenamedKeyInsideAChangedIndexIsWrittenOnce)
{
    const QString after = edited(kObjectForm, [](model::Schema &s) {
        model::Table &accounts = table(s, QStringLiteral("accounts"));
        column(accounts, QStringLiteral("handle")).tsName = QStringLiteral("userHandle");
        accounts.indexes[0].name = QStringLiteral("accounts_user_handle_idx");
    });
    QString expected = kObjectForm;
    expected.replace(QStringLiteral("    handle: text("), QStringLiteral("    userHandle: text("));
    expected.replace(QStringLiteral("index(\"accounts_handle_idx\").on(table.handle)"),
                     QStringLiteral("index(\"accounts_user_handle_idx\").on(table.userHandle)"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, AnIndexGoesIntoTheListABlockBodyReturns)
{
    const QString before =
        QStringLiteral(R"(import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey(),
    kind: text("kind").notNull(),
    at: integer("at").notNull(),
  },
  (table) => {
    return [
      index("events_kind_idx").on(table.kind),
    ];
  },
);
)");
    const QString after = edited(before, [](model::Schema &s) {
        model::Table &events = table(s, QStringLiteral("events"));
        model::Index index;
        index.id = model::Id::generate();
        index.name = QStringLiteral("events_at_idx");
        index.parts = {model::IndexPart::ofColumn(column(events, QStringLiteral("at")).id)};
        events.indexes << index;
    });
    QString expected = before;
    expected.replace(QStringLiteral("      index(\"events_kind_idx\").on(table.kind),\n"),
                     QStringLiteral("      index(\"events_kind_idx\").on(table.kind),\n"
                                    "      index(\"events_at_idx\").on(table.at),\n"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, AColumnBetweenOthersGoesWhereTheProjectHasIt)
{
    const QString after = edited(kObjectForm, [](model::Schema &s) {
        model::Table &accounts = table(s, QStringLiteral("accounts"));
        model::Column nickname;
        nickname.id = model::Id::generate();
        nickname.name = QStringLiteral("nickname");
        accounts.columns.insert(2, nickname);
    });
    QString expected = kObjectForm;
    expected.replace(QStringLiteral("    region: text("),
                     QStringLiteral("    nickname: text(\"nickname\"),\n    region: text("));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorForms, RefusesToRewriteAnIndexNamedThroughAConstant)
{
    const QString before =
        QStringLiteral(R"(import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

const BY_SKU = "items_sku_idx";

export const items = sqliteTable("items", {
  id: integer("id").primaryKey(),
  sku: text("sku").notNull(),
}, (t) => [
  index(BY_SKU).on(t.sku),
]);
)");
    const QString after = edited(before, [](model::Schema &s) { table(s, "items").indexes[0].unique = true; });
    EXPECT_TRUE(after.startsWith(QStringLiteral("refused: ") + kPath +
                                 QStringLiteral(":9: table items: this entry takes its name from code")))
        << after.toStdString();
}
