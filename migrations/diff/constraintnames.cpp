// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/constraintnames.h"

#include "migrations/diff/tablepair.h"

#include <QHash>

namespace tw::migrations {
namespace {

/// Old names to new ones for one table's columns.
using ColumnNames = QHash<QString, QString>;

ColumnNames columnNames(const TablePair &pair)
{
    ColumnNames out;
    for (qsizetype a = 0; a < pair.after->columns.size(); ++a) {
        if (const ColumnDefinition *old = pair.beforeColumn(a))
            out.insert(old->name, pair.after->columns[a].name);
    }
    return out;
}

QStringList renamed(const QStringList &columns, const ColumnNames &names)
{
    QStringList out;
    for (const QString &c : columns)
        out << names.value(c, c);
    return out;
}

/// The columns of @p table's primary key, whether one column or several.
QStringList keyColumns(const TableDefinition &table)
{
    if (!table.compositePrimaryKey.isEmpty())
        return table.compositePrimaryKey;
    for (const ColumnDefinition &c : table.columns) {
        if (c.primaryKey)
            return {c.name};
    }
    return {};
}

/// Sets the one generated name among @p candidates that @p matches accepts to @p name.
template<typename T, typename Match>
void inherit(QList<T> &candidates, const QString &name, Match matches)
{
    T *found = nullptr;
    for (T &item : candidates) {
        if (item.nameExplicit || !matches(item))
            continue;
        if (found)
            return; // drizzle-kit only inherits an unambiguous match
        found = &item;
    }
    if (found)
        found->name = name;
}

struct Renaming
{
    QHash<QString, QString> tables;      ///< old table name to new
    QHash<QString, ColumnNames> columns; ///< by old table name
};

void inheritTable(const TablePair &pair, TableDefinition &now, const Renaming &renaming)
{
    const TableDefinition &old = *pair.before;
    const ColumnNames &names = renaming.columns[old.name];
    if (!old.primaryKeyName.isEmpty() && !old.primaryKeyNameExplicit && !now.primaryKeyNameExplicit &&
        !now.primaryKeyName.isEmpty() && renamed(keyColumns(old), names) == keyColumns(now)) {
        now.primaryKeyName = old.primaryKeyName;
        if (!now.compositePrimaryKey.isEmpty())
            now.compositePrimaryKeyName = old.primaryKeyName;
    }
    for (const UniqueDefinition &unique : old.uniques) {
        if (unique.nameExplicit)
            continue;
        const QStringList columns = renamed(unique.columns, names);
        inherit(now.uniques, unique.name, [&columns](const UniqueDefinition &u) { return u.columns == columns; });
    }
    for (const ForeignKeyDefinition &fk : old.foreignKeys) {
        if (fk.nameExplicit)
            continue;
        const QStringList columns = renamed(fk.columns, names);
        const QString target = renaming.tables.value(fk.targetTable, fk.targetTable);
        const QStringList targetColumns = renamed(fk.targetColumns, renaming.columns.value(fk.targetTable));
        inherit(now.foreignKeys, fk.name, [&](const ForeignKeyDefinition &f) {
            return f.columns == columns && f.targetTable == target && f.targetColumns == targetColumns &&
                   f.onUpdate == fk.onUpdate && f.onDelete == fk.onDelete;
        });
    }
}

} // namespace

SchemaDefinition inheritConstraintNames(const SchemaDefinition &before, const SchemaDefinition &after,
                                        const DiffOptions &options)
{
    const SchemaPairing pairing = SchemaPairing::of(before, after, options);
    Renaming renaming;
    for (const TablePair &pair : pairing.pairs) {
        renaming.tables.insert(pair.before->name, pair.after->name);
        renaming.columns.insert(pair.before->name, columnNames(pair));
    }
    SchemaDefinition out = after;
    for (const TablePair &pair : pairing.pairs)
        inheritTable(pair, out.tables[pair.after - after.tables.constData()], renaming);
    return out;
}

} // namespace tw::migrations
