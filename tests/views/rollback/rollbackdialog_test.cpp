// SPDX-License-Identifier: GPL-3.0-or-later
// The Roll Back dialog on drizzle-kit 0.31's two-migrations folder applied to a database with rows: the applied
// migrations to go back to, the down SQL, the rehearsal's losses gating the button, and the rollback itself.
#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/folders/folderfixture.h"
#include "views/apply/rehearsalmodel.h"
#include "views/rollback/rollbackdialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tw;
using test::SqliteFile;

namespace {

class RollbackDialogTest : public ::testing::Test
{
protected:
    RollbackDialogTest()
    {
        request.projectFile = dir.filePath(QStringLiteral("app.twproj"));
        request.migrationsFolder = folder.path();
        request.options.databasePath = dir.filePath(QStringLiteral("local.sqlite"));
        request.options.tracking = model::ProjectSettings::Tracking::Drizzle;
        EXPECT_TRUE(
            migrations::MigrationApplier::apply(migrations::MigrationsFolder::scan(folder.path()), request.options)
                .ok());
        EXPECT_TRUE(SqliteFile(request.options.databasePath)
                        .exec(QStringLiteral("INSERT INTO tags (name) VALUES ('a'), ('b'), ('c')")));
    }

    test::FolderFixture folder{QStringLiteral("two-migrations")};
    QTemporaryDir dir;
    migrations::RollbackRequest request;
};

} // namespace

TEST_F(RollbackDialogTest, ShowsTheDownSqlAndTheRowsLostAndRollsBackOnceTheLossIsAccepted)
{
    views::RollbackDialog dialog(request);
    ASSERT_TRUE(dialog.load()) << dialog.summary().toStdString();
    EXPECT_EQ(dialog.targets(), QStringList({QStringLiteral("0000_init"), QStringLiteral("\x01")}));
    EXPECT_TRUE(dialog.downSql().contains(QStringLiteral("DROP TABLE `tags`;"))) << dialog.downSql().toStdString();
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("drop table tags: 3 rows"))) << dialog.summary().toStdString();
    ASSERT_EQ(dialog.report().tables.size(), 2);
    EXPECT_EQ(dialog.report().tables.first().table, QStringLiteral("tags"));
    EXPECT_EQ(dialog.report().tables.first().rowsBefore, 3);

    EXPECT_FALSE(dialog.rollBackButton()->isEnabled()) << "losing rows needs the tick first";
    EXPECT_FALSE(dialog.rollBack());
    EXPECT_EQ(SqliteFile(request.options.databasePath).scalar(QStringLiteral("SELECT count(*) FROM tags")).toInt(), 3);

    dialog.acceptLossBox()->setChecked(true);
    EXPECT_TRUE(dialog.rollBackButton()->isEnabled());
    QSignalSpy rolledBack(&dialog, &views::RollbackDialog::rolledBack);
    EXPECT_TRUE(dialog.rollBack()) << dialog.summary().toStdString();
    ASSERT_EQ(rolledBack.size(), 1);
    EXPECT_EQ(rolledBack.first().at(0).toStringList(), QStringList{QStringLiteral("0001_demonic_gunslinger")});
    EXPECT_FALSE(rolledBack.first().at(1).toString().isEmpty()) << "the backup";
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("rolled back 0001_demonic_gunslinger")))
        << dialog.summary().toStdString();
    EXPECT_FALSE(dialog.rollBackButton()->isEnabled());
    EXPECT_EQ(SqliteFile(request.options.databasePath)
                  .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tags'"))
                  .toInt(),
              0);
}

TEST_F(RollbackDialogTest, GoingBackFurtherShowsEveryDownStep)
{
    views::RollbackDialog dialog(request);
    ASSERT_TRUE(dialog.load());
    ASSERT_TRUE(dialog.setTarget(QString())) << dialog.summary().toStdString();
    EXPECT_TRUE(dialog.downSql().contains(QStringLiteral("-- undo 0001_demonic_gunslinger")));
    EXPECT_TRUE(dialog.downSql().contains(QStringLiteral("-- undo 0000_init")));
    EXPECT_TRUE(dialog.downSql().contains(QStringLiteral("DROP TABLE `users`;"))) << dialog.downSql().toStdString();
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("the empty database"))) << dialog.summary().toStdString();
}

TEST(RollbackDialog, ADatabaseWithNothingAppliedHasNothingToRollBack)
{
    QTemporaryDir dir;
    migrations::RollbackRequest request;
    request.projectFile = dir.filePath(QStringLiteral("app.twproj"));
    request.migrationsFolder = dir.filePath(QStringLiteral("drizzle"));
    request.options.databasePath = dir.filePath(QStringLiteral("local.sqlite"));
    ASSERT_TRUE(SqliteFile(request.options.databasePath).exec(QStringLiteral("CREATE TABLE t (id integer)")));
    views::RollbackDialog dialog(request);
    EXPECT_FALSE(dialog.load());
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("nothing to roll back"))) << dialog.summary().toStdString();
    EXPECT_FALSE(dialog.rollBackButton()->isEnabled());
}
