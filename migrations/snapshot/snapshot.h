// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/schema.h"

#include <QList>
#include <QString>

namespace tw::migrations {

/// A snapshot's `_meta`: the renames performed by the migration that wrote the snapshot (drizzle-kit keeps only
/// those of its own migration, keyed by name).
struct SnapshotRenames
{
    struct TableRename
    {
        QString from;
        QString to;
        friend bool operator==(const TableRename &, const TableRename &) = default;
    };
    /// drizzle-kit writes the table's new name on both sides; they are kept apart because the key format has both.
    struct ColumnRename
    {
        QString fromTable;
        QString fromColumn;
        QString toTable;
        QString toColumn;
        friend bool operator==(const ColumnRename &, const ColumnRename &) = default;
    };

    QList<TableRename> tables;
    QList<ColumnRename> columns;

    bool isEmpty() const { return tables.isEmpty() && columns.isEmpty(); }
    friend bool operator==(const SnapshotRenames &, const SnapshotRenames &) = default;
};

/// One drizzle-kit (0.31, SQLite) snapshot, `meta/NNNN_snapshot.json`: the schema after a migration, the
/// migration's id and its predecessor's, and the renames it performed.
struct Snapshot
{
    /// The prevId of the first snapshot of a folder.
    static QString originId() { return QStringLiteral("00000000-0000-0000-0000-000000000000"); }

    QString id;     ///< a UUID v4
    QString prevId; ///< the previous snapshot's id, or originId()
    model::Schema schema;
    SnapshotRenames renames;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace tw::migrations
