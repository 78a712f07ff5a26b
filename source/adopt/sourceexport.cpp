// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/sourceexport.h"

#include "source/adopt/sourceproject.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tw::source {
namespace {

/// Where the other generators' code imports the tables from: a schema folder as a module (its index.ts, which
/// re-exports the files; the database helpers go beside the folder, not into it, where drizzle-kit would read them),
/// a single schema file, else the file new tables go to.
QString schemaModule(const model::ProjectSettings &settings, const QString &projectFolder)
{
    if (settings.schemaSources.size() == 1) {
        const QString only = QDir::cleanPath(settings.schemaSources.first());
        const QFileInfo info(QDir(projectFolder).absoluteFilePath(only));
        if (info.isDir() && QFileInfo::exists(info.filePath() + QStringLiteral("/index.ts")))
            return only;
        if (info.isFile())
            return only;
    }
    return settings.schemaFile;
}

} // namespace

codegen::ExportPlan SourceExport::plan(const model::Project &project, const QString &projectFile,
                                       const codegen::CodegenOptions &options, const QString &outputFolder,
                                       const QStringList &onlyIds)
{
    if (project.settings.schemaMode != model::ProjectSettings::SchemaMode::Source)
        return codegen::ExportPlan::build(project, options, outputFolder, onlyIds);
    model::Project generated = project;
    generated.settings.schemaFile = schemaModule(project.settings, QFileInfo(projectFile).absolutePath());
    codegen::ExportPlan plan = codegen::ExportPlan::build(generated, options, outputFolder, onlyIds);
    if (!onlyIds.isEmpty() && !onlyIds.contains(QLatin1String("schema")))
        return plan;
    const auto edits = SourceProject::exportEdits(project, projectFile);
    if (!edits) {
        const QString schemaFile =
            QDir::cleanPath(QFileInfo(projectFile).absoluteDir().absoluteFilePath(project.settings.schemaFile));
        plan.addInPlaceFailure(schemaFile, edits.error());
        return plan;
    }
    for (const SourceFileEdit &edit : edits.value())
        plan.addInPlaceEdit(edit.path, edit.oldText, edit.newText, edit.created);
    return plan;
}

bool SourceExport::allInPlaceWritten(const codegen::ExportPlan &plan, const QList<codegen::ExportOutcome> &outcomes)
{
    using Action = codegen::ExportOutcome::Action;
    for (const codegen::ExportPlan::Entry &entry : plan.entries()) {
        if (!entry.inPlace || entry.action == Action::Unchanged)
            continue;
        if (entry.action == Action::Failed)
            return false;
        const QString path = QDir::cleanPath(QDir(plan.outputFolder()).absoluteFilePath(entry.file.path));
        const bool written = std::any_of(outcomes.cbegin(), outcomes.cend(), [&](const codegen::ExportOutcome &o) {
            return QDir::cleanPath(o.path) == path && (o.action == Action::Created || o.action == Action::Updated);
        });
        if (!written)
            return false;
    }
    return true;
}

model::Result<model::Project> SourceExport::afterWrite(const model::Project &project, const QString &projectFile)
{
    if (project.settings.schemaMode != model::ProjectSettings::SchemaMode::Source)
        return project;
    auto state = SourceProject::syncedState(project, projectFile);
    if (!state)
        return model::Result<model::Project>::failure(state.error());
    model::Project synced = project;
    synced.source = std::move(state).value();
    return synced;
}

} // namespace tw::source
