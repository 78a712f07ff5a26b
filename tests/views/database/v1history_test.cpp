// SPDX-License-Identifier: GPL-3.0-or-later
// The Database panel's history on a project whose migrations folder is in drizzle-kit 1.0's layout: each folder's
// migration.sql, applied or pending exactly as `apply` decides.
#include "database/tracking/runnablemigrations.h"
#include "migrations/runner/migrationapplier.h"
#include "model/document/schemadocument.h"
#include "model/io/projectwriter.h"
#include "tests/support/printers.h"
#include "tests/support/testdata.h"
#include "views/database/databasepanel.h"
#include "views/database/resulttablemodel.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

using namespace tw::views;

TEST(V1DatabasePanelHistory, ShowsEachFolderAppliedOrPendingAsApplyDecides)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    tw::test::copyDataFolder(QStringLiteral("folders/v1-two-migrations"), folder);
    const QString project = dir.filePath(QStringLiteral("app.twproj"));
    QString error;
    ASSERT_TRUE(tw::model::ProjectWriter::writeFile(tw::model::Project(), project, &error)) << error.toStdString();
    const QString database = dir.filePath(QStringLiteral("local.sqlite"));
    // The first migration applied (for wrangler), the second still pending.
    const QString second = folder + QStringLiteral("/20261207033141_rename_tags");
    ASSERT_TRUE(QDir().rename(second, dir.filePath(QStringLiteral("aside"))));
    tw::migrations::ApplyOptions options;
    options.databasePath = database;
    ASSERT_TRUE(
        tw::migrations::MigrationApplier::apply(tw::database::RunnableMigrations::scan(folder).value(), options).ok());
    ASSERT_TRUE(QDir().rename(dir.filePath(QStringLiteral("aside")), second));

    tw::model::SchemaDocument document;
    document.resetProject(tw::model::Project());
    document.setFilePath(project);
    DatabasePanel panel(&document);
    ASSERT_TRUE(panel.openDatabase(database)) << panel.statusText().toStdString();
    const ResultTableModel &history = *panel.historyModel();
    ASSERT_EQ(history.rowCount(), 2);
    EXPECT_EQ(history.index(0, 0).data().toString(), QStringLiteral("applied"));
    EXPECT_EQ(history.index(0, 1).data().toString(), QStringLiteral("20261207033139_initial/migration.sql"));
    EXPECT_EQ(history.index(1, 0).data().toString(), QStringLiteral("pending"));
    EXPECT_EQ(history.index(1, 1).data().toString(), QStringLiteral("20261207033141_rename_tags/migration.sql"));
}
