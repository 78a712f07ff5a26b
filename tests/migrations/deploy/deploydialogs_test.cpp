// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI over the same flow: the Migration menu's items, the Deploy dialog (plan, Deploy with wrangler's output in
// the log and the progress bar, the result) and the Set Up / Reset Local Database dialog, against wrangler's local D1.
#include "tests/migrations/deploy/deployfixture.h"

#include "app/deployactions.h"
#include "model/document/schemadocument.h"
#include "views/deploy/deploydialog.h"
#include "views/deploy/localdbdialog.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QWidget>

namespace tw::test {
namespace {

/// Waits (up to 3 minutes: wrangler takes seconds per command) for @p spy's next signal.
bool waitFor(QSignalSpy &spy)
{
    const int before = int(spy.count());
    QDeadlineTimer deadline(180000);
    while (spy.count() == before && !deadline.hasExpired())
        spy.wait(200);
    return spy.count() > before;
}

class DeployDialogsTest : public DeployWorkspace
{
};

TEST(DeployActions, TheMigrationMenuGetsDeploySetUpAndReset)
{
    QWidget window;
    QMenu menu;
    model::SchemaDocument document;
    document.setFilePath(QStringLiteral("/nowhere/app.twproj"));
    const app::DeployActions actions(&document, nullptr, &menu, &window);
    for (QAction *action : {actions.deployAction(), actions.setUpAction(), actions.resetAction()})
        EXPECT_TRUE(menu.actions().contains(action)) << action->objectName().toStdString();
    EXPECT_EQ(actions.resetAction()->objectName(), QStringLiteral("resetLocalDatabaseAction"));
    EXPECT_EQ(actions.deployAction()->text(), QStringLiteral("&Deploy\u2026"));
}

TEST_F(DeployDialogsTest, SetUpThenDeployShowsThePlanStreamsWranglerAndReportsTheResult)
{
    write(QStringLiteral("seed.sql"),
          "INSERT INTO users (email, password, salt) VALUES ('ada@example.com', 'x', 'y');\n");
    views::LocalDbDialog setUp(project(), views::LocalDbDialog::Chore::SetUp);
    setUp.seedEdit()->setText(path(QStringLiteral("seed.sql")));
    QSignalSpy setUpDone(&setUp, &views::LocalDbDialog::done);
    setUp.run();
    ASSERT_TRUE(waitFor(setUpDone));
    EXPECT_TRUE(setUpDone.last().at(1).toBool()) << setUp.logView()->toPlainText().toStdString();
    EXPECT_TRUE(setUp.logView()->toPlainText().contains(QStringLiteral("applied: 0000_init.sql")));
    EXPECT_EQ(localRows(QStringLiteral("SELECT email FROM users")), QStringList{QStringLiteral("ada@example.com")});

    addCategories();
    views::DeployDialog dialog(project(), true);
    QSignalSpy done(&dialog, &views::DeployDialog::done);
    ASSERT_TRUE(waitFor(done)); // the plan, asked for when the dialog opens
    EXPECT_TRUE(dialog.planView()->toPlainText().contains(QStringLiteral("Pending migrations (1):")))
        << dialog.planView()->toPlainText().toStdString();
    ASSERT_TRUE(dialog.deployButton()->isEnabled());
    dialog.deployButton()->click();
    EXPECT_TRUE(dialog.isRunning());
    ASSERT_TRUE(waitFor(done));
    EXPECT_TRUE(
        dialog.planView()->toPlainText().startsWith(QStringLiteral("Deployed.\napplied: 0001_add_categories.sql")))
        << dialog.planView()->toPlainText().toStdString();
    EXPECT_TRUE(
        dialog.logView()->toPlainText().contains(QStringLiteral("== Rehearsal on a SQLite copy of the export")));
    EXPECT_FALSE(dialog.deployButton()->isEnabled()) << "plan again before another deploy";
    EXPECT_EQ(localRows(QStringLiteral("SELECT name FROM d1_migrations ORDER BY id")),
              (QStringList{QStringLiteral("0000_init.sql"), QStringLiteral("0001_add_categories.sql")}));

    views::LocalDbDialog reset(project(), views::LocalDbDialog::Chore::Reset);
    QSignalSpy resetDone(&reset, &views::LocalDbDialog::done);
    reset.runButton()->click();
    ASSERT_TRUE(waitFor(resetDone));
    EXPECT_TRUE(reset.logView()->toPlainText().contains(QStringLiteral("backup: "))) << "backed up first";
    EXPECT_EQ(localRows(QStringLiteral("SELECT count(*) FROM users")), QStringList{QStringLiteral("0")})
        << "no seed this time";
}

} // namespace
} // namespace tw::test
