// SPDX-License-Identifier: GPL-3.0-or-later
// Migration ▸ New Custom Migration… and Verify Migrations from the window: the file drizzle-kit would write, the SQL
// editor on it (highlighted, saved atomically), the baseline moved along, and verify's report on a hand edit.
#include "app/customactions.h"
#include "app/mainwindow.h"
#include "app/migrationactions.h"
#include "migrations/generate/custommigration.h"
#include "migrations/verify/verifyreport.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "model/itemmodels/problemsmodel.h"
#include "tests/app/windowfixture.h"
#include "views/common/sqlhighlighter.h"
#include "views/panels/problemspanel.h"
#include "views/sqleditor/sqleditordialog.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>

#include <QUndoStack>

#include <gtest/gtest.h>

using tw::app::CustomActions;
using tw::migrations::CustomMigration;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class CustomActionsTest : public tw::test::ShopWindowTest
{
protected:
    CustomActions *actions() const { return window->findChild<CustomActions *>(QStringLiteral("customActions")); }
    /// Opens the shop and writes its first migration, as a project with a history has.
    void openWithOneMigration()
    {
        ASSERT_TRUE(window->openFile(projectPath));
        ASSERT_FALSE(window->migrationActions()->generateMigration().isEmpty());
        ASSERT_NE(actions(), nullptr);
        actions()->setNameQuestion([this](QWidget *) { return nameAnswer; });
    }
    QString drizzle(const QString &relative) const { return dir.filePath(QStringLiteral("drizzle/") + relative); }

    std::optional<QString> nameAnswer = QStringLiteral("backfill_totals");
};

TEST_F(CustomActionsTest, TheMigrationMenuHoldsNewCustomMigrationAndVerify)
{
    ASSERT_NE(actions(), nullptr);
    const QList<QAction *> menu = window->migrationMenu()->actions();
    EXPECT_TRUE(menu.contains(actions()->newCustomAction()));
    EXPECT_TRUE(menu.contains(actions()->verifyAction()));
    EXPECT_EQ(actions()->newCustomAction()->objectName(), QStringLiteral("newCustomMigrationAction"));
}

TEST_F(CustomActionsTest, NewCustomMigrationWritesDrizzleKitsFileAndOpensItInTheSqlEditor)
{
    openWithOneMigration();
    const int undoSteps = window->document()->undoStack()->count();
    actions()->newCustomAction()->trigger();
    ASSERT_TRUE(script.errors.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
    // Recording the new snapshot is not an undo step: the file stays written, as after Generate.
    EXPECT_EQ(window->document()->undoStack()->count(), undoSteps);

    const QString sqlPath = drizzle(QStringLiteral("0001_backfill_totals.sql"));
    EXPECT_EQ(readBytes(sqlPath), CustomMigration::firstLine());
    EXPECT_TRUE(QFile::exists(drizzle(QStringLiteral("meta/0001_snapshot.json"))));
    // The project continues from the custom snapshot, saved: the next Generate is not refused.
    const auto saved = tw::model::ProjectReader::readFile(projectPath);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved.value().baseline, window->document()->baseline());
    EXPECT_FALSE(window->document()->isModified());

    tw::views::SqlEditorDialog *editor = actions()->editor();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(editor->filePath(), sqlPath);
    EXPECT_EQ(editor->editor()->toPlainText(), QString::fromUtf8(CustomMigration::firstLine()));
    ASSERT_NE(editor->highlighter(), nullptr);
    EXPECT_EQ(editor->highlighter()->document(), editor->editor()->document());
    EXPECT_FALSE(editor->isModified());

    // The user's data step is saved as typed, byte for byte.
    editor->editor()->appendPlainText(QStringLiteral("UPDATE `orders` SET `total` = 0 WHERE `total` IS NULL;"));
    EXPECT_TRUE(editor->isModified());
    editor->findChild<QPushButton *>(QStringLiteral("sqlEditorSave"))->click();
    EXPECT_FALSE(editor->isModified());
    EXPECT_EQ(readBytes(sqlPath),
              CustomMigration::firstLine() + "\nUPDATE `orders` SET `total` = 0 WHERE `total` IS NULL;");

    // A data-only custom migration is clean.
    EXPECT_TRUE(actions()->verifyMigrations());
    EXPECT_TRUE(script.warnings.isEmpty()) << script.warnings.join(QLatin1Char('\n')).toStdString();
    editor->close();
}

TEST_F(CustomActionsTest, CancellingTheNameWritesNothing)
{
    openWithOneMigration();
    nameAnswer.reset();
    EXPECT_TRUE(actions()->newCustomMigration().isEmpty());
    EXPECT_FALSE(QFile::exists(drizzle(QStringLiteral("meta/0001_snapshot.json"))));
    EXPECT_EQ(actions()->editor(), nullptr);
}

TEST_F(CustomActionsTest, VerifyShowsTheMigrationWhoseSqlDriftedFromItsSnapshot)
{
    openWithOneMigration();
    const QString sqlPath = actions()->newCustomMigration();
    ASSERT_FALSE(sqlPath.isEmpty());
    actions()->editor()->editor()->appendPlainText(QStringLiteral("CREATE TABLE `audit` (`id` integer);"));
    ASSERT_TRUE(actions()->editor()->save());
    actions()->editor()->close();

    actions()->verifyAction()->trigger();
    const QString warnings = script.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("0001_backfill_totals.sql"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("table \"audit\": in the database only"))) << warnings.toStdString();

    // The Problems panel lists it after the schema's own findings, until a clean verify or another project.
    tw::model::ProblemsModel *problems = window->problemsPanel()->model();
    ASSERT_EQ(problems->migrationFindings().size(), 1);
    const tw::model::Finding &finding = problems->migrationFindings().first();
    EXPECT_EQ(finding.rule, QStringLiteral("migration-drift"));
    EXPECT_EQ(finding.location.text, QStringLiteral("migration 0001_backfill_totals.sql"));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("table \"audit\": in the database only")))
        << finding.message.toStdString();
    const int row = problems->rowCount() - 1;
    EXPECT_EQ(problems->index(row, tw::model::ProblemsModel::Location).data().toString(), finding.location.text);
    EXPECT_FALSE(window->problemsPanel()
                     ->findChild<QLabel *>(QStringLiteral("problemsSummary"))
                     ->text()
                     .startsWith(QStringLiteral("No problems")));
    const auto *problemsDock = window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    ASSERT_NE(problemsDock, nullptr);
    EXPECT_EQ(problemsDock->windowTitle(), QStringLiteral("Problems (%1)").arg(problems->rowCount()))
        << "the tab counts them";

    QFile sql(sqlPath); // the hand edit undone: the next verify is clean and the entry goes
    ASSERT_TRUE(sql.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sql.write(CustomMigration::firstLine());
    sql.close();
    EXPECT_TRUE(actions()->verifyMigrations());
    EXPECT_TRUE(problems->migrationFindings().isEmpty());
}

TEST(VerifyProblems, AFailingStatementIsAnErrorAndDriftAWarning)
{
    tw::migrations::VerifyReport report;
    tw::migrations::VerifyFinding failed;
    failed.kind = tw::migrations::VerifyFinding::Kind::SqlFailed;
    failed.migration = QStringLiteral("0002_x.sql");
    failed.statement = QStringLiteral("INSERT INTO `nowhere`\nVALUES (1);");
    failed.error = QStringLiteral("no such table: nowhere");
    tw::migrations::VerifyFinding drift;
    drift.migration = QStringLiteral("20260101000000_y/migration.sql");
    drift.differences << tw::database::DriftEntry{};
    report.findings << failed << drift;
    const tw::model::Findings problems = report.asProblems();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].isError());
    EXPECT_EQ(problems[0].message,
              QStringLiteral("a statement fails: no such table: nowhere (INSERT INTO `nowhere` VALUES (1);)"));
    EXPECT_FALSE(problems[1].isError());
    EXPECT_EQ(problems[1].location.text, QStringLiteral("migration 20260101000000_y/migration.sql"));
}
} // namespace
