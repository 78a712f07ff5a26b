// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/convert/layoutconversion.h"
#include "migrations/folder/folderlayout.h"
#include "model/core/result.h"
#include "model/project/project.h"

#include <optional>

namespace tw::migrations {

/// Moving a project between drizzle-kit's migration folder layouts: the one chain that `tablewright convert` and the
/// designer's Migration ▸ Convert Folder Layout… both call. Planning reads only; applying converts the folder
/// (LayoutConverter) and returns the project as it must be stored afterwards, which the caller saves its own way
/// (the CLI writes the project file, the designer pushes the edits onto the undo stack).
class ProjectConversion
{
public:
    using Layout = model::ProjectSettings::MigrationLayout;

    struct Plan
    {
        Layout to = Layout::V1;
        FolderLayout from = FolderLayout::Empty; ///< what the migrations folder holds now
        std::optional<LayoutConversion> folder;  ///< set when files move (a classic folder to v1 or back)
        /// What converting does, for a confirmation: the moves, the unique indexes kept, the setting.
        QString description;
    };

    struct Outcome
    {
        model::Project project;    ///< the schema (unique indexes kept) and the setting as they must be stored
        int uniqueIndexesKept = 0; ///< column `.unique()` / table `unique()` now declared as `uniqueIndex()`
        QString report;            ///< what was done, for the CLI's output and the designer's status
    };

    /// Checks the project's migrations folder and decides what converting to @p to does. Fails, saying why, on a
    /// mixed folder, and on a folder that cannot be converted without losing something (LayoutConverter::planToV1,
    /// LayoutConverter::planToClassic).
    static model::Result<Plan> plan(const model::Project &project, const QString &projectFile, Layout to);
    /// The project as it must be stored once the folder of @p plan is converted (apply() without the folder: for
    /// TrackedConversion, which converts the folder together with the database's tracking rows).
    static Outcome projectAfter(const Plan &plan, const model::Project &project);
    /// Carries out @p plan: the folder is converted (or left as it was on failure) and the returned project has
    /// the new layout setting and, after a classic folder moved to v1, the unique indexes kept (UniqueIndexes).
    static model::Result<Outcome> apply(const Plan &plan, const model::Project &project);
};

} // namespace tw::migrations
