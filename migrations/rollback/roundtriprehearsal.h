// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/rollback/rollbackplan.h"
#include "model/core/result.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// What applying the pending migrations and rolling them back again did to a copy of the database.
struct RoundTripReport
{
    QString databasePath;       ///< the real database (only read)
    QStringList applied;        ///< the migrations the up step applied on the copy
    QString upError;            ///< the up step failed on the copy
    QString downError;          ///< the down step failed or was refused (a custom migration without its down file)
    RollbackPlan down;          ///< the down steps that ran
    QStringList schemaChanges;  ///< how the schema after up and down differs from the starting one
    QStringList rowChanges;     ///< tables whose rows differ (counts, then a checksum of the values)
    QStringList historyChanges; ///< the applied migrations the database records, when not the starting ones

    bool succeeded() const
    {
        return upError.isEmpty() && downError.isEmpty() && schemaChanges.isEmpty() && rowChanges.isEmpty() &&
               historyChanges.isEmpty();
    }
    QString toText() const;
};

/// "Test rollback procedure" (`apply --dry-run --with-rollback`): on a copy of the database, applies the pending
/// migrations (MigrationApplier), rolls exactly them back (RollbackRunner), and compares the copy with the database as
/// it was: the schema (introspected both times and diffed), each table's row count and a checksum of its values
/// (TableContents), and the tracking history. The database itself is only read.
class RoundTripRehearsal
{
public:
    /// @p request names the project (for down files), folder and database; its `to` is not used. Fails only when the
    /// rehearsal cannot run; what fails on the copy is in the report.
    static model::Result<RoundTripReport> rehearse(const RollbackRequest &request);

private:
    static QString compare(const QString &startPath, const QString &endPath, RoundTripReport &report);
};

} // namespace tw::migrations
