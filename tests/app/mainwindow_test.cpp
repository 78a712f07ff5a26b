// SPDX-License-Identifier: GPL-3.0-or-later
// The designer window offscreen: title and modified marker, save, find, problems, autosave and recovery.
#include "app/appsettings.h"
#include "app/autosaver.h"
#include "app/commandlinefiles.h"
#include "app/editactions.h"
#include "app/fileactions.h"
#include "app/mainwindow.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "model/itemmodels/problemsmodel.h"
#include "model/itemmodels/tableitemmodel.h"
#include "tests/app/windowfixture.h"
#include "tests/support/printers.h"
#include "tests/support/schemaedits.h"
#include "views/diagram/diagramview.h"
#include "views/editors/itemlistpage.h"
#include "views/editors/tableeditor.h"
#include "views/panels/findtablepopup.h"
#include "views/panels/problemspanel.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::app::MainWindow;
using tw::test::ScriptedPrompts;

namespace {

const Id kOrders(QStringLiteral("t.orders"));

class MainWindowTest : public tw::test::ShopWindowTest
{
protected:
    MainWindowTest() { window->show(); }

    SchemaDocument *document() const { return window->document(); }
    void rename(const QString &name) { ASSERT_TRUE(tw::test::renameTable(*document(), kOrders, name)); }
};

TEST_F(MainWindowTest, TitleNamesTheFileAndMarksUnsavedChangesUntilUndone)
{
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("shop.twproj[*] \u2014 Tablewright"));
    EXPECT_FALSE(window->isWindowModified());
    rename(QStringLiteral("purchases"));
    EXPECT_TRUE(window->isWindowModified());
    document()->undoStack()->undo();
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(MainWindowTest, EmptyWindowIsAnUntitledProject)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Untitled[*] \u2014 Tablewright"));
    EXPECT_TRUE(document()->schema().tables.isEmpty());
}

TEST_F(MainWindowTest, SaveWritesTheFileAndMakesTheDocumentClean)
{
    ASSERT_TRUE(window->openFile(projectPath));
    rename(QStringLiteral("purchases"));
    window->fileActions()->saveAction()->trigger();
    EXPECT_FALSE(window->isWindowModified());
    const Result<Project> saved = ProjectReader::readFile(projectPath);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(saved.value().schema.table(kOrders)->name, QStringLiteral("purchases"));
    EXPECT_TRUE(script.errors.isEmpty());
}

TEST_F(MainWindowTest, FailedSaveKeepsTheDocumentModifiedAndNamesTheFile)
{
    ASSERT_TRUE(window->openFile(projectPath));
    rename(QStringLiteral("purchases"));
    const QString unwritable = dir.filePath(QStringLiteral("missing/folder/shop.twproj"));
    EXPECT_FALSE(window->fileActions()->saveTo(unwritable));
    EXPECT_TRUE(window->isWindowModified());
    ASSERT_EQ(script.errors.size(), 1);
    EXPECT_TRUE(script.errors.first().contains(QStringLiteral("missing/folder/shop.twproj")));
}

TEST_F(MainWindowTest, SaveAsAnUntitledProjectUsesTheChosenFileAndAddsTheSuffix)
{
    ASSERT_FALSE(window->editActions()->addTable().isNull());
    script.saveFile = dir.filePath(QStringLiteral("fresh"));
    window->fileActions()->saveAction()->trigger();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("fresh.twproj"))));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("fresh.twproj[*] \u2014 Tablewright"));
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(MainWindowTest, ClosingWithUnsavedChangesAsksAndCancelKeepsTheWindow)
{
    ASSERT_TRUE(window->openFile(projectPath));
    rename(QStringLiteral("purchases"));
    script.unsavedChoice = ScriptedPrompts::UnsavedChoice::Cancel;
    EXPECT_FALSE(window->close());
    EXPECT_EQ(script.unsavedQuestions, 1);
    script.unsavedChoice = ScriptedPrompts::UnsavedChoice::Save;
    EXPECT_TRUE(window->close());
    EXPECT_EQ(ProjectReader::readFile(projectPath).value().schema.table(kOrders)->name, QStringLiteral("purchases"));
}

TEST_F(MainWindowTest, OpeningAnotherProjectWithUnsavedChangesAsks)
{
    ASSERT_TRUE(window->openFile(projectPath));
    rename(QStringLiteral("purchases"));
    script.unsavedChoice = ScriptedPrompts::UnsavedChoice::Cancel;
    EXPECT_FALSE(window->openFile(projectPath));
    EXPECT_EQ(document()->schema().table(kOrders)->name, QStringLiteral("purchases"));
    script.unsavedChoice = ScriptedPrompts::UnsavedChoice::Discard;
    EXPECT_TRUE(window->openFile(projectPath));
    EXPECT_EQ(document()->schema().table(kOrders)->name, QStringLiteral("orders"));
    EXPECT_EQ(script.unsavedQuestions, 2);
}

TEST_F(MainWindowTest, OpeningAProjectOpenInAnotherWindowAsksAndCancelLeavesItClosed)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ScriptedPrompts::Script secondScript;
    MainWindow second(std::make_unique<ScriptedPrompts>(&secondScript));
    EXPECT_FALSE(second.openFile(projectPath));
    ASSERT_EQ(secondScript.confirmations.size(), 1);
    EXPECT_TRUE(
        secondScript.confirmations.first().contains(QStringLiteral("already open in another Tablewright window")))
        << secondScript.confirmations.first().toStdString();
    EXPECT_TRUE(second.document()->filePath().isEmpty());

    secondScript.confirmAnswer = true;
    EXPECT_TRUE(second.openFile(projectPath));
    EXPECT_EQ(second.document()->filePath(), projectPath);
}

TEST_F(MainWindowTest, AProjectClosedInOneWindowOpensInAnotherWithoutAsking)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_TRUE(window->fileActions()->newProject());
    ScriptedPrompts::Script secondScript;
    MainWindow second(std::make_unique<ScriptedPrompts>(&secondScript));
    EXPECT_TRUE(second.openFile(projectPath));
    EXPECT_TRUE(secondScript.confirmations.isEmpty());
}

TEST_F(MainWindowTest, SavingOverAProjectOpenInAnotherWindowAsks)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ScriptedPrompts::Script secondScript;
    secondScript.saveFile = projectPath;
    MainWindow second(std::make_unique<ScriptedPrompts>(&secondScript));
    const QByteArray before = [&] {
        QFile file(projectPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    EXPECT_FALSE(second.fileActions()->saveAs());
    ASSERT_EQ(secondScript.confirmations.size(), 1);
    QFile after(projectPath);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before) << "the other window's project must be left alone";
}

TEST_F(MainWindowTest, OpeningABrokenFileShowsAnErrorNamingIt)
{
    const QString broken = dir.filePath(QStringLiteral("broken.twproj"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    EXPECT_FALSE(window->openFile(broken));
    ASSERT_EQ(script.errors.size(), 1);
    EXPECT_TRUE(script.errors.first().contains(QStringLiteral("broken.twproj")));
}

TEST_F(MainWindowTest, FindSelectsAndShowsTheTable)
{
    ASSERT_TRUE(window->openFile(projectPath));
    window->editActions()->findAction()->trigger();
    tw::views::FindTablePopup *popup = window->editActions()->findPopup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClicks(popup->filterEdit(), QStringLiteral("ord"));
    QTest::keyClick(popup->filterEdit(), Qt::Key_Return);
    EXPECT_FALSE(popup->isVisible());
    EXPECT_EQ(window->diagram()->selectedTableIds(), QList<Id>{kOrders});
    EXPECT_EQ(window->tableEditor()->tableId(), kOrders);
}

TEST_F(MainWindowTest, ClickingAProblemSelectsTheCulpritTableAndColumn)
{
    ASSERT_TRUE(window->openFile(projectPath));
    const Id total(QStringLiteral("c.orders.total"));
    ASSERT_TRUE(tw::test::renameItem<Column>(*document(), kOrders, total, QStringLiteral("customer_id")));
    tw::views::ProblemsPanel *panel = window->problemsPanel();
    int row = -1;
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        if (panel->model()->data(panel->model()->index(r, 0), ProblemsModel::RuleRole) ==
            QStringLiteral("duplicate-column-name")) {
            row = r;
        }
    }
    ASSERT_GE(row, 0) << "the problems dock lists the duplicate column";
    const QModelIndex index = panel->model()->index(row, tw::model::ProblemsModel::Message);
    const Id culprit(panel->model()->data(index, ProblemsModel::ItemIdRole).toString());
    panel->view()->scrollTo(index);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, panel->view()->visualRect(index).center());
    EXPECT_EQ(window->diagram()->selectedTableIds(), QList<Id>{kOrders});
    EXPECT_EQ(window->tableEditor()->tableId(), kOrders);
    tw::views::ItemListPage *columns = window->tableEditor()->page(tw::views::TableEditor::ColumnsTab);
    EXPECT_EQ(window->tableEditor()->tabs()->currentIndex(), tw::views::TableEditor::ColumnsTab);
    EXPECT_EQ(columns->view()->currentIndex().row(), columns->model()->rowOf(culprit));
    // The culprit's row is marked in the editor too, and the mark goes when the problem does.
    const QModelIndex cell = columns->model()->index(columns->model()->rowOf(culprit), 0);
    EXPECT_TRUE(cell.data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Error:")));
    document()->undoStack()->undo();
    EXPECT_FALSE(columns->model()->index(columns->model()->rowOf(culprit), 0).data(Qt::BackgroundRole).isValid());
}

TEST_F(MainWindowTest, AutosaveWritesASideFileThatIsOfferedOnTheNextOpen)
{
    ASSERT_TRUE(window->openFile(projectPath));
    rename(QStringLiteral("purchases"));
    tw::app::Autosaver *autosaver = window->fileActions()->autosaver();
    ASSERT_TRUE(autosaver->autosaveNow());
    const QString copy = projectPath + QStringLiteral(".autosave");
    ASSERT_TRUE(QFile::exists(copy));
    // The copy must be newer than the project for recovery to be offered; file times can be coarse.
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QFileInfo(projectPath).lastModified().addSecs(5), QFileDevice::FileModificationTime));
    file.close();

    // A new window, as after a crash: the copy is offered and recovered, and the result is unsaved.
    ScriptedPrompts::Script second;
    second.recover = true;
    second.unsavedChoice = ScriptedPrompts::UnsavedChoice::Discard;
    second.confirmAnswer = true; // the first window, standing in for the crashed one, still holds the project's lock
    MainWindow next(std::make_unique<ScriptedPrompts>(&second));
    ASSERT_TRUE(next.openFile(projectPath));
    EXPECT_EQ(second.recoverQuestions, 1);
    EXPECT_EQ(next.document()->schema().table(kOrders)->name, QStringLiteral("purchases"));
    EXPECT_TRUE(next.isWindowModified());
    EXPECT_EQ(next.document()->filePath(), QFileInfo(projectPath).absoluteFilePath());
    next.close();
}

TEST_F(MainWindowTest, DecliningRecoveryOpensTheFileAndDropsTheCopy)
{
    const QString copy = projectPath + QStringLiteral(".autosave");
    Project changed = tw::test::shopProject();
    changed.schema.tables[1].name = QStringLiteral("purchases");
    tw::test::writeProject(changed, copy);
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QFileInfo(projectPath).lastModified().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    script.recover = false;
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_EQ(script.recoverQuestions, 1);
    EXPECT_EQ(document()->schema().table(kOrders)->name, QStringLiteral("orders"));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_FALSE(QFile::exists(copy));
}

TEST_F(MainWindowTest, NewTableIsOneUndoStepAndOpensInTheEditor)
{
    ASSERT_TRUE(window->openFile(projectPath));
    window->editActions()->newTableAction()->trigger();
    ASSERT_EQ(document()->schema().tables.size(), 4);
    const Id created = document()->schema().tables.last().id;
    EXPECT_EQ(document()->schema().tables.last().name, QStringLiteral("table_1"));
    EXPECT_EQ(window->tableEditor()->tableId(), created);
    EXPECT_EQ(window->diagram()->selectedTableIds(), QList<Id>{created});
    EXPECT_EQ(document()->undoStack()->count(), 1);
    window->editActions()->undoAction()->trigger();
    EXPECT_EQ(document()->schema().tables.size(), 3);
}

TEST_F(MainWindowTest, RecentFilesRememberOpenedProjects)
{
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_EQ(tw::app::AppSettings().recentFiles().value(0), QFileInfo(projectPath).absoluteFilePath());
}

TEST_F(MainWindowTest, KeysOnTheDiagramSelectAllRenameDuplicateAndRedo)
{
    ASSERT_TRUE(window->openFile(projectPath));
    window->activateWindow(); // shortcuts work in the active window only
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->diagram()->setFocus();
    QTest::keyClick(window->diagram(), Qt::Key_A, Qt::ControlModifier);
    EXPECT_EQ(window->diagram()->selectedTableIds().size(), document()->schema().tables.size());

    window->diagram()->selectTables({kOrders});
    QTest::keyClick(window->diagram(), Qt::Key_F2);
    QLineEdit *name = window->tableEditor()->nameEdit();
    EXPECT_TRUE(name->hasFocus());
    EXPECT_EQ(name->selectedText(), QStringLiteral("orders"));

    window->diagram()->setFocus();
    QTest::keyClick(window->diagram(), Qt::Key_D, Qt::ControlModifier);
    const QList<Id> copies = window->diagram()->selectedTableIds();
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(document()->schema().table(copies.first())->name, QStringLiteral("orders_copy"));
    document()->undoStack()->undo();

    rename(QStringLiteral("purchases"));
    document()->undoStack()->undo();
    window->diagram()->setFocus();
    QTest::keyClick(window->diagram(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(document()->schema().table(kOrders)->name, QStringLiteral("purchases")) << "Ctrl+Y redoes";
}

TEST_F(MainWindowTest, ToolbarTooltipsNameTheKeysAndFollowTheUndoText)
{
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_EQ(window->editActions()->newTableAction()->toolTip(), QStringLiteral("New Table (Ctrl+T)"));
    rename(QStringLiteral("purchases"));
    const QString undo = window->editActions()->undoAction()->toolTip();
    EXPECT_TRUE(undo.startsWith(QStringLiteral("Undo ")) && undo.endsWith(QStringLiteral("(Ctrl+Z)")))
        << undo.toStdString();
    EXPECT_TRUE(undo.contains(QStringLiteral("purchases")) || undo.contains(QStringLiteral("orders")))
        << "the step's own text: " << undo.toStdString();
}

} // namespace

// Walkthrough bug b12: `tablewright a.twproj junk` dropped `junk` without a word.
TEST(CommandLineFiles, ExtraArgumentsAreNamedNotDropped)
{
    EXPECT_TRUE(tw::app::ignoredArguments({}).isEmpty());
    EXPECT_TRUE(tw::app::ignoredArguments({QStringLiteral("a.twproj")}).isEmpty());
    const QString message = tw::app::ignoredArguments({QStringLiteral("a.twproj"), QStringLiteral("junk")});
    EXPECT_TRUE(message.contains(QStringLiteral("ignored: junk"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("a.twproj")));
}
