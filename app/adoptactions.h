// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace tw::app {

class FileActions;
class UserPrompts;

/// File ▸ Open Drizzle Project…: takes over a team's existing Drizzle project. Picks their drizzle config (or a
/// migrations folder), shows what it says and asks for what it cannot say (source::ProjectAdopter needs the
/// schema files, the migrations folder and the casing), asks where to save the `.twproj`, writes it and opens it
/// as any project. The schema files stay the team's: the project is in source mode.
class AdoptActions : public QObject
{
    Q_OBJECT

public:
    AdoptActions(FileActions *file, UserPrompts *prompts, QWidget *window);

    QAction *openDrizzleAction() const { return m_openDrizzle; }

    /// The whole flow for @p path (a config, a migrations folder or its `meta/_journal.json`), as the action runs
    /// it after the file dialog: true when the new project is open.
    bool openDrizzleProject(const QString &path);

private:
    FileActions *m_file;
    UserPrompts *m_prompts;
    QWidget *m_window;
    QAction *m_openDrizzle;
};

} // namespace tw::app
