// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/rebuild/rebuildplanner.h"

#include "migrations/rebuild/schemaevolution.h"
#include "migrations/rebuild/sqlidentifiers.h"

#include <QSet>

#include <algorithm>

namespace tw::migrations {
namespace {

using model::ReferentialAction;

bool containsName(const QStringList &names, const QString &name)
{
    for (const QString &n : names) {
        if (SchemaEvolution::sameName(n, name))
            return true;
    }
    return false;
}

/// S, breadth first from P: parents come before their children.
QStringList keptTables(const SchemaDefinition &schema, const QString &parent)
{
    QStringList keep;
    QStringList frontier{parent};
    while (!frontier.isEmpty()) {
        QStringList next;
        for (const TableDefinition &t : schema.tables) {
            if (SchemaEvolution::sameName(t.name, parent) || containsName(keep, t.name))
                continue;
            for (const ForeignKeyDefinition &fk : t.foreignKeys) {
                if (RebuildPlanner::changesChildRows(fk.onDelete) && containsName(frontier, fk.targetTable)) {
                    next << t.name;
                    break;
                }
            }
        }
        keep << next;
        frontier = next;
    }
    return keep;
}

/// Views that read any of @p names, transitively, each after the views it reads.
QList<ViewDefinition> dependentViewsOf(const SchemaDefinition &schema, const QStringList &names)
{
    QSet<QString> reached;
    for (const QString &n : names)
        reached.insert(SqlIdentifiers::folded(n));
    QList<ViewDefinition> found;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const ViewDefinition &v : schema.views) {
            const QString key = SqlIdentifiers::folded(v.name);
            if (v.isExisting || v.definition.isEmpty() || reached.contains(key))
                continue;
            if (SqlIdentifiers::referenced(v.definition).intersects(reached)) {
                reached.insert(key);
                found << v;
                grew = true;
            }
        }
    }
    // Creation order: a view after the found views it reads (schema order otherwise).
    QList<ViewDefinition> ordered;
    QSet<QString> created;
    while (ordered.size() < found.size()) {
        const qsizetype before = ordered.size();
        for (const ViewDefinition &v : std::as_const(found)) {
            const QString key = SqlIdentifiers::folded(v.name);
            if (created.contains(key))
                continue;
            const QSet<QString> reads = SqlIdentifiers::referenced(v.definition);
            const bool ready = std::all_of(found.cbegin(), found.cend(), [&](const ViewDefinition &other) {
                const QString otherKey = SqlIdentifiers::folded(other.name);
                return otherKey == key || !reads.contains(otherKey) || created.contains(otherKey);
            });
            if (ready) {
                ordered << v;
                created.insert(key);
            }
        }
        if (ordered.size() == before) { // views reading each other: keep schema order
            for (const ViewDefinition &v : std::as_const(found)) {
                if (!created.contains(SqlIdentifiers::folded(v.name)))
                    ordered << v;
            }
        }
    }
    return ordered;
}

} // namespace

QList<ViewDefinition> RebuildPlanner::dependentViews(const SchemaDefinition &schema, const QStringList &tables)
{
    return dependentViewsOf(schema, tables);
}

bool RebuildPlanner::changesChildRows(ReferentialAction onDelete)
{
    return onDelete == ReferentialAction::Cascade || onDelete == ReferentialAction::SetNull ||
           onDelete == ReferentialAction::SetDefault;
}

bool RebuildPlanner::isIndexed(const TableDefinition &table, const QStringList &columns)
{
    const auto leadsWith = [&](const QStringList &indexed) {
        if (indexed.size() < columns.size())
            return false;
        for (const QString &c : columns) {
            if (!containsName(indexed.first(columns.size()), c))
                return false;
        }
        return true;
    };
    if (!table.compositePrimaryKey.isEmpty() && leadsWith(table.compositePrimaryKey))
        return true;
    for (const ColumnDefinition &c : table.columns) {
        if (c.primaryKey && leadsWith({c.name}))
            return true;
    }
    for (const IndexDefinition &index : table.indexes) {
        QStringList indexed;
        for (const IndexTerm &term : index.terms) {
            if (term.isExpression)
                break;
            indexed << term.text;
        }
        if (index.where.isEmpty() && leadsWith(indexed))
            return true;
    }
    return false;
}

bool RebuildPlanner::hasHiddenRowid(const TableDefinition &table)
{
    if (!table.compositePrimaryKey.isEmpty())
        return true;
    for (const ColumnDefinition &c : table.columns) {
        if (c.primaryKey && c.type.compare(QLatin1String("integer"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

RebuildPlan RebuildPlanner::plan(const SchemaDefinition &current, const RebuildTable &rebuild)
{
    RebuildPlan plan;
    plan.table = rebuild.table.name;
    const TableDefinition *parent = SchemaEvolution::table(current, plan.table);
    if (!parent)
        return plan; // a table created in this migration: nothing to protect
    plan.keep = keptTables(current, plan.table);

    QStringList guarded = plan.keep;
    guarded.prepend(plan.table);
    for (const ForeignKeyDefinition &fk : parent->foreignKeys) {
        if (SchemaEvolution::sameName(fk.targetTable, plan.table)) {
            plan.selfReference = true;
            if (!isIndexed(*parent, fk.columns))
                plan.unindexedKeys << ForeignKeyDefinition{fk.name,          parent->name, fk.columns, fk.targetTable,
                                                           fk.targetColumns, fk.onUpdate,  fk.onDelete};
        } else if (changesChildRows(fk.onDelete) && containsName(plan.keep, fk.targetTable)) {
            plan.keepParent = true;
        }
    }
    for (const TableDefinition &t : current.tables) {
        if (containsName(guarded, t.name))
            continue;
        for (const ForeignKeyDefinition &fk : t.foreignKeys) {
            if (!containsName(guarded, fk.targetTable))
                continue;
            if (!containsName(plan.referencing, t.name))
                plan.referencing << t.name;
            const bool known = std::any_of(plan.unindexedKeys.cbegin(), plan.unindexedKeys.cend(), [&](const auto &k) {
                return SchemaEvolution::sameName(k.table, t.name) && k.columns == fk.columns;
            });
            if (!known && !isIndexed(t, fk.columns))
                plan.unindexedKeys << ForeignKeyDefinition{fk.name,          t.name,      fk.columns, fk.targetTable,
                                                           fk.targetColumns, fk.onUpdate, fk.onDelete};
        }
    }
    plan.views = dependentViewsOf(current, guarded);

    bool autoincrementBefore = false;
    for (const ColumnDefinition &c : parent->columns)
        autoincrementBefore = autoincrementBefore || c.autoincrement;
    for (const ColumnDefinition &c : rebuild.table.columns)
        plan.carrySequence = plan.carrySequence || (c.autoincrement && autoincrementBefore);

    plan.checkedTables << plan.table;
    for (const TableDefinition &t : current.tables) {
        if (containsName(plan.keep, t.name) || containsName(plan.referencing, t.name))
            plan.checkedTables << t.name;
    }
    return plan;
}

} // namespace tw::migrations
