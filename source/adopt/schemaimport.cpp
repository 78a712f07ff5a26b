// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/schemaimport.h"

#include "migrations/generate/baselinemapper.h"
#include "model/layout/autolayout.h"
#include "model/schema/importedschema.h"

#include <QDir>
#include <QFileInfo>

namespace tw::source {

model::Result<SchemaImport> SchemaImport::fromSchemaSource(const QString &sourcePath, const QString &projectFile)
{
    using Failure = model::Result<SchemaImport>;
    if (!QFileInfo::exists(sourcePath)) {
        return Failure::failure(QStringLiteral("%1: no such file or folder; expected a drizzle config "
                                               "(drizzle.config.ts), a drizzle migrations folder, a snapshot .json or "
                                               "a SQLite database")
                                    .arg(sourcePath));
    }
    const auto source = SchemaSource::load(sourcePath);
    if (!source)
        return Failure::failure(source.error());
    if (source.value().kind == SchemaSource::Kind::Project) {
        return Failure::failure(QStringLiteral("%1: is a project already; import reads a drizzle config, a drizzle "
                                               "folder, a snapshot .json or a SQLite database")
                                    .arg(sourcePath));
    }
    SchemaImport imported;
    imported.kind = source.value().kind;
    model::Project &project = imported.project;
    project.schema = source.value().snapshot.schema;
    model::prepareImportedSchema(project.schema);
    const auto positions = model::autoLayout(project.schema, {});
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        project.layout.items[it.key()].position = it.value();
    const QDir projectDir = QFileInfo(projectFile).absoluteDir();
    const QString absoluteSource = QFileInfo(sourcePath).absoluteFilePath();
    if (imported.kind == SchemaSource::Kind::Database)
        project.settings.database = projectDir.relativeFilePath(absoluteSource);
    if (imported.kind == SchemaSource::Kind::Folder) {
        project.settings.migrationsFolder = projectDir.relativeFilePath(absoluteSource);
        project.settings.migrationLayout = source.value().folderLayout;
        imported.folderSummary = source.value().folderSummary;
        if (!source.value().snapshotFile.isEmpty())
            project.baseline = migrations::BaselineMapper::baselineFor(project.schema, source.value().snapshot.id);
    }
    for (const QString &warning : source.value().warnings)
        imported.warnings << QStringLiteral("%1: %2").arg(sourcePath, warning);
    return imported;
}

} // namespace tw::source
