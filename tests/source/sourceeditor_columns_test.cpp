// SPDX-License-Identifier: GPL-3.0-or-later
// The editor on column properties and views written in particular ways, and what it must not touch.
#include "tests/source/editortestsupport.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw;
using test::column;
using test::edited;
using test::table;

namespace {

const QString kPath = test::editedSourcePath();

} // namespace

TEST(SourceEditorColumns, RefusesToChangeACustomTypeColumn)
{
    const QString before = QStringLiteral(R"(import { customType, integer, sqliteTable } from "drizzle-orm/sqlite-core";

const money = customType<{ data: number }>({ dataType: () => "integer" });

export const prices = sqliteTable("prices", {
  id: integer("id").primaryKey(),
  amount: money("amount"),
});
)");
    const QString after = edited(before, [](model::Schema &s) {
        column(table(s, QStringLiteral("prices")), QStringLiteral("amount")).notNull = true;
    });
    EXPECT_TRUE(after.startsWith(QStringLiteral("refused: ") + kPath +
                                 QStringLiteral(":7: prices.amount: cannot change it in place: ")))
        << after.toStdString();
}

TEST(SourceEditorColumns, KeepsTypeScriptOnlyChainCallsWhenTheDefaultChanges)
{
    const QString before = QStringLiteral(R"(import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const jobs = sqliteTable("jobs", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  state: text("state").$type<"new" | "done">().notNull().default("new"),
  tries: integer("tries")
    .notNull()
    .default(0)
    .$onUpdate(() => 0),
});
)");
    const QString after = edited(before, [](model::Schema &s) {
        model::Table &jobs = table(s, QStringLiteral("jobs"));
        column(jobs, QStringLiteral("state")).defaultValue = model::ColumnDefault::string(QStringLiteral("queued"));
        column(jobs, QStringLiteral("tries")).defaultValue = model::ColumnDefault::none();
    });
    EXPECT_EQ(after, QStringLiteral(R"(import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const jobs = sqliteTable("jobs", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  state: text("state").$type<"new" | "done">().notNull().default("queued"),
  tries: integer("tries")
    .notNull()
    .$onUpdate(() => 0),
});
)"));
}

TEST(SourceEditorColumns, WithoutTrailingCommasTheLastColumnCanBeReplaced)
{
    const QString before = QStringLiteral(R"(import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const notes = sqliteTable('notes', {
    id: integer().primaryKey(),
    title: text(),
    body: text()
})
)");
    const QString after = edited(
        before,
        [](model::Schema &s) {
            model::Table &notes = table(s, QStringLiteral("notes"));
            notes.columns.removeLast();
            model::Column pinned;
            pinned.id = model::Id::generate();
            pinned.name = QStringLiteral("pinned");
            pinned.type = model::SqlType::Integer;
            pinned.mode = model::DrizzleMode::Boolean;
            pinned.notNull = true;
            pinned.defaultValue = model::ColumnDefault::boolean(false);
            notes.columns << pinned;
        },
        model::Casing::SnakeCase);
    EXPECT_EQ(after, QStringLiteral(R"(import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const notes = sqliteTable('notes', {
    id: integer().primaryKey(),
    title: text(),
    pinned: integer({ mode: 'boolean' }).notNull().default(false)
})
)"));
}

TEST(SourceEditorColumns, AColumnObjectOnOneLineStaysOnOneLine)
{
    const QString before = QStringLiteral(R"(import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const flags = sqliteTable("flags", { id: integer("id").primaryKey() });
)");
    const QString after = edited(before, [](model::Schema &s) {
        model::Column name;
        name.id = model::Id::generate();
        name.name = QStringLiteral("name");
        table(s, QStringLiteral("flags")).columns << name;
    });
    EXPECT_EQ(after, QStringLiteral(R"(import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const flags = sqliteTable("flags", { id: integer("id").primaryKey(), name: text("name") });
)"));
}

TEST(SourceEditorColumns, KeyEnumAndAutoincrementChangesRewriteTheirCalls)
{
    const QString before = QStringLiteral(R"(import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const roles = sqliteTable("roles", {
  id: integer("id").primaryKey(),
  code: integer("code").primaryKey(),
  kind: text("kind", { enum: ["admin", "member"] }).notNull(), // who may do what
});
)");
    const QString after = edited(before, [](model::Schema &s) {
        model::Table &roles = table(s, QStringLiteral("roles"));
        column(roles, QStringLiteral("id")).autoincrement = true;
        column(roles, QStringLiteral("code")).primaryKey = false;
        column(roles, QStringLiteral("kind")).enumValues << QStringLiteral("guest");
    });
    EXPECT_EQ(after, QStringLiteral(R"(import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const roles = sqliteTable("roles", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  code: integer("code").notNull(),
  kind: text("kind", { enum: ["admin", "member", "guest"] }).notNull(), // who may do what
});
)"));
}

TEST(SourceEditorColumns, ViewsAreAddedAndRemoved)
{
    const QString before = QStringLiteral(R"(import { sql } from "drizzle-orm";
import { integer, sqliteTable, sqliteView } from "drizzle-orm/sqlite-core";

export const items = sqliteTable("items", {
  id: integer("id").primaryKey(),
});

export const allItems = sqliteView("all_items", {}).as(sql`select * from items`);
)");
    const QString after = edited(before, [](model::Schema &s) {
        model::View oldest = s.views[0];
        s.views.clear();
        oldest.id = model::Id::generate();
        oldest.name = QStringLiteral("first_items");
        oldest.tsName.clear();
        oldest.definition = QStringLiteral("select * from items order by id limit 1");
        s.views << oldest;
    });
    EXPECT_EQ(after, QStringLiteral(R"(import { sql } from "drizzle-orm";
import { integer, sqliteTable, sqliteView } from "drizzle-orm/sqlite-core";

export const items = sqliteTable("items", {
  id: integer("id").primaryKey(),
});

export const firstItems = sqliteView("first_items", {}).as(sql`select * from items order by id limit 1`);
)"));
}

TEST(SourceEditorColumns, AViewIsRenamedInItsNameLiteral)
{
    const QString before = QStringLiteral(R"(import { sql } from "drizzle-orm";
import { sqliteView } from "drizzle-orm/sqlite-core";

export const openOrders = sqliteView("open_orders", {}).as(sql`select 1`);
)");
    const QString after = edited(before, [](model::Schema &s) {
        s.views[0].tsName = QStringLiteral("openOrders");
        s.views[0].name = QStringLiteral("pending_orders");
    });
    QString expected = before;
    expected.replace(QStringLiteral("\"open_orders\""), QStringLiteral("\"pending_orders\""));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorColumns, AFileWithCodeTheReaderCouldNotReadIsNotEdited)
{
    const QString before = QStringLiteral(R"(import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

export const a = sqliteTable("things", {
  id: integer("id").primaryKey(),
});

export const b = sqliteTable("things", {
  id: integer("id").primaryKey(),
});
)");
    const QString after = edited(before, [](model::Schema &s) { s.tables[0].columns[0].autoincrement = true; });
    EXPECT_TRUE(after.startsWith(QStringLiteral("refused: ") + kPath +
                                 QStringLiteral(":1: this file has code Tablewright could not read")))
        << after.toStdString();
}

TEST(SourceEditorColumns, ANewColumnUsesTheBuildersOfAColumnsCallback)
{
    const QString before = QStringLiteral(R"(import { sqliteTable } from "drizzle-orm/sqlite-core";

export const tags = sqliteTable("tags", (b) => ({
  id: b.integer().primaryKey(),
  label: b.text({ length: 40 }).notNull(),
}));
)");
    const QString after = edited(before, [](model::Schema &s) {
        model::Column weight;
        weight.id = model::Id::generate();
        weight.name = QStringLiteral("weight");
        weight.type = model::SqlType::Real;
        table(s, QStringLiteral("tags")).columns << weight;
    });
    QString expected = before;
    expected.replace(QStringLiteral(".notNull(),\n"), QStringLiteral(".notNull(),\n  weight: b.real(),\n"));
    EXPECT_EQ(after, expected);
}

TEST(SourceEditorColumns, AFileWithCrLfLineEndsGetsCrLfLines)
{
    QString before = QStringLiteral("import { integer, sqliteTable, text } from \"drizzle-orm/sqlite-core\";\n\n"
                                    "export const notes = sqliteTable(\"notes\", {\n"
                                    "  id: integer(\"id\").primaryKey(),\n"
                                    "  body: text(\"body\"),\n"
                                    "});\n");
    before.replace(u'\n', QStringLiteral("\r\n"));
    const QString after = edited(before, [](model::Schema &s) {
        model::Table &notes = table(s, QStringLiteral("notes"));
        notes.columns.removeLast();
        model::Column title;
        title.id = model::Id::generate();
        title.name = QStringLiteral("title");
        title.notNull = true;
        notes.columns << title;
    });
    QString expected = before;
    expected.replace(QStringLiteral("  body: text(\"body\"),\r\n"),
                     QStringLiteral("  title: text(\"title\").notNull(),\r\n"));
    EXPECT_EQ(after, expected);
}
