// SPDX-License-Identifier: GPL-3.0-or-later
// `verify` on real projects' migrations folders (TW_REALWORLD_DIR, skipped where absent): the clean ones verify
// clean, and in the others it finds what drizzle-kit never noticed (a hand-written migration's tables unknown to the
// snapshots, drizzle-kit's own ADD COLUMN that drops ON DELETE, a default drizzle-kit never removed, SQL SQLite cannot
// run). The folders are only read.
#include "migrations/verify/migrationverifier.h"
#include "tests/migrations/folder/realworld.h"

#include <gtest/gtest.h>

using tw::migrations::MigrationVerifier;
using tw::migrations::VerifyFinding;
using tw::migrations::VerifyReport;

namespace {

std::optional<VerifyReport> verifiedRealworld(const QString &project)
{
    const QString folder = tw::test::realworldMigrations(project);
    if (!QFileInfo::exists(folder))
        return std::nullopt;
    const auto report = MigrationVerifier::verify(folder);
    EXPECT_TRUE(report) << report.error().toStdString();
    return report ? std::optional<VerifyReport>(report.value()) : std::nullopt;
}

const VerifyFinding *findingFor(const VerifyReport &report, const QString &migration)
{
    for (const VerifyFinding &finding : report.findings) {
        if (finding.migration == migration)
            return &finding;
    }
    return nullptr;
}

} // namespace

TEST(RealworldVerify, UneditedFoldersVerifyClean)
{
    for (const QString &project : {QStringLiteral("beilunyang__moemail"), QStringLiteral("cloudflare__vibesdk")}) {
        const auto report = verifiedRealworld(project);
        if (!report)
            GTEST_SKIP() << "no real-world folders (TW_REALWORLD_DIR)";
        EXPECT_TRUE(report->isClean()) << project.toStdString() << '\n' << report->text().toStdString();
        EXPECT_GT(report->checked, 5) << project.toStdString();
    }
}

TEST(RealworldVerify, AHandWrittenMigrationCreatingTablesTheSnapshotsDoNotKnowIsNamed)
{
    const auto report = verifiedRealworld(QStringLiteral("LubomirGeorgiev__cloudflare-workers-nextjs-saas-template"));
    if (!report)
        GTEST_SKIP() << "no real-world folders (TW_REALWORLD_DIR)";
    ASSERT_EQ(report->findings.size(), 1) << report->text().toStdString();
    EXPECT_EQ(report->findings.first().migration, QStringLiteral("0005_add_opennext_cache_tables.sql"));
    EXPECT_TRUE(report->text().contains(QStringLiteral("table \"revalidations\": in the database only")))
        << report->text().toStdString();
}

TEST(RealworldVerify, DrizzleKitsAddColumnWithoutItsOnDeleteIsDriftAndTransactionEditsReplay)
{
    const auto report = verifiedRealworld(QStringLiteral("homarr-labs__homarr"));
    if (!report)
        GTEST_SKIP() << "no real-world folders (TW_REALWORLD_DIR)";
    for (const VerifyFinding &finding : report->findings)
        EXPECT_EQ(finding.kind, VerifyFinding::Kind::Drift) << finding.text().toStdString();
    const VerifyFinding *addColumn = findingFor(*report, QStringLiteral("0019_steady_darkhawk.sql"));
    ASSERT_TRUE(addColumn) << report->text().toStdString();
    EXPECT_TRUE(addColumn->text().contains(QStringLiteral("on delete: set null expected, no action in the database")))
        << addColumn->text().toStdString();
    EXPECT_EQ(report->checked, 42);
}

TEST(RealworldVerify, ADefaultNeverDroppedAndALibsqlOnlyStatementAreNamed)
{
    const auto report = verifiedRealworld(QStringLiteral("likeandscribe__frontpage"));
    if (!report)
        GTEST_SKIP() << "no real-world folders (TW_REALWORLD_DIR)";
    const VerifyFinding *defaults = findingFor(*report, QStringLiteral("0001_confused_norrin_radd.sql"));
    ASSERT_TRUE(defaults) << report->text().toStdString();
    EXPECT_TRUE(defaults->text().contains(QStringLiteral("default: none expected, (CURRENT_DATE) in the database")));
    const VerifyFinding *alterColumn = findingFor(*report, QStringLiteral("0005_slimy_unus.sql"));
    ASSERT_TRUE(alterColumn) << report->text().toStdString();
    EXPECT_EQ(alterColumn->kind, VerifyFinding::Kind::SqlFailed);
    EXPECT_TRUE(alterColumn->statement.contains(QStringLiteral("ALTER COLUMN")));
    EXPECT_TRUE(alterColumn->error.contains(QStringLiteral("libSQL-only"))) << alterColumn->error.toStdString();
}
