// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QMap>
#include <QString>

namespace tw::model {

/// What the last generated migration looked like, keyed by id: the snapshot id it wrote and the name every table
/// and column had in it. drizzle's snapshots are keyed by name; this map is what lets the differ match the
/// project's ids against them, so a rename since the last migration is a rename and never a drop plus an add.
struct Baseline
{
    struct TableNames
    {
        QString name;
        QMap<Id, QString> columns; ///< column id -> column name in the snapshot

        friend bool operator==(const TableNames &, const TableNames &) = default;
    };

    QString snapshotId;          ///< `id` of the last snapshot; empty: nothing generated yet
    QMap<Id, TableNames> tables; ///< table id -> names in that snapshot
    QMap<Id, QString> views;     ///< view id -> view name in that snapshot

    bool isEmpty() const { return snapshotId.isEmpty() && tables.isEmpty() && views.isEmpty(); }

    friend bool operator==(const Baseline &, const Baseline &) = default;
};

} // namespace tw::model
