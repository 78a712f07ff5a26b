// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonvalue.h"
#include "migrations/snapshot/snapshot.h"
#include "model/core/result.h"

#include <QByteArray>

namespace tw::migrations {

/// Writes a drizzle-kit snapshot (version "6", dialect "sqlite") exactly as drizzle-kit 0.31.11 writes it for
/// the schema.ts that Tablewright exports: key order, automatic constraint names, index order, the encoding of
/// defaults, `internal.indexes` for expression index parts, `JSON.stringify(x, null, 2)`, no trailing newline.
class SnapshotWriter
{
public:
    enum class TableOrder {
        /// drizzle-kit's order: tables (and views) sorted by the UTF-8 bytes of their exported TypeScript names,
        /// which is how the esbuild that loads schema.ts lists a module's exports.
        ByExportName,
        /// The schema's own order, for writing back a snapshot that was read (whose TypeScript names are unknown).
        AsInSchema,
    };

    /// The snapshot as JSON text. Fails when the schema refers to a column or table that does not exist or a
    /// number default is not a number; a schema that passes validation always writes.
    static model::Result<QByteArray> write(const Snapshot &snapshot, TableOrder order = TableOrder::ByExportName);
    /// The same, as an order-preserving JSON value.
    static model::Result<JsonValue> toJson(const Snapshot &snapshot, TableOrder order = TableOrder::ByExportName);
};

} // namespace tw::migrations
