// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/tabledefinition.h"

#include <QList>

namespace tw::migrations {

/// A table present on both sides of a diff, with its columns paired.
struct TablePair
{
    const TableDefinition *before = nullptr;
    const TableDefinition *after = nullptr;
    QList<qsizetype> columnPartner; ///< for each column of `after`, its column in `before`, or -1 when new

    bool isRenamed() const { return before->name != after->name; }
    /// The column of `before` paired with @p afterColumn, or nullptr.
    const ColumnDefinition *beforeColumn(qsizetype afterColumn) const;
    /// Whether `before`'s column at @p beforeColumn has a partner (is not dropped).
    bool isKept(qsizetype beforeColumn) const;
    /// Same name, content differs (drizzle keys these objects by name).
    QList<const IndexDefinition *> addedIndexes() const;
    QList<const IndexDefinition *> droppedIndexes() const;
    QList<QPair<const IndexDefinition *, const IndexDefinition *>> changedIndexes() const;
    /// Foreign keys whose name is new or whose definition changed.
    QList<const ForeignKeyDefinition *> addedForeignKeys() const;
    bool hasDroppedOrChangedForeignKey() const;
    bool hasDroppedOrChangedCheck() const;
    bool hasAddedOrChangedCheck() const;
};

bool sameIndexShape(const IndexDefinition &a, const IndexDefinition &b);

} // namespace tw::migrations
