// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/sqltext/statementclassifier.h"

#include <gtest/gtest.h>

using tw::database::StatementClassifier;
using Kind = StatementClassifier::Kind;

TEST(StatementClassifier, ReadsAreSelectsValuesExplainAndReportingPragmas)
{
    for (const char *sql :
         {"SELECT * FROM categories;", "  -- look\n/* here */ select 1", "VALUES (1)", "EXPLAIN QUERY PLAN SELECT 1",
          "PRAGMA table_info(categories);", "PRAGMA main.foreign_key_list(\"products\")", "PRAGMA user_version",
          "pragma integrity_check", "WITH x AS (SELECT 1) SELECT * FROM x",
          "WITH x AS (SELECT 'insert') SELECT * FROM x"})
        EXPECT_EQ(StatementClassifier::classify(QString::fromUtf8(sql)), Kind::Read) << sql;
}

TEST(StatementClassifier, WritesIncludeDdlDmlAndPragmasThatSetOrAct)
{
    for (const char *sql : {"INSERT INTO categories (name) VALUES ('Technology')",
                            "update t set a = 1",
                            "DELETE FROM t",
                            "REPLACE INTO t VALUES (1)",
                            "CREATE TABLE x (a)",
                            "DROP TABLE x",
                            "ALTER TABLE x ADD b",
                            "VACUUM",
                            "VACUUM INTO '/tmp/copy.db'",
                            "ATTACH 'x.db' AS x",
                            "REINDEX",
                            "ANALYZE",
                            "PRAGMA user_version=1",
                            "PRAGMA main.user_version = 2",
                            "PRAGMA user_version(3)",
                            "PRAGMA journal_mode=WAL",
                            "PRAGMA optimize",
                            "PRAGMA wal_checkpoint(TRUNCATE)",
                            "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x",
                            "WITH x AS (SELECT 1) DELETE FROM t"})
        EXPECT_EQ(StatementClassifier::classify(QString::fromUtf8(sql)), Kind::Write) << sql;
}

TEST(StatementClassifier, TransactionControlIsItsOwnKind)
{
    for (const char *sql :
         {"BEGIN", "begin immediate;", "COMMIT", "END TRANSACTION", "ROLLBACK", "SAVEPOINT a", "RELEASE a"})
        EXPECT_EQ(StatementClassifier::classify(QString::fromUtf8(sql)), Kind::Transaction) << sql;
}

TEST(StatementClassifier, CommentsOnlyAreEmptyAndOddStartsAreWrites)
{
    EXPECT_EQ(StatementClassifier::classify(QStringLiteral("  -- nothing\n")), Kind::Empty);
    EXPECT_EQ(StatementClassifier::classify(QStringLiteral("/* x */")), Kind::Empty);
    EXPECT_EQ(StatementClassifier::classify(QStringLiteral("(SELECT 1)")), Kind::Write)
        << "anything not known to read is treated as a write (the read-only connection still decides)";
    EXPECT_EQ(StatementClassifier::firstKeyword(QStringLiteral("/* c */ pragma x")), QStringLiteral("PRAGMA"));
}
