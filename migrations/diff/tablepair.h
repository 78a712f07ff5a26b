// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/diff/diffoptions.h"
#include "migrations/plan/tabledefinition.h"

#include <QHash>
#include <QList>

namespace tw::migrations {

/// The item of @p items named @p name, or nullptr: drizzle-kit keys indexes, keys, UNIQUEs, CHECKs and views by name.
template<typename T>
const T *findNamed(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

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

/// How a diff pairs two schemas: every table of @p before with its partner in @p after (by id, rename or name, as
/// @p options say), columns paired too; `tablePartner` holds, for each table of @p after, its table in @p before
/// or -1. One home for the differ (both dialects) and for the constraint names a rename inherits.
struct SchemaPairing
{
    QList<TablePair> pairs; ///< in `before` order
    QList<qsizetype> tablePartner;
    QList<qsizetype> beforePartner; ///< for each table of `before`, its table in `after` or -1 (dropped)
    QList<qsizetype> afterPair;     ///< for each table of `after`, its entry in `pairs` or -1 (created)

    static SchemaPairing of(const SchemaDefinition &before, const SchemaDefinition &after, const DiffOptions &options);
    /// @p pair's `before` table as SQLite has it once the migration's renames ran, which is how drizzle-kit 1.0
    /// compares it with the new state: table and columns renamed, and the columns its key, UNIQUEs, indexes and
    /// foreign keys name, and the tables and columns its foreign keys point at. Constraint names stay.
    TableDefinition renamedBefore(const TablePair &pair) const;

private:
    QHash<QString, qsizetype> m_pairOfBeforeName; ///< the first entry of `pairs` whose `before` has the name
};

} // namespace tw::migrations
