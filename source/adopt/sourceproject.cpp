// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/sourceproject.h"

#include "model/layout/autolayout.h"
#include "source/schema/schemasourcereader.h"
#include "source/sync/sourcebinding.h"
#include "source/sync/sourcesync.h"

#include <QDir>
#include <QFileInfo>

namespace tw::source {
namespace {

using Change = SourceSyncCheck::Change;

QString projectFolder(const QString &projectFile)
{
    return QFileInfo(projectFile).absolutePath();
}

model::Result<QStringList> resolvedSources(const model::Project &project, const QString &folder)
{
    QStringList errors;
    const QStringList files = SchemaSourceReader::resolvePaths(project.settings.schemaSources, folder, &errors);
    if (files.isEmpty()) {
        return model::Result<QStringList>::failure(
            QStringLiteral("no schema file found at %1 (the project's schemaSources, relative to %2); expected the "
                           "TypeScript files that declare its tables%3")
                .arg(project.settings.schemaSources.join(QLatin1String(", ")), folder,
                     errors.isEmpty() ? QString() : QStringLiteral(": ") + errors.join(QLatin1String("; "))));
    }
    return files;
}

/// Positions for the tables and views that have none (new in the source), leaving the others where they are.
void layOutNew(model::Project &project)
{
    const auto positions = model::autoLayout(project.schema, {});
    model::DiagramLayout layout;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const auto old = project.layout.items.constFind(it.key());
        if (old != project.layout.items.cend()) {
            layout.items.insert(it.key(), old.value());
        } else {
            layout.items[it.key()].position = it.value();
        }
    }
    project.layout = layout;
}

} // namespace

model::Result<SourceSchema> SourceProject::read(const model::Project &project, const QString &projectFile)
{
    const auto files = resolvedSources(project, projectFolder(projectFile));
    if (!files)
        return model::Result<SourceSchema>::failure(files.error());
    return SchemaSourceReader::read(files.value(), project.settings.casing);
}

model::Result<SourceSyncCheck> SourceProject::check(const model::Project &project, const QString &projectFile)
{
    SourceSyncCheck result;
    result.project = project;
    if (project.settings.schemaMode != model::ProjectSettings::SchemaMode::Source)
        return result;
    const auto source = read(project, projectFile);
    if (!source)
        return model::Result<SourceSyncCheck>::failure(source.error());
    const QString folder = projectFolder(projectFile);
    const SourceSyncStatus status = SourceSync::status(project.schema, project.source, source.value(), folder);
    result.changedFiles = status.changedFiles;
    switch (status.state) {
    case SourceSyncStatus::State::InSync:
        return result;
    case SourceSyncStatus::State::ProjectChanged:
        result.change = Change::ProjectOnly;
        return result;
    case SourceSyncStatus::State::Both:
        result.change = Change::Both;
        return result;
    case SourceSyncStatus::State::SourceChanged:
        break;
    }
    for (const SourceDiagnostic &diagnostic : source.value().diagnostics)
        result.warnings << diagnostic.toString();
    result.change = Change::SourceOnly;
    result.project.schema = status.sourceSchema;
    layOutNew(result.project);
    result.project.source = SourceMatcher::bindingFor(result.project.schema, source.value(), folder);
    return result;
}

model::Result<QList<SourceFileEdit>> SourceProject::exportEdits(const model::Project &project,
                                                                const QString &projectFile)
{
    auto source = read(project, projectFile);
    if (!source)
        return model::Result<QList<SourceFileEdit>>::failure(source.error());
    const QString newTableFile = QDir(projectFolder(projectFile)).absoluteFilePath(project.settings.schemaFile);
    return SourceEditor::edits(source.value(), project.source, project.schema, QDir::cleanPath(newTableFile));
}

model::Result<model::SourceState> SourceProject::syncedState(const model::Project &project, const QString &projectFile)
{
    auto source = read(project, projectFile);
    if (!source)
        return model::Result<model::SourceState>::failure(source.error());
    return SourceMatcher::bindingFor(project.schema, source.value(), projectFolder(projectFile));
}

} // namespace tw::source
