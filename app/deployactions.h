// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::app {

class FileActions;

/// The Migration menu's deploy items: Deploy… (views::DeployDialog), Set Up Local Database… and Reset Local
/// Database… (views::LocalDbDialog). A never-saved project is saved first (the tools run beside the project file).
class DeployActions : public QObject
{
    Q_OBJECT
public:
    DeployActions(model::SchemaDocument *document, FileActions *file, QMenu *menu, QWidget *window);

    /// objectNames "deployAction", "setUpLocalDatabaseAction", "resetLocalDatabaseAction".
    QAction *deployAction() const { return m_deploy; }
    QAction *setUpAction() const { return m_setUp; }
    QAction *resetAction() const { return m_reset; }

private:
    /// The saved project's path, or empty when the user declined to save.
    QString savedProject();

    model::SchemaDocument *m_document;
    FileActions *m_file;
    QWidget *m_window;
    QAction *m_deploy;
    QAction *m_setUp;
    QAction *m_reset;
};

} // namespace tw::app
