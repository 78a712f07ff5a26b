// SPDX-License-Identifier: GPL-3.0-or-later
// A real Turso project's history (TW_REALWORLD_DIR, skipped where absent): its libSQL-only statements are named
// before a local SQLite file is touched.
#include "migrations/runner/localruncheck.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/migrations/folder/realworld.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace tw::migrations;

TEST(RealworldTurso, ApplyNamesEveryAlterColumnBeforeTouchingTheDatabase)
{
    const QString source = tw::test::realworldMigrations(QStringLiteral("likeandscribe__frontpage"));
    if (!QFileInfo::exists(source))
        GTEST_SKIP() << "no real-world folders (TW_REALWORLD_DIR)";
    const auto folder = MigrationsFolder::scan(source);
    ASSERT_FALSE(folder.hasErrors()) << folder.errorText().toStdString();
    const QStringList problems = LocalRunCheck::problems(folder, folder.migrations()).split(u'\n');
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.first(),
              QStringLiteral("0005_slimy_unus.sql statement 17: ALTER TABLE `comments` ALTER COLUMN is libSQL-only "
                             "(Turso); SQLite cannot run it: its ALTER TABLE has no ALTER COLUMN — apply it with "
                             "drizzle-kit migrate against Turso"));
    for (const QString &line : problems)
        EXPECT_TRUE(line.contains(QStringLiteral("ALTER COLUMN is libSQL-only"))) << line.toStdString();

    QTemporaryDir dir;
    ApplyOptions options;
    options.databasePath = dir.filePath(QStringLiteral("local.sqlite"));
    options.tracking = tw::model::ProjectSettings::Tracking::Drizzle;
    const auto report = MigrationApplier::apply(folder, options);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(problems.first())) << report.error().toStdString();
    EXPECT_FALSE(QFile::exists(options.databasePath)) << "the database file is not even created";
}
