// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace tw::views {
struct DrizzleProjectRequest;
struct GeneratedMigration;
struct MigrationNameRequest;
enum class GeneratedChoice;
} // namespace tw::views

namespace tw::app {

/// The questions the window asks the user. The window gets DialogPrompts (message boxes and file dialogs);
/// anything that drives the window without a person (tests, scripts) passes answers of its own.
class UserPrompts
{
public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    enum class SourceConflictChoice { TakeFiles, KeepMine };
    enum class RunningApplyChoice { CancelAndClose, KeepRunning };

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
    /// A file to write, or empty when cancelled; @p chosenFilter (when given) receives the entry of @p filter the user
    /// picked, for filters that share a suffix (a PDF on one page or on A4 pages).
    virtual QString chooseSaveFile(QWidget *parent, const QString &suggestion, const QString &filter,
                                   QString *chosenFilter = nullptr) = 0;

    /// A folder to read (File ▸ Import ▸ Drizzle Migrations Folder), or empty when cancelled.
    virtual QString chooseDirectory(QWidget *parent, const QString &title, const QString &directory) = 0;
    /// Open Drizzle Project: a drizzle config, or a migrations folder's `meta/_journal.json` (a file dialog picks
    /// files or folders, not both), or empty when cancelled.
    virtual QString chooseDrizzleProject(QWidget *parent, const QString &directory) = 0;
    /// Shows what the config says and lets the user answer what it cannot say and where to save the project;
    /// false when cancelled.
    virtual bool reviewDrizzleProject(QWidget *parent, views::DrizzleProjectRequest *request) = 0;
    /// Warnings to read, one a line (what adopting a project noticed).
    virtual void showWarnings(QWidget *parent, const QString &title, const QString &message,
                              const QStringList &warnings) = 0;
    /// The team's schema files (@p changedFiles) changed while the project has changes of its own since the last
    /// sync: take the files' version (one undo step) or keep the project's (export writes it to the files).
    virtual SourceConflictChoice askSourceConflict(QWidget *parent, const QStringList &changedFiles) = 0;
    /// The window is closing while migrations are being applied to @p databasePath: cancel the run (it rolls back)
    /// and close, or keep it running and the window open.
    virtual RunningApplyChoice askCloseDuringApply(QWidget *parent, const QString &databasePath) = 0;
    /// Whether to go ahead with what @p message describes (a change that moves files); @p acceptText labels the
    /// button that does it.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &message, const QString &acceptText) = 0;
    /// Generate Migration asks what to call the migration it is about to write (@p request: the generator's own
    /// pick and the file it becomes): the name, or nullopt when cancelled (then nothing is written).
    virtual std::optional<QString> askMigrationName(QWidget *parent, const views::MigrationNameRequest &request) = 0;
    /// A migration was written: names the file and its warnings, and returns the next step the user picked (View
    /// SQL, Apply Now or Close), which the caller takes.
    virtual views::GeneratedChoice showGeneratedMigration(QWidget *parent,
                                                          const views::GeneratedMigration &generated) = 0;
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
    QString chooseSaveFile(QWidget *parent, const QString &suggestion, const QString &filter,
                           QString *chosenFilter = nullptr) override;
    QString chooseDirectory(QWidget *parent, const QString &title, const QString &directory) override;
    QString chooseDrizzleProject(QWidget *parent, const QString &directory) override;
    bool reviewDrizzleProject(QWidget *parent, views::DrizzleProjectRequest *request) override;
    void showWarnings(QWidget *parent, const QString &title, const QString &message,
                      const QStringList &warnings) override;
    SourceConflictChoice askSourceConflict(QWidget *parent, const QStringList &changedFiles) override;
    RunningApplyChoice askCloseDuringApply(QWidget *parent, const QString &databasePath) override;
    bool confirm(QWidget *parent, const QString &title, const QString &message, const QString &acceptText) override;
    std::optional<QString> askMigrationName(QWidget *parent, const views::MigrationNameRequest &request) override;
    views::GeneratedChoice showGeneratedMigration(QWidget *parent, const views::GeneratedMigration &generated) override;
};

} // namespace tw::app
