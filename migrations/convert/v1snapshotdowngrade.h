// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/snapshot/snapshotv7.h"
#include "model/core/result.h"
#include "model/schema/schema.h"

#include <QByteArray>

namespace tw::migrations {

/// A drizzle-kit 1.0 snapshot (version "7") written back as the drizzle-kit 0.31 snapshot (version "6") of the same
/// state, for converting a v1 folder to the classic layout: the bytes 0.31.11 writes for that schema (SnapshotWriter,
/// tables in the snapshot's own order, which both versions take from schema.ts's export names), `id` kept, `prevId`
/// the one parent, `renames` as `_meta`. A snapshot `up` made from a 0.31 one gives that one back byte for byte.
///
/// Refused, with the reason, where the classic snapshot would say something else than the database holds or
/// lose what the v1 one records, because the next 0.31 migration would then be written against a wrong state:
/// - a merge (several prevIds): a journal is one chain;
/// - an inline UNIQUE constraint (`uniques`): 0.31 knows only unique indexes, which a later 0.31 migration would
///   try to DROP INDEX by a name the database does not have;
/// - an explicitly named primary key or foreign key whose name 0.31's snapshot cannot carry;
/// - anything else that reading the written snapshot back (as `up` would) does not give again.
///
/// What a v7 snapshot no longer says is taken as 0.31 most likely wrote it: whether a one-column primary key was the
/// column's `.primaryKey()` (0.31: `notNull` true) or the table's `primaryKey()` (false) shows only in the order of a
/// snapshot 1.0's `generate` wrote, otherwise it is the column's; a CHECK gets back the first `"<table>".` 1.0 drops
/// where the rest of it shows 0.31 wrote one.
class V1SnapshotDowngrade
{
public:
    /// @p parent: the ddl of the snapshot before (none for the first). A snapshot whose ddl equals it is a custom
    /// migration's (`generate --custom`: only SQL), which 0.31 writes in another key order. @p known: the project's
    /// schema, for what a v7 snapshot does not record but 0.31's does: a view's columns (taken for a view of the same
    /// name and definition; without it, none).
    static model::Result<QByteArray> downgrade(const SnapshotV7 &snapshot, const SchemaDefinition *parent = nullptr,
                                               const model::Schema *known = nullptr);
};

} // namespace tw::migrations
