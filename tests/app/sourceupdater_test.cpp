// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/adoptactions.h"
#include "app/sourceupdater.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/schemaedits.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw;
using tw::test::ScriptedPrompts;

namespace {

const QString kNewColumn = QStringLiteral("  title: text(\"title\").notNull(),\n");
const QString kEditedColumn = QStringLiteral("  title: text(\"title\").notNull(),\n  isbn: text(\"isbn\"),\n");

/// The bookshop fixture opened from its drizzle config: a source-mode project whose schema.ts the tests edit as the
/// team's editor would.
class SourceUpdaterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        folder = dir.filePath(QStringLiteral("bookshop"));
        tw::test::copyDataFolder(QStringLiteral("app/bookshop"), folder);
        window = std::make_unique<app::MainWindow>(std::make_unique<ScriptedPrompts>(&script));
        window->sourceUpdater()->setQuietMilliseconds(20);
        script.drizzleProject = QDir(folder).filePath(QStringLiteral("drizzle.config.ts"));
        window->adoptActions()->openDrizzleAction()->trigger();
        ASSERT_FALSE(window->document()->filePath().isEmpty()) << script.errors.join(u'\n').toStdString();
    }
    void TearDown() override
    {
        script.unsavedChoice = ScriptedPrompts::UnsavedChoice::Discard;
        window->close();
    }

    QString schemaPath() const { return QDir(folder).filePath(QStringLiteral("src/db/schema.ts")); }
    QString schemaText() const
    {
        QFile file(schemaPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    /// Saves as editors do that write a new file and rename it over the old one.
    void saveByRename(const QString &text) const
    {
        const QString temporary = schemaPath() + QStringLiteral(".tmp");
        QFile file(temporary);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        ASSERT_TRUE(QFile::remove(schemaPath()));
        ASSERT_TRUE(QFile::rename(temporary, schemaPath()));
    }
    void addIsbnColumn() const
    {
        QString text = schemaText();
        ASSERT_TRUE(text.contains(kNewColumn));
        saveByRename(text.replace(kNewColumn, kEditedColumn));
    }
    const model::Table *books() const
    {
        for (const model::Table &table : window->document()->schema().tables) {
            if (table.name == QLatin1String("books"))
                return &table;
        }
        return nullptr;
    }
    bool booksHave(const char *column) const
    {
        const model::Table *table = books();
        if (!table)
            return false;
        for (const model::Column &c : table->columns) {
            if (c.name == QLatin1String(column))
                return true;
        }
        return false;
    }

    QTemporaryDir dir;
    QString folder;
    ScriptedPrompts::Script script;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace

TEST_F(SourceUpdaterTest, AnEditInTheTeamsEditorArrivesAsOneUndoableStep)
{
    EXPECT_TRUE(window->sourceUpdater()->watchedFiles().contains(schemaPath()));
    const model::Schema before = window->document()->schema();

    addIsbnColumn();
    ASSERT_TRUE(QTest::qWaitFor([this] { return booksHave("isbn"); }, 5000)) << "the watcher saw the save";

    QUndoStack *stack = window->document()->undoStack();
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Update from schema.ts"));
    EXPECT_TRUE(script.conflicts.isEmpty()) << "no question: the project had no changes of its own";
    // A save by rename ends the watch on the old file: the new one is watched again.
    EXPECT_TRUE(window->sourceUpdater()->watchedFiles().contains(schemaPath()));
    stack->undo();
    EXPECT_EQ(window->document()->schema(), before);
    stack->redo();
    EXPECT_TRUE(booksHave("isbn"));
}

TEST_F(SourceUpdaterTest, ASecondEditIsTakenInWithoutAQuestionToo)
{
    addIsbnColumn();
    window->sourceUpdater()->checkNow();
    ASSERT_TRUE(booksHave("isbn"));
    QString text = schemaText();
    saveByRename(text.replace(QStringLiteral("  isbn: text(\"isbn\"),\n"), QString()));
    window->sourceUpdater()->checkNow();

    EXPECT_FALSE(booksHave("isbn"));
    EXPECT_EQ(window->document()->undoStack()->count(), 2);
    EXPECT_TRUE(script.conflicts.isEmpty());
}

// Mid-edit the reader cannot take a table whole (here its name is not a string literal): taking that in would drop it.
TEST_F(SourceUpdaterTest, AFileThatDoesNotReadChangesNothingAndTheStatusBarNamesFileAndLine)
{
    const model::Schema before = window->document()->schema();
    const QString text = schemaText();
    QString broken = text;
    saveByRename(broken.replace(QStringLiteral("sqliteTable(\"books\","), QStringLiteral("sqliteTable(booksName,")));
    window->sourceUpdater()->checkNow();

    EXPECT_EQ(window->document()->schema(), before);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
    const QString problem = window->sourceUpdater()->problem();
    EXPECT_TRUE(problem.startsWith(QDir::toNativeSeparators(QStringLiteral("src/db/schema.ts:12:"))))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("booksName"))) << problem.toStdString();
    EXPECT_FALSE(window->sourceProblemLabel()->isHidden());
    EXPECT_TRUE(window->sourceProblemLabel()->toolTip().contains(problem));

    saveByRename(text); // the edit finished: the file reads again
    window->sourceUpdater()->checkNow();
    EXPECT_TRUE(window->sourceUpdater()->problem().isEmpty());
    EXPECT_TRUE(window->sourceProblemLabel()->isHidden());
}

TEST_F(SourceUpdaterTest, WithChangesOfItsOwnTheProjectAsksAndKeepsItsVersion)
{
    tw::test::renameTable(*window->document(), books()->id, QStringLiteral("titles"));
    addIsbnColumn();
    script.conflictChoice = ScriptedPrompts::SourceConflictChoice::KeepMine;
    window->sourceUpdater()->checkNow();

    ASSERT_EQ(script.conflicts.size(), 1);
    EXPECT_EQ(script.conflicts.first(), QStringList{QStringLiteral("src/db/schema.ts")});
    EXPECT_EQ(window->document()->schema().tables.at(1).name, QStringLiteral("titles"));
    EXPECT_EQ(window->document()->undoStack()->count(), 1) << "the rename only";
    window->sourceUpdater()->checkNow();
    EXPECT_EQ(script.conflicts.size(), 1) << "asked once for this version of the file";
}

TEST_F(SourceUpdaterTest, WithChangesOfItsOwnTheProjectCanTakeTheFilesVersionAsAnUndoableStep)
{
    tw::test::renameTable(*window->document(), books()->id, QStringLiteral("titles"));
    const model::Schema mine = window->document()->schema();
    addIsbnColumn();
    script.conflictChoice = ScriptedPrompts::SourceConflictChoice::TakeFiles;
    window->sourceUpdater()->checkNow();

    ASSERT_EQ(script.conflicts.size(), 1);
    EXPECT_TRUE(booksHave("isbn"));
    window->document()->undoStack()->undo();
    EXPECT_EQ(window->document()->schema(), mine);
}
