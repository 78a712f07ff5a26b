// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/validation/finding.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {
class SqlEditorDialog;
}

namespace tw::app {

class FileActions;
class UserPrompts;

/// The Migration menu's hand-written SQL: New Custom Migration… writes drizzle-kit's empty custom migration
/// (migrations::CustomMigration, the same call as `tablewright generate --custom`) and opens it in the SQL editor;
/// Verify Migrations replays the folder on a scratch database (migrations::MigrationVerifier, as `tablewright verify`)
/// and shows which migrations' SQL does not produce their snapshot's schema. Both add themselves to the menu given.
class CustomActions : public QObject
{
    Q_OBJECT

public:
    /// Asks for the new migration's name: nullopt cancels, an empty name lets drizzle-kit's two words name it.
    using NameQuestion = std::function<std::optional<QString>(QWidget *parent)>;

    CustomActions(model::SchemaDocument *document, UserPrompts *prompts, FileActions *file, QMenu *migrationMenu,
                  QWidget *window);

    /// "New Custom Migration…", objectName "newCustomMigrationAction".
    QAction *newCustomAction() const { return m_newCustom; }
    /// "Verify Migrations", objectName "verifyMigrationsAction".
    QAction *verifyAction() const { return m_verify; }
    /// Replaces the name dialog (tests answer without one).
    void setNameQuestion(NameQuestion question) { m_askName = std::move(question); }

    /// Saves a never-saved project first, asks for a name, writes the custom migration, records the baseline's new
    /// snapshot id (one undo step, saved) and opens the SQL editor on the file. Returns the SQL file, or empty.
    QString newCustomMigration();
    /// Verifies the project's migrations folder and shows the report; true when it is clean.
    bool verifyMigrations();
    /// The open SQL editor, or null.
    views::SqlEditorDialog *editor() const;

Q_SIGNALS:
    /// A one-line outcome for the status bar.
    void statusMessage(const QString &message);
    /// Verify Migrations ran: its findings for the Problems panel (empty when the folder is clean).
    void migrationsVerified(const tw::model::Findings &problems);

private:
    model::SchemaDocument *m_document;
    UserPrompts *m_prompts;
    FileActions *m_file;
    QWidget *m_window;
    QAction *m_newCustom;
    QAction *m_verify;
    NameQuestion m_askName;
    QPointer<views::SqlEditorDialog> m_editor;
};

} // namespace tw::app
