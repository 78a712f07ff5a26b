// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of a table's catalog pragmas reports what SQLite reports, term for term: the inspector and
// introspection both stand on it.
#include "database/catalog/catalogreader.h"
#include "database/connection/databaseconnection.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace tw::database;

namespace {

std::shared_ptr<DatabaseConnection> scratchDatabase(const QTemporaryDir &dir, const QStringList &statements)
{
    auto opened = DatabaseConnection::open(dir.filePath(QStringLiteral("db.sqlite")),
                                           DatabaseConnection::Mode::ReadWriteCreate, 1000);
    EXPECT_TRUE(opened.ok());
    for (const QString &sql : statements)
        EXPECT_EQ(opened.value()->exec(sql), QString()) << sql.toStdString();
    return opened.value();
}

} // namespace

TEST(CatalogReader, ColumnsCarryKeyPositionsDefaultsAndGeneratedKinds)
{
    QTemporaryDir dir;
    auto db = scratchDatabase(
        dir, {QStringLiteral("CREATE TABLE t (b text NOT NULL DEFAULT 'x', a integer, c integer GENERATED ALWAYS AS "
                             "(a * 2) STORED, d integer AS (a + 1), PRIMARY KEY (a, b))")});
    QList<LiveColumn> columns;
    QString error;
    ASSERT_TRUE(CatalogReader::columns(*db, QStringLiteral("t"), &columns, &error)) << error.toStdString();
    ASSERT_EQ(columns.size(), 4);
    EXPECT_EQ(columns[0].name, QStringLiteral("b"));
    EXPECT_TRUE(columns[0].notNull);
    EXPECT_EQ(columns[0].defaultValue.toString(), QStringLiteral("'x'"));
    EXPECT_EQ(columns[0].primaryKeyPosition, 2);
    EXPECT_EQ(columns[1].primaryKeyPosition, 1);
    EXPECT_TRUE(columns[1].defaultValue.isNull());
    EXPECT_EQ(columns[2].hidden, 3); // stored
    EXPECT_EQ(columns[3].hidden, 2); // virtual
    EXPECT_TRUE(columns[3].isGenerated());
    EXPECT_FALSE(columns[0].isGenerated());
}

TEST(CatalogReader, IndexTermsTellColumnsFromExpressionsWithOrderAndCollation)
{
    QTemporaryDir dir;
    auto db = scratchDatabase(dir, {QStringLiteral("CREATE TABLE t (a text UNIQUE, b integer)"),
                                    QStringLiteral("CREATE INDEX t_mixed ON t (lower(a), b DESC, a COLLATE NOCASE) "
                                                   "WHERE b > 0")});
    QList<LiveIndex> indexes;
    QString error;
    ASSERT_TRUE(CatalogReader::indexes(*db, QStringLiteral("t"), &indexes, &error)) << error.toStdString();
    ASSERT_EQ(indexes.size(), 2);
    const auto named = [&indexes](const QString &prefix) {
        for (const LiveIndex &i : indexes)
            if (i.name.startsWith(prefix))
                return i;
        return LiveIndex{};
    };
    const LiveIndex mixed = named(QStringLiteral("t_mixed"));
    EXPECT_EQ(mixed.origin, QStringLiteral("c"));
    EXPECT_TRUE(mixed.partial);
    EXPECT_FALSE(mixed.unique);
    ASSERT_EQ(mixed.terms.size(), 3);
    EXPECT_EQ(mixed.terms[0].columnNumber, -2);
    EXPECT_TRUE(mixed.terms[0].column.isEmpty());
    EXPECT_EQ(mixed.terms[1].column, QStringLiteral("b"));
    EXPECT_TRUE(mixed.terms[1].descending);
    EXPECT_EQ(mixed.terms[2].collation.toUpper(), QStringLiteral("NOCASE"));
    EXPECT_EQ(mixed.columns, (QStringList{QStringLiteral("<expression>"), QStringLiteral("b"), QStringLiteral("a")}));
    const LiveIndex automatic = named(QStringLiteral("sqlite_autoindex_t"));
    EXPECT_EQ(automatic.origin, QStringLiteral("u"));
    EXPECT_TRUE(automatic.unique);
    EXPECT_EQ(automatic.columns, QStringList{QStringLiteral("a")});
}

TEST(CatalogReader, ForeignKeysGatherTheirColumnPairsAndKeepAnImplicitTarget)
{
    QTemporaryDir dir;
    auto db = scratchDatabase(
        dir, {QStringLiteral("CREATE TABLE p (x integer, y integer, PRIMARY KEY (x, y))"),
              QStringLiteral("CREATE TABLE c (a integer, b integer, q integer REFERENCES p ON DELETE CASCADE, "
                             "FOREIGN KEY (a, b) REFERENCES p (x, y) ON UPDATE SET NULL)")});
    QList<LiveForeignKey> keys;
    QString error;
    ASSERT_TRUE(CatalogReader::foreignKeys(*db, QStringLiteral("c"), &keys, &error)) << error.toStdString();
    ASSERT_EQ(keys.size(), 2);
    // SQLite numbers them last-declared first.
    EXPECT_EQ(keys[0].from, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(keys[0].to, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    EXPECT_EQ(keys[0].onUpdate, QStringLiteral("SET NULL"));
    EXPECT_EQ(keys[1].from, QStringList{QStringLiteral("q")});
    EXPECT_EQ(keys[1].to, QStringList{QString()});
    EXPECT_EQ(keys[1].table, QStringLiteral("p"));
    EXPECT_EQ(keys[1].onDelete, QStringLiteral("CASCADE"));
}

TEST(CatalogReader, AnUnknownTableHasNoColumns)
{
    QTemporaryDir dir;
    auto db = scratchDatabase(dir, {});
    QList<LiveColumn> columns;
    QString error;
    EXPECT_TRUE(CatalogReader::columns(*db, QStringLiteral("missing"), &columns, &error));
    EXPECT_TRUE(columns.isEmpty());
}
