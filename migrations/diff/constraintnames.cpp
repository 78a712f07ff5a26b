// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/constraintnames.h"

#include "migrations/diff/tablepair.h"

namespace tw::migrations {
namespace {

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

/// @p now takes the generated names of @p old, the previous state's table with the renames applied.
void inheritTable(const TableDefinition &old, TableDefinition &now)
{
    if (!old.primaryKeyName.isEmpty() && !old.primaryKeyNameExplicit && !now.primaryKeyNameExplicit &&
        !now.primaryKeyName.isEmpty() && old.keyColumns() == now.keyColumns()) {
        now.primaryKeyName = old.primaryKeyName;
        if (!now.compositePrimaryKey.isEmpty())
            now.compositePrimaryKeyName = old.primaryKeyName;
    }
    for (const UniqueDefinition &unique : old.uniques) {
        if (!unique.nameExplicit)
            inherit(now.uniques, unique.name,
                    [&unique](const UniqueDefinition &u) { return u.columns == unique.columns; });
    }
    for (const ForeignKeyDefinition &fk : old.foreignKeys) {
        if (fk.nameExplicit)
            continue;
        inherit(now.foreignKeys, fk.name, [&fk](const ForeignKeyDefinition &f) {
            return f.columns == fk.columns && f.targetTable == fk.targetTable && f.targetColumns == fk.targetColumns &&
                   f.onUpdate == fk.onUpdate && f.onDelete == fk.onDelete;
        });
    }
}

} // namespace

SchemaDefinition inheritConstraintNames(const SchemaDefinition &before, const SchemaDefinition &after,
                                        const DiffOptions &options)
{
    const SchemaPairing pairing = SchemaPairing::of(before, after, options);
    SchemaDefinition out = after;
    for (const TablePair &pair : pairing.pairs)
        inheritTable(pairing.renamedBefore(pair), out.tables[pair.after - after.tables.constData()]);
    return out;
}

} // namespace tw::migrations
