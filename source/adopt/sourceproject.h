// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/project.h"
#include "source/edit/sourceeditor.h"
#include "source/schema/sourceschema.h"

#include <QString>
#include <QStringList>

namespace tw::source {

/// Whether a source-mode project and its schema files are still in sync, and if only the files changed, the
/// project with their changes taken in.
struct SourceSyncCheck
{
    enum class Change {
        None,        ///< both as at the last sync
        SourceOnly,  ///< the files were edited; `project` has their schema and a new source state
        ProjectOnly, ///< the project was edited (export writes it to the files)
        Both,        ///< both were edited: a conflict only the designer resolves
    };
    Change change = Change::None;
    model::Project project;   ///< the project to go on with (unchanged unless SourceOnly)
    QStringList changedFiles; ///< schema files (relative to the project folder) whose bytes differ from the last sync
    QStringList warnings;     ///< the reader's diagnostics, `warning: file:line:col: message`
};

/// The operations every front end (CLI, designer) performs on a project whose schema is the team's TypeScript
/// (ProjectSettings::SchemaMode::Source). Paths in the settings are relative to @p projectFile's folder.
class SourceProject
{
public:
    /// Reads the project's schema sources as they are on disk now.
    static model::Result<SourceSchema> read(const model::Project &project, const QString &projectFile);

    /// Compares the files' digests and the schema's digest with project.source. Fails only when the sources
    /// cannot be read. For a generated-mode project the answer is always Change::None.
    static model::Result<SourceSyncCheck> check(const model::Project &project, const QString &projectFile);

    /// The in-place edits that make the schema files say project.schema (SourceEditor), new tables going to the
    /// settings' schemaFile. Fails, changing nothing, when a change cannot be made safely in place.
    static model::Result<QList<SourceFileEdit>> exportEdits(const model::Project &project, const QString &projectFile);

    /// The source state that says project.schema and the files as they are on disk now are in sync: to store in
    /// project.source after writing export's edits (SourceMatcher::bindingFor on a fresh read).
    static model::Result<model::SourceState> syncedState(const model::Project &project, const QString &projectFile);
};

} // namespace tw::source
