// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import beside `tablewright import`: the same project from the same folder, snapshot or database, and
// errors and warnings in the window's words.
#include "app/cli/commandlineinterface.h"
#include "app/importactions.h"
#include "app/mainwindow.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/testdata.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTextStream>

#include <gtest/gtest.h>

using tw::app::ImportActions;
using Kind = tw::app::ImportActions::Kind;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

class ImportTest : public tw::test::ShopWindowTest
{
protected:
    ImportActions *import() const { return window->importActions(); }

    /// `tablewright import SOURCE -o cli.twproj`, beside where the window saves, so relative paths agree.
    QString importWithCli(const QString &source)
    {
        const QString output = dir.filePath(QStringLiteral("cli.twproj"));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        tw::cli::CliContext context{outStream, errStream};
        const int exitCode = tw::cli::CommandLineInterface().run(
            {QStringLiteral("import"), source, QStringLiteral("-o"), output}, context);
        errStream.flush();
        EXPECT_EQ(exitCode, 0) << err.toStdString();
        return output;
    }
    QString importWithWindow(QAction *action)
    {
        script.saveFile = dir.filePath(QStringLiteral("window.twproj"));
        action->trigger();
        EXPECT_EQ(window->document()->filePath(), script.saveFile) << script.errors.join(u'\n').toStdString();
        return script.saveFile;
    }
    void expectSameProject(const QString &cliFile, const QString &windowFile)
    {
        const QByteArray fromCli = fileBytes(cliFile);
        EXPECT_FALSE(window->document()->schema().tables.isEmpty());
        EXPECT_EQ(fileBytes(windowFile), fromCli);
    }
    QString migrationsFolder()
    {
        const QString folder = dir.filePath(QStringLiteral("drizzle"));
        tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), folder);
        return folder;
    }
    QString database()
    {
        const QString path = dir.filePath(QStringLiteral("dev.sqlite"));
        const tw::test::SqliteFile file(path);
        EXPECT_TRUE(file.exec(QStringLiteral("CREATE TABLE users (id integer PRIMARY KEY AUTOINCREMENT, email text)")));
        EXPECT_TRUE(file.exec(QStringLiteral("CREATE TABLE posts (id integer PRIMARY KEY, user_id integer NOT NULL "
                                             "REFERENCES users(id), title text NOT NULL)")));
        return path;
    }
};

TEST_F(ImportTest, TheFileMenuHasAnImportSubmenuAfterOpenDrizzleProject)
{
    QMenu *file = window->menuBar()->actions().first()->menu();
    ASSERT_NE(file, nullptr);
    const QList<QAction *> actions = file->actions();
    const qsizetype menu = actions.indexOf(import()->importMenu()->menuAction());
    ASSERT_GE(menu, 1);
    EXPECT_EQ(actions.value(menu - 1)->objectName(), QStringLiteral("openDrizzleProjectAction"));
    EXPECT_EQ(
        import()->importMenu()->actions(),
        (QList<QAction *>{import()->migrationsFolderAction(), import()->snapshotAction(), import()->databaseAction()}));
}

TEST_F(ImportTest, AMigrationsFolderGivesTheProjectTheCliMakes)
{
    const QString folder = migrationsFolder();
    const QString fromCli = importWithCli(folder);
    script.directory = folder;
    expectSameProject(fromCli, importWithWindow(import()->migrationsFolderAction()));
    EXPECT_EQ(window->document()->settings().migrationsFolder, QStringLiteral("drizzle"));
    EXPECT_FALSE(window->document()->project().baseline.isEmpty()) << "the folder's latest snapshot is the baseline";
    EXPECT_TRUE(script.warnings.isEmpty());
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(ImportTest, ASnapshotGivesTheProjectTheCliMakes)
{
    const QString snapshot = QDir(migrationsFolder()).filePath(QStringLiteral("meta/0001_snapshot.json"));
    const QString fromCli = importWithCli(snapshot);
    script.openFile = snapshot;
    expectSameProject(fromCli, importWithWindow(import()->snapshotAction()));
    EXPECT_TRUE(script.openFilters.last().contains(QStringLiteral("*.json")));
}

TEST_F(ImportTest, ADatabaseGivesTheProjectTheCliMakesWithTheDatabaseAsItsOwn)
{
    const QString path = database();
    const QString fromCli = importWithCli(path);
    script.openFile = path;
    expectSameProject(fromCli, importWithWindow(import()->databaseAction()));
    EXPECT_EQ(window->document()->settings().database, QStringLiteral("dev.sqlite"));
    EXPECT_EQ(window->document()->schema().tables.size(), 2);
    EXPECT_TRUE(script.openFilters.last().contains(QStringLiteral("*.sqlite")));
}

TEST_F(ImportTest, AFolderWarningIsShownOnceAfterTheProjectOpens)
{
    const QString folder = migrationsFolder();
    QFile stray(QDir(folder).filePath(QStringLiteral("0099_stray.sql")));
    ASSERT_TRUE(stray.open(QIODevice::WriteOnly));
    stray.write("CREATE TABLE stray (id integer);\n");
    stray.close();
    script.directory = folder;
    importWithWindow(import()->migrationsFolderAction());
    ASSERT_EQ(script.warnings.size(), 1) << script.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(script.warnings.first().contains(QStringLiteral("0099_stray.sql")));
    EXPECT_TRUE(script.warnings.first().contains(QStringLiteral("is not in the journal")));
}

TEST_F(ImportTest, AFileThatIsNoDatabaseIsNamedWithWhatIsWrong)
{
    const QString notes = dir.filePath(QStringLiteral("notes.db"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("shopping list\n");
    file.close();
    script.openFile = notes;
    script.saveFile = dir.filePath(QStringLiteral("notes.twproj"));
    import()->databaseAction()->trigger();
    ASSERT_EQ(script.errors.size(), 1);
    EXPECT_TRUE(script.errors.first().contains(notes)) << script.errors.first().toStdString();
    EXPECT_TRUE(script.errors.first().contains(QStringLiteral("not a SQLite database")));
    EXPECT_FALSE(QFile::exists(script.saveFile));
    EXPECT_TRUE(window->document()->filePath().isEmpty());
}

TEST_F(ImportTest, ADrizzleConfigOrAProjectPointsToTheMenuThatOpensIt)
{
    for (const QString &name : {QStringLiteral("drizzle.config.ts"), QStringLiteral("shop.twproj")}) {
        script.errors.clear();
        const QString path = dir.filePath(name);
        EXPECT_FALSE(import()->importFrom(path, Kind::Snapshot));
        ASSERT_EQ(script.errors.size(), 1);
        const QString error = script.errors.first();
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("File \u25b8 Open"))) << error.toStdString();
        EXPECT_FALSE(error.contains(QStringLiteral("tablewright import"))) << error.toStdString();
        EXPECT_FALSE(error.contains(QStringLiteral(" -o "))) << error.toStdString();
    }
}

} // namespace
