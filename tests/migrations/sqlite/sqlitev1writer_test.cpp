// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlite/sqlitev1migrationwriter.h"

#include <gtest/gtest.h>

using namespace tw::migrations;
using tw::model::ReferentialAction;

namespace {

TableDefinition accounts()
{
    TableDefinition t;
    t.name = QStringLiteral("accounts");
    ColumnDefinition id;
    id.name = QStringLiteral("id");
    id.type = QStringLiteral("integer");
    id.primaryKey = true;
    ColumnDefinition code;
    code.name = QStringLiteral("code");
    code.type = QStringLiteral("text");
    code.notNull = true;
    t.columns = {id, code};
    t.primaryKeyName = QStringLiteral("accounts_pk");
    return t;
}

} // namespace

// These spellings come from rc.5's convertor (drizzle-kit bin.cjs, `createTable$1` and `alterTableAddColumn`); the
// golden cases cannot reach them because Tablewright's export never names a one-column key.
TEST(SqliteV1Writer, AnExplicitlyNamedOneColumnKeyIsAConstraintNotAColumnClause)
{
    TableDefinition t = accounts();
    t.primaryKeyName = QStringLiteral("accounts_key");
    t.primaryKeyNameExplicit = true;
    EXPECT_EQ(SqliteV1MigrationWriter::createTable(t, t.name).toStdString(),
              "CREATE TABLE `accounts` (\n\t`id` integer,\n\t`code` text NOT NULL,\n"
              "\tCONSTRAINT `accounts_key` PRIMARY KEY(`id`)\n);\n");
}

TEST(SqliteV1Writer, AnInlineUniqueCarriesOnlyAnExplicitName)
{
    TableDefinition t = accounts();
    t.uniques = {UniqueDefinition{QStringLiteral("accounts_code_key"), {QStringLiteral("code")}, true, true}};
    EXPECT_TRUE(SqliteV1MigrationWriter::createTable(t, t.name).contains(
        QLatin1String("`code` text NOT NULL CONSTRAINT `accounts_code_key` UNIQUE")));
    t.uniques.first().nameExplicit = false;
    EXPECT_TRUE(
        SqliteV1MigrationWriter::createTable(t, t.name).contains(QLatin1String("`code` text NOT NULL UNIQUE\n")));
}

TEST(SqliteV1Writer, AddColumnKeepsANamedReferenceWithItsActions)
{
    ColumnDefinition owner;
    owner.name = QStringLiteral("owner_id");
    owner.type = QStringLiteral("integer");
    ForeignKeyDefinition fk{QStringLiteral("accounts_owner_fk"),
                            QStringLiteral("accounts"),
                            {QStringLiteral("owner_id")},
                            QStringLiteral("users"),
                            {QStringLiteral("id")},
                            ReferentialAction::Cascade,
                            ReferentialAction::SetNull,
                            true};
    EXPECT_EQ(SqliteV1MigrationWriter::statements(AddColumn{QStringLiteral("accounts"), owner, fk, QString()}),
              QStringList{QStringLiteral("ALTER TABLE `accounts` ADD `owner_id` integer CONSTRAINT `accounts_owner_fk` "
                                         "REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL;")});
}

TEST(SqliteV1Writer, DropIndexToleratesAMissingIndexAndNamesAreEscaped)
{
    EXPECT_EQ(SqliteV1MigrationWriter::statements(DropIndex{QStringLiteral("t"), QStringLiteral("a`b")}),
              QStringList{QStringLiteral("DROP INDEX IF EXISTS `a``b`;")});
    EXPECT_EQ(SqliteV1MigrationWriter::statements(
                  RenameColumn{QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("b`")}),
              QStringList{QStringLiteral("ALTER TABLE `t` RENAME COLUMN `a` TO `b```;")});
}
