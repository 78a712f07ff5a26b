// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/renametracker.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::migrations::RenameTracker;

TEST(RenameTracker, FollowsTableAndColumnRenamesInAnyQuoting)
{
    RenameTracker renames({QStringLiteral("books"), QStringLiteral("we`ird"), QStringLiteral("authors")});
    renames.feed(QStringLiteral("ALTER TABLE `books` RENAME TO \"volumes\";"));
    renames.feed(QStringLiteral("alter table volumes rename column `title` to [name];"));
    renames.feed(QStringLiteral("ALTER TABLE `volumes` RENAME `name` TO `label`;"));
    renames.feed(QStringLiteral("ALTER TABLE `we``ird` RENAME TO `plain`;"));
    EXPECT_EQ(renames.tableNow(QStringLiteral("books")), QStringLiteral("volumes"));
    EXPECT_EQ(renames.columnNow(QStringLiteral("books"), QStringLiteral("title")), QStringLiteral("label"));
    EXPECT_EQ(renames.columnNow(QStringLiteral("books"), QStringLiteral("isbn")), QStringLiteral("isbn"));
    EXPECT_EQ(renames.tableNow(QStringLiteral("we`ird")), QStringLiteral("plain"));
    EXPECT_EQ(renames.tableNow(QStringLiteral("authors")), QStringLiteral("authors"));
}

TEST(RenameTracker, RebuildDropsTheOldTableAndLeavesTheNameToTheComparison)
{
    RenameTracker renames({QStringLiteral("authors")});
    renames.feed(QStringLiteral("CREATE TABLE `__new_authors` (`id` integer);"));
    renames.feed(QStringLiteral("DROP TABLE `authors`;"));
    renames.feed(QStringLiteral("ALTER TABLE `__new_authors` RENAME TO `authors`;"));
    EXPECT_TRUE(renames.tableNow(QStringLiteral("authors")).isEmpty())
        << "the table before is gone; a table of the same name after is matched by name";
}
