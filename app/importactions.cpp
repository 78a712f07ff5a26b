// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importactions.h"

#include "app/fileactions.h"
#include "app/userprompts.h"
#include "model/io/projectwriter.h"
#include "source/adopt/projectadopter.h"
#include "source/adopt/schemaimport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

namespace tw::app {
namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString title(ImportActions::Kind kind)
{
    switch (kind) {
    case ImportActions::Kind::Folder:
        return ImportActions::tr("Import Migrations Folder");
    case ImportActions::Kind::Snapshot:
        return ImportActions::tr("Import Drizzle Snapshot");
    case ImportActions::Kind::Database:
    case ImportActions::Kind::Project:
        break;
    }
    return ImportActions::tr("Import SQLite Database");
}

/// `<folder>/<name>.twproj` beside the source: a migrations folder's project goes into the folder holding it (the
/// app's root, whose name it takes), a file's beside it with its base name.
QString suggestedProjectFile(const QString &sourcePath, ImportActions::Kind kind)
{
    const QFileInfo source(sourcePath);
    if (kind == ImportActions::Kind::Folder) {
        const QDir parent = QFileInfo(source.absoluteFilePath()).dir();
        const QString name = parent.dirName().isEmpty() ? QStringLiteral("project") : parent.dirName();
        return parent.filePath(name + QStringLiteral(".twproj"));
    }
    return source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral(".twproj"));
}

} // namespace

ImportActions::ImportActions(FileActions *file, UserPrompts *prompts, QWidget *window)
    : QObject(window)
    , m_file(file)
    , m_prompts(prompts)
    , m_window(window)
    , m_menu(new QMenu(tr("&Import"), window))
{
    m_menu->setObjectName(QStringLiteral("importMenu"));
    m_folder = makeAction(tr("Drizzle &Migrations Folder\u2026"), QStringLiteral("importMigrationsFolderAction"),
                          tr("A new project with the schema of a drizzle-kit migrations folder; the next migration "
                             "continues it"),
                          Kind::Folder);
    m_snapshot = makeAction(tr("Drizzle &Snapshot (.json)\u2026"), QStringLiteral("importSnapshotAction"),
                            tr("A new project with the schema a drizzle-kit snapshot records"), Kind::Snapshot);
    m_database = makeAction(tr("SQLite &Database\u2026"), QStringLiteral("importDatabaseAction"),
                            tr("A new project with the tables of a SQLite or local D1 database, which becomes the "
                               "project's database"),
                            Kind::Database);
}

QAction *ImportActions::makeAction(const QString &text, const QString &objectName, const QString &statusTip, Kind kind)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    connect(action, &QAction::triggered, this, [this, kind] {
        const QString path = chooseSource(kind);
        if (!path.isEmpty())
            importFrom(path, kind);
    });
    return action;
}

QString ImportActions::chooseSource(Kind kind)
{
    const QString home = QDir::homePath();
    switch (kind) {
    case Kind::Folder:
        return m_prompts->chooseDirectory(m_window, title(kind), home);
    case Kind::Snapshot:
        return m_prompts->chooseOpenFile(m_window, home, tr("Drizzle snapshots (*.json);;All files (*)"));
    case Kind::Database:
    case Kind::Project:
        break;
    }
    return m_prompts->chooseOpenFile(m_window, home, tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
}

QString ImportActions::refusal(const QString &sourcePath) const
{
    const QString path = nativePath(sourcePath);
    if (sourcePath.endsWith(QLatin1String(".twproj")))
        return tr("%1 is a Tablewright project already: open it with File \u25b8 Open.").arg(path);
    if (source::ProjectAdopter::isDrizzleConfig(sourcePath)) {
        return tr("%1 is a drizzle config: open it with File \u25b8 Open Drizzle Project\u2026, which keeps your "
                  "schema files and edits them in place.")
            .arg(path);
    }
    return {};
}

bool ImportActions::importFrom(const QString &sourcePath, Kind kind)
{
    const QString heading = title(kind);
    if (const QString why = refusal(sourcePath); !why.isEmpty()) {
        m_prompts->showError(m_window, heading, why);
        return false;
    }
    if (!m_file->maybeSave())
        return false;
    QString projectFile = m_prompts->chooseSaveFile(m_window, suggestedProjectFile(sourcePath, kind),
                                                    tr("Tablewright projects (*.twproj)"));
    if (projectFile.isEmpty())
        return false;
    if (QFileInfo(projectFile).suffix().isEmpty())
        projectFile += QStringLiteral(".twproj");
    const auto imported = source::SchemaImport::fromSchemaSource(sourcePath, projectFile);
    if (!imported) {
        m_prompts->showError(m_window, heading, imported.error());
        return false;
    }
    QString error;
    if (!model::ProjectWriter::writeFile(imported.value().project, projectFile, &error)) {
        m_prompts->showError(m_window, heading, tr("Could not save %1:\n%2").arg(nativePath(projectFile), error));
        return false;
    }
    if (!m_file->openFile(projectFile, FileActions::AskToSave::No))
        return false;
    const int tables = int(imported.value().project.schema.tables.size());
    QString status = tr("%n table(s) imported from %1", nullptr, tables).arg(QFileInfo(sourcePath).fileName());
    if (!imported.value().folderSummary.isEmpty())
        status += QStringLiteral(" (%1)").arg(imported.value().folderSummary);
    Q_EMIT statusMessage(status);
    const QStringList &warnings = imported.value().warnings;
    if (!warnings.isEmpty()) {
        m_prompts->showWarnings(
            m_window, heading,
            tr("%1 is open. Importing it, Tablewright noticed %n thing(s) to know:", nullptr, int(warnings.size()))
                .arg(QFileInfo(projectFile).fileName()),
            warnings);
    }
    return true;
}

} // namespace tw::app
