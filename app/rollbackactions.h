// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {
class RollbackDialog;
}

namespace tw::app {

class FileActions;
class MigrationActions;

/// Migration ▸ Roll Back…, right after Apply to Local Database: opens the Roll Back dialog on the project's database
/// (found as apply finds it, migrations::ApplyTarget) with the project's migrations folder, so the designer rolls back
/// what `tablewright rollback` would. A project never saved is saved first: its folder and database are relative to
/// the project file, and its down files live beside it.
class RollbackActions : public QObject
{
    Q_OBJECT

public:
    RollbackActions(model::SchemaDocument *document, FileActions *file, MigrationActions *migration, QWidget *window);

    /// "Roll &Back…", objectName "rollBackAction".
    QAction *rollBackAction() const { return m_rollBack; }
    /// Shows the dialog and loads the applied migrations; an open one is raised. Null when cancelled, when the
    /// project has no database yet (the reason is shown in the dialog otherwise) or an apply is running.
    views::RollbackDialog *openRollbackDialog();

private:
    model::SchemaDocument *m_document;
    FileActions *m_file;
    MigrationActions *m_migration;
    QWidget *m_window;
    QAction *m_rollBack;
    QPointer<views::RollbackDialog> m_dialog;
};

} // namespace tw::app
