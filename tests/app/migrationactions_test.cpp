// SPDX-License-Identifier: GPL-3.0-or-later
// Generate Migration from the window: the files it writes, the baseline it records, and what the user is told.
#include "app/mainwindow.h"
#include "app/migrationactions.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "tests/app/windowfixture.h"
#include "tests/support/printers.h"
#include "tests/support/schemaedits.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::app::MainWindow;
using tw::test::ScriptedPrompts;

namespace {

const Id kOrders(QStringLiteral("t.orders"));

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

class GenerateMigrationTest : public tw::test::ShopWindowTest
{
protected:
    QString generate() { return window->migrationActions()->generateMigration(); }
    QStringList sqlFiles() const
    {
        return QDir(dir.filePath(QStringLiteral("drizzle")))
            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    }
};

TEST_F(GenerateMigrationTest, MenuHoldsGenerateWithItsShortcut)
{
    QMenu *menu = window->migrationMenu();
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->objectName(), QStringLiteral("migrationMenu"));
    EXPECT_TRUE(window->menuBar()->actions().contains(menu->menuAction()));
    QAction *generate = window->migrationActions()->generateAction();
    EXPECT_TRUE(menu->actions().contains(generate));
    EXPECT_EQ(generate->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
}

TEST_F(GenerateMigrationTest, WritesTheMigrationFolderRecordsTheBaselineAndSaves)
{
    ASSERT_TRUE(window->openFile(projectPath));
    window->migrationActions()->generateAction()->trigger();

    ASSERT_EQ(sqlFiles().size(), 1) << script.errors.join(QLatin1Char('\n')).toStdString();
    const QString sqlPath = dir.filePath(QStringLiteral("drizzle/") + sqlFiles().first());
    EXPECT_TRUE(sqlFiles().first().startsWith(QStringLiteral("0000_")));
    EXPECT_TRUE(readText(sqlPath).contains(QStringLiteral("CREATE TABLE `orders`")));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("drizzle/meta/_journal.json"))));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("drizzle/meta/0000_snapshot.json"))));
    ASSERT_EQ(script.generated.size(), 1);
    EXPECT_EQ(script.generated.first().sqlPath, sqlPath);
    EXPECT_TRUE(script.generated.first().note.isEmpty());
    EXPECT_TRUE(script.information.isEmpty()) << "the result dialog replaced the information box";
    EXPECT_TRUE(script.errors.isEmpty());

    // The baseline is recorded outside the undo stack (the files stay written) and the project was saved with it.
    EXPECT_FALSE(window->document()->baseline().snapshotId.isEmpty());
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
    EXPECT_FALSE(window->document()->isModified());
    const auto saved = ProjectReader::readFile(projectPath);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved.value().baseline, window->document()->baseline());
}

TEST_F(GenerateMigrationTest, SecondGenerateSaysNoSchemaChangesAndWritesNothing)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_FALSE(generate().isEmpty());
    EXPECT_TRUE(generate().isEmpty());
    EXPECT_EQ(sqlFiles().size(), 1);
    EXPECT_EQ(script.nameRequests.size(), 1) << "nothing to write: no name asked";
    EXPECT_EQ(script.generated.size(), 1);
    ASSERT_EQ(script.information.size(), 1);
    EXPECT_TRUE(script.information.last().contains(QStringLiteral("No schema changes")));
}

TEST_F(GenerateMigrationTest, RenameAfterAMigrationBecomesARenameInTheNextOne)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_FALSE(generate().isEmpty());
    ASSERT_TRUE(tw::test::renameTable(*window->document(), kOrders, QStringLiteral("purchases")));
    const QString second = generate();
    ASSERT_FALSE(second.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(QFileInfo(second).fileName().startsWith(QStringLiteral("0001_")));
    EXPECT_TRUE(readText(second).startsWith(QStringLiteral("ALTER TABLE `orders` RENAME TO `purchases`;")))
        << readText(second).toStdString();
    EXPECT_FALSE(readText(second).contains(QStringLiteral("DROP TABLE `orders`")));
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(GenerateMigrationTest, SchemaErrorsAreShownAndNothingIsWritten)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_TRUE(tw::test::renameTable(*window->document(), kOrders, QStringLiteral("customers")));
    EXPECT_TRUE(generate().isEmpty());
    EXPECT_TRUE(sqlFiles().isEmpty());
    ASSERT_EQ(script.errors.size(), 1);
    EXPECT_TRUE(script.errors.first().contains(QStringLiteral("customers"))) << script.errors.first().toStdString();
}

TEST_F(GenerateMigrationTest, UnsavedProjectIsSavedFirstWhereTheUserChooses)
{
    ASSERT_TRUE(SchemaEditor(window->document())
                    .addTable([] {
                        Table t;
                        t.name = QStringLiteral("notes");
                        Column id;
                        id.name = QStringLiteral("id");
                        id.type = SqlType::Integer;
                        id.primaryKey = true;
                        t.columns << id;
                        return t;
                    }())
                    .isNull() == false);
    script.saveFile = dir.filePath(QStringLiteral("fresh.twproj"));
    const QString sqlPath = generate();
    ASSERT_FALSE(sqlPath.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(window->document()->filePath(), script.saveFile);
    EXPECT_TRUE(readText(sqlPath).contains(QStringLiteral("CREATE TABLE `notes`")));
}

TEST_F(GenerateMigrationTest, CancellingTheSaveWritesNothing)
{
    script.saveFile.clear();
    EXPECT_TRUE(generate().isEmpty());
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("drizzle")}).isEmpty());
    EXPECT_TRUE(script.errors.isEmpty());
}

TEST_F(GenerateMigrationTest, BrokenFolderIsReportedByName)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("drizzle/meta")));
    QFile journal(dir.filePath(QStringLiteral("drizzle/meta/_journal.json")));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write("{ not json");
    journal.close();
    EXPECT_TRUE(generate().isEmpty());
    ASSERT_EQ(script.errors.size(), 1);
    EXPECT_TRUE(script.errors.first().contains(QStringLiteral("_journal.json"))) << script.errors.first().toStdString();
    EXPECT_TRUE(sqlFiles().isEmpty());
}

// Walkthrough bug b2: one Ctrl+Z after Generate used to take the baseline back, and the folder was then "changed
// behind the project's back" with no way out in the window.
TEST_F(GenerateMigrationTest, UndoAfterGenerateUndoesTheEditNotTheBaseline)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_FALSE(generate().isEmpty());
    EXPECT_FALSE(window->document()->undoStack()->canUndo());
    ASSERT_TRUE(tw::test::renameTable(*window->document(), kOrders, QStringLiteral("purchases")));
    ASSERT_FALSE(generate().isEmpty());
    const Baseline afterSecond = window->document()->baseline();
    QUndoStack *stack = window->document()->undoStack();
    ASSERT_TRUE(stack->canUndo());
    EXPECT_FALSE(stack->undoText().contains(QStringLiteral("baseline"), Qt::CaseInsensitive))
        << stack->undoText().toStdString();
    stack->undo(); // the rename, not the baseline
    EXPECT_EQ(window->document()->schema().table(kOrders)->name, QStringLiteral("orders"));
    EXPECT_EQ(window->document()->baseline(), afterSecond);
    EXPECT_TRUE(window->document()->isModified());
    // The folder and the project still agree: the undone rename is the next migration.
    const QString third = generate();
    ASSERT_FALSE(third.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(readText(third).startsWith(QStringLiteral("ALTER TABLE `purchases` RENAME TO `orders`;")))
        << readText(third).toStdString();
}

TEST_F(GenerateMigrationTest, FolderChangedBehindTheProjectOffersToClearTheBaseline)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_FALSE(generate().isEmpty());
    Baseline stale = window->document()->baseline();
    stale.snapshotId = QStringLiteral("1476fe6c-2168-40f5-a0d8-80aeb85fcd0c"); // not the folder's latest
    ASSERT_TRUE(SchemaEditor(window->document()).setBaseline(stale));
    ASSERT_TRUE(tw::test::renameTable(*window->document(), kOrders, QStringLiteral("purchases")));

    script.confirmAnswer = false; // declined: nothing written, the message says why
    EXPECT_TRUE(generate().isEmpty());
    ASSERT_EQ(script.confirmations.size(), 1);
    EXPECT_TRUE(script.confirmations.first().contains(QStringLiteral("Clear the project's baseline")));
    ASSERT_EQ(script.errors.size(), 1);
    EXPECT_EQ(sqlFiles().size(), 1);

    script.confirmAnswer = true; // accepted: the baseline is cleared and the migration written
    const QString second = generate();
    ASSERT_FALSE(second.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(script.confirmations.size(), 2);
    EXPECT_EQ(sqlFiles().size(), 2);
    EXPECT_NE(window->document()->baseline().snapshotId, stale.snapshotId);
}

} // namespace

TEST_F(GenerateMigrationTest, ConvertFolderLayoutAsksFirstThenMovesTheFolderAndSetsTheLayout)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_EQ(generate().isEmpty(), false);
    const int steps = window->document()->undoStack()->count();
    QAction *convert = window->migrationActions()->convertAction();
    EXPECT_TRUE(window->migrationMenu()->actions().contains(convert));

    script.confirmAnswer = false;
    convert->trigger();
    ASSERT_EQ(script.confirmations.size(), 1);
    EXPECT_TRUE(script.confirmations.first().contains(QStringLiteral("0000_")))
        << script.confirmations.first().toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("drizzle/meta/_journal.json")))) << "declining moves nothing";

    script.confirmAnswer = true;
    convert->trigger();
    EXPECT_TRUE(script.errors.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("drizzle/meta"))));
    const QStringList folders =
        QDir(dir.filePath(QStringLiteral("drizzle"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(folders.size(), 1);
    EXPECT_TRUE(
        QFile::exists(dir.filePath(QStringLiteral("drizzle/") + folders.first() + QStringLiteral("/migration.sql"))));
    EXPECT_EQ(window->document()->settings().migrationLayout, ProjectSettings::MigrationLayout::V1);
    EXPECT_GT(window->document()->undoStack()->count(), steps);
    EXPECT_FALSE(window->document()->isModified()) << "saved";
}

// The same action on a drizzle-kit 1.0 folder goes the other way: back to the classic layout.
TEST_F(GenerateMigrationTest, ConvertFolderLayoutTakesAV1FolderBackToClassic)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_EQ(generate().isEmpty(), false);
    QAction *convert = window->migrationActions()->convertAction();
    script.confirmAnswer = true;
    convert->trigger();
    ASSERT_EQ(window->document()->settings().migrationLayout, ProjectSettings::MigrationLayout::V1);

    convert->trigger();
    EXPECT_TRUE(script.errors.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(script.confirmations.size(), 2);
    EXPECT_TRUE(script.confirmations.last().contains(QStringLiteral("classic layout")))
        << script.confirmations.last().toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("drizzle/meta/_journal.json"))));
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("drizzle"))).entryList({QStringLiteral("0000_*.sql")}).size(), 1);
    EXPECT_EQ(window->document()->settings().migrationLayout, ProjectSettings::MigrationLayout::Classic);
    EXPECT_FALSE(window->document()->isModified()) << "saved";
}
