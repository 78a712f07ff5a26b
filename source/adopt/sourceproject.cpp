// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/sourceproject.h"

#include "model/io/sourcestatejson.h"
#include "model/layout/autolayout.h"
#include "source/schema/schemasourcereader.h"
#include "source/sync/sourcebinding.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

/// Lowercase hex SHA-256 of the file's bytes now; empty when it cannot be read (deleted).
QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray hexDigest(const SourceFile &file)
{
    if (file.digest.size() == 32)
        return file.digest.toHex();
    if (file.digest.size() == 64)
        return file.digest.toLower();
    return QCryptographicHash::hash(file.text.toUtf8(), QCryptographicHash::Sha256).toHex();
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
    const QDir folder(projectFolder(projectFile));
    const auto files = resolvedSources(project, folder.absolutePath());
    if (!files)
        return model::Result<SourceSyncCheck>::failure(files.error());
    QStringList paths = project.source.fileDigests.keys();
    for (const QString &file : files.value()) {
        const QString relative = folder.relativeFilePath(QDir::cleanPath(file));
        if (!paths.contains(relative))
            paths << relative;
    }
    for (const QString &relative : std::as_const(paths)) {
        if (fileDigest(folder.absoluteFilePath(relative)) != project.source.fileDigests.value(relative))
            result.changedFiles << relative;
    }
    const bool projectChanged = model::SourceStateJson::schemaDigest(project.schema) != project.source.schemaDigest;
    if (result.changedFiles.isEmpty()) {
        result.change = projectChanged ? Change::ProjectOnly : Change::None;
        return result;
    }
    if (projectChanged) {
        result.change = Change::Both;
        return result;
    }
    const SourceSchema source = SchemaSourceReader::read(files.value(), project.settings.casing);
    for (const SourceDiagnostic &diagnostic : source.diagnostics)
        result.warnings << diagnostic.toString();
    result.change = Change::SourceOnly;
    result.project.schema = SourceMatcher::withProjectIds(source, project.schema, project.source);
    layOutNew(result.project);
    result.project.source = stateFor(result.project.schema, source, folder.absolutePath());
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
    return stateFor(project.schema, source.value(), projectFolder(projectFile));
}

model::SourceState SourceProject::stateFor(const model::Schema &schema, const SourceSchema &source,
                                           const QString &projectFolder)
{
    model::SourceState state = SourceMatcher::bindingFor(schema, source);
    const QDir folder(projectFolder);
    state.fileDigests.clear();
    for (const SourceFile &file : source.files)
        state.fileDigests.insert(folder.relativeFilePath(QDir::cleanPath(file.path)), hexDigest(file));
    state.schemaDigest = model::SourceStateJson::schemaDigest(schema);
    return state;
}

} // namespace tw::source
