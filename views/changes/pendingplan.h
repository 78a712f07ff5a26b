// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"
#include "model/project/project.h"

#include <QString>
#include <QStringList>

namespace tw::views {

/// What the next Generate Migration would write: the plan from the migrations folder's latest snapshot (matched
/// to the project's ids through the baseline, as the generator does) to the project's schema, and its SQL.
struct PendingPlan
{
    migrations::MigrationPlan plan;
    QString sql;           ///< the migration file's text; empty when the plan is empty
    QString error;         ///< why no plan could be computed (a broken or changed folder), else empty
    QString note;          ///< a remark on what the plan starts from (an unsaved project: an empty database)
    bool computed = false; ///< false until the first compute(): nothing is known yet
    /// One text per plan warning with the real row count from the project's configured local database
    /// ("drop column products.price: 12 non-null values"); empty when no database is configured or readable.
    QStringList countedWarnings;

    /// Reads the folder the project's settings name (relative to @p projectFile); an unsaved project (empty
    /// @p projectFile) starts from the empty schema.
    static PendingPlan compute(const model::Project &project, const QString &projectFile);
};

} // namespace tw::views
