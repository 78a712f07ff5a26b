// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright deploy --local` end to end against wrangler's local D1 (the only difference from production is that
// flag): the plan without --yes changes nothing; with --yes the pending migration is applied, tracked in
// d1_migrations, the rows kept, the export kept as the backup and the result checked; a failing migration is
// stopped by the rehearsal with its statement named, and wrangler's own apply of a failing migration leaves nothing
// of it behind.
#include "tests/migrations/deploy/deployfixture.h"

#include "migrations/deploy/deployflow.h"
#include "migrations/deploy/scratchdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace tw::test {
namespace {

using migrations::deploy::DeployFlow;
using migrations::deploy::DeployOptions;
using migrations::deploy::DeployTarget;

class DeployFlowTest : public DeployWorkspace
{
protected:
    void SetUp() override
    {
        DeployWorkspace::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        write(QStringLiteral("seed.sql"),
              "INSERT INTO users (email, password, salt) VALUES ('ada@example.com', 'x', 'y');\n");
        const CliRun setUp = cli({QStringLiteral("localdb"), QStringLiteral("setup"), project(),
                                  QStringLiteral("--seed"), path(QStringLiteral("seed.sql"))});
        ASSERT_EQ(setUp.exitCode, 0) << setUp.err.toStdString();
        addCategories();
    }
    QStringList tracked() const { return localRows(QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")); }
    QStringList tables() const
    {
        return localRows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                        "('users', 'categories') ORDER BY name"));
    }
    /// Appends a statement SQLite refuses to the pending migration, after one that works.
    void breakPendingMigration() const
    {
        QFile file(path(QStringLiteral("drizzle/0001_add_categories.sql")));
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);");
    }
};

TEST_F(DeployFlowTest, WithoutYesPrintsThePlanAndChangesNothing)
{
    const CliRun plan = cli({QStringLiteral("deploy"), project(), QStringLiteral("--local")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("Pending migrations (1):\n  0001_add_categories.sql\n")))
        << plan.out.toStdString();
    EXPECT_TRUE(plan.out.contains(QStringLiteral("CREATE TABLE `categories`"))) << "the plan shows the SQL";
    EXPECT_TRUE(plan.out.contains(QStringLiteral("--local databases have no Time Travel")));
    EXPECT_TRUE(plan.out.contains(QStringLiteral("d1 migrations apply aperto --local")));
    EXPECT_TRUE(plan.out.endsWith(QStringLiteral("Nothing was changed: run again with --yes to deploy.\n")));
    EXPECT_EQ(tracked(), QStringList{QStringLiteral("0000_init.sql")});
    EXPECT_EQ(tables(), QStringList{QStringLiteral("users")});
    EXPECT_TRUE(backups().isEmpty());
}

TEST_F(DeployFlowTest, WithYesAppliesThePendingMigrationKeepsABackupAndChecksTheResult)
{
    const CliRun deploy =
        cli({QStringLiteral("deploy"), project(), QStringLiteral("--local"), QStringLiteral("--yes")});
    ASSERT_EQ(deploy.exitCode, 0) << deploy.out.toStdString() << deploy.err.toStdString();
    EXPECT_EQ(tracked(), (QStringList{QStringLiteral("0000_init.sql"), QStringLiteral("0001_add_categories.sql")}));
    EXPECT_EQ(tables(), (QStringList{QStringLiteral("categories"), QStringLiteral("users")}));
    EXPECT_EQ(localRows(QStringLiteral("SELECT email FROM users")), QStringList{QStringLiteral("ada@example.com")});
    EXPECT_TRUE(deploy.out.contains(QStringLiteral("Deployed.\napplied: 0001_add_categories.sql\n")))
        << deploy.out.toStdString();
    EXPECT_TRUE(deploy.out.contains(QStringLiteral("check: In sync"))) << deploy.out.toStdString();
    EXPECT_TRUE(deploy.out.contains(
        QStringLiteral("rollback: The rollback restores the starting schema, rows and history exactly.")))
        << deploy.out.toStdString();
    EXPECT_TRUE(deploy.err.contains(QStringLiteral("Down: undid 0001_add_categories")))
        << "the rollback rehearsal is streamed: " << deploy.err.toStdString();
    EXPECT_TRUE(deploy.err.contains(QStringLiteral("0001_add_categories.sql"))) << "wrangler's output is streamed";
    const QStringList kept = backups();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(kept.first().startsWith(QStringLiteral("aperto-local-"))) << kept.first().toStdString();
    QFile backup(path(QStringLiteral("backups/") + kept.first()));
    ASSERT_TRUE(backup.open(QIODevice::ReadOnly));
    const QByteArray dump = backup.readAll();
    EXPECT_TRUE(dump.contains("ada@example.com")) << "the export from before the apply";
    EXPECT_FALSE(dump.contains("CREATE TABLE `categories`"));

    const CliRun again = cli({QStringLiteral("deploy"), project(), QStringLiteral("--local"), QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("No pending migrations."))) << again.out.toStdString();
}

TEST_F(DeployFlowTest, AFailingMigrationIsStoppedByTheRehearsalWithItsStatementNamed)
{
    breakPendingMigration();
    const CliRun deploy =
        cli({QStringLiteral("deploy"), project(), QStringLiteral("--local"), QStringLiteral("--yes")});
    EXPECT_EQ(deploy.exitCode, 1) << deploy.out.toStdString();
    EXPECT_TRUE(deploy.out.contains(QStringLiteral("The rehearsal failed; nothing was applied.")))
        << deploy.out.toStdString();
    EXPECT_TRUE(deploy.out.contains(QStringLiteral("INSERT INTO no_such_table VALUES (1);")));
    EXPECT_TRUE(deploy.out.contains(QStringLiteral("no such table: no_such_table")));
    EXPECT_EQ(tracked(), QStringList{QStringLiteral("0000_init.sql")});
    EXPECT_EQ(tables(), QStringList{QStringLiteral("users")});
}

TEST_F(DeployFlowTest, WranglersApplyOfAFailingMigrationLeavesNothingOfItAndTheReportNamesTheStatement)
{
    breakPendingMigration();
    DeployOptions options;
    options.projectFile = project();
    options.local = true;
    const auto target = DeployTarget::resolve(options);
    ASSERT_TRUE(target.ok()) << target.error().toStdString();
    QTemporaryDir scratch;
    ASSERT_TRUE(DeployFlow::exportTo(target.value(), scratch.filePath(QStringLiteral("before.sql")), {}, {}).ok());
    const QString before = scratch.filePath(QStringLiteral("before.sqlite"));
    ASSERT_TRUE(migrations::deploy::ScratchDatabase::load(scratch.filePath(QStringLiteral("before.sql")), before).ok());

    const auto report = DeployFlow::apply(target.value(), before); // straight to wrangler, no rehearsal
    EXPECT_FALSE(report.succeeded);
    EXPECT_TRUE(report.applied.isEmpty());
    EXPECT_TRUE(report.failure.startsWith(QStringLiteral("wrangler stopped at 0001_add_categories.sql: ")))
        << report.failure.toStdString();
    EXPECT_TRUE(report.failure.contains(QStringLiteral("no such table: no_such_table")));
    EXPECT_TRUE(report.failure.contains(QStringLiteral("0001_add_categories.sql, statement")));
    EXPECT_TRUE(report.failure.contains(QStringLiteral("INSERT INTO no_such_table VALUES (1);")));
    // wrangler runs one migration as a unit: the CREATE TABLE before the failing statement is gone too.
    EXPECT_EQ(tracked(), QStringList{QStringLiteral("0000_init.sql")});
    EXPECT_EQ(tables(), QStringList{QStringLiteral("users")});
    EXPECT_TRUE(report.check.contains(QStringLiteral("In sync"))) << report.check.toStdString();
}

TEST(DeployFlowParsing, ReadsWranglersTables)
{
    const QString list = QStringLiteral("Migrations to be applied:\n┌───┐\n│ Name          │\n├──┤\n│ 0000_init.sql │\n"
                                        "├──┤\n│ 0001_b.sql  │\n└──┘\n");
    EXPECT_EQ(DeployFlow::tableNames(list),
              (QStringList{QStringLiteral("0000_init.sql"), QStringLiteral("0001_b.sql")}));
    const QString applied = QStringLiteral(
        "│ name │ status │\n│ 0000_init.sql │ ✅     │\n│ 0001_bad.sql  │ 🕒️    │\n"
        "│ name │ status │\n│ 0000_init.sql │ ✅     │\n│ 0001_bad.sql  │ ❌     │\n");
    EXPECT_EQ(DeployFlow::tableNames(applied, QStringLiteral("✅")), QStringList{QStringLiteral("0000_init.sql")});
    EXPECT_EQ(DeployFlow::tableNames(applied, QStringLiteral("❌")), QStringList{QStringLiteral("0001_bad.sql")});
}

} // namespace
} // namespace tw::test
