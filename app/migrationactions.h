// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::app {

class FileActions;
class UserPrompts;

/// The Migration menu: Generate Migration, and the home of the other migration actions (apply, export), which
/// add themselves to migrationMenu(). Generating writes the next drizzle-kit migration into the project's
/// migrations folder and records the new baseline in the project (one undo step, then saved).
class MigrationActions : public QObject
{
    Q_OBJECT

public:
    MigrationActions(model::SchemaDocument *document, UserPrompts *prompts, FileActions *file, QWidget *window);

    /// "&Migration", objectName "migrationMenu".
    QMenu *migrationMenu() const { return m_menu; }
    QAction *generateAction() const { return m_generate; }

    /// Saves a never-saved project first (asking where), then writes the next migration. Returns the SQL file
    /// written, or empty when nothing was written (no changes, cancelled, or an error already shown).
    QString generateMigration();

Q_SIGNALS:
    /// A migration file was written (absolute path).
    void migrationGenerated(const QString &sqlPath);
    /// A one-line outcome for the status bar ("Wrote …", "No schema changes").
    void statusMessage(const QString &message);

private:
    bool schemaHasErrors();

    model::SchemaDocument *m_document;
    UserPrompts *m_prompts;
    FileActions *m_file;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_generate;
};

} // namespace tw::app
