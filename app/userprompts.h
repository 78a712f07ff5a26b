// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

namespace tw::app {

/// The questions the window asks the user. The window gets DialogPrompts (message boxes and file dialogs);
/// anything that drives the window without a person (tests, scripts) passes answers of its own.
class UserPrompts
{
public:
    enum class UnsavedChoice { Save, Discard, Cancel };

    virtual ~UserPrompts() = default;

    /// "Save changes to @p documentName?"
    virtual UnsavedChoice askUnsavedChanges(QWidget *parent, const QString &documentName) = 0;
    /// Whether to open the autosaved copy (written at @p savedAt) instead of @p projectPath.
    virtual bool askRecoverAutosave(QWidget *parent, const QString &projectPath, const QDateTime &savedAt) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    /// An outcome to read; when @p filePath is not empty, offers to open the folder holding it.
    virtual void showInformation(QWidget *parent, const QString &title, const QString &message,
                                 const QString &filePath) = 0;
    /// A file to open, or empty when cancelled.
    virtual QString chooseOpenFile(QWidget *parent, const QString &directory, const QString &filter) = 0;
    /// A file to write, or empty when cancelled.
    virtual QString chooseSaveFile(QWidget *parent, const QString &suggestion, const QString &filter) = 0;
};

/// UserPrompts through QMessageBox and QFileDialog.
class DialogPrompts : public UserPrompts
{
public:
    UnsavedChoice askUnsavedChanges(QWidget *parent, const QString &documentName) override;
    bool askRecoverAutosave(QWidget *parent, const QString &projectPath, const QDateTime &savedAt) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    void showInformation(QWidget *parent, const QString &title, const QString &message,
                         const QString &filePath) override;
    QString chooseOpenFile(QWidget *parent, const QString &directory, const QString &filter) override;
    QString chooseSaveFile(QWidget *parent, const QString &suggestion, const QString &filter) override;
};

} // namespace tw::app
