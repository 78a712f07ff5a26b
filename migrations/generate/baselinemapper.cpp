// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/generate/baselinemapper.h"

#include "model/schema/naming.h"

#include <QHash>

#include <algorithm>

namespace tw::migrations {

using model::Baseline;
using model::Id;
using model::naming::sqlFoldedName;

namespace {

/// Folded name -> id, for looking up what the baseline recorded under a name.
template<typename Map, typename NameOf>
QHash<QString, Id> idsByName(const Map &map, NameOf nameOf)
{
    QHash<QString, Id> ids;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        ids.insert(sqlFoldedName(nameOf(it.value())), it.key());
    return ids;
}

void mapIds(QList<Id> &ids, const QHash<Id, Id> &map)
{
    for (Id &id : ids)
        id = map.value(id, id);
}

} // namespace

model::Schema BaselineMapper::withProjectIds(model::Schema snapshotSchema, const Baseline &baseline)
{
    const QHash<QString, Id> tableIds =
        idsByName(baseline.tables, [](const Baseline::TableNames &t) { return t.name; });
    QHash<Id, Id> tableMap;  // snapshot table id -> project table id
    QHash<Id, Id> columnMap; // snapshot column id -> project column id (snapshot ids are unique schema-wide)
    for (const model::Table &table : std::as_const(snapshotSchema.tables)) {
        const Id projectId = tableIds.value(sqlFoldedName(table.name));
        if (projectId.isNull())
            continue;
        tableMap.insert(table.id, projectId);
        const QHash<QString, Id> columnIds =
            idsByName(baseline.tables[projectId].columns, [](const QString &name) { return name; });
        for (const model::Column &column : table.columns) {
            const Id columnId = columnIds.value(sqlFoldedName(column.name));
            if (!columnId.isNull())
                columnMap.insert(column.id, columnId);
        }
    }
    for (model::Table &table : snapshotSchema.tables) {
        table.id = tableMap.value(table.id, table.id);
        for (model::Column &column : table.columns)
            column.id = columnMap.value(column.id, column.id);
        if (table.primaryKey)
            mapIds(table.primaryKey->columns, columnMap);
        for (model::Index &index : table.indexes) {
            for (model::IndexPart &part : index.parts)
                part.column = part.isExpression() ? part.column : columnMap.value(part.column, part.column);
        }
        for (model::UniqueConstraint &unique : table.uniqueConstraints)
            mapIds(unique.columns, columnMap);
        for (model::ForeignKey &fk : table.foreignKeys) {
            mapIds(fk.columns, columnMap);
            mapIds(fk.targetColumns, columnMap);
            fk.targetTable = tableMap.value(fk.targetTable, fk.targetTable);
        }
    }
    const QHash<QString, Id> viewIds = idsByName(baseline.views, [](const QString &name) { return name; });
    for (model::View &view : snapshotSchema.views)
        view.id = viewIds.value(sqlFoldedName(view.name), view.id);
    return snapshotSchema;
}

RenameMap BaselineMapper::renamesSince(const SchemaDefinition &previous, const model::Schema &schema,
                                       const Baseline &baseline)
{
    QHash<QString, const TableDefinition *> previousTables;
    for (const TableDefinition &table : previous.tables)
        previousTables.insert(sqlFoldedName(table.name), &table);
    RenameMap renames;
    QList<std::pair<const model::Table *, const TableDefinition *>> paired;
    for (const model::Table &table : schema.tables) {
        const auto recorded = baseline.tables.constFind(table.id);
        const TableDefinition *before =
            recorded == baseline.tables.cend() ? nullptr : previousTables.value(sqlFoldedName(recorded->name));
        if (!before)
            continue;
        paired.append({&table, before});
        if (before->name != table.name)
            renames.addTable(before->name, table.name);
    }
    for (const auto &[table, before] : std::as_const(paired)) {
        const QMap<Id, QString> &columnNames = baseline.tables.value(table->id).columns;
        for (const model::Column &column : table->columns) {
            const QString recorded = columnNames.value(column.id);
            const ColumnDefinition *old = recorded.isEmpty() ? nullptr : before->column(recorded);
            if (old && old->name != column.name)
                renames.addColumn(table->name, old->name, column.name);
        }
    }
    for (const model::View &view : schema.views) {
        const QString recorded = baseline.views.value(view.id);
        const auto old = std::find_if(previous.views.cbegin(), previous.views.cend(), [&](const ViewDefinition &v) {
            return !recorded.isEmpty() && sqlFoldedName(v.name) == sqlFoldedName(recorded);
        });
        if (old != previous.views.cend() && old->name != view.name)
            renames.addView(old->name, view.name);
    }
    return renames;
}

Baseline BaselineMapper::baselineFor(const model::Schema &schema, const QString &snapshotId)
{
    Baseline baseline;
    baseline.snapshotId = snapshotId;
    for (const model::Table &table : schema.tables) {
        Baseline::TableNames names;
        names.name = table.name;
        for (const model::Column &column : table.columns)
            names.columns.insert(column.id, column.name);
        baseline.tables.insert(table.id, names);
    }
    for (const model::View &view : schema.views)
        baseline.views.insert(view.id, view.name);
    return baseline;
}

} // namespace tw::migrations
