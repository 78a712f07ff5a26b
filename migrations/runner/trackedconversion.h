// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/convert/projectconversion.h"
#include "migrations/runner/d1trackingrename.h"
#include "model/core/result.h"

#include <QDateTime>
#include <QString>

namespace tw::migrations {

/// Converting a project's migrations folder and its local database's tracking rows as one step that cannot leave the
/// two disagreeing (a converted folder over a database still tracking the old names would have wrangler apply
/// everything again; the other way round, nothing new would ever run). The CLI's `convert` and the designer's
/// Migration ▸ Convert Folder Layout… both call it.
///
/// The order, and what each failure leaves:
/// 1. the rename is rehearsed on a copy of the database (fails: nothing touched);
/// 2. the converted folder is built beside the original (fails: nothing touched);
/// 3. a marker `.<folder>-convert-<uuid>.pending` is written beside the folder, naming the staged copy, the
///    original's place aside, the database and the rows to change;
/// 4. the folder is swapped (two renames; fails: undone);
/// 5. the database is backed up (DatabaseBackup) and the rows change in one transaction (either fails: the folder
///    is swapped back);
/// 6. the original and the marker are removed.
/// A process that dies after 3 leaves the marker: recover() (run by the next convert) finishes the step when the
/// swap happened (the row changes are idempotent) and undoes it otherwise; one that dies during 2 leaves an
/// unfinished copy and no marker, which recover() removes.
class TrackedConversion
{
public:
    struct Outcome
    {
        ProjectConversion::Outcome project;
        D1TrackingRename::Outcome tracking;
        QString report; ///< the project's report and the database's line
    };

    /// Carries out @p plan on the project's folder and on @p databasePath (empty: the project's local database, if
    /// it has one). On failure the folder and the database are as they were, and the reason says so.
    static model::Result<Outcome> run(const ProjectConversion::Plan &plan, const model::Project &project,
                                      const QString &projectFile, const QString &databasePath, const QDateTime &now);

    /// The marker of step 3: what recover() needs to finish or undo the step.
    struct Pending
    {
        LayoutConverter::Staged staged;
        QString databasePath; ///< empty: no database to change
        TrackingChanges changes;

        /// Writes the marker beside the folder; returns its path.
        model::Result<QString> save() const;
        static model::Result<Pending> load(const QString &markerPath);
        /// The markers beside @p folderPath, oldest name first.
        static QStringList markers(const QString &folderPath);
    };

    /// Finishes or undoes a conversion of @p folderPath that was interrupted (see above). Returns what it did, one
    /// line each; empty when there was nothing to do.
    static model::Result<QString> recover(const QString &folderPath);
};

} // namespace tw::migrations
