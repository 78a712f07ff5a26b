// SPDX-License-Identifier: GPL-3.0-or-later
// Open Drizzle Project's review: what the config says, marked where it could not say it, completed by the user.
#include "tests/support/testdata.h"
#include "views/adopt/drizzleprojectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::views::DrizzleProjectDialog;
using tw::views::DrizzleProjectRequest;

namespace {

DrizzleProjectRequest configWithEnvironmentSchema(const QString &folder)
{
    DrizzleProjectRequest request;
    request.configPath = QDir(folder).filePath(QStringLiteral("drizzle.config.ts"));
    request.baseFolder = folder;
    request.dialect = QStringLiteral("sqlite");
    request.migrations = QStringLiteral("./drizzle");
    request.casing = tw::model::Casing::SnakeCase;
    request.unreadable = {QStringLiteral("schema")};
    request.notes = {QStringLiteral("`schema` is `process.env.SCHEMA_PATH`, which Tablewright does not run")};
    request.projectFile = QDir(folder).filePath(QStringLiteral("shop.twproj"));
    return request;
}

QPushButton *openButton(const DrizzleProjectDialog &dialog)
{
    return dialog.buttons()->button(QDialogButtonBox::Open);
}

} // namespace

TEST(DrizzleProjectDialog, ShowsWhatTheConfigSaysAndWaitsForWhatItCannotSay)
{
    QTemporaryDir dir;
    DrizzleProjectDialog dialog(configWithEnvironmentSchema(dir.path()));

    EXPECT_EQ(dialog.migrationsEdit()->text(), QStringLiteral("./drizzle"));
    EXPECT_EQ(dialog.casingCombo()->currentData().toInt(), int(tw::model::Casing::SnakeCase));
    EXPECT_EQ(dialog.projectFileEdit()->text(), QDir::toNativeSeparators(dir.filePath(QStringLiteral("shop.twproj"))));
    ASSERT_EQ(dialog.notesList()->count(), 1);
    EXPECT_TRUE(dialog.notesList()->item(0)->text().contains(QStringLiteral("process.env.SCHEMA_PATH")));
    EXPECT_FALSE(openButton(dialog)->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("schema files")));
    // The field the config left open is marked.
    bool marked = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        marked = marked || (label->buddy() == dialog.schemaEdit() && label->text().contains(QStringLiteral("⚠")));
    EXPECT_TRUE(marked);

    dialog.schemaEdit()->setPlainText(QStringLiteral("src/db/schema.ts\n\n  src/db/auth.ts  \n"));
    EXPECT_TRUE(openButton(dialog)->isEnabled());
    const DrizzleProjectRequest answered = dialog.request();
    EXPECT_EQ(answered.schema, (QStringList{QStringLiteral("src/db/schema.ts"), QStringLiteral("src/db/auth.ts")}));
    EXPECT_EQ(answered.migrations, QStringLiteral("./drizzle"));
    EXPECT_EQ(answered.casing, tw::model::Casing::SnakeCase);
}

TEST(DrizzleProjectDialog, TheProjectFileIsAbsoluteWithItsSuffixAndAnExistingOneIsPointedOut)
{
    QTemporaryDir dir;
    DrizzleProjectRequest request = configWithEnvironmentSchema(dir.path());
    request.schema = {QStringLiteral("src/db/schema.ts")};
    request.unreadable.clear();
    DrizzleProjectDialog dialog(request);
    dialog.projectFileEdit()->setText(QStringLiteral("backend"));
    EXPECT_EQ(dialog.request().projectFile, dir.filePath(QStringLiteral("backend.twproj")));
    EXPECT_TRUE(dialog.problemLabel()->isHidden());

    QFile existing(dir.filePath(QStringLiteral("taken.twproj")));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.close();
    dialog.projectFileEdit()->setText(existing.fileName());
    EXPECT_FALSE(dialog.problemLabel()->isHidden());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("taken.twproj exists")));
    EXPECT_TRUE(openButton(dialog)->isEnabled()) << "replacing it is the user's call";
}

TEST(DrizzleProjectDialog, SaysWhichLayoutTheMigrationsFolderHas)
{
    QTemporaryDir dir;
    DrizzleProjectDialog dialog(configWithEnvironmentSchema(dir.path()));
    EXPECT_TRUE(dialog.layoutLabel()->text().contains(QStringLiteral("no migrations yet"))) << "an empty folder";
    tw::test::copyDataFolder(QStringLiteral("folders/v1-two-migrations"), dir.filePath(QStringLiteral("v1")));
    dialog.migrationsEdit()->setText(QStringLiteral("v1"));
    EXPECT_TRUE(dialog.layoutLabel()->text().contains(QStringLiteral("drizzle-kit 1.0 (v1)")));
    tw::test::copyDataFolder(QStringLiteral("folders/two-migrations"), dir.filePath(QStringLiteral("classic")));
    dialog.migrationsEdit()->setText(QStringLiteral("classic"));
    EXPECT_TRUE(dialog.layoutLabel()->text().contains(QStringLiteral("drizzle-kit 0.31 (classic)")));
}

TEST(DrizzleProjectRequest, AV1MigrationsSnapshotStandsForItsMigrationsFolder)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drizzle"));
    tw::test::copyDataFolder(QStringLiteral("folders/v1-two-migrations"), folder);
    const auto request =
        DrizzleProjectRequest::forPath(folder + QStringLiteral("/20261207033139_initial/snapshot.json"));
    ASSERT_TRUE(request.ok()) << request.error().toStdString();
    EXPECT_EQ(QDir(request.value().baseFolder).absoluteFilePath(request.value().migrations), folder);
    EXPECT_FALSE(request.value().isConfig());
}
