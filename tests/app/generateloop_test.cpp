// SPDX-License-Identifier: GPL-3.0-or-later
// One loop from edit to database (issue 17): Generate Migration asks for the migration's name (the generator's own
// pick, editable), then offers View SQL and Apply Now; no message in the window speaks the command line's `--db`.
#include "app/mainwindow.h"
#include "app/migrationactions.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/printers.h"
#include "tests/support/schemaedits.h"
#include "views/apply/applydialog.h"
#include "views/sqleditor/sqleditordialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::model;

namespace {

class GenerateLoopTest : public test::ShopWindowTest
{
protected:
    void openWith(const ProjectSettings &settings)
    {
        Project project = test::shopProject();
        project.settings = settings;
        test::writeProject(project, projectPath);
        ASSERT_TRUE(window->openFile(projectPath));
    }
    QString generate() { return window->migrationActions()->generateMigration(); }
    QStringList sqlFiles() const
    {
        return QDir(dir.filePath(QStringLiteral("drizzle")))
            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    }
};

TEST_F(GenerateLoopTest, TheProposedNameIsTheGeneratorsPickAndAcceptingItWritesIt)
{
    ASSERT_TRUE(window->openFile(projectPath));
    const QString sqlPath = generate();
    ASSERT_FALSE(sqlPath.isEmpty()) << script.errors.join(u'\n').toStdString();
    ASSERT_EQ(script.nameRequests.size(), 1);
    const views::MigrationNameRequest &asked = script.nameRequests.first();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[a-z]+_[a-z]+$")).match(asked.proposedName).hasMatch())
        << asked.proposedName.toStdString();
    EXPECT_EQ(asked.changes, 4) << "three tables and the orders index to create";
    EXPECT_EQ(asked.prefix, QStringLiteral("0000_"));
    EXPECT_EQ(asked.fileFor(asked.proposedName), QStringLiteral("drizzle/0000_%1.sql").arg(asked.proposedName));
    EXPECT_EQ(QFileInfo(sqlPath).fileName(), QStringLiteral("0000_%1.sql").arg(asked.proposedName));
}

TEST_F(GenerateLoopTest, AnEditedNameIsFoldedAsTheGeneratorFoldsTagNames)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_FALSE(generate().isEmpty());
    ASSERT_TRUE(test::renameTable(*window->document(), Id(QStringLiteral("t.orders")), QStringLiteral("purchases")));
    script.migrationName = QStringLiteral("Rename Orders!");
    const QString second = generate();
    ASSERT_FALSE(second.isEmpty()) << script.errors.join(u'\n').toStdString();
    ASSERT_EQ(script.nameRequests.size(), 2);
    EXPECT_EQ(script.nameRequests.last().prefix, QStringLiteral("0001_"));
    EXPECT_EQ(script.nameRequests.last().fileFor(*script.migrationName),
              QStringLiteral("drizzle/0001_rename_orders.sql"));
    EXPECT_EQ(QFileInfo(second).fileName(), QStringLiteral("0001_rename_orders.sql"));
}

TEST_F(GenerateLoopTest, CancellingTheNameWritesNothingAndKeepsTheBaseline)
{
    ASSERT_TRUE(window->openFile(projectPath));
    script.cancelName = true;
    EXPECT_TRUE(generate().isEmpty());
    EXPECT_EQ(script.nameRequests.size(), 1);
    EXPECT_TRUE(sqlFiles().isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("drizzle/meta/_journal.json"))));
    EXPECT_TRUE(window->document()->baseline().isEmpty());
    EXPECT_TRUE(script.generated.isEmpty());
    EXPECT_TRUE(script.errors.isEmpty());
}

TEST_F(GenerateLoopTest, ADrizzleKitOneFolderProposesItsTimedFolderName)
{
    ProjectSettings settings;
    settings.migrationLayout = ProjectSettings::MigrationLayout::V1;
    openWith(settings);
    const QString sqlPath = generate();
    ASSERT_FALSE(sqlPath.isEmpty()) << script.errors.join(u'\n').toStdString();
    ASSERT_EQ(script.nameRequests.size(), 1);
    const views::MigrationNameRequest &asked = script.nameRequests.first();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{14}_$")).match(asked.prefix).hasMatch())
        << asked.prefix.toStdString();
    EXPECT_EQ(asked.suffix, QStringLiteral("/migration.sql"));
    EXPECT_EQ(QFileInfo(sqlPath).fileName(), QStringLiteral("migration.sql"));
    EXPECT_TRUE(QFileInfo(sqlPath).dir().dirName().endsWith(u'_' + asked.proposedName)) << sqlPath.toStdString();
}

TEST_F(GenerateLoopTest, TheResultListsTheWarnings)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_FALSE(generate().isEmpty());
    ASSERT_TRUE(SchemaEditor(window->document())
                    .removeItem<Column>(Id(QStringLiteral("t.products")), Id(QStringLiteral("c.products.name"))));
    ASSERT_FALSE(generate().isEmpty()) << script.errors.join(u'\n').toStdString();
    ASSERT_EQ(script.generated.size(), 2);
    EXPECT_TRUE(script.generated.first().warnings.isEmpty());
    const QString warnings = script.generated.last().warnings.join(u'\n');
    EXPECT_TRUE(warnings.contains(QStringLiteral("products"))) << warnings.toStdString();
}

TEST_F(GenerateLoopTest, ViewSqlOpensTheNewMigrationInTheSqlEditor)
{
    ASSERT_TRUE(window->openFile(projectPath));
    script.generatedChoice = views::GeneratedChoice::ViewSql;
    const QString sqlPath = generate();
    ASSERT_FALSE(sqlPath.isEmpty());
    views::SqlEditorDialog *editor = window->migrationActions()->sqlEditor();
    ASSERT_TRUE(editor);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->filePath(), sqlPath);
    EXPECT_TRUE(editor->editor()->toPlainText().contains(QStringLiteral("CREATE TABLE `orders`")));
    editor->close();
}

TEST_F(GenerateLoopTest, ApplyNowRehearsesTheNewMigration)
{
    ProjectSettings settings;
    settings.database = QStringLiteral("local.sqlite");
    openWith(settings);
    QFile database(dir.filePath(QStringLiteral("local.sqlite")));
    ASSERT_TRUE(database.open(QIODevice::WriteOnly));
    database.close();
    script.generatedChoice = views::GeneratedChoice::ApplyNow;
    const QString sqlPath = generate();
    ASSERT_FALSE(sqlPath.isEmpty());
    views::ApplyDialog *dialog = window->migrationActions()->applyDialog();
    ASSERT_TRUE(dialog);
    if (dialog->isRunning()) {
        QSignalSpy finished(dialog, &views::ApplyDialog::runFinished);
        ASSERT_TRUE(finished.wait(60000));
    }
    ASSERT_EQ(dialog->pendingLines().size(), 1) << dialog->pendingLines().join(u'\n').toStdString();
    EXPECT_TRUE(dialog->pendingLines().first().startsWith(QFileInfo(sqlPath).completeBaseName()))
        << dialog->pendingLines().first().toStdString();
}

// Walkthrough bug b8: the Apply dialog told GUI users to "pass --db FILE".
TEST_F(GenerateLoopTest, TheApplyDialogNamesItsOwnRemedyNotTheCommandLines)
{
    ASSERT_TRUE(window->openFile(projectPath));
    for (const QString &name : {QStringLiteral("a1.sqlite"), QStringLiteral("b2.sqlite")}) {
        const QString path = dir.filePath(QStringLiteral(".wrangler/state/v3/d1/miniflare-D1DatabaseObject/") + name);
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    views::ApplyDialog *dialog = window->migrationActions()->openApplyDialog();
    ASSERT_TRUE(dialog);
    const QString details = dialog->details();
    EXPECT_TRUE(details.contains(QStringLiteral("several local databases found"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("b2.sqlite"))) << "the candidates are listed";
    EXPECT_TRUE(details.contains(QStringLiteral("Choose\u2026"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("--db"))) << details.toStdString();
    dialog->close();
}

} // namespace
