// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/output/exportplan.h"
#include "model/core/result.h"
#include "model/project/project.h"

#include <QString>
#include <QStringList>

namespace tw::source {

/// Export of any project, as the export dialog and `tablewright export` both do it. In source mode the schema goes
/// to the team's own files, edited in place (SourceProject::exportEdits) instead of the generated schema.ts; the
/// other generators (operations, procedures, ...) run as for any project, importing the tables from the schema folder
/// (its index.ts) or the single schema file when the project has one.
class SourceExport
{
public:
    /// The plan: ExportPlan::build, plus in source mode one in-place entry per schema file that changes (or one
    /// Failed entry saying why the files cannot be edited). @p onlyIds as in ExportPlan::build; "schema" selects
    /// the in-place edits.
    static codegen::ExportPlan plan(const model::Project &project, const QString &projectFile,
                                    const codegen::CodegenOptions &options, const QString &outputFolder,
                                    const QStringList &onlyIds = {});

    /// Whether every in-place entry of @p plan was written (or had nothing to write) in @p outcomes, which is when
    /// afterWrite() may record the sync; a failed or skipped schema file leaves the project's changes pending.
    static bool allInPlaceWritten(const codegen::ExportPlan &plan, const QList<codegen::ExportOutcome> &outcomes);

    /// After the plan's in-place entries were written (allInPlaceWritten): the project with the source state that
    /// says it and the files are in sync now (save it). A generated-mode project comes back unchanged.
    static model::Result<model::Project> afterWrite(const model::Project &project, const QString &projectFile);
};

} // namespace tw::source
