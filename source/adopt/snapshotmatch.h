// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/snapshot/snapshot.h"
#include "model/project/baseline.h"
#include "model/schema/schema.h"

#include <QStringList>

namespace tw::source {

/// Puts a team's schema source and their migrations folder's latest snapshot side by side, matched by SQL name
/// (case-insensitive, as SQLite compares): the source is the project's schema, the snapshot what the database has.
class SnapshotMatch
{
public:
    /// The baseline that says the database is @p snapshot: the snapshot's name for every table, column and view of
    /// @p schema that it has. What only the source has is pending (a create); what only the snapshot has, a drop.
    static model::Baseline baselineFor(const model::Schema &schema, const migrations::Snapshot &snapshot);

    /// Adds the snapshot's tables and views that @p schema lacks when the source could not be read whole
    /// (@p sourceIncomplete: they may be the ones it failed on, so dropping them would be a guess); otherwise says
    /// in @p warnings that the next migration drops them.
    static void keepOrReportMissing(model::Schema &schema, const model::Schema &snapshotSchema, bool sourceIncomplete,
                                    QStringList *warnings);

    /// What the source cannot say but the snapshot records: the SQL of a query-builder view (`.as((qb) => ...)`),
    /// which drizzle-kit works out by running the builder.
    static void fillFromSnapshot(model::Schema &schema, const model::Schema &snapshotSchema);

    /// Says in @p warnings which tables and columns the source has that the snapshot does not (pending creates).
    static void reportPending(const model::Schema &schema, const model::Schema &snapshotSchema, QStringList *warnings);
};

} // namespace tw::source
