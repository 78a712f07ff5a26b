// SPDX-License-Identifier: GPL-3.0-or-later
// A schema laid out as a team has it: a config, an index.ts re-exporting files, shared columns, customType, enum
// lists from other modules, casing snake_case, views, relations.
#include "source/config/drizzleconfig.h"
#include "source/schema/schemasourcereader.h"
#include "tests/source/sourcetestsupport.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace tw;
using namespace tw::source;
using tw::test::sourceColumn;
using tw::test::spanText;

namespace {

class TeamSchema : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const model::Result<DrizzleConfig> config =
            DrizzleConfigReader::read(test::dataPath("source/team/drizzle.config.ts"));
        ASSERT_TRUE(config.ok()) << config.error().toStdString();
        QStringList errors;
        const QStringList files = SchemaSourceReader::resolvePaths(
            config.value().schema, QFileInfo(config.value().path).absolutePath(), &errors);
        ASSERT_TRUE(errors.isEmpty());
        schema = SchemaSourceReader::read(files, config.value().casing);
    }
    const SourceTable &table(const QString &name) const
    {
        const SourceTable *found = schema.tableNamed(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        static const SourceTable none;
        return found ? *found : none;
    }
    SourceSchema schema;
};

TEST_F(TeamSchema, ReExportedTablesAndViewsAreRead)
{
    QStringList tables;
    for (const SourceTable &t : schema.tables)
        tables << t.table.name;
    EXPECT_EQ(tables, (QStringList{"users", "projects", "memberships"}));
    QStringList views;
    for (const SourceView &v : schema.views)
        views << v.view.name;
    // legacy_stats is declared but index.ts does not re-export it: drizzle-kit does not see it either.
    EXPECT_EQ(views, (QStringList{"reports", "active_members"}));
    EXPECT_EQ(schema.casing, Casing::SnakeCase);
}

TEST_F(TeamSchema, DiagnosticsNameFileAndLine)
{
    EXPECT_EQ(
        test::diagnosticsText(schema),
        "warning: team/src/db/users.ts:17:24: column `status` of users: the enum values `STATUSES` are not a list "
        "of strings in the files read; the column is read without them\n"
        "warning: team/src/db/views.ts:13:1: view active_members is defined by a query builder (or nothing this "
        "reader can read); its SQL exists only when drizzle runs it, so it is read without a definition and "
        "never edited");
}

TEST_F(TeamSchema, CasingNamesColumnsWithoutExplicitNames)
{
    const SourceTable &users = table("users");
    const SourceColumn *email = sourceColumn(users, "emailAddress");
    ASSERT_NE(email, nullptr);
    EXPECT_EQ(email->column.name, "email_address");
    EXPECT_FALSE(email->nameArgument.isValid());
    // drizzle-orm names an unnamed `.unique()` after the key, not the cased name: a named unique constraint here.
    EXPECT_FALSE(email->column.unique);
    ASSERT_EQ(users.table.uniqueConstraints.size(), 1);
    EXPECT_EQ(users.table.uniqueConstraints[0].name, "users_emailAddress_unique");
    EXPECT_EQ(users.table.uniqueConstraints[0].columns, QList<model::Id>{email->column.id});
    EXPECT_EQ(users.table.comment, "Everyone with an account.\nSoft-deleted users keep their row.");
}

TEST_F(TeamSchema, TypeScriptOnlyCallsAreKeptAsChainCalls)
{
    const SourceTable &users = table("users");
    const SourceColumn *id = sourceColumn(users, "id");
    ASSERT_NE(id, nullptr);
    ASSERT_EQ(id->chain.size(), 2);
    EXPECT_EQ(id->chain[1].method, "$defaultFn");
    EXPECT_EQ(spanText(schema, users.file, id->chain[1].arguments), "() => crypto.randomUUID()");
    EXPECT_TRUE(id->column.primaryKey);
    EXPECT_EQ(id->column.type, model::SqlType::Text);
    EXPECT_TRUE(id->column.defaultValue.isNone());

    const SourceTable &projects = table("projects");
    const SourceColumn *tags = sourceColumn(projects, "tags");
    ASSERT_NE(tags, nullptr);
    EXPECT_EQ(tags->builder, "t.text");
    EXPECT_EQ(tags->column.mode, model::DrizzleMode::Json);
    EXPECT_EQ(tags->chain[0].method, "$type");
    EXPECT_EQ(tags->column.defaultValue, model::ColumnDefault::string("[]"));
}

TEST_F(TeamSchema, CustomTypesAreReadButNotEditable)
{
    const SourceColumn *settings = sourceColumn(table("users"), "settings");
    ASSERT_NE(settings, nullptr);
    EXPECT_EQ(settings->column.type, model::SqlType::Text);
    EXPECT_FALSE(settings->editable);
    EXPECT_TRUE(settings->notEditableReason.contains("customType"));
}

TEST_F(TeamSchema, SpreadColumnsComeFromTheSharedObject)
{
    const SourceTable &users = table("users");
    const SourceColumn *created = sourceColumn(users, "createdAt");
    ASSERT_NE(created, nullptr);
    EXPECT_EQ(created->column.name, "created_at");
    EXPECT_EQ(created->column.mode, model::DrizzleMode::TimestampMs);
    EXPECT_TRUE(created->column.notNull);
    EXPECT_EQ(created->column.defaultValue, model::ColumnDefault::expression("(unixepoch() * 1000)"));
    EXPECT_FALSE(created->editable);
    EXPECT_TRUE(created->notEditableReason.contains("...timestamps"));
    EXPECT_EQ(spanText(schema, users.file, created->entry), "...timestamps");
    const SourceColumn *updated = sourceColumn(users, "updatedAt");
    ASSERT_NE(updated, nullptr);
    EXPECT_EQ(updated->chain[0].method, "$onUpdate");
    EXPECT_EQ(users.table.columns.size(), 7);
}

TEST_F(TeamSchema, NamespaceImportsObjectFormConfigAndEnumConstants)
{
    const SourceTable &projects = table("projects");
    ASSERT_EQ(projects.table.foreignKeys.size(), 1);
    EXPECT_EQ(projects.table.foreignKeys[0].targetTable, table("users").table.id);
    EXPECT_EQ(projects.table.foreignKeys[0].onUpdate, model::ReferentialAction::Cascade);
    ASSERT_EQ(projects.table.indexes.size(), 2);
    EXPECT_EQ(projects.constraints[0].key, "ownerNameIdx");
    EXPECT_EQ(projects.extraConfigParameter, "table");
    EXPECT_TRUE(spanText(schema, projects.file, projects.extraConfigEntries).startsWith("{\n  ownerNameIdx:"));
    EXPECT_TRUE(spanText(schema, table("memberships").file, table("memberships").extraConfigEntries)
                    .startsWith("[\n      t.primaryKey"));
    EXPECT_EQ(spanText(schema, projects.file, projects.constraints[0].entry),
              "t.uniqueIndex(\"projects_owner_name_idx\").on(table.ownerId, table.name)");
    EXPECT_EQ(spanText(schema, projects.file, projects.constraints[0].lines),
              "  ownerNameIdx: t.uniqueIndex(\"projects_owner_name_idx\").on(table.ownerId, table.name),\n");
    EXPECT_EQ(projects.table.indexes[1].where, "\"projects\".\"name\" <> ''");
    EXPECT_EQ(projects.table.columns[2].length, 120);

    const SourceTable &memberships = table("memberships");
    EXPECT_EQ(memberships.table.columns[2].enumValues, (QStringList{"owner", "editor", "viewer"}));
    ASSERT_TRUE(memberships.table.primaryKey.has_value());
    EXPECT_EQ(memberships.table.primaryKey->columns.size(), 2);
    ASSERT_EQ(memberships.table.foreignKeys.size(), 2);
    EXPECT_EQ(memberships.table.foreignKeys[0].name, "memberships_project_fk");
    EXPECT_EQ(memberships.table.foreignKeys[0].onDelete, model::ReferentialAction::Cascade);
    EXPECT_TRUE(memberships.table.foreignKeys[1].name.isEmpty());
    EXPECT_EQ(memberships.table.foreignKeys[1].targetTable, table("users").table.id);
}

TEST_F(TeamSchema, ChecksAndViews)
{
    const SourceTable &users = table("users");
    ASSERT_EQ(users.table.checkConstraints.size(), 1);
    EXPECT_EQ(users.table.checkConstraints[0].name, "users_login_count_positive");
    EXPECT_EQ(users.table.checkConstraints[0].expression, "\"users\".\"login_count\" >= 0");
    ASSERT_EQ(schema.views.size(), 2);
    const SourceView &reports = schema.views[0];
    EXPECT_EQ(reports.view.definition,
              "select \"users\".\"id\" as id, count(*) as total from \"users\" group by \"users\".\"id\"");
    EXPECT_EQ(reports.view.columns.size(), 2);
    EXPECT_TRUE(reports.editable);
    EXPECT_EQ(spanText(schema, reports.file, reports.definition),
              "select ${users.id} as id, count(*) as total from ${users} group by ${users.id}");
    EXPECT_FALSE(schema.views[1].editable);
}

TEST_F(TeamSchema, StylePerFile)
{
    const SourceFile &users = schema.files[table("users").file];
    EXPECT_EQ(users.style.quote, QLatin1Char('\''));
    EXPECT_FALSE(users.style.semicolons);
    const SourceFile &projects = schema.files[table("projects").file];
    EXPECT_EQ(projects.style.quote, QLatin1Char('"'));
    EXPECT_TRUE(projects.style.semicolons);
    EXPECT_EQ(projects.drizzleImports.value("t"), "*");
}

} // namespace
