// SPDX-License-Identifier: GPL-3.0-or-later
// Project Settings: the form shows the project's settings, OK stores them as one undo step, bad input is refused.
#include "views/settings/projectsettingsdialog.h"

#include "model/document/schemadocument.h"
#include "tests/support/testdata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::views::ProjectSettingsDialog;

namespace {

Project projectWithSettings()
{
    Project project;
    project.settings.migrationsFolder = QStringLiteral("db/migrations");
    project.settings.database = QStringLiteral(".wrangler-persist/local.sqlite");
    project.settings.target = ProjectSettings::Target::Sqlite;
    project.settings.tracking = ProjectSettings::Tracking::Drizzle;
    project.settings.backupsToKeep = 2;
    project.settings.procedureAccess = ProjectSettings::ProcedureAccess::Public;
    return project;
}

TEST(ProjectSettingsDialog, ShowsTheProjectsSettings)
{
    SchemaDocument document(projectWithSettings());
    ProjectSettingsDialog dialog(&document);
    EXPECT_EQ(dialog.migrationsFolderEdit()->text(), QStringLiteral("db/migrations"));
    EXPECT_EQ(dialog.schemaFileEdit()->text(), QStringLiteral("src/db/schema.ts"));
    EXPECT_EQ(dialog.databaseEdit()->text(), QStringLiteral(".wrangler-persist/local.sqlite"));
    EXPECT_EQ(dialog.backupsSpin()->value(), 2);
    EXPECT_EQ(dialog.settings(), document.settings()); // nothing touched: the same settings
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST(ProjectSettingsDialog, OkStoresEveryFieldAsOneUndoStep)
{
    SchemaDocument document{Project{}};
    const ProjectSettings before = document.settings();
    ProjectSettingsDialog dialog(&document);
    dialog.migrationsFolderEdit()->setText(QStringLiteral("  migrations  "));
    dialog.codeFolderEdit()->setText(QStringLiteral("backend/src"));
    dialog.targetCombo()->setCurrentIndex(dialog.targetCombo()->findData(int(ProjectSettings::Target::Sqlite)));
    dialog.trackingCombo()->setCurrentIndex(dialog.trackingCombo()->findData(int(ProjectSettings::Tracking::Drizzle)));
    dialog.backupsSpin()->setValue(0);
    dialog.procedureAccessCombo()->setCurrentIndex(
        dialog.procedureAccessCombo()->findData(int(ProjectSettings::ProcedureAccess::Protected)));
    const int steps = document.undoStack()->count();
    dialog.accept();

    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    const ProjectSettings &after = document.settings();
    EXPECT_EQ(after.migrationsFolder, QStringLiteral("migrations"));
    EXPECT_EQ(after.codeFolder, QStringLiteral("backend/src"));
    EXPECT_EQ(after.target, ProjectSettings::Target::Sqlite);
    EXPECT_EQ(after.tracking, ProjectSettings::Tracking::Drizzle);
    EXPECT_EQ(after.backupsToKeep, 0);
    EXPECT_EQ(after.procedureAccess, ProjectSettings::ProcedureAccess::Protected);
    document.undoStack()->undo();
    EXPECT_EQ(document.settings(), before);
}

TEST(ProjectSettingsDialog, UnchangedOkPushesNothing)
{
    SchemaDocument document(projectWithSettings());
    ProjectSettingsDialog dialog(&document);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(ProjectSettingsDialog, AnEmptyRequiredPathDisablesOkAndSaysWhich)
{
    SchemaDocument document{Project{}};
    ProjectSettingsDialog dialog(&document);
    dialog.show();
    dialog.migrationsFolderEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->isVisible());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("migrations folder")));
    dialog.accept(); // refused: the dialog stays open and the document keeps its settings
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_TRUE(dialog.isVisible());
    dialog.migrationsFolderEdit()->setText(QStringLiteral("drizzle"));
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_FALSE(dialog.problemLabel()->isVisible());
}

} // namespace

TEST(ProjectSettingsDialog, AGeneratedProjectSaysTablewrightWritesSchemaTs)
{
    SchemaDocument document{Project{}};
    ProjectSettingsDialog dialog(&document);
    EXPECT_TRUE(dialog.schemaModeLabel()->text().contains(QStringLiteral("Tablewright writes schema.ts")));
    EXPECT_TRUE(dialog.schemaSourcesLabel()->isHidden());
}

TEST(ProjectSettingsDialog, ASourceProjectShowsItsFilesAndCasingReadOnlyAndKeepsThemOnOk)
{
    Project project;
    project.settings.schemaMode = ProjectSettings::SchemaMode::Source;
    project.settings.schemaSources = {QStringLiteral("src/db/schema/*.ts"), QStringLiteral("src/auth.ts")};
    project.settings.casing = Casing::SnakeCase;
    SchemaDocument document(project);
    ProjectSettingsDialog dialog(&document);

    EXPECT_TRUE(dialog.schemaModeLabel()->text().contains(QStringLiteral("your TypeScript files, edited in place")));
    EXPECT_FALSE(dialog.schemaSourcesLabel()->isHidden());
    const QString sources = dialog.schemaSourcesLabel()->text();
    EXPECT_TRUE(sources.contains(QStringLiteral("src/db/schema/*.ts, src/auth.ts"))) << sources.toStdString();
    EXPECT_TRUE(sources.contains(QStringLiteral("snake_case"))) << sources.toStdString();
    dialog.backupsSpin()->setValue(9);
    dialog.accept();
    EXPECT_EQ(document.settings().schemaMode, ProjectSettings::SchemaMode::Source);
    EXPECT_EQ(document.settings().schemaSources, project.settings.schemaSources);
    EXPECT_EQ(document.settings().casing, Casing::SnakeCase);
    EXPECT_EQ(document.settings().backupsToKeep, 9);
}

namespace {

/// A project whose migrations folder is @p dataFolder (under tests/data/folders/) copied, or empty when null.
struct LayoutWorkspace
{
    QTemporaryDir dir;
    explicit LayoutWorkspace(const char *dataFolder)
    {
        if (dataFolder)
            tw::test::copyDataFolder(QStringLiteral("folders/") + QLatin1String(dataFolder), folder());
    }
    QString folder() const { return dir.filePath(QStringLiteral("drizzle")); }
    Project project(ProjectSettings::MigrationLayout layout) const
    {
        Project project;
        project.settings.migrationsFolder = folder();
        project.settings.migrationLayout = layout;
        return project;
    }
};

int layoutIndex(const ProjectSettingsDialog &dialog, ProjectSettings::MigrationLayout layout)
{
    return dialog.migrationLayoutCombo()->findData(int(layout));
}

} // namespace

TEST(ProjectSettingsDialog, AnEmptyFolderTakesTheChosenLayoutWithTheReasons)
{
    LayoutWorkspace ws(nullptr);
    SchemaDocument document(ws.project(ProjectSettings::MigrationLayout::Classic));
    ProjectSettingsDialog dialog(&document);
    EXPECT_TRUE(dialog.migrationLayoutCombo()->isEnabled());
    EXPECT_EQ(dialog.migrationLayoutCombo()->currentIndex(),
              layoutIndex(dialog, ProjectSettings::MigrationLayout::Classic));
    const QString note = dialog.migrationLayoutNote()->text();
    EXPECT_TRUE(note.contains(QStringLiteral("latest"))) << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("drizzle-kit 1.0"))) << note.toStdString();
    dialog.migrationLayoutCombo()->setCurrentIndex(layoutIndex(dialog, ProjectSettings::MigrationLayout::V1));
    dialog.accept();
    EXPECT_EQ(document.settings().migrationLayout, ProjectSettings::MigrationLayout::V1);
    EXPECT_EQ(document.undoStack()->count(), 1);
}

TEST(ProjectSettingsDialog, AFolderWithV1MigrationsShowsItsLayoutReadOnly)
{
    LayoutWorkspace ws("v1-two-migrations");
    SchemaDocument document(ws.project(ProjectSettings::MigrationLayout::V1));
    ProjectSettingsDialog dialog(&document);
    EXPECT_FALSE(dialog.migrationLayoutCombo()->isEnabled());
    EXPECT_EQ(dialog.migrationLayoutCombo()->currentIndex(), layoutIndex(dialog, ProjectSettings::MigrationLayout::V1));
    const QString note = dialog.migrationLayoutNote()->text();
    EXPECT_TRUE(note.contains(QStringLiteral("drizzle-kit 1.0 (v1)"))) << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("tablewright convert"))) << note.toStdString();
    EXPECT_EQ(dialog.settings(), document.settings());
}

TEST(ProjectSettingsDialog, PointingAtAClassicFolderShowsClassicAndBackAtAnEmptyOneTheChoice)
{
    LayoutWorkspace classic("two-migrations");
    LayoutWorkspace empty(nullptr);
    SchemaDocument document(empty.project(ProjectSettings::MigrationLayout::V1));
    ProjectSettingsDialog dialog(&document);
    EXPECT_EQ(dialog.settings().migrationLayout, ProjectSettings::MigrationLayout::V1);
    dialog.migrationsFolderEdit()->setText(classic.folder());
    EXPECT_FALSE(dialog.migrationLayoutCombo()->isEnabled());
    EXPECT_EQ(dialog.settings().migrationLayout, ProjectSettings::MigrationLayout::Classic);
    EXPECT_TRUE(dialog.migrationLayoutNote()->text().contains(QStringLiteral("classic")));
    dialog.migrationsFolderEdit()->setText(empty.folder());
    EXPECT_TRUE(dialog.migrationLayoutCombo()->isEnabled());
    EXPECT_EQ(dialog.settings().migrationLayout, ProjectSettings::MigrationLayout::V1);
}

TEST(ProjectSettingsDialog, AMixedFolderIsShownAsSuchAndNotChosenFor)
{
    LayoutWorkspace ws("v1-two-migrations");
    QDir(ws.folder()).mkpath(QStringLiteral("meta"));
    QFile journal(ws.folder() + QStringLiteral("/meta/_journal.json"));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"version":"7","dialect":"sqlite","entries":[]})");
    journal.close();
    SchemaDocument document(ws.project(ProjectSettings::MigrationLayout::V1));
    ProjectSettingsDialog dialog(&document);
    EXPECT_FALSE(dialog.migrationLayoutCombo()->isEnabled());
    EXPECT_TRUE(dialog.migrationLayoutNote()->text().contains(QStringLiteral("both layouts")));
    EXPECT_TRUE(dialog.migrationLayoutNote()->text().contains(QStringLiteral("_journal.json")));
    EXPECT_EQ(dialog.settings(), document.settings()) << "the project's own setting stays";
}
