// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/plan/sqldialect.h"
#include "migrations/plan/tabledefinition.h"

#include <QString>
#include <QStringList>

namespace tw::migrations {

/// What one migration did, as its snapshots record it: the state before (the previous snapshot), the state after
/// (its own snapshot) and the renames it performed (its snapshot's `_meta` or v7 `renames`), in its folder's dialect.
struct MigrationStates
{
    SchemaDefinition before;
    SchemaDefinition after;
    RenameMap renames; ///< forward: from the names of `before` to the names of `after`
    SqlDialect dialect = SqlDialect::Classic;
};

/// The down migration of a migration whose SQL is what its snapshots imply: the differ's migration from the state
/// after back to the state before, renames turned around so that a renamed table or column is renamed back (its
/// rows kept) instead of dropped and re-created, written D1-safe (the d1 target's keep-and-restore rebuilds: the
/// down SQL must not cascade into child rows in any runner) in the folder's dialect. Pure: no I/O.
class ReverseMigration
{
public:
    /// The renames that undo @p forward: `a -> b` becomes `b -> a`; a column rename names its table as it is after
    /// the undo (the table's old name when the same migration renamed the table too).
    static RenameMap inverted(const RenameMap &forward);
    /// The statements that take a database from @p states.after back to @p states.before.
    static QStringList downStatements(const MigrationStates &states);
    /// Whether @p sql (a migration file's text) is the migration its snapshots imply: the statements the differ writes
    /// from before to after, for the sqlite or the d1 target, in any order, whitespace and comments aside. Anything
    /// else (a custom migration, a hand edit, a data fill) has a reverse the snapshots cannot tell.
    static bool sqlMatches(const QString &sql, const MigrationStates &states);
    /// Why the derived down statements cannot restore the data: the undo re-creates a NOT NULL column without a
    /// default in a table that keeps its rows (SQLite refuses `ADD COLUMN … NOT NULL` without a default, a rebuild
    /// fails on the first row, and the values the migration dropped are gone). Empty when they can.
    static QString unrunnable(const MigrationStates &states);

private:
    static DiffOptions options(const RenameMap &renames, SqlDialect dialect);
};

} // namespace tw::migrations
