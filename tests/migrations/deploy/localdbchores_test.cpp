// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright localdb setup|reset` (the guide's dev:setup and dev:reset) on wrangler's local D1 and on a plain
// SQLite file, the project's deployLocal setting, and the Turso branch's command line.
#include "tests/migrations/deploy/deployfixture.h"

#include "migrations/deploy/deployflow.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace tw::test {
namespace {

using migrations::deploy::DeployFlow;
using migrations::deploy::DeployOptions;
using migrations::deploy::DeployTarget;

using LocalDbChoresTest = DeployWorkspace;

TEST_F(LocalDbChoresTest, SetUpAppliesEveryMigrationAndTheSeedThenResetStartsAgainFromABackup)
{
    write(QStringLiteral("seed.sql"),
          "INSERT INTO users (email, password, salt) VALUES ('ada@example.com', 'x', 'y');\n");
    const CliRun setUp = cli({QStringLiteral("localdb"), QStringLiteral("setup"), project(), QStringLiteral("--seed"),
                              QStringLiteral("seed.sql")});
    ASSERT_EQ(setUp.exitCode, 0) << setUp.err.toStdString();
    EXPECT_EQ(setUp.out,
              QStringLiteral("applied: 0000_init.sql\nseeded from %1\n").arg(path(QStringLiteral("seed.sql"))));
    EXPECT_EQ(localRows(QStringLiteral("SELECT name FROM d1_migrations")),
              QStringList{QStringLiteral("0000_init.sql")});
    EXPECT_EQ(localRows(QStringLiteral("SELECT email FROM users")), QStringList{QStringLiteral("ada@example.com")});

    // A row added since, then the migration that adds categories: reset keeps neither the row nor the old file.
    addCategories();
    const CliRun reset = cli({QStringLiteral("localdb"), QStringLiteral("reset"), project(), QStringLiteral("--seed"),
                              QStringLiteral("seed.sql")});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_TRUE(reset.out.startsWith(QStringLiteral("backup: "))) << reset.out.toStdString();
    EXPECT_TRUE(reset.out.contains(QStringLiteral("applied: 0000_init.sql, 0001_add_categories.sql\n")));
    EXPECT_EQ(localRows(QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")),
              (QStringList{QStringLiteral("0000_init.sql"), QStringLiteral("0001_add_categories.sql")}));
    EXPECT_EQ(localRows(QStringLiteral("SELECT count(*) FROM users")), QStringList{QStringLiteral("1")});
    ASSERT_EQ(backups().size(), 1);
    EXPECT_TRUE(backups().first().endsWith(QStringLiteral(".sqlite")));
}

TEST(LocalDbChores, SetUpAndResetAPlainSqliteFileWithoutWrangler)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("aperto.twproj"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TW_EXAMPLES_DIR "/aperto-before-categories.twproj"), project));
    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_EQ(runCli({QStringLiteral("generate"), project}).exitCode, 0);
    QFile seed(dir.filePath(QStringLiteral("seed.sql")));
    ASSERT_TRUE(seed.open(QIODevice::WriteOnly));
    seed.write("INSERT INTO users (email, password, salt) VALUES ('a@b.c', 'x', 'y');\n");
    seed.close();
    const QString db = dir.filePath(QStringLiteral("dev.sqlite"));
    const QStringList options = {project, QStringLiteral("--db"), db, QStringLiteral("--seed"), seed.fileName()};
    const CliRun setUp = runCli(QStringList{QStringLiteral("localdb"), QStringLiteral("setup")} + options);
    ASSERT_EQ(setUp.exitCode, 0) << setUp.err.toStdString();
    EXPECT_TRUE(setUp.out.startsWith(QStringLiteral("applied: 0000_"))) << setUp.out.toStdString();
    const CliRun again = runCli(QStringList{QStringLiteral("localdb"), QStringLiteral("setup")} + options);
    EXPECT_EQ(again.exitCode, 1) << "the seed's row is there already: "
                                 << again.out.toStdString(); // users.email is unique
    const CliRun reset = runCli(QStringList{QStringLiteral("localdb"), QStringLiteral("reset")} + options);
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
    const CliRun bad = runCli({QStringLiteral("localdb"), QStringLiteral("redo"), project});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("the first argument is reset or setup, not 'redo'")));
}

TEST_F(LocalDbChoresTest, TheProjectsDeployLocalSettingDeploysLocallyWithoutTheFlag)
{
    auto settings = model::ProjectReader::readFile(project()).value();
    settings.settings.deployLocal = true;
    QString error;
    ASSERT_TRUE(model::ProjectWriter::writeFile(settings, project(), &error));
    EXPECT_TRUE(model::ProjectReader::readFile(project()).value().settings.deployLocal) << "saved and read back";
    const CliRun local = cli({QStringLiteral("deploy"), project()});
    ASSERT_EQ(local.exitCode, 0) << local.err.toStdString();
    EXPECT_TRUE(local.out.contains(QStringLiteral("Deploy to D1 database aperto (binding DB), local (--local)")))
        << local.out.toStdString();
}

TEST(DeployLocalSetting, IsWrittenOnlyWhenOnAndReadBack)
{
    auto project = model::ProjectReader::readFile(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj")).value();
    EXPECT_FALSE(project.settings.deployLocal);
    EXPECT_FALSE(model::ProjectWriter::write(project).contains("deployLocal")) << "old projects stay byte-identical";
    project.settings.deployLocal = true;
    const QByteArray written = model::ProjectWriter::write(project);
    EXPECT_TRUE(written.contains("\"deployLocal\": true"));
    const auto read = model::ProjectReader::read(written);
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_TRUE(read.value().settings.deployLocal);
}

TEST(DeployTarget, ATursoProjectRunsDrizzleKitMigrate)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("drizzle.config.ts")));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write("import { defineConfig } from 'drizzle-kit';\nexport default defineConfig({\n  dialect: 'turso',\n"
                 "  schema: './src/db/schema.ts',\n  out: './migrations',\n  dbCredentials: { url: "
                 "process.env.TURSO_DATABASE_URL!, authToken: process.env.TURSO_AUTH_TOKEN },\n});\n");
    config.close();
    DeployOptions options;
    options.projectFile = dir.filePath(QStringLiteral("app.twproj"));
    const auto target = DeployTarget::resolve(options);
    ASSERT_TRUE(target.ok()) << target.error().toStdString();
    EXPECT_EQ(target.value().kind, DeployTarget::Kind::Turso);
    EXPECT_EQ(target.value().migrationsFolder, dir.filePath(QStringLiteral("migrations")));
    const auto plan = DeployFlow::plan(target.value());
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    EXPECT_EQ(plan.value().steps,
              QStringList{QStringLiteral("npx drizzle-kit migrate --config %1").arg(config.fileName())});
    options.local = true;
    EXPECT_FALSE(DeployTarget::resolve(options).ok()) << "Turso has no wrangler local database";
}

TEST(DeployTarget, WithoutAWranglerConfigSaysWhereItLooked)
{
    QTemporaryDir dir;
    DeployOptions options;
    options.projectFile = dir.filePath(QStringLiteral("app.twproj"));
    const auto target = DeployTarget::resolve(options);
    ASSERT_FALSE(target.ok());
    EXPECT_EQ(target.error(), QStringLiteral("%1: no wrangler.json, wrangler.jsonc or wrangler.toml beside the project "
                                             "(give one with --config)")
                                  .arg(dir.path()));
}

} // namespace
} // namespace tw::test
