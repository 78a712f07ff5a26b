// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/json/jsonview.h"
#include "migrations/plan/tabledefinition.h"
#include "model/core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// One drizzle-kit 1.0 snapshot (version "7", dialect "sqlite"), `<folder>/snapshot.json`: a flat `ddl` list of
/// entities (tables, columns, indexes, fks, pks, uniques, checks, views) that maps one to one onto a
/// SchemaDefinition in the V1 dialect, the migration's id, its parents' ids and the renames it performed.
///
/// Names are data here, not rules: a v7 snapshot carries constraint names inherited across renames and from
/// drizzle-kit's `up` conversion (`posts_author_id_users_id_fk` without the `fk_` prefix), and the next snapshot
/// keeps them. The ddl's table order is the snapshot's own (drizzle-kit's: by schema.ts export name).
///
/// The mapping onto the ddl (SnapshotV7Reader and SnapshotV7Writer agree on it): a column's `notNull` is the
/// snapshot's own (false on a column `.primaryKey()`, true on a key column declared `.notNull()` at table level);
/// a `pks` entry sets TableDefinition::primaryKeyName, and ColumnDefinition::primaryKey for one column or
/// compositePrimaryKey(+Name) for several; a table without `pks` entry has no key; `uniques` are
/// TableDefinition::uniques; `default` and `generated.as` are the SQL text as written; an existing view has an
/// empty definition (`null`). Which keys and uniques were declared by the table rather than the column only shows
/// in the order of the `pks` and `uniques` groups: TableDefinition::primaryKeyOnTable and
/// UniqueDefinition::fromColumn carry it.
struct SnapshotV7
{
    QString id;
    /// The parents' ids: the zero UUID (Snapshot::originId()) for a folder's first migration, several after a
    /// merge of branches. drizzle-kit writes them in no fixed order: compare them as a set.
    QStringList prevIds;
    SchemaDefinition ddl;
    RenameMap renames; ///< `renames`: "t.a->t.b" for a column, "a->b" for a table
    friend bool operator==(const SnapshotV7 &, const SnapshotV7 &) = default;
};

/// Reads snapshot.json of drizzle-kit 1.0. Any top-level key order and any whitespace (real folders hold files a
/// formatter re-indented), an unknown key inside an entity is an error as in drizzle-kit; renames in both the
/// `generate` form and the quoted form `up` writes. Errors name the JSON path: `ddl[12] (columns users.id).type: …`.
class SnapshotV7Reader
{
public:
    static model::Result<SnapshotV7> read(const QByteArray &text);
    /// The same, from parsed JSON.
    static model::Result<SnapshotV7> fromJson(const JsonView &json);
};

/// Writes snapshot.json byte for byte as drizzle-kit 1.0.0-rc.5's `generate` does: top-level keys `version,
/// dialect, id, prevIds, ddl, renames`, entity groups in drizzle-kit's order with its per-entity key order, every
/// default as a string, upper-case FK actions, a `pks` entry per table, `JSON.stringify(x, null, 2)` without a
/// trailing newline. Entities come in SchemaDefinition order, except that the `pks` and `uniques` groups list the
/// table-level declarations of all tables before the column ones, as drizzle-kit does. View renames in
/// `renames` are not written (drizzle-kit 1.0 records table and column renames only).
class SnapshotV7Writer
{
public:
    static QByteArray write(const SnapshotV7 &snapshot);
};

} // namespace tw::migrations
