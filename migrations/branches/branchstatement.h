// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"
#include "migrations/plan/tabledefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// One change a branch makes, as drizzle-kit 1.0's conflict check (`SqliteCommutativity`) names and compares it:
/// its statement kind, the object and member it touches, its rc.5 description (`add_column: bio on users table`,
/// `recreate_table: users in database`), and the footprints that decide whether two branches conflict. Table-level
/// kinds (create, drop, rename, recreate table; view kinds) conflict with any change to the same table; column
/// and index kinds with a change of the same column or index.
struct BranchStatement
{
    QString action; ///< rc.5's statement type: `add_column`, `recreate_table`, `create_index`, ...
    QString object; ///< the table (or view) it concerns: the old name of a rename
    QString member; ///< the column or index (the old name of a renamed column); empty for table and view kinds

    /// rc.5's `statementDescription`.
    QString description() const;
    /// rc.5's `target.kind`: `table`, `column` (an index too, as in rc.5) or `view`.
    QString targetKind() const;
    /// `action;object;member` for the statement's object and the table holding it: what it touches.
    QStringList footprints() const;
    /// `kind;object;member` for every kind of change on another branch this one cannot be merged with.
    QStringList conflictFootprints() const;

    /// @p plan's operations as rc.5's statements (a rebuild is `recreate_table`).
    static QList<BranchStatement> of(const MigrationPlan &plan);
    /// What a branch changes from @p from to @p to, as rc.5 re-diffs it for the check and the merge: by name, with
    /// no rename resolution (a rename is a drop and a create), in the V1 dialect.
    static MigrationPlan dryDiff(const SchemaDefinition &from, const SchemaDefinition &to);

    friend bool operator==(const BranchStatement &, const BranchStatement &) = default;
};

} // namespace tw::migrations
