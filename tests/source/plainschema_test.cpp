// SPDX-License-Identifier: GPL-3.0-or-later
// A single-file schema: model values, spans and style as read.
#include "source/schema/schemasourcereader.h"
#include "tests/source/sourcetestsupport.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::source;
using tw::test::sourceColumn;
using tw::test::spanText;

namespace {

class PlainSchema : public ::testing::Test
{
protected:
    void SetUp() override { schema = test::readFixture(QStringLiteral("plain/schema.ts")); }
    QString at(const SourceSpan &span) const { return spanText(schema, 0, span); }
    SourceSchema schema;
};

TEST_F(PlainSchema, ReadsWithoutDiagnostics)
{
    EXPECT_EQ(test::diagnosticsText(schema), QString());
    ASSERT_EQ(schema.tables.size(), 2);
    EXPECT_EQ(schema.tables[0].table.name, "users");
    EXPECT_EQ(schema.tables[1].table.name, "posts");
    EXPECT_TRUE(schema.views.isEmpty());
}

TEST_F(PlainSchema, ColumnsHaveTheModelValuesDrizzleGivesThem)
{
    const model::Table &users = schema.tables[0].table;
    EXPECT_EQ(users.comment, "People who can sign in.");
    ASSERT_EQ(users.columns.size(), 8);
    const model::Column &id = users.columns[0];
    EXPECT_EQ(id.name, "id");
    EXPECT_EQ(id.type, model::SqlType::Integer);
    EXPECT_TRUE(id.primaryKey);
    EXPECT_TRUE(id.autoincrement);
    EXPECT_TRUE(id.notNull);
    const model::Column &email = users.columns[1];
    EXPECT_EQ(email.length, 320);
    EXPECT_TRUE(email.notNull);
    EXPECT_TRUE(email.unique);
    EXPECT_EQ(email.comment, "Where we write to them");
    EXPECT_EQ(users.columns[2].name, "display_name");
    EXPECT_EQ(users.columns[2].tsName, "displayName");
    EXPECT_FALSE(users.columns[2].notNull);
    EXPECT_EQ(users.columns[3].enumValues, (QStringList{"admin", "member"}));
    EXPECT_EQ(users.columns[3].defaultValue, model::ColumnDefault::string("member"));
    EXPECT_EQ(users.columns[4].type, model::SqlType::Real);
    EXPECT_EQ(users.columns[4].defaultValue, model::ColumnDefault::number("-1.5"));
    EXPECT_EQ(users.columns[5].type, model::SqlType::Blob);
    EXPECT_EQ(users.columns[5].mode, model::DrizzleMode::None);
    EXPECT_EQ(users.columns[6].mode, model::DrizzleMode::Boolean);
    EXPECT_EQ(users.columns[6].defaultValue, model::ColumnDefault::boolean(true));
    EXPECT_EQ(users.columns[7].mode, model::DrizzleMode::Timestamp);
    EXPECT_EQ(users.columns[7].defaultValue, model::ColumnDefault::expression("(unixepoch())"));
}

TEST_F(PlainSchema, IndexesConstraintsAndForeignKeys)
{
    const model::Table &users = schema.tables[0].table;
    ASSERT_EQ(users.indexes.size(), 2);
    EXPECT_EQ(users.indexes[0].name, "users_name_idx");
    EXPECT_FALSE(users.indexes[0].unique);
    EXPECT_EQ(users.indexes[0].parts, QList<model::IndexPart>{model::IndexPart::ofColumn(users.columns[2].id)});
    EXPECT_TRUE(users.indexes[1].unique);
    EXPECT_EQ(users.indexes[1].parts, QList<model::IndexPart>{model::IndexPart::ofExpression("lower(\"email\")")});

    const model::Table &posts = schema.tables[1].table;
    ASSERT_EQ(posts.foreignKeys.size(), 1);
    const model::ForeignKey &fk = posts.foreignKeys[0];
    EXPECT_TRUE(fk.name.isEmpty());
    EXPECT_EQ(fk.columns, QList<model::Id>{posts.columns[1].id});
    EXPECT_EQ(fk.targetTable, users.id);
    EXPECT_EQ(fk.targetColumns, QList<model::Id>{users.columns[0].id});
    EXPECT_EQ(fk.onDelete, model::ReferentialAction::Cascade);
    EXPECT_EQ(fk.onUpdate, model::ReferentialAction::NoAction);
    ASSERT_EQ(posts.uniqueConstraints.size(), 1);
    EXPECT_TRUE(posts.uniqueConstraints[0].name.isEmpty());
    EXPECT_EQ(posts.uniqueConstraints[0].columns, (QList<model::Id>{posts.columns[1].id, posts.columns[3].id}));
    ASSERT_EQ(posts.indexes.size(), 1);
    EXPECT_EQ(posts.indexes[0].where, "\"posts\".\"views\" > 10");
    EXPECT_TRUE(posts.columns[0].primaryKey);
    EXPECT_FALSE(posts.columns[0].autoincrement);
}

TEST_F(PlainSchema, SpansCoverExactlyWhatIsWritten)
{
    const SourceTable &users = schema.tables[0];
    EXPECT_EQ(users.variable, "users");
    EXPECT_TRUE(users.exported);
    EXPECT_TRUE(at(users.declaration)
                    .startsWith("/** People who can sign in. */\nexport const users = sqliteTable(\"users\", {"));
    EXPECT_TRUE(at(users.declaration).endsWith("]);"));
    EXPECT_EQ(at(users.nameArgument), "\"users\"");
    EXPECT_TRUE(at(users.columnsObject).startsWith("{\n  id: int(\"id\")"));
    EXPECT_TRUE(at(users.columnsObject).endsWith("default(sql`(unixepoch())`),\n}"));
    EXPECT_TRUE(at(users.extraConfig).startsWith("(t) => ["));
    EXPECT_EQ(users.extraConfigParameter, "t");
    EXPECT_TRUE(at(users.extraConfigEntries).startsWith("[\n  index(\"users_name_idx\")"));
    EXPECT_TRUE(at(users.extraConfigEntries).endsWith("),\n]"));

    const SourceColumn *email = sourceColumn(users, "email");
    ASSERT_NE(email, nullptr);
    EXPECT_EQ(at(email->entry), "email: text(\"email\", { length: 320 }).notNull().unique()");
    EXPECT_EQ(at(email->lines),
              "  /** Where we write to them */\n  email: text(\"email\", { length: 320 }).notNull().unique(),\n");
    EXPECT_EQ(email->builder, "text");
    EXPECT_EQ(at(email->builderCall), "text(\"email\", { length: 320 })");
    EXPECT_EQ(at(email->nameArgument), "\"email\"");
    EXPECT_EQ(at(email->optionsArgument), "{ length: 320 }");
    ASSERT_EQ(email->chain.size(), 2);
    EXPECT_EQ(email->chain[0].method, "notNull");
    EXPECT_EQ(at(email->chain[0].span), ".notNull()");
    EXPECT_EQ(at(email->chain[1].span), ".unique()");
    EXPECT_TRUE(email->editable);

    const SourceColumn *id = sourceColumn(users, "id");
    ASSERT_NE(id, nullptr);
    EXPECT_EQ(id->builder, "int");
    EXPECT_EQ(at(id->chain[0].arguments), "{ autoIncrement: true }");

    const SourceTable &posts = schema.tables[1];
    const SourceColumn *author = sourceColumn(posts, "authorId");
    ASSERT_NE(author, nullptr);
    EXPECT_EQ(at(author->chain[1].span), ".references(() => users.id, { onDelete: \"cascade\" })");
    EXPECT_EQ(at(author->lines),
              "  authorId: int(\"author_id\").notNull().references(() => users.id, { onDelete: \"cascade\" }),\n");

    ASSERT_EQ(users.constraints.size(), 2);
    EXPECT_EQ(users.constraints[0].kind, SourceConstraint::Kind::Index);
    EXPECT_EQ(at(users.constraints[0].entry), "index(\"users_name_idx\").on(t.displayName)");
    EXPECT_EQ(at(users.constraints[0].lines), "  index(\"users_name_idx\").on(t.displayName),\n");
    EXPECT_EQ(users.constraints[1].kind, SourceConstraint::Kind::UniqueIndex);
    ASSERT_EQ(posts.constraints.size(), 2);
    EXPECT_EQ(posts.constraints[0].kind, SourceConstraint::Kind::Unique);
}

TEST_F(PlainSchema, FileStyleAndImports)
{
    const SourceFile &file = schema.files[0];
    EXPECT_EQ(file.style.quote, QLatin1Char('"'));
    EXPECT_TRUE(file.style.semicolons);
    EXPECT_EQ(file.style.indent, "  ");
    EXPECT_TRUE(file.style.trailingCommas);
    EXPECT_EQ(file.style.lineEnding, "\n");
    EXPECT_EQ(file.drizzleImports.value("int"), "integer");
    EXPECT_EQ(file.drizzleImports.value("sql"), "sql");
    EXPECT_TRUE(spanText(schema, 0, file.sqliteCoreImport).startsWith("import { sqliteTable, integer as int"));
    EXPECT_EQ(file.digest.size(), 32);
}

TEST_F(PlainSchema, ToSchemaGivesTheTablesWithTheirIds)
{
    const model::Schema model = schema.toSchema();
    ASSERT_EQ(model.tables.size(), 2);
    EXPECT_EQ(model.tables[1], schema.tables[1].table);
    EXPECT_EQ(schema.tableNamed("USERS"), &schema.tables[0]);
    EXPECT_EQ(schema.tableNamed("nope"), nullptr);
    EXPECT_EQ(schema.fileIndex(schema.files[0].path), 0);
    EXPECT_FALSE(schema.hasErrors());
}

} // namespace
