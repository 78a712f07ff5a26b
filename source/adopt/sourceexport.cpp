// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/adopt/sourceexport.h"

#include "source/adopt/sourceproject.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tw::source {

codegen::ExportPlan SourceExport::plan(const model::Project &project, const QString &projectFile,
                                       const codegen::CodegenOptions &options, const QString &outputFolder,
                                       const QStringList &onlyIds)
{
    codegen::ExportPlan plan = codegen::ExportPlan::build(project, options, outputFolder, onlyIds);
    if (project.settings.schemaMode != model::ProjectSettings::SchemaMode::Source)
        return plan;
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
