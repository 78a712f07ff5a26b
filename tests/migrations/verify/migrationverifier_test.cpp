// SPDX-License-Identifier: GPL-3.0-or-later
// `verify`: a folder's SQL replayed migration by migration against its snapshots; hand edits that drift are named.
#include "migrations/generate/custommigration.h"
#include "migrations/verify/migrationverifier.h"
#include "tests/support/folders/folderfixture.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using tw::database::DriftEntry;
using tw::migrations::CustomMigration;
using tw::migrations::MigrationVerifier;
using tw::migrations::VerifyFinding;
using tw::migrations::VerifyReport;
using tw::test::FolderFixture;

namespace {

VerifyReport verified(const QString &path)
{
    const auto report = MigrationVerifier::verify(path);
    EXPECT_TRUE(report) << report.error().toStdString();
    return report ? report.value() : VerifyReport{};
}

/// A custom migration appended to @p folder, holding @p sql after drizzle-kit's first line; its SQL file's path.
QString addCustomMigration(const FolderFixture &folder, const QByteArray &sql)
{
    tw::migrations::CustomMigrationRequest request;
    request.migrationsFolder = folder.path();
    request.name = QStringLiteral("hand_written");
    const auto outcome = CustomMigration::write(request);
    EXPECT_TRUE(outcome) << outcome.error().toStdString();
    QFile file(outcome.value().sqlPath);
    EXPECT_TRUE(file.open(QIODevice::Append));
    file.write("\n" + sql);
    return outcome.value().sqlPath;
}

bool hasEntry(const VerifyFinding &finding, DriftEntry::Change change, DriftEntry::ObjectKind kind,
              const QString &table, const QString &name)
{
    for (const DriftEntry &entry : finding.differences) {
        if (entry.change == change && entry.kind == kind && entry.table == table && entry.name == name)
            return true;
    }
    return false;
}

} // namespace

TEST(MigrationVerifier, CleanFoldersOfBothLayoutsVerifyClean)
{
    for (const QString &name :
         {QStringLiteral("two-migrations"), QStringLiteral("classic-uniques"), QStringLiteral("v1-two-migrations")}) {
        const FolderFixture folder(name);
        const VerifyReport report = verified(folder.path());
        EXPECT_TRUE(report.isClean()) << name.toStdString() << '\n' << report.text().toStdString();
        EXPECT_GE(report.checked, 2) << name.toStdString();
    }
}

TEST(MigrationVerifier, AnEmptyFolderVerifiesClean)
{
    const VerifyReport report = verified(QStringLiteral("/nonexistent/drizzle"));
    EXPECT_TRUE(report.isClean());
    EXPECT_EQ(report.checked, 0);
}

TEST(MigrationVerifier, AColumnRemovedByHandIsDriftNamingTheMigrationAndColumn)
{
    const FolderFixture folder(QStringLiteral("two-migrations"));
    folder.write(QStringLiteral("0001_demonic_gunslinger.sql"),
                 "CREATE TABLE `tags` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL\n);\n");
    const VerifyReport report = verified(folder.path());
    ASSERT_EQ(report.findings.size(), 1) << report.text().toStdString();
    const VerifyFinding &finding = report.findings.first();
    EXPECT_EQ(finding.kind, VerifyFinding::Kind::Drift);
    EXPECT_EQ(finding.migration, QStringLiteral("0001_demonic_gunslinger.sql"));
    EXPECT_EQ(finding.snapshot, QStringLiteral("meta/0001_snapshot.json"));
    EXPECT_TRUE(hasEntry(finding, DriftEntry::Change::Missing, DriftEntry::ObjectKind::Column, QStringLiteral("tags"),
                         QStringLiteral("name")))
        << report.text().toStdString();
    EXPECT_NE(report.text().indexOf(QStringLiteral("0001_demonic_gunslinger.sql")), -1);
    EXPECT_NE(report.text().indexOf(QStringLiteral("\"tags\".\"name\"")), -1) << report.text().toStdString();
}

TEST(MigrationVerifier, AnIndexRenamedByHandIsDrift)
{
    const FolderFixture folder(QStringLiteral("two-migrations"));
    QByteArray sql = folder.read(QStringLiteral("0000_init.sql"));
    sql.replace("CREATE UNIQUE INDEX `users_email_unique`", "CREATE UNIQUE INDEX `users_email_key`");
    folder.write(QStringLiteral("0000_init.sql"), sql);
    const VerifyReport report = verified(folder.path());
    ASSERT_EQ(report.findings.size(), 1) << report.text().toStdString();
    EXPECT_EQ(report.findings.first().migration, QStringLiteral("0000_init.sql"));
    EXPECT_TRUE(hasEntry(report.findings.first(), DriftEntry::Change::Extra, DriftEntry::ObjectKind::Index,
                         QStringLiteral("users"), QStringLiteral("users_email_key")))
        << report.text().toStdString();
    // The drift is the first migration's; the next one keeps it without being blamed for it.
    EXPECT_EQ(report.checked, 2);
}

TEST(MigrationVerifier, AnEditedV1MigrationIsDrift)
{
    const FolderFixture folder(QStringLiteral("v1-two-migrations"));
    const QString sqlFile = QStringLiteral("20261207033141_rename_tags/migration.sql");
    QByteArray sql = folder.read(sqlFile);
    sql.replace("ALTER TABLE `users` RENAME COLUMN `name` TO `display_name`;", "");
    folder.write(sqlFile, sql);
    const VerifyReport report = verified(folder.path());
    ASSERT_EQ(report.findings.size(), 1) << report.text().toStdString();
    EXPECT_EQ(report.findings.first().migration, sqlFile);
    EXPECT_EQ(report.findings.first().snapshot, QStringLiteral("20261207033141_rename_tags/snapshot.json"));
    EXPECT_TRUE(hasEntry(report.findings.first(), DriftEntry::Change::Missing, DriftEntry::ObjectKind::Column,
                         QStringLiteral("users"), QStringLiteral("display_name")))
        << report.text().toStdString();
}

TEST(MigrationVerifier, AFailingStatementIsNamedWithSqlitesErrorAndStopsTheReplay)
{
    const FolderFixture folder(QStringLiteral("two-migrations"));
    folder.write(QStringLiteral("0000_init.sql"), folder.read(QStringLiteral("0000_init.sql")) +
                                                      "\n--> statement-breakpoint\nINSERT INTO `nowhere` VALUES (1);");
    const VerifyReport report = verified(folder.path());
    ASSERT_EQ(report.findings.size(), 1) << report.text().toStdString();
    const VerifyFinding &finding = report.findings.first();
    EXPECT_EQ(finding.kind, VerifyFinding::Kind::SqlFailed);
    EXPECT_EQ(finding.migration, QStringLiteral("0000_init.sql"));
    EXPECT_NE(finding.statement.indexOf(QStringLiteral("INSERT INTO `nowhere`")), -1);
    EXPECT_NE(finding.error.indexOf(QStringLiteral("no such table: nowhere")), -1) << finding.error.toStdString();
    EXPECT_EQ(report.checked, 0);
    EXPECT_NE(report.text().indexOf(QStringLiteral("1 later migration(s) not verified")), -1)
        << report.text().toStdString();
}

TEST(MigrationVerifier, ADataOnlyCustomMigrationIsCleanInBothLayouts)
{
    for (const QString &name : {QStringLiteral("two-migrations"), QStringLiteral("v1-two-migrations")}) {
        const FolderFixture folder(name);
        addCustomMigration(folder, "UPDATE `users` SET `id` = `id` WHERE 0;");
        const VerifyReport report = verified(folder.path());
        EXPECT_TRUE(report.isClean()) << name.toStdString() << '\n' << report.text().toStdString();
        EXPECT_EQ(report.checked, 3) << name.toStdString();
    }
}

TEST(MigrationVerifier, ACustomMigrationCreatingATableTheSnapshotDoesNotKnowIsDriftInBothLayouts)
{
    for (const QString &name : {QStringLiteral("two-migrations"), QStringLiteral("v1-two-migrations")}) {
        const FolderFixture folder(name);
        const QString sqlPath = addCustomMigration(folder, "CREATE TABLE `audit` (`id` integer);");
        const VerifyReport report = verified(folder.path());
        ASSERT_EQ(report.findings.size(), 1) << name.toStdString() << '\n' << report.text().toStdString();
        EXPECT_TRUE(sqlPath.endsWith(report.findings.first().migration)) << report.text().toStdString();
        EXPECT_TRUE(hasEntry(report.findings.first(), DriftEntry::Change::Extra, DriftEntry::ObjectKind::Table, {},
                             QStringLiteral("audit")))
            << report.text().toStdString();
    }
}

TEST(MigrationVerifier, AFileThatLeavesAndReentersTheMigratorsTransactionReplaysAsTheMigratorRunsIt)
{
    // A hand-written rebuild that leaves drizzle's transaction to switch foreign keys off (as real projects do).
    const FolderFixture folder(QStringLiteral("two-migrations"));
    folder.write(QStringLiteral("0001_demonic_gunslinger.sql"),
                 "COMMIT TRANSACTION;\n--> statement-breakpoint\nPRAGMA foreign_keys = OFF;\n--> statement-breakpoint\n"
                 "BEGIN TRANSACTION;\n--> statement-breakpoint\n" +
                     folder.read(QStringLiteral("0001_demonic_gunslinger.sql")) +
                     "\n--> statement-breakpoint\nCOMMIT TRANSACTION;\n--> statement-breakpoint\n"
                     "PRAGMA foreign_keys = ON;\n--> statement-breakpoint\nBEGIN TRANSACTION;");
    const VerifyReport report = verified(folder.path());
    EXPECT_TRUE(report.isClean()) << report.text().toStdString();
}

TEST(MigrationVerifier, AV1MigrationThatSortsBeforeItsParentIsReplayedFirstAndTheNoteSaysWhy)
{
    // rc.5 names folders by the second: a migration generated in its parent's second can sort first, and the
    // migrator then runs it first. The replay does the same, and the note names the cause.
    const FolderFixture folder(QStringLiteral("v1-two-migrations"));
    ASSERT_TRUE(QDir(folder.path())
                    .rename(QStringLiteral("20261207033141_rename_tags"), QStringLiteral("20261207033139_a_rename")));
    const VerifyReport report = verified(folder.path());
    ASSERT_FALSE(report.findings.isEmpty()) << report.text().toStdString();
    EXPECT_EQ(report.findings.first().migration, QStringLiteral("20261207033139_a_rename/migration.sql"))
        << report.text().toStdString();
    EXPECT_NE(report.text().indexOf(QStringLiteral("sorts before its parent")), -1) << report.text().toStdString();
}
