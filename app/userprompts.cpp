// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/userprompts.h"

#include "views/adopt/drizzleprojectdialog.h"
#include "views/generate/generatedmigrationdialog.h"
#include "views/generate/migrationnamedialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tw::app {
namespace {

void openFolderHolding(QWidget *parent, const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) // no file manager registered (xdg-open failed)
        QMessageBox::warning(parent, QCoreApplication::translate("tw::app", "Open Folder"),
                             QCoreApplication::translate("tw::app", "No application here opens folders. The file is "
                                                                    "in:\n%1")
                                 .arg(QDir::toNativeSeparators(folder)));
}

} // namespace

UserPrompts::UnsavedChoice DialogPrompts::askUnsavedChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(
        QMessageBox::Warning, QCoreApplication::translate("tw::app", "Unsaved changes"),
        QCoreApplication::translate("tw::app", "Save the changes to \u201c%1\u201d before closing?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(QCoreApplication::translate("tw::app", "Changes you do not save are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

bool DialogPrompts::askRecoverAutosave(QWidget *parent, const QString &projectPath, const QDateTime &savedAt)
{
    const QString text = QCoreApplication::translate(
                             "tw::app", "\u201c%1\u201d has an autosaved copy from %2 that is newer than the file. "
                                        "It may hold changes from a session that did not end normally.")
                             .arg(QFileInfo(projectPath).fileName(), QLocale().toString(savedAt, QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("tw::app", "Recover autosaved changes?"), text,
                    QMessageBox::NoButton, parent);
    QPushButton *recover = box.addButton(QCoreApplication::translate("tw::app", "Recover"), QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("tw::app", "Open the saved file"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(recover);
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

void DialogPrompts::showInformation(QWidget *parent, const QString &title, const QString &message,
                                    const QString &filePath)
{
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::Ok, parent);
    QPushButton *openFolder = nullptr;
    if (!filePath.isEmpty())
        openFolder = box.addButton(QCoreApplication::translate("tw::app", "Open Folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
    if (openFolder && box.clickedButton() == static_cast<QAbstractButton *>(openFolder))
        openFolderHolding(parent, filePath);
}

QString DialogPrompts::chooseOpenFile(QWidget *parent, const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("tw::app", "Open"), directory, filter);
}

QString DialogPrompts::chooseSaveFile(QWidget *parent, const QString &suggestion, const QString &filter,
                                      QString *chosenFilter)
{
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("tw::app", "Save As"), suggestion, filter,
                                        chosenFilter);
}

QString DialogPrompts::chooseDirectory(QWidget *parent, const QString &title, const QString &directory)
{
    return QFileDialog::getExistingDirectory(parent, title, directory);
}

QString DialogPrompts::chooseDrizzleProject(QWidget *parent, const QString &directory)
{
    const QString filter = QCoreApplication::translate(
        "tw::app",
        "Drizzle config (drizzle.config.ts drizzle.config.js drizzle.config.mjs drizzle.config.json "
        "*.config.ts *.config.js *.config.mjs);;Migrations folder without a config (_journal.json snapshot.json);;"
        "All files (*)");
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("tw::app", "Open Drizzle Project"),
                                        directory, filter);
}

bool DialogPrompts::reviewDrizzleProject(QWidget *parent, views::DrizzleProjectRequest *request)
{
    views::DrizzleProjectDialog dialog(*request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *request = dialog.request();
    return true;
}

void DialogPrompts::showWarnings(QWidget *parent, const QString &title, const QString &message,
                                 const QStringList &warnings)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *label = new QLabel(message, &dialog);
    label->setWordWrap(true);
    auto *list = new QPlainTextEdit(warnings.join(u'\n'), &dialog);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    dialog.exec();
}

UserPrompts::SourceConflictChoice DialogPrompts::askSourceConflict(QWidget *parent, const QStringList &changedFiles)
{
    const QString files = changedFiles.join(QStringLiteral(", "));
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("tw::app", "Schema files changed"),
                    QCoreApplication::translate("tw::app", "%1 changed on disk, and the project has changes of its "
                                                           "own that are not in the files yet.")
                        .arg(files),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate(
        "tw::app", "Take the files' version (one step you can undo), or keep the project's: the next export writes it "
                   "to the files."));
    QPushButton *take =
        box.addButton(QCoreApplication::translate("tw::app", "Take the Files' Version"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(QCoreApplication::translate("tw::app", "Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(take) ? SourceConflictChoice::TakeFiles
                                                                       : SourceConflictChoice::KeepMine;
}

UserPrompts::RunningApplyChoice DialogPrompts::askCloseDuringApply(QWidget *parent, const QString &databasePath)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("tw::app", "Migrations are being applied"),
                    QCoreApplication::translate("tw::app", "Migrations are being applied to %1.")
                        .arg(QDir::toNativeSeparators(databasePath)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate(
        "tw::app", "Cancel the apply and close: it stops at the next statement and rolls back, so the database stays "
                   "as it was. Or keep it running and the window open."));
    QPushButton *cancel =
        box.addButton(QCoreApplication::translate("tw::app", "Cancel Apply and Close"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QCoreApplication::translate("tw::app", "Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(cancel) ? RunningApplyChoice::CancelAndClose
                                                                         : RunningApplyChoice::KeepRunning;
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &message, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, message, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(accept);
}

std::optional<QString> DialogPrompts::askMigrationName(QWidget *parent, const views::MigrationNameRequest &request)
{
    views::MigrationNameDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.name();
}

views::GeneratedChoice DialogPrompts::showGeneratedMigration(QWidget *parent,
                                                             const views::GeneratedMigration &generated)
{
    views::GeneratedMigrationDialog dialog(generated, parent);
    QObject::connect(&dialog, &views::GeneratedMigrationDialog::openFolderRequested, &dialog,
                     [&dialog](const QString &sqlPath) { openFolderHolding(&dialog, sqlPath); });
    dialog.exec();
    return dialog.choice();
}

} // namespace tw::app
