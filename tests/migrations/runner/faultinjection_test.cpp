// SPDX-License-Identifier: GPL-3.0-or-later
// Apply is atomic under every injected fault: a failing statement at every position, a locked, read-only, corrupt
// or full database. After each, the database is what it was: bytes, schema and per-table checksums.
#include "database/sqltext/sqlstatementsplitter.h"
#include "database/tracking/trackinghistory.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace tw::database;
using namespace tw::migrations;
using tw::test::addMigration;
using tw::test::ApplyFixture;
using tw::test::databaseFingerprint;
using tw::test::SqliteFile;

namespace {

const QString kFault = QStringLiteral("INSERT INTO `tablewright_injected_fault` VALUES (1);");

/// rebuild-cascade with only its first migration applied: 0001 (8 statements) and 0002 (6) are pending.
struct PartlyApplied : ApplyFixture
{
    PartlyApplied()
        : ApplyFixture(QStringLiteral("rebuild-cascade"))
    {
        const SqliteFile db(this->db());
        const QString init = QString::fromUtf8(folder.read(QStringLiteral("0000_init.sql")));
        for (const QString &statement : SqlStatementSplitter::split(init))
            EXPECT_TRUE(db.exec(statement)) << statement.toStdString();
        EXPECT_TRUE(db.exec(TrackingHistory::createTableSql(tw::model::ProjectSettings::Tracking::D1)));
        EXPECT_TRUE(db.exec(QStringLiteral("INSERT INTO d1_migrations (name) VALUES ('0000_init.sql')")));
        EXPECT_TRUE(db.exec(QStringLiteral("INSERT INTO authors (id, name) VALUES (7, 'Seed')")));
    }
};

/// @p text with its statement @p k (1-based) replaced by a statement that fails.
QByteArray withFaultAt(const QByteArray &text, int k)
{
    QStringList statements = SqlStatementSplitter::split(QString::fromUtf8(text));
    statements[k - 1] = kFault;
    return statements.join(QStringLiteral("--> statement-breakpoint\n")).toUtf8();
}

/// Makes this process act as "nobody" while it lives, so that permissions mean something when tests run as root.
class UnprivilegedScope
{
public:
    UnprivilegedScope()
    {
#ifdef Q_OS_LINUX
        m_dropped = geteuid() == 0 && seteuid(65534) == 0;
#endif
    }
    ~UnprivilegedScope()
    {
#ifdef Q_OS_LINUX
        if (m_dropped && seteuid(0) != 0)
            std::abort(); // the rest of the suite would run with the wrong rights
#endif
    }
    UnprivilegedScope(const UnprivilegedScope &) = delete;
    UnprivilegedScope &operator=(const UnprivilegedScope &) = delete;

private:
    bool m_dropped = false;
};

constexpr auto kAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr auto kReadOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto kReadOnlyFolder = kReadOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

} // namespace

TEST(FaultInjection, FailingStatementAtEveryPositionLeavesTheDatabaseAsItWas)
{
    const QStringList files{QStringLiteral("0001_seed.sql"), QStringLiteral("0002_rebuild_authors.sql")};
    int injected = 0;
    for (const QString &file : files) {
        const PartlyApplied probe;
        const int count = int(SqlStatementSplitter::split(QString::fromUtf8(probe.folder.read(file))).size());
        for (int k = 1; k <= count; ++k) {
            const PartlyApplied f;
            f.folder.write(file, withFaultAt(f.folder.read(file), k));
            const QByteArray bytes = SqliteFile(f.db()).bytes();
            const QStringList fingerprint = databaseFingerprint(f.db());
            const auto report = f.apply();
            ASSERT_FALSE(report.ok()) << file.toStdString() << " statement " << k;
            EXPECT_TRUE(report.error().startsWith(QStringLiteral("%1, statement %2 of %3 failed:\n%4\nSQLite said: no "
                                                                 "such table: tablewright_injected_fault")
                                                      .arg(file)
                                                      .arg(k)
                                                      .arg(count)
                                                      .arg(kFault)))
                << report.error().toStdString();
            EXPECT_TRUE(report.error().endsWith(QStringLiteral("The database was rolled back: nothing changed.")));
            EXPECT_EQ(databaseFingerprint(f.db()), fingerprint) << file.toStdString() << " statement " << k;
            EXPECT_EQ(SqliteFile(f.db()).bytes(), bytes) << file.toStdString() << " statement " << k;
            ++injected;
        }
    }
    EXPECT_EQ(injected, 8 + 6) << "every statement of both pending migrations";
}

TEST(FaultInjection, DiskFullRollsBackWithAClearError)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    ASSERT_TRUE(f.apply().ok());
    addMigration(f.folder, QStringLiteral("big"),
                 "CREATE TABLE `big` (`id` integer PRIMARY KEY, `body` text);--> statement-breakpoint\n"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                 "INSERT INTO `big` SELECT i, hex(randomblob(100)) FROM n;");
    const QByteArray bytes = SqliteFile(f.db()).bytes();
    const QStringList fingerprint = databaseFingerprint(f.db());
    ApplyOptions options = f.options();
    const int pages = SqliteFile(f.db()).scalar(QStringLiteral("PRAGMA page_count")).toInt();
    options.connectionPragmas << QStringLiteral("max_page_count=%1").arg(pages + 4);
    options.backupsToKeep = 0;
    const auto report = MigrationApplier::apply(MigrationsFolder::scan(f.folder.path()), options);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().startsWith(QStringLiteral("0002_big.sql, statement 2 of 2 failed:")))
        << report.error().toStdString();
    EXPECT_TRUE(
        report.error().contains(QStringLiteral("SQLite said: database or disk is full\nthe disk (or the "
                                               "database's size limit) is full. Free some space and try again")))
        << report.error().toStdString();
    EXPECT_EQ(databaseFingerprint(f.db()), fingerprint);
    EXPECT_EQ(SqliteFile(f.db()).bytes(), bytes);
}

TEST(FaultInjection, ReadOnlyFileIsRefusedAndNotWritten)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE keep (x)")));
    }
    const QByteArray bytes = SqliteFile(f.db()).bytes();
    ASSERT_TRUE(QFile::setPermissions(f.dir.path(), kAll));
    ASSERT_TRUE(QFile::setPermissions(f.db(), kReadOnly));
    const MigrationsFolder folder = MigrationsFolder::scan(f.folder.path());
    auto report = tw::model::Result<ApplyReport>::failure(QStringLiteral("not run"));
    {
        const UnprivilegedScope nobody;
        report = MigrationApplier::apply(folder, f.options());
    }
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().startsWith(QStringLiteral("%1 is read-only: nothing was written").arg(f.db())))
        << report.error().toStdString();
    EXPECT_TRUE(report.error().contains(QStringLiteral("Make both writable and try again")));
    QFile::setPermissions(f.db(), kAll);
    EXPECT_EQ(SqliteFile(f.db()).bytes(), bytes);
}

TEST(FaultInjection, ReadOnlyFolderIsRefusedBecauseTheJournalCannotBeWritten)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE keep (x)")));
    }
    const QByteArray bytes = SqliteFile(f.db()).bytes();
    ASSERT_TRUE(QFile::setPermissions(f.db(), kAll));
    ASSERT_TRUE(QFile::setPermissions(f.dir.path(), kReadOnlyFolder));
    const MigrationsFolder folder = MigrationsFolder::scan(f.folder.path());
    auto report = tw::model::Result<ApplyReport>::failure(QStringLiteral("not run"));
    {
        const UnprivilegedScope nobody;
        report = MigrationApplier::apply(folder, f.options());
    }
    QFile::setPermissions(f.dir.path(), kAll);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().startsWith(QStringLiteral("the folder of %1 is read-only").arg(f.db())))
        << report.error().toStdString();
    EXPECT_EQ(SqliteFile(f.db()).bytes(), bytes);
}

TEST(FaultInjection, DamagedPagesFailTheIntegrityCheckAndNothingIsWritten)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    {
        const SqliteFile db(f.db());
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE filler (id integer PRIMARY KEY, body text)")));
        ASSERT_TRUE(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                           "2000) INSERT INTO filler SELECT i, hex(randomblob(50)) FROM n")));
    }
    QFile file(f.db());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 5 * 4096);
    bytes.replace(3 * 4096, 4096, QByteArray(4096, '\x5a')); // a whole b-tree page overwritten
    file.seek(0);
    file.write(bytes);
    file.close();
    const auto report = f.apply();
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("failed its integrity check")) ||
                report.error().contains(QStringLiteral("malformed")))
        << report.error().toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), bytes);
}

TEST(FaultInjection, WriteLockHeldElsewhereFailsAfterTheBusyTimeoutWithoutHanging)
{
    ApplyFixture f(QStringLiteral("two-migrations"));
    const SqliteFile holder(f.db());
    ASSERT_TRUE(holder.exec(QStringLiteral("CREATE TABLE x (a)")));
    ASSERT_TRUE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(holder.exec(QStringLiteral("INSERT INTO x VALUES (1)")));
    QElapsedTimer timer;
    timer.start();
    const auto report = f.apply();
    ASSERT_FALSE(report.ok());
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_TRUE(report.error().contains(QStringLiteral("database is locked: another program holds the database")))
        << report.error().toStdString();
    EXPECT_TRUE(report.error().contains(QStringLiteral("Stop it and try again")));
    holder.exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(holder.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
}
