// SPDX-License-Identifier: GPL-3.0-or-later
// `verify` on folders written by the real drizzle-kit: every golden case (tests/data/drizzle/snapshots for 0.31.11,
// tests/data/snapshot-golden-v1 for 1.0.0-rc.5) as a one-migration folder of its layout verifies clean, but for the
// cases whose SQL drizzle-kit itself writes broken (its README lists them), which verify must name.
#include "migrations/verify/migrationverifier.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using tw::migrations::MigrationVerifier;
using tw::migrations::VerifyFinding;

namespace {

void copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    ASSERT_TRUE(QFile::copy(from, to)) << from.toStdString();
}

/// A classic folder holding the case's migration as `0000_golden.sql`, its snapshot and a journal.
void writeClassicFolder(const QString &caseDir, const QString &folder)
{
    copyFile(caseDir + QStringLiteral("/migration.sql"), folder + QStringLiteral("/0000_golden.sql"));
    copyFile(caseDir + QStringLiteral("/snapshot.json"), folder + QStringLiteral("/meta/0000_snapshot.json"));
    QFile journal(folder + QStringLiteral("/meta/_journal.json"));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"version": "7", "dialect": "sqlite", "entries": [{"idx": 0, "version": "6", )"
                  R"("when": 1700000000000, "tag": "0000_golden", "breakpoints": true}]})");
}

/// A v1 folder holding the case's migration.sql and snapshot.json as `20260101000000_golden/`.
void writeV1Folder(const QString &caseDir, const QString &folder)
{
    for (const QString &file : {QStringLiteral("migration.sql"), QStringLiteral("snapshot.json")})
        copyFile(caseDir + u'/' + file, folder + QStringLiteral("/20260101000000_golden/") + file);
}

struct GoldenSet
{
    QString dataFolder;
    void (*write)(const QString &, const QString &);
    QStringList brokenByDrizzleKit; ///< cases whose migration.sql does not run on SQLite (drizzle-kit bugs)
    QStringList notAFirstMigration; ///< cases whose migration continues an earlier state
};

void checkGoldens(const GoldenSet &set)
{
    const QDir goldens(tw::test::dataPath(set.dataFolder));
    const QStringList cases = goldens.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_FALSE(cases.isEmpty()) << goldens.path().toStdString();
    for (const QString &name : cases) {
        if (set.notAFirstMigration.contains(name))
            continue;
        const QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("drizzle"));
        set.write(goldens.filePath(name), folder);
        const auto report = MigrationVerifier::verify(folder);
        ASSERT_TRUE(report) << name.toStdString() << ": " << report.error().toStdString();
        if (set.brokenByDrizzleKit.contains(name)) {
            ASSERT_EQ(report.value().findings.size(), 1) << name.toStdString();
            EXPECT_EQ(report.value().findings.first().kind, VerifyFinding::Kind::SqlFailed) << name.toStdString();
            EXPECT_FALSE(report.value().findings.first().statement.isEmpty());
            continue;
        }
        EXPECT_TRUE(report.value().isClean()) << name.toStdString() << '\n' << report.value().text().toStdString();
        EXPECT_EQ(report.value().checked, 1) << name.toStdString();
    }
}

} // namespace

TEST(VerifyGoldens, DrizzleKit031FoldersVerifyClean)
{
    // defaults: a JSON default's `'` is not doubled; indexes: an expression with a comma is cut at it; names: a
    // backtick in a name is not escaped (tests/data/drizzle/README.md).
    checkGoldens({QStringLiteral("drizzle/snapshots"),
                  writeClassicFolder,
                  {QStringLiteral("defaults"), QStringLiteral("indexes"), QStringLiteral("names")},
                  {}});
}

TEST(VerifyGoldens, DrizzleKit1FoldersVerifyClean)
{
    // names: rc.5 does not escape a backtick in a name either; renames is the second migration of its case.
    checkGoldens(
        {QStringLiteral("snapshot-golden-v1"), writeV1Folder, {QStringLiteral("names")}, {QStringLiteral("renames")}});
}
