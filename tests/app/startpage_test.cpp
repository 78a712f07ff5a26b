// SPDX-License-Identifier: GPL-3.0-or-later
// The start page: shown while no project is open, each entry running its flow, the recent projects.
#include "app/adoptactions.h"
#include "app/appsettings.h"
#include "app/editactions.h"
#include "app/exampleproject.h"
#include "app/fileactions.h"
#include "app/mainwindow.h"
#include "app/startpagecontroller.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/testdata.h"
#include "views/help/userguidewindow.h"
#include "views/start/startpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStackedWidget>

#include <gtest/gtest.h>

using tw::app::AppSettings;
using tw::views::StartPage;
using Entry = tw::views::StartPage::Entry;

namespace {

class StartPageTest : public tw::test::ShopWindowTest
{
protected:
    tw::app::StartPageController *start() const { return window->startPage(); }
    StartPage *page() const { return start()->page(); }
    bool pageInCentre() const
    {
        auto *stack = qobject_cast<QStackedWidget *>(window->centralWidget());
        return stack && stack->currentWidget() == page();
    }
    void choose(Entry entry) const { page()->entryButton(entry)->click(); }
    QString openedFile() const { return window->document()->filePath(); }
};

TEST_F(StartPageTest, AWindowWithoutAProjectShowsTheStartPageAndAProjectShowsTheDiagram)
{
    EXPECT_TRUE(start()->isShown());
    EXPECT_TRUE(pageInCentre());
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_FALSE(start()->isShown());
    EXPECT_FALSE(pageInCentre());
}

TEST_F(StartPageTest, CloseProjectBringsTheStartPageBackAndEmptiesTheWindow)
{
    ASSERT_TRUE(window->openFile(projectPath));
    window->fileActions()->closeAction()->trigger();
    EXPECT_TRUE(start()->isShown());
    EXPECT_TRUE(openedFile().isEmpty());
    EXPECT_TRUE(window->document()->schema().tables.isEmpty());
    EXPECT_EQ(window->fileActions()->closeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
}

TEST_F(StartPageTest, AnEditOnTheEmptyProjectShowsTheDiagram)
{
    window->editActions()->newTableAction()->trigger();
    EXPECT_FALSE(start()->isShown());
    EXPECT_EQ(window->document()->schema().tables.size(), 1);
}

TEST_F(StartPageTest, NewProjectShowsTheEmptyDiagram)
{
    choose(Entry::NewProject);
    EXPECT_FALSE(start()->isShown());
    EXPECT_TRUE(openedFile().isEmpty());
}

TEST_F(StartPageTest, OpenAProjectAsksForTheFileAndOpensIt)
{
    script.openFile = projectPath;
    choose(Entry::OpenProject);
    EXPECT_EQ(openedFile(), QFileInfo(projectPath).absoluteFilePath());
    EXPECT_FALSE(start()->isShown());
}

TEST_F(StartPageTest, OpenTheExampleOpensTheBundledAperto)
{
    script.confirmAnswer = true; // another window (a developer's) may hold the example open
    const QString example = tw::app::exampleProjectPath();
    ASSERT_FALSE(example.isEmpty());
    EXPECT_TRUE(example.endsWith(QLatin1String("examples/aperto.twproj"))) << example.toStdString();
    EXPECT_TRUE(page()->entryButton(Entry::OpenExample)->isEnabled());
    choose(Entry::OpenExample);
    EXPECT_EQ(openedFile(), example);
    EXPECT_FALSE(window->document()->schema().tables.isEmpty());
    EXPECT_FALSE(start()->isShown());
}

TEST_F(StartPageTest, AnUntitledCopyOfAProjectKeepsItsSchemaAndAsksWhereToSave)
{
    ASSERT_TRUE(window->fileActions()->openCopy(projectPath));
    EXPECT_TRUE(openedFile().isEmpty());
    EXPECT_EQ(window->document()->schema().tables.size(), 3);
    EXPECT_FALSE(start()->isShown());
    script.saveFile = dir.filePath(QStringLiteral("mine.twproj"));
    ASSERT_TRUE(window->fileActions()->save());
    EXPECT_EQ(openedFile(), script.saveFile);
}

TEST_F(StartPageTest, OpenADrizzleProjectRunsOpenDrizzleProject)
{
    const QString folder = dir.filePath(QStringLiteral("bookshop"));
    tw::test::copyDataFolder(QStringLiteral("app/bookshop"), folder);
    script.drizzleProject = QDir(folder).filePath(QStringLiteral("drizzle.config.ts"));
    choose(Entry::OpenDrizzleProject);
    EXPECT_EQ(script.reviewed.size(), 1);
    EXPECT_EQ(openedFile(), QDir(folder).filePath(QStringLiteral("bookshop.twproj")));
    EXPECT_EQ(window->document()->settings().schemaMode, tw::model::ProjectSettings::SchemaMode::Source);
    EXPECT_FALSE(start()->isShown());
}

TEST_F(StartPageTest, OpenAMigrationsFolderImportsIt)
{
    const QString folder = dir.filePath(QStringLiteral("app/drizzle"));
    tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), folder);
    script.directory = folder;
    script.saveFile = dir.filePath(QStringLiteral("app/app.twproj"));
    choose(Entry::OpenMigrationsFolder);
    ASSERT_EQ(openedFile(), script.saveFile) << script.errors.join(u'\n').toStdString();
    EXPECT_EQ(window->document()->settings().migrationsFolder, QStringLiteral("drizzle"));
    EXPECT_FALSE(window->document()->schema().tables.isEmpty());
    EXPECT_FALSE(start()->isShown());
}

TEST_F(StartPageTest, OpenASqliteDatabaseImportsIt)
{
    const QString database = dir.filePath(QStringLiteral("dev.sqlite"));
    {
        const tw::test::SqliteFile file(database);
        ASSERT_TRUE(file.exec(QStringLiteral("CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)")));
    }
    script.openFile = database;
    script.saveFile = dir.filePath(QStringLiteral("dev.twproj"));
    choose(Entry::OpenDatabase);
    ASSERT_EQ(openedFile(), script.saveFile) << script.errors.join(u'\n').toStdString();
    EXPECT_EQ(window->document()->settings().database, QStringLiteral("dev.sqlite"));
    ASSERT_EQ(window->document()->schema().tables.size(), 1);
    EXPECT_EQ(window->document()->schema().tables.first().name, QStringLiteral("notes"));
}

TEST_F(StartPageTest, TheGuideLinkOpensTheUserGuide)
{
    EXPECT_EQ(window->findChild<tw::views::UserGuideWindow *>(), nullptr);
    Q_EMIT page()->userGuideRequested();
    auto *guide = window->findChild<tw::views::UserGuideWindow *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
}

TEST_F(StartPageTest, RecentProjectsOpenAndAMissingOneIsGreyedAndRemovable)
{
    const QString missing = dir.filePath(QStringLiteral("gone.twproj"));
    AppSettings().addRecentFile(missing);
    AppSettings().addRecentFile(projectPath);
    window->fileActions()->closeAction()->trigger(); // shows the page with the list as it is now
    const QList<QAbstractButton *> recent = page()->recentButtons();
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent[0]->text(), QStringLiteral("shop.twproj"));
    EXPECT_TRUE(recent[0]->isEnabled());
    EXPECT_EQ(recent[1]->text(), QStringLiteral("gone.twproj"));
    EXPECT_FALSE(recent[1]->isEnabled());
    EXPECT_TRUE(recent[1]->toolTip().contains(QStringLiteral("no longer exists")))
        << recent[1]->toolTip().toStdString();

    page()->removeButtons()[1]->click();
    EXPECT_EQ(AppSettings().recentFiles(), QStringList{QFileInfo(projectPath).absoluteFilePath()});
    ASSERT_EQ(page()->recentButtons().size(), 1);

    page()->recentButtons()[0]->click();
    EXPECT_EQ(openedFile(), QFileInfo(projectPath).absoluteFilePath());
    EXPECT_FALSE(start()->isShown());
}

} // namespace
