// SPDX-License-Identifier: GPL-3.0-or-later
// The editor on small sources written in particular forms: imports to extend, keys used elsewhere, the object form
// of the extra config, views, and columns it must not touch.
#include "source/edit/sourceeditor.h"
#include "source/schema/schemasourcereader.h"
#include "source/sync/sourcebinding.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <functional>

using namespace tw;

namespace {

const QString kPath = QStringLiteral("/project/src/db/schema.ts");

/// Reads @p before as the project's bound source, applies @p change to the project, and returns the edited text
/// (or the refusal, prefixed `refused: `).
QString edited(const QString &before, const std::function<void(model::Schema &)> &change,
               model::Casing casing = model::Casing::None)
{
    const source::SourceSchema read = source::SchemaSourceReader::readText(kPath, before, casing);
    model::Schema project = read.toSchema();
    const source::SourceBinding binding = source::SourceMatcher::bindingFor(project, read, QStringLiteral("/project"));
    change(project);
    const auto edits = source::SourceEditor::edits(read, binding, project, kPath);
    if (!edits)
        return QStringLiteral("refused: ") + edits.error();
    if (edits.value().isEmpty())
        return before;
    EXPECT_EQ(edits.value().size(), 1);
    return edits.value().first().newText;
}

model::Table &table(model::Schema &schema, const QString &name)
{
    for (model::Table &t : schema.tables) {
        if (t.name == name)
            return t;
    }
    ADD_FAILURE() << "no table " << name.toStdString();
    static model::Table none;
    return none;
}

model::Column &column(model::Table &t, const QString &name)
{
    for (model::Column &c : t.columns) {
        if (c.name == name)
            return c;
    }
    ADD_FAILURE() << "no column " << name.toStdString();
    static model::Column none;
    return none;
}

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

TEST(SourceEditorForms, ViewsAreAddedAndRemoved)
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

TEST(SourceEditorForms, RefusesToChangeACustomTypeColumn)
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

TEST(SourceEditorForms, KeepsTypeScriptOnlyChainCallsWhenTheDefaultChanges)
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

TEST(SourceEditorForms, WithoutTrailingCommasTheLastColumnCanBeReplaced)
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

TEST(SourceEditorForms, AColumnObjectOnOneLineStaysOnOneLine)
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

TEST(SourceEditorForms, KeyEnumAndAutoincrementChangesRewriteTheirCalls)
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

TEST(SourceEditorForms, AViewIsRenamedInItsNameLiteral)
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

TEST(SourceEditorForms, AFileWithCodeTheReaderCouldNotReadIsNotEdited)
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
