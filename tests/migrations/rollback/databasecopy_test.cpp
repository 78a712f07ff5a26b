// SPDX-License-Identifier: GPL-3.0-or-later
// The rehearsals' copies of a database holding a STORED generated column: SQLite 3.40's `VACUUM INTO` on a read-only
// connection fails there ("table vacuum_db.t has 4 columns but 6 values were supplied"); the copy still works, and so
// does `apply --dry-run`'s rehearsal.
#include "database/tracking/runnablemigrations.h"
#include "migrations/runner/databasecopy.h"
#include "migrations/runner/migrationrehearsal.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tw;
using test::SqliteFile;

namespace {

QString databaseWithGeneratedColumns(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("generated.sqlite"));
    const SqliteFile file(path);
    EXPECT_TRUE(file.exec(QStringLiteral(
        "CREATE TABLE products (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, price real NOT NULL, "
        "with_tax real GENERATED ALWAYS AS (price * 1.2) VIRTUAL, doubled real GENERATED ALWAYS AS (price * 2) "
        "STORED, sku text NOT NULL, note text)")));
    EXPECT_TRUE(file.exec(QStringLiteral("INSERT INTO products (price, sku) VALUES (10, 'a'), (20, 'b')")));
    return path;
}

} // namespace

TEST(DatabaseCopy, CopiesADatabaseWithAStoredGeneratedColumn)
{
    QTemporaryDir dir;
    const QString source = databaseWithGeneratedColumns(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    EXPECT_EQ(migrations::DatabaseCopy::copy(source, copy, 200).toStdString(), "");
    EXPECT_EQ(test::databaseFingerprint(copy), test::databaseFingerprint(source));
}

TEST(DatabaseCopy, ApplysRehearsalRunsOnSuchADatabase)
{
    QTemporaryDir dir;
    test::FolderFixture folder(QStringLiteral("two-migrations"));
    migrations::ApplyOptions options;
    options.databasePath = databaseWithGeneratedColumns(dir);
    options.busyTimeoutMs = 200;
    const auto report =
        migrations::MigrationRehearsal::rehearse(database::RunnableMigrations::scan(folder.path()).value(), options);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report.value().succeeded()) << report.value().toText().toStdString();
}
