// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {
class ApplyDialog;
class SqlEditorDialog;
} // namespace tw::views

namespace tw::app {

class FileActions;
class UserPrompts;

/// The Migration menu: Generate Migration, Apply to Local Database, and the home of the other migration actions
/// (export), which add themselves to migrationMenu(). Generating writes the next drizzle-kit migration into the
/// project's migrations folder and records the new baseline in the project (not an undo step; saved). Applying
/// opens the apply dialog beside the window (not modal: its runs are on a worker thread); applyRunningChanged()
/// tells the window when the database is in use, so nothing else queries it meanwhile.
class MigrationActions : public QObject
{
    Q_OBJECT

public:
    MigrationActions(model::SchemaDocument *document, UserPrompts *prompts, FileActions *file, QWidget *window);

    /// "&Migration", objectName "migrationMenu".
    QMenu *migrationMenu() const { return m_menu; }
    QAction *generateAction() const { return m_generate; }
    /// "Apply to Local Database…", objectName "applyToDatabaseAction".
    QAction *applyAction() const { return m_apply; }
    /// "Convert Folder Layout…", objectName "convertFolderLayoutAction".
    QAction *convertAction() const { return m_convert; }

    /// Saves a never-saved project first (asking where), asks for the migration's name (the generator's own pick,
    /// editable; UserPrompts::askMigrationName) when there is something to write, then writes the next migration
    /// and shows the result (UserPrompts::showGeneratedMigration), taking the next step picked there: the SQL
    /// editor on the file (View SQL) or the apply dialog rehearsing it (Apply Now). Returns the SQL file written,
    /// or empty when nothing was written (no changes, cancelled, or an error already shown).
    QString generateMigration();
    /// The SQL editor View SQL opened, or null.
    views::SqlEditorDialog *sqlEditor() const;
    /// Saves a never-saved project first (asking where), then shows the apply dialog for the project's target and
    /// starts rehearsing; an open apply dialog is raised instead. Returns the dialog, or null when cancelled.
    views::ApplyDialog *openApplyDialog();
    /// The open apply dialog, or null.
    views::ApplyDialog *applyDialog() const;
    /// Whether a rehearsal or apply is running on its worker thread.
    bool isApplyRunning() const;
    /// The window is closing: asks what to do about a running apply (cancel it and wait for the rollback, or keep
    /// it running); true when the window may close.
    bool settleRunningApply();
    /// Migration ▸ Convert Folder Layout…: converts to the other layout than the folder's (a classic folder to
    /// drizzle-kit 1.0's, a v1 folder back to the classic one; an empty folder only flips the setting). Says what
    /// will move (migrations::ProjectConversion), and after the user confirms converts the folder together with the
    /// local database's tracking rows (migrations::TrackedConversion), keeps the unique indexes in the schema when
    /// going to v1 and sets the project's layout (one undo step each), then saves. True when the project was converted.
    bool convertFolderLayout();

Q_SIGNALS:
    /// A migration file was written (absolute path).
    void migrationGenerated(const QString &sqlPath);
    /// A one-line outcome for the status bar ("Wrote …", "No schema changes").
    void statusMessage(const QString &message);
    /// A rehearsal or apply started (true) or ended (false) on @p databasePath.
    void applyRunningChanged(bool running, const QString &databasePath);

private:
    bool schemaHasErrors();
    /// View SQL: the SQL editor on @p sqlPath (one at a time).
    void openSqlEditor(const QString &sqlPath);
    /// The operations of the pending plan: what the project holds that no migration has yet.
    int ungeneratedChanges() const;
    /// When @p error says the folder changed behind the project's back, asks whether to clear the project's
    /// baseline (one undo step); true when it was cleared and generating may start again.
    bool offerToClearBaseline(const QString &error);
    /// Closes the apply dialog unless it is running (that run keeps the target it started with).
    void closeStaleApplyDialog();
    /// Records @p path (chosen in the apply dialog) as the project's database in its settings.
    void makeProjectDatabase(const QString &path);

    model::SchemaDocument *m_document;
    UserPrompts *m_prompts;
    FileActions *m_file;
    QWidget *m_window;
    QMenu *m_menu;
    bool m_keepApplyDialog = false; ///< while the dialog's own choice changes the settings
    QAction *m_generate;
    QAction *m_apply;
    QAction *m_convert;
    QPointer<views::ApplyDialog> m_applyDialog;
    QPointer<views::SqlEditorDialog> m_sqlEditor;
};

} // namespace tw::app
