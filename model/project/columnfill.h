// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// A data migration for one column change: SQL over the row as the table holds it before the next migration (the
/// guide's `lower(replace(name, ' ', '-'))` for a new `slug`). The generated migration writes it as the `UPDATE`
/// after `ADD`, or as that column's term of a rebuild's `INSERT … SELECT`. Keyed by ids, so renames keep it; tied to
/// the snapshot it continues from, so once a migration carries it, it is spent and generating again cannot repeat it.
struct ColumnFill
{
    Id table;
    Id column;
    QString sql;
    /// The baseline's snapshot id when the fill was given (empty: the project had not generated yet). A fill is
    /// pending only while the baseline still records this snapshot.
    QString since;

    friend bool operator==(const ColumnFill &, const ColumnFill &) = default;
};

/// The fills the next migration uses: those given since the last generated snapshot @p baselineSnapshotId.
inline QList<ColumnFill> pendingFills(const QList<ColumnFill> &fills, const QString &baselineSnapshotId)
{
    QList<ColumnFill> pending;
    for (const ColumnFill &fill : fills) {
        if (fill.since == baselineSnapshotId)
            pending << fill;
    }
    return pending;
}

} // namespace tw::model
