// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/snapshot/snapshotv7.h"
#include "model/core/result.h"

#include <QByteArray>

namespace tw::migrations {

/// A drizzle-kit 0.31 snapshot (version "6") converted to version "7" exactly as drizzle-kit 1.0.0-rc.5's `up` does
/// (its `updateToV7`), so a folder Tablewright converts is the folder `up` would have made:
/// - every name kept as it was (`posts_author_id_users_id_fk`, not the `fk_` form 1.0 would generate), with
///   `nameExplicit` saying whether it differs from 0.31's default pattern;
/// - a one-column primary key becomes a `pks` entry named `<table>_pk` and its column's `notNull` false;
/// - defaults become strings (`String(default)`: `0`, `true`, `'x'`), FK actions upper case;
/// - 0.31's unique indexes (`.unique()` columns included) stay `indexes` with `isUnique`: 1.0 would write an inline
///   UNIQUE for the same schema, so the project must keep them as unique indexes (see uniqueindexes.h) or the next
///   generate rebuilds those tables;
/// - `_meta` renames become `renames` in `up`'s quoted form (`"\"tags\"->\"labels\""`).
///
/// Two things differ from `up` on purpose, because `up`'s snapshot then says something the schema does not, and
/// the next generate (rc.5's too) "repairs" it: an index term 0.31 recorded as an expression (`internal.indexes`) is
/// marked `isExpression` (`up` marks none, so each expression index is dropped and created again), and a CHECK loses
/// the first `"<table>".` 0.31 wrote into it, as 1.0 writes checks (`up` keeps it, so every table with a check is
/// rebuilt).
class ClassicSnapshotUpgrade
{
public:
    struct Upgraded
    {
        SnapshotV7 snapshot; ///< the ddl as read back by SnapshotV7Reader would give it (renames left empty)
        /// snapshot.json as `up` writes it: keys `dialect, id, prevIds, version, ddl, renames`, and a column's
        /// `generated` as `{type, as}`
        QByteArray bytes;
    };
    /// Converts the text of a version "6" SQLite snapshot; errors name the JSON path.
    static model::Result<Upgraded> upgrade(const QByteArray &v6Text);
};

} // namespace tw::migrations
