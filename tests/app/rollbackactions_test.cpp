// SPDX-License-Identifier: GPL-3.0-or-later
// Migration ▸ Roll Back… from the window: right after Apply, on the database `tablewright apply` uses, and what it
// rolls back `apply` runs again.
#include "app/cli/commandlineinterface.h"
#include "app/migrationactions.h"
#include "app/rollbackactions.h"
#include "tests/app/windowfixture.h"
#include "views/rollback/rollbackdialog.h"

#include <QCheckBox>
#include <QMenu>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace tw;

namespace {

int runCli(const QStringList &arguments, QString *out = nullptr)
{
    QString text;
    QString errors;
    QTextStream outStream(&text);
    QTextStream errStream(&errors);
    cli::CliContext context{outStream, errStream};
    const int code = cli::CommandLineInterface().run(arguments, context);
    outStream.flush();
    if (out)
        *out = text;
    return code;
}

class RollbackWindowTest : public test::ShopWindowTest
{
protected:
    void openAndApply()
    {
        model::Project project = test::shopProject();
        project.settings.database = QStringLiteral("app.sqlite");
        test::writeProject(project, projectPath);
        ASSERT_TRUE(window->openFile(projectPath));
        ASSERT_FALSE(window->migrationActions()->generateMigration().isEmpty())
            << script.errors.join(u'\n').toStdString();
        ASSERT_EQ(runCli({QStringLiteral("apply"), projectPath}), 0);
    }
    app::RollbackActions *actions() const { return window->findChild<app::RollbackActions *>(); }
};

} // namespace

TEST_F(RollbackWindowTest, RollBackFollowsApplyInTheMigrationMenu)
{
    ASSERT_TRUE(actions());
    const QList<QAction *> menu = window->migrationActions()->migrationMenu()->actions();
    const qsizetype apply = menu.indexOf(window->migrationActions()->applyAction());
    ASSERT_GE(apply, 0);
    ASSERT_LT(apply + 1, menu.size());
    EXPECT_EQ(menu[apply + 1], actions()->rollBackAction());
    EXPECT_EQ(actions()->rollBackAction()->objectName(), QStringLiteral("rollBackAction"));
}

TEST_F(RollbackWindowTest, TheDialogUndoesTheAppliedMigrationAndApplyRunsItAgain)
{
    openAndApply();
    views::RollbackDialog *dialog = actions()->openRollbackDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->targets(), QStringList{QStringLiteral("\x01")}) << "one migration: back to none";
    EXPECT_TRUE(dialog->downSql().contains(QStringLiteral("DROP TABLE"))) << dialog->downSql().toStdString();
    dialog->acceptLossBox()->setChecked(true);
    ASSERT_TRUE(dialog->rollBack()) << dialog->summary().toStdString();
    QString out;
    ASSERT_EQ(runCli({QStringLiteral("apply"), QStringLiteral("--dry-run"), projectPath}, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("would apply 0000_"))) << out.toStdString();
    dialog->close();
}
