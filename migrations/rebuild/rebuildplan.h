// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::migrations {

/// What the rebuild of one table P must protect so that no runner loses a row (docs/d1-safe-rebuilds.md):
/// computed by RebuildPlanner on the schema as it stands when the rebuild runs.
struct RebuildPlan
{
    QString table; ///< P
    /// S: the tables whose rows `DROP TABLE P` would delete or change (ON DELETE CASCADE / SET NULL / SET DEFAULT,
    /// transitively), P excluded; parents first. Copied aside, emptied deepest first, restored parents first.
    QStringList keep;
    /// Tables outside S (P excluded) with a foreign key to P or to a table of S: they keep their rows, and their
    /// keys are only satisfied again at the end (deferred).
    QStringList referencing;
    /// Keys of `referencing` tables (and P's self-references) whose columns no index leads with: each gets a
    /// temporary index, or every deleted parent row would scan the child in full.
    QList<ForeignKeyDefinition> unindexedKeys;
    /// Views reading P or S (directly or through other views), in an order they can be created in.
    QList<ViewDefinition> views;
    /// Names of `views` the migration drops later anyway: dropped here and not re-created.
    QStringList viewsLeftDropped;
    bool selfReference = false; ///< P has a foreign key to itself
    bool keepParent = false;    ///< P is a CASCADE/SET NULL/SET DEFAULT child of a table in S: copy P aside too
    bool carrySequence = false; ///< P uses AUTOINCREMENT before and after: keep its sqlite_sequence high-water mark

    /// P, then the tables of S and `referencing` in schema order: whose `foreign_key_check` must be clean at the end.
    QStringList checkedTables;

    /// Whether the plain drizzle-kit rebuild would lose rows or fail where foreign keys stay enforced.
    bool needsKeepAndRestore() const
    {
        return !keep.isEmpty() || !referencing.isEmpty() || selfReference || !views.isEmpty();
    }
    friend bool operator==(const RebuildPlan &, const RebuildPlan &) = default;
};

} // namespace tw::migrations
