// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/rollback/reversemigration.h"

#include <QString>

namespace tw::migrations {

/// Whether a migration's SQL, whatever its text, changes only the schema and gets from the state before it to the state
/// its snapshot records: then the reverse derived from the snapshots undoes it. drizzle-kit's own text is not always
/// the differ's (its rebuild copies columns that did not exist yet, older versions spell things differently), and a
/// migration it wrote must not need a hand-written down file for that. A data step (an UPDATE, an INSERT into a real
/// table, a DELETE) is never schema-only: its reverse is the user's.
class ReplayCheck
{
public:
    /// True when every statement of @p sql is DDL, a PRAGMA or a rebuild's plain `INSERT INTO __new_…` copy (column
    /// names only: an expression in its SELECT is a data fill).
    static bool schemaOnly(const QString &sql);
    /// Runs @p sql on a scratch database created at @p states.before and compares it (introspected) with one created
    /// at @p states.after: what differs, one line each, or SQLite's message when a statement fails; empty when the
    /// SQL reaches the snapshot.
    static QString difference(const QString &sql, const MigrationStates &states);
};

} // namespace tw::migrations
