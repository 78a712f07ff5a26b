// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/userprompts.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace tw::app {

UserPrompts::UnsavedChoice DialogPrompts::askUnsavedChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("tw::app", "Unsaved changes"),
                    QCoreApplication::translate("tw::app", "Save the changes to \u201c%1\u201d before closing?")
                        .arg(documentName),
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
    const QString text =
        QCoreApplication::translate("tw::app",
                                    "\u201c%1\u201d has an autosaved copy from %2 that is newer than the file. "
                                    "It may hold changes from a session that did not end normally.")
            .arg(QFileInfo(projectPath).fileName(), QLocale().toString(savedAt, QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("tw::app", "Recover autosaved changes?"), text,
                    QMessageBox::NoButton, parent);
    QPushButton *recover =
        box.addButton(QCoreApplication::translate("tw::app", "Recover"), QMessageBox::AcceptRole);
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
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(filePath).absolutePath()));
}

QString DialogPrompts::chooseOpenFile(QWidget *parent, const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("tw::app", "Open"), directory, filter);
}

QString DialogPrompts::chooseSaveFile(QWidget *parent, const QString &suggestion, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("tw::app", "Save As"), suggestion, filter);
}

} // namespace tw::app
