// SPDX-License-Identifier: GPL-3.0-or-later
// Generate Migration's dialogs: the name question validates as the generator folds names (Generate disabled, the
// reason inline), and the result dialog reports which next step was picked.
#include "views/generate/generatedmigrationdialog.h"
#include "views/generate/migrationnamedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace tw::views;

namespace {

MigrationNameRequest classicRequest()
{
    MigrationNameRequest request;
    request.proposedName = QStringLiteral("nimble_scribe");
    request.folder = QStringLiteral("/work/shop/drizzle");
    request.prefix = QStringLiteral("0003_");
    request.suffix = QStringLiteral(".sql");
    request.changes = 2;
    return request;
}

TEST(MigrationNameDialog, ProposesTheGeneratorsNameAndShowsTheFile)
{
    MigrationNameDialog dialog(classicRequest());
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("nimble_scribe"));
    EXPECT_EQ(dialog.name(), QStringLiteral("nimble_scribe"));
    EXPECT_TRUE(dialog.generateButton()->isEnabled());
    EXPECT_TRUE(dialog.errorText().isEmpty());
    EXPECT_TRUE(dialog.fileText().contains(QStringLiteral("0003_nimble_scribe.sql")))
        << dialog.fileText().toStdString();
}

TEST(MigrationNameDialog, ShowsTheFoldedFileNameAsTheUserTypes)
{
    MigrationNameDialog dialog(classicRequest());
    dialog.nameEdit()->setText(QStringLiteral("  Add Tags to Products "));
    EXPECT_TRUE(dialog.generateButton()->isEnabled());
    EXPECT_TRUE(dialog.fileText().contains(QStringLiteral("0003_add_tags_to_products.sql")))
        << dialog.fileText().toStdString();
    EXPECT_EQ(dialog.name(), QStringLiteral("Add Tags to Products"));
}

TEST(MigrationNameDialog, ANameWithNothingToKeepIsRefusedInline)
{
    MigrationNameDialog dialog(classicRequest());
    for (const QString &bad : {QString(), QStringLiteral("   "), QStringLiteral("!!!"), QStringLiteral("ßü")}) {
        dialog.nameEdit()->setText(bad);
        EXPECT_FALSE(dialog.generateButton()->isEnabled()) << bad.toStdString();
        EXPECT_FALSE(dialog.errorText().isEmpty()) << bad.toStdString();
        EXPECT_TRUE(dialog.fileText().isEmpty()) << bad.toStdString();
    }
    dialog.nameEdit()->setText(QStringLiteral("v2"));
    EXPECT_TRUE(dialog.generateButton()->isEnabled());
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST(MigrationNameDialog, ADrizzleKitOneFolderShowsItsMigrationFile)
{
    MigrationNameRequest request = classicRequest();
    request.prefix = QStringLiteral("20261207113000_");
    request.suffix = QStringLiteral("/migration.sql");
    EXPECT_EQ(request.fileFor(QStringLiteral("Add tags")),
              QStringLiteral("drizzle/20261207113000_add_tags/migration.sql"));
    EXPECT_TRUE(request.fileFor(QStringLiteral("--")).isEmpty());
    EXPECT_FALSE(migrationNameProblem(QStringLiteral("--")).isEmpty());
    EXPECT_TRUE(migrationNameProblem(QStringLiteral("add_tags")).isEmpty());
}

GeneratedMigration written(QStringList warnings = {})
{
    return {QStringLiteral("/work/shop/drizzle/0003_add_tags.sql"), std::move(warnings), QString()};
}

TEST(GeneratedMigrationDialog, EachButtonIsTheChoiceReturned)
{
    const QList<std::pair<QPushButton *(GeneratedMigrationDialog::*)() const, GeneratedChoice>> cases{
        {&GeneratedMigrationDialog::viewSqlButton, GeneratedChoice::ViewSql},
        {&GeneratedMigrationDialog::applyNowButton, GeneratedChoice::ApplyNow},
        {&GeneratedMigrationDialog::closeButton, GeneratedChoice::Close}};
    for (const auto &[button, choice] : cases) {
        GeneratedMigrationDialog dialog(written());
        (dialog.*button)()->click();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.choice(), choice);
    }
}

TEST(GeneratedMigrationDialog, NamesTheFileListsTheWarningsAndOpenFolderKeepsItOpen)
{
    GeneratedMigrationDialog dialog(written({QStringLiteral("\u2022 products.name: drops the column's values")}));
    const auto *file = dialog.findChild<QLabel *>(QStringLiteral("generatedFile"));
    ASSERT_TRUE(file);
    EXPECT_TRUE(file->text().contains(QStringLiteral("0003_add_tags.sql")));
    const auto *warnings = dialog.findChild<QPlainTextEdit *>(QStringLiteral("generatedWarnings"));
    ASSERT_TRUE(warnings);
    EXPECT_TRUE(warnings->toPlainText().contains(QStringLiteral("products.name")));
    QSignalSpy openFolder(&dialog, &GeneratedMigrationDialog::openFolderRequested);
    dialog.openFolderButton()->click();
    ASSERT_EQ(openFolder.count(), 1);
    EXPECT_EQ(openFolder.first().first().toString(), QStringLiteral("/work/shop/drizzle/0003_add_tags.sql"));
    EXPECT_EQ(dialog.result(), 0) << "still open";
    EXPECT_EQ(dialog.findChild<QPlainTextEdit *>(QStringLiteral("generatedWarnings")), warnings);

    GeneratedMigrationDialog clean(written());
    EXPECT_FALSE(clean.findChild<QPlainTextEdit *>(QStringLiteral("generatedWarnings"))) << "no warnings, no list";
}

} // namespace
