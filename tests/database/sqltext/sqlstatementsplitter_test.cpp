// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/sqltext/sqlstatementsplitter.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::database::SqlStatementSplitter;

TEST(SqlStatementSplitter, SplitsOnBreakpointsKeepingCreateTableIntact)
{
    const QString text = QStringLiteral("CREATE TABLE `a` (\n\t`id` integer\n);\n--> statement-breakpoint\n"
                                        "CREATE INDEX `i` ON `a` (`id`);--> statement-breakpoint\nDROP TABLE `b`;");
    EXPECT_EQ(SqlStatementSplitter::split(text),
              QStringList({QStringLiteral("CREATE TABLE `a` (\n\t`id` integer\n);"),
                           QStringLiteral("CREATE INDEX `i` ON `a` (`id`);"), QStringLiteral("DROP TABLE `b`;")}));
}

TEST(SqlStatementSplitter, SplitsSeveralStatementsInOneChunk)
{
    EXPECT_EQ(SqlStatementSplitter::split(QStringLiteral("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);")),
              QStringList({QStringLiteral("INSERT INTO t VALUES (1);"), QStringLiteral("INSERT INTO t VALUES (2);")}));
}

TEST(SqlStatementSplitter, IgnoresSemicolonsInLiteralsIdentifiersAndComments)
{
    const QString text = QStringLiteral("INSERT INTO \"a;b\" VALUES ('x;''y', `c;d`, [e;f]); -- tail; comment\n"
                                        "/* block; */ SELECT 1;");
    const QStringList statements = SqlStatementSplitter::split(text);
    ASSERT_EQ(statements.size(), 2);
    EXPECT_EQ(statements[0], QStringLiteral("INSERT INTO \"a;b\" VALUES ('x;''y', `c;d`, [e;f]);"));
    EXPECT_EQ(statements[1], QStringLiteral("-- tail; comment\n/* block; */ SELECT 1;"));
}

TEST(SqlStatementSplitter, KeepsTriggerBodiesWhole)
{
    const QString trigger = QStringLiteral("CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n"
                                           "  UPDATE b SET n = CASE WHEN n > 0 THEN n ELSE 0 END;\n"
                                           "  DELETE FROM c;\nEND;");
    EXPECT_EQ(SqlStatementSplitter::split(trigger + QStringLiteral("\nSELECT 2;")),
              QStringList({trigger, QStringLiteral("SELECT 2;")}));
}

TEST(SqlStatementSplitter, DropsEmptyAndCommentOnlyPieces)
{
    EXPECT_TRUE(
        SqlStatementSplitter::split(QStringLiteral("  \n--> statement-breakpoint\n-- only a comment\n;")).isEmpty());
    EXPECT_EQ(SqlStatementSplitter::split(QStringLiteral("SELECT 1")), QStringList({QStringLiteral("SELECT 1")}));
}
