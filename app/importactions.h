// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/adopt/schemasource.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace tw::app {

class FileActions;
class UserPrompts;

/// File ▸ Import: a new project from a drizzle migrations folder, a drizzle snapshot (.json) or a SQLite database,
/// made by the chain `tablewright import` runs (source::SchemaImport), saved where the user says (beside the source
/// by default, so the folder or database it names stays relative) and opened. The designer owns the schema from
/// then on; a team's TypeScript schema files are File ▸ Open Drizzle Project instead.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    using Kind = source::SchemaSource::Kind;

    ImportActions(FileActions *file, UserPrompts *prompts, QWidget *window);

    /// "&Import", holding the three actions below.
    QMenu *importMenu() const { return m_menu; }
    QAction *migrationsFolderAction() const { return m_folder; }
    QAction *snapshotAction() const { return m_snapshot; }
    QAction *databaseAction() const { return m_database; }

    /// The flow after the file dialog: asks where to save the project, imports @p sourcePath, writes and opens the
    /// project, then shows what the import noticed. @p kind is what the user asked for (it names the steps); the
    /// file says what it is. True when the new project is open.
    bool importFrom(const QString &sourcePath, Kind kind);

Q_SIGNALS:
    /// What was imported, for the status bar: "12 tables imported from drizzle (3 migrations, …)".
    void statusMessage(const QString &message);

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QString &statusTip, Kind kind);
    QString chooseSource(Kind kind);
    /// Why @p sourcePath is no import, in the window's words; empty when it may be one.
    QString refusal(const QString &sourcePath) const;

    FileActions *m_file;
    UserPrompts *m_prompts;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_folder;
    QAction *m_snapshot;
    QAction *m_database;
};

} // namespace tw::app
