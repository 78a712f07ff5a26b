// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/tablepair.h"

#include <QStringList>

namespace tw::migrations {

/// Which paired tables drizzle-kit 1.0 recreates, in the order it recreates them (its `setOfTablesToRecereate`:
/// first tables with a CHECK, UNIQUE, key or foreign key added or dropped, or a STORED generated column added or
/// made, then tables with a column, key, foreign key, UNIQUE or CHECK altered). @p pairs hold `before` already
/// renamed (DiffBuilderV1), in `after` order. Internal to diff().
class RecreationRules
{
public:
    static QStringList recreatedTables(const QList<TablePair> &pairs);

    /// Whether @p column of @p pair is new and not a STORED generated column (those need the recreation).
    static bool isAddedInPlace(const TablePair &pair, qsizetype afterColumn);
    /// A changed column definition SQLite cannot make in place; `notNull` of a one-column key and defaults that
    /// only differ by parentheses do not count (drizzle-kit 1.0 ignores them).
    static bool needsRecreation(const TableDefinition &after, const ColumnDefinition &old, const ColumnDefinition &now);
    static bool generatedChanged(const ColumnDefinition &old, const ColumnDefinition &now);
};

} // namespace tw::migrations
