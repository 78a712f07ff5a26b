// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/connection/databaseconnection.h"
#include "database/inspector/databaseinspector.h"
#include "database/inspector/rowsquery.h"
#include "tests/support/databases/exampledatabase.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>

using namespace tw::database;
using namespace tw::migrations;
using tw::test::ExampleDatabase;

namespace {

std::unique_ptr<DatabaseInspector> openInspector(const QString &path)
{
    auto opened = DatabaseInspector::open(path);
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    return opened ? std::move(opened.value()) : nullptr;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(DatabaseInspector &inspector, const QString &sql)
{
    auto result = inspector.run(sql);
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    return result ? result.value().last().rows.value(0).value(0).toLongLong() : -1;
}

} // namespace

TEST(DatabaseInspector, ListsTablesAndViewsWithRowCounts)
{
    ExampleDatabase example;
    example.exec(QStringLiteral("CREATE VIEW active_products AS SELECT * FROM products WHERE is_active = 1"));
    auto inspector = openInspector(example.database());
    ASSERT_TRUE(inspector);
    const auto objects = inspector->objects();
    ASSERT_TRUE(objects.ok()) << objects.error().toStdString();
    QStringList listed;
    for (const LiveObject &o : objects.value())
        listed << QStringLiteral("%1%2=%3")
                      .arg(o.kind == LiveObject::Kind::View ? QStringLiteral("view ") : QString(), o.name)
                      .arg(o.rowCount);
    EXPECT_EQ(listed.join(u' '), QStringLiteral("view active_products=3 categories=3 d1_migrations=1 product_tags=3 "
                                                "products=4 tags=2 users=2"));
    EXPECT_EQ(inspector->count(QStringLiteral("categories")).value(), 3);
}

TEST(DatabaseInspector, DescribesColumnsIndexesAndForeignKeysAsTheDatabaseHasThem)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    ASSERT_TRUE(inspector);
    const auto table = inspector->describe(QStringLiteral("CATEGORIES"));
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    EXPECT_EQ(table.value().name, QStringLiteral("categories"));
    QStringList columns;
    for (const LiveColumn &c : table.value().columns)
        columns << QStringLiteral("%1 %2%3%4")
                       .arg(c.name, c.type, c.notNull ? QStringLiteral(" not null") : QString(),
                            c.primaryKeyPosition ? QStringLiteral(" pk") : QString());
    EXPECT_EQ(columns.first(), QStringLiteral("id INTEGER not null pk"));
    EXPECT_TRUE(columns.contains(QStringLiteral("name TEXT not null"))) << columns.join(u',').toStdString();
    EXPECT_TRUE(columns.contains(QStringLiteral("created_by_user_id INTEGER not null")))
        << columns.join(u',').toStdString();
    ASSERT_EQ(table.value().foreignKeys.size(), 1);
    EXPECT_EQ(table.value().foreignKeys[0].from, QStringList{QStringLiteral("created_by_user_id")});
    EXPECT_EQ(table.value().foreignKeys[0].table, QStringLiteral("users"));
    EXPECT_EQ(table.value().foreignKeys[0].to, QStringList{QStringLiteral("id")});
    const auto index =
        std::find_if(table.value().indexes.cbegin(), table.value().indexes.cend(),
                     [](const LiveIndex &i) { return i.name == QLatin1String("categories_created_by_user_id_idx"); });
    ASSERT_NE(index, table.value().indexes.cend());
    EXPECT_EQ(index->columns, QStringList{QStringLiteral("created_by_user_id")});
    EXPECT_EQ(index->origin, QStringLiteral("c"));
    EXPECT_EQ(inspector->rowKeyColumn(table.value()), QStringLiteral("rowid"));
}

TEST(DatabaseInspector, DescribingAnUnknownTableNamesTheKnownOnes)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    const auto table = inspector->describe(QStringLiteral("categorie"));
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.error().contains(QLatin1String("no table or view named \"categorie\"")))
        << table.error().toStdString();
    EXPECT_TRUE(table.error().contains(QLatin1String("categories, d1_migrations"))) << table.error().toStdString();
}

TEST(DatabaseInspector, ReadOnlyRefusesWritesIncludingWritingPragmasAndLeavesTheFileAlone)
{
    ExampleDatabase example;
    const QByteArray before = fileHash(example.database());
    auto inspector = openInspector(example.database());
    for (const char *sql : {"INSERT INTO categories (name, created_by_user_id) VALUES ('x', 1)",
                            "PRAGMA user_version=1", "PRAGMA journal_mode=WAL", "DROP TABLE tags",
                            "SELECT 1; DELETE FROM tags", "BEGIN", "VACUUM INTO 'copy.sqlite'"}) {
        const auto result = inspector->run(QString::fromUtf8(sql));
        ASSERT_FALSE(result.ok()) << sql;
        EXPECT_TRUE(result.error().startsWith(QLatin1String("refused: "))) << result.error().toStdString();
    }
    // Past the classifier, SQLite itself refuses: the connection is opened read-only.
    const QString direct = inspector->connection().exec(QStringLiteral("DELETE FROM tags"));
    EXPECT_TRUE(direct.contains(QLatin1String("readonly"))) << direct.toStdString();
    EXPECT_EQ(scalar(*inspector, QStringLiteral("PRAGMA user_version")), 0);
    EXPECT_EQ(scalar(*inspector, QStringLiteral("SELECT count(*) FROM tags")), 2);
    inspector.reset();
    EXPECT_EQ(fileHash(example.database()), before);
}

TEST(DatabaseInspector, WritesCommitOnlyWhenAsked)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    ASSERT_EQ(inspector->beginWriting(), QString());
    EXPECT_TRUE(inspector->isWriting());
    const auto inserted = inspector->run(QStringLiteral(
        "INSERT INTO categories (name, description, created_by_user_id) VALUES ('Technology 2', 'x', 1)"));
    ASSERT_TRUE(inserted.ok()) << inserted.error().toStdString();
    EXPECT_EQ(inserted.value().first().rowsAffected, 1);
    EXPECT_TRUE(inspector->hasUncommittedChanges());
    EXPECT_EQ(scalar(*inspector, QStringLiteral("SELECT count(*) FROM categories")), 4) << "the transaction sees it";
    ASSERT_EQ(inspector->commit(), QString());
    EXPECT_FALSE(inspector->isWriting());
    EXPECT_EQ(scalar(*inspector, QStringLiteral("SELECT count(*) FROM categories")), 4);
    auto fresh = openInspector(example.database());
    EXPECT_EQ(scalar(*fresh, QStringLiteral("SELECT count(*) FROM categories")), 4);
}

TEST(DatabaseInspector, RollbackDiscardsEveryWriteOfTheTransaction)
{
    ExampleDatabase example;
    const QByteArray before = fileHash(example.database());
    auto inspector = openInspector(example.database());
    ASSERT_EQ(inspector->beginWriting(), QString());
    ASSERT_TRUE(inspector->run(QStringLiteral("DELETE FROM product_tags; PRAGMA user_version = 7")).ok());
    EXPECT_EQ(scalar(*inspector, QStringLiteral("SELECT count(*) FROM product_tags")), 0);
    const auto failing =
        inspector->run(QStringLiteral("UPDATE tags SET name = name || '!'; INSERT INTO nowhere VALUES (1)"));
    ASSERT_FALSE(failing.ok());
    EXPECT_TRUE(failing.error().contains(QLatin1String("no such table: nowhere"))) << failing.error().toStdString();
    EXPECT_TRUE(inspector->isWriting()) << "a failed statement leaves the decision to the user";
    ASSERT_EQ(inspector->rollback(), QString());
    EXPECT_EQ(scalar(*inspector, QStringLiteral("SELECT count(*) FROM product_tags")), 3);
    EXPECT_EQ(scalar(*inspector, QStringLiteral("PRAGMA user_version")), 0);
    inspector.reset();
    EXPECT_EQ(fileHash(example.database()), before);
}

TEST(DatabaseInspector, WriteModeEnforcesForeignKeysAsD1Does)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    ASSERT_EQ(inspector->beginWriting(), QString());
    const auto orphan =
        inspector->run(QStringLiteral("INSERT INTO categories (name, created_by_user_id) VALUES ('o', 99)"));
    ASSERT_FALSE(orphan.ok());
    EXPECT_TRUE(orphan.error().contains(QLatin1String("FOREIGN KEY"))) << orphan.error().toStdString();
    EXPECT_EQ(inspector->rollback(), QString());
}

TEST(DatabaseInspector, BusyDatabaseGivesAClearErrorQuicklyAndHoldsNoLock)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    ASSERT_TRUE(inspector->objects().ok());
    // The inspector holds no lock between calls: another program can take an exclusive one.
    auto other = DatabaseConnection::open(example.database(), DatabaseConnection::Mode::ReadWrite, 0);
    ASSERT_TRUE(other.ok());
    ASSERT_EQ(other.value()->exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    other.value()->exec(QStringLiteral("DELETE FROM tags")); // a writer mid-transaction, like `wrangler dev`

    QElapsedTimer timer;
    timer.start();
    QString error = inspector->beginWriting();
    if (error.isEmpty()) {
        const auto write = inspector->run(QStringLiteral("UPDATE users SET name = 'Ada L.' WHERE id = 1"));
        ASSERT_FALSE(write.ok());
        error = write.error();
        EXPECT_EQ(inspector->rollback(), QString());
    }
    EXPECT_TRUE(error.contains(QLatin1String("is busy: another program holds a lock"))) << error.toStdString();
    EXPECT_FALSE(inspector->isWriting());
    auto blocked = DatabaseInspector::open(example.database(), 200);
    EXPECT_LT(timer.elapsed(), 5000);
    if (!blocked.ok()) { // an exclusive lock in rollback-journal mode keeps readers out too
        EXPECT_TRUE(blocked.error().contains(QLatin1String("busy"))) << blocked.error().toStdString();
    }

    ASSERT_EQ(other.value()->exec(QStringLiteral("ROLLBACK")), QString());
    EXPECT_EQ(scalar(*inspector, QStringLiteral("SELECT count(*) FROM tags")), 2);
}

TEST(DatabaseInspector, PagesSortAndFilterInSql)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    RowsQuery query;
    query.table = QStringLiteral("products");
    query.keyColumn = QStringLiteral("rowid");
    query.sortColumn = QStringLiteral("price");
    query.descending = true;
    auto page = inspector->page(query, 1, 2);
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    ASSERT_EQ(page.value().rows.size(), 2);
    EXPECT_EQ(page.value().columns.first(), QStringLiteral("id")) << "rowid is the integer primary key's alias";
    EXPECT_EQ(page.value().rows[0][2].toString(), QStringLiteral("Phone"));
    EXPECT_EQ(page.value().rows[1][2].toString(), QStringLiteral("Rake"));
    query.filterText = QStringLiteral("o_g");
    query.filterColumns = {QStringLiteral("name"), QStringLiteral("description")};
    EXPECT_EQ(inspector->countRows(query).value(), 0) << "_ is a literal underscore, not LIKE's wildcard";
    query.filterText = QStringLiteral("ON");
    EXPECT_EQ(inspector->countRows(query).value(), 2) << "Phone, Long (Novel)";
}

TEST(DatabaseInspector, EditsACellOnlyWhileWriting)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    EXPECT_TRUE(inspector
                    ->updateCell(QStringLiteral("tags"), QStringLiteral("rowid"), 1, QStringLiteral("name"),
                                 QStringLiteral("promo"))
                    .startsWith(QLatin1String("refused")));
    ASSERT_EQ(inspector->beginWriting(), QString());
    EXPECT_EQ(inspector->updateCell(QStringLiteral("tags"), QStringLiteral("rowid"), 1, QStringLiteral("name"),
                                    QStringLiteral("promo")),
              QString());
    ASSERT_EQ(inspector->commit(), QString());
    auto names = inspector->run(QStringLiteral("SELECT name FROM tags ORDER BY id"));
    EXPECT_EQ(names.value().first().rows.first().first().toString(), QStringLiteral("promo"));
}

TEST(DatabaseInspector, ExportsAReadAsCsvAndRefusesWrites)
{
    ExampleDatabase example;
    auto inspector = openInspector(example.database());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto rows =
        inspector->exportCsv(QStringLiteral("SELECT id, name, description FROM categories ORDER BY id"), &buffer);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    EXPECT_EQ(rows.value(), 3);
    EXPECT_EQ(bytes, QByteArray("id,name,description\r\n1,Technology,Tech-related items\r\n"
                                "2,Books,\"Reading, \"\"quoted\"\"\"\r\n3,Garden,\r\n"));
    EXPECT_FALSE(inspector->exportCsv(QStringLiteral("DELETE FROM tags"), &buffer).ok());
}
