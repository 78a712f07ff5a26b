// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/branches/branchstatement.h"
#include "migrations/json/jsonvalue.h"

#include <QList>
#include <QString>

namespace tw::migrations {

class SnapshotGraph;
class V1MigrationsFolder;

/// Two branches of a drizzle-kit 1.0 folder that cannot be merged: from the same parent, one changes a table
/// (or column, or index) the other also changes, so no order of the two is safe. The shape of one entry of rc.5's
/// `check --output json` `details` (parentId, parentPath, branches[leafId, leafPath, statementDescription, target]).
struct BranchConflict
{
    struct Branch
    {
        QString leafId;
        QString leafFolder;        ///< the branch's last migration folder
        BranchStatement statement; ///< the branch's change that meets the other's
    };

    QString parentId;     ///< the fork; the zero UUID when the branches share no migration
    QString parentFolder; ///< empty for the zero UUID
    Branch first;         ///< the branch whose fork child sorts first
    Branch second;

    /// What happened and why merging is dangerous, in a few sentences naming the folders (for `check`, `generate`
    /// and the designer).
    QString explanation() const;

    friend bool operator==(const BranchConflict &, const BranchConflict &) = default;
};

/// drizzle-kit 1.0's conflict check for SQLite (`SqliteCommutativity`): at every fork, each pair of branches is
/// re-diffed from the fork's snapshot to each branch's leaf, by name and without rename resolution
/// (BranchStatement::dryDiff), and the two lists of statements are compared by footprint: a table-level change
/// (create, drop, rename or rebuild a table; views) on one side conflicts with any change to that table on the
/// other, a column or index change with one to the same column or index. rc.5's `generate --ignore-conflicts`
/// merges anyway, and the result loses data (a column one branch adds is re-added after the other's rebuild
/// dropped it); Tablewright refuses instead.
class BranchConflicts
{
public:
    /// The conflicts of @p folder's branches; empty when it has none (or no branches). A snapshot that cannot be
    /// read whole is reported as the single entry's error through @p error (then the list is empty).
    static QList<BranchConflict> find(const V1MigrationsFolder &folder, QString *error = nullptr);
    static QList<BranchConflict> find(const SnapshotGraph &graph);
    /// Every conflict's explanation, one paragraph each, with resolution() as the closing line.
    static QString explanation(const QList<BranchConflict> &conflicts);
    /// What to do about conflicting branches.
    static QString resolution();
    /// rc.5's `check --output json` error object for @p conflicts: `{"code":"check_error","kind":"conflicts",
    /// "conflicts":N,"details":[{parentId, parentPath, branches:[{leafId, leafPath, statementDescription, target,
    /// action}]}]}`, with paths as `@p out/<folder>` (rc.5 joins its `out` setting the same way).
    static JsonValue toJson(const QList<BranchConflict> &conflicts, const QString &out);
};

} // namespace tw::migrations
