// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/json/jsonview.h"
#include "migrations/snapshot/snapshot.h"
#include "model/core/result.h"

#include <QByteArray>

namespace tw::migrations {

/// Reads a drizzle-kit snapshot (version "6", dialect "sqlite") into a Schema. The checks follow drizzle-kit's
/// own schema (unknown keys, missing members and wrong types are errors), plus what Tablewright needs: every
/// name a constraint uses must exist. An error names the JSON path: `tables["users"].columns["id"].type: ...`.
///
/// Ids are derived from names (ImportIds), so reading the same snapshot twice gives equal schemas, and writing
/// the result with SnapshotWriter::TableOrder::AsInSchema gives back drizzle-kit's bytes. Where drizzle's output
/// is ambiguous the reader picks one model that writes back the same: an index named `<table>_<column>_unique`
/// at the head of a table's indexes is the column's `.unique()`; unique indexes on plain columns at the tail,
/// from the first automatically named one, are unique constraints; a column with `primaryKey` but not `notNull`
/// is a table-level single-column primary key. TypeScript names and modes are not in snapshots: they stay empty,
/// except mode json where drizzle-kit wrote a JSON value default with its `'` undoubled (SnapshotColumn).
class SnapshotReader
{
public:
    static model::Result<Snapshot> read(const QByteArray &text);
    static model::Result<Snapshot> fromJson(const JsonView &json);
};

} // namespace tw::migrations
