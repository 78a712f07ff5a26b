// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rollback/replaycheck.h"
#include "migrations/rollback/reversemigration.h"

#include <gtest/gtest.h>

using namespace tw::migrations;

// A migration that renamed table tags to labels and its column label to title records the column under the new
// table name; its undo renames the column back under the old table name and the table back.
TEST(ReverseMigration, RenamesTurnAroundWithTheColumnUnderTheTablesNameAfterTheUndo)
{
    RenameMap forward;
    forward.addTable(QStringLiteral("tags"), QStringLiteral("labels"));
    forward.addColumn(QStringLiteral("labels"), QStringLiteral("label"), QStringLiteral("title"));
    forward.addColumn(QStringLiteral("users"), QStringLiteral("name"), QStringLiteral("display_name"));
    forward.addView(QStringLiteral("v_old"), QStringLiteral("v_new"));
    RenameMap expected;
    expected.addTable(QStringLiteral("labels"), QStringLiteral("tags"));
    expected.addColumn(QStringLiteral("tags"), QStringLiteral("title"), QStringLiteral("label"));
    expected.addColumn(QStringLiteral("users"), QStringLiteral("display_name"), QStringLiteral("name"));
    expected.addView(QStringLiteral("v_new"), QStringLiteral("v_old"));
    EXPECT_EQ(ReverseMigration::inverted(forward), expected);
}

// A custom migration (the snapshot repeats the previous one) has no reverse the snapshots can tell; the empty
// migration of the same snapshots is what they imply.
TEST(ReverseMigration, SqlThatTheSnapshotsDoNotImplyIsNotDerivable)
{
    MigrationStates same;
    EXPECT_TRUE(
        ReverseMigration::sqlMatches(QStringLiteral("-- Custom SQL migration file, put your code below! --\n"), same));
    EXPECT_FALSE(ReverseMigration::sqlMatches(QStringLiteral("UPDATE posts SET slug = lower(title);"), same));
    EXPECT_TRUE(ReverseMigration::downStatements(same).isEmpty());
}

// drizzle-kit's rebuild text need not be the differ's (its copy lists columns that do not exist yet): schema-only SQL
// counts as such; an UPDATE, an INSERT into a real table or an expression in a rebuild's copy is a data step.
TEST(ReplayCheck, SchemaOnlySqlIsDdlAndPlainRebuildCopies)
{
    EXPECT_TRUE(ReplayCheck::schemaOnly(QStringLiteral(
        "PRAGMA foreign_keys=OFF;--> statement-breakpoint\nCREATE TABLE `__new_m` (`id` text);\n--> "
        "statement-breakpoint\nINSERT INTO `__new_m`(\"id\", \"sent_at\") SELECT \"id\", \"sent_at\" FROM `m`;"
        "--> statement-breakpoint\nDROP TABLE `m`;--> statement-breakpoint\nALTER TABLE `__new_m` RENAME TO `m`;")));
    EXPECT_FALSE(ReplayCheck::schemaOnly(QStringLiteral("ALTER TABLE `a` ADD `h` text;\nUPDATE `a` SET `h` = `id`;")));
    EXPECT_FALSE(ReplayCheck::schemaOnly(QStringLiteral("INSERT INTO users (name) VALUES ('admin');")));
    EXPECT_FALSE(ReplayCheck::schemaOnly(QStringLiteral("INSERT INTO `__new_w`(\"id\", \"url\", \"enabled\") SELECT "
                                                        "\"id\", \"base_url\" || \"endpoint\", 1 FROM `w`;")));
    EXPECT_FALSE(ReplayCheck::schemaOnly(
        QStringLiteral("INSERT INTO `__new_w`(\"id\", \"enabled\") SELECT \"id\", 1 FROM `w`;")));
}
